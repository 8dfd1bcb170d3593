// The OKX request signer in both languages: the signature agrees with node's HMAC for OKX's documented
// example Secret Key, the headers and curl command are right, and the bot check names the mistake.
import {createHmac} from 'node:crypto';
import type {Page} from '@playwright/test';
import {test, expect, openPage, localePath, LOCALES} from './support/fixtures';
import {describe} from '../../src/checkers/core/describe';
import '../../src/checkers/signing/okxMessages';

// OKX API v5 docs, REST Authentication.
const DOCS_SECRET = '22582BD0CFF14C41EDBF1AB98506286D';
const DOCS_TIMESTAMP = '2020-12-08T09:08:57.715Z';
const DOCS_PATH = '/api/v5/account/balance?ccy=BTC';
const API_KEY = '37c541a1-0000-4000-8000-10fe7a038418';
const nodeSign = (secret: string | Buffer, text: string) =>
  createHmac('sha256', secret).update(text, 'utf8').digest('base64');

async function fillGet(page: Page) {
  await page.getByTestId('okx-signer').locator('select').selectOption('GET');
  await page.getByTestId('okx-path').fill(DOCS_PATH);
  await page.getByTestId('okx-timestamp').fill(DOCS_TIMESTAMP);
}

for (const locale of LOCALES) {
  test.describe(`OKX request signer (${locale})`, () => {
    // One page load: the bot check follows the signing, with the fields it needs set again.
    test("signs the docs' example like node's HMAC; headers mask the passphrase; curl carries the demo header on request; the bot check names the mistake", async ({
      page,
    }) => {
      await openPage(page, localePath(locale, '/docs/tools/okx-signer'));
      // The timestamp starts at "now", in OKX's form.
      await expect(page.getByTestId('okx-timestamp')).toHaveValue(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      await fillGet(page);
      const prehash = `${DOCS_TIMESTAMP}GET${DOCS_PATH}`;
      await expect(page.getByTestId('okx-prehash')).toHaveText(prehash);

      await page.getByTestId('okx-api-key').fill(API_KEY);
      await page.getByTestId('okx-secret').fill(DOCS_SECRET);
      await page.getByTestId('okx-passphrase').fill('Tr4d1ng!');
      const signature = nodeSign(DOCS_SECRET, prehash);
      await expect(page.getByTestId('okx-signature')).toHaveText(signature);
      await expect(page.getByTestId('okx-headers')).toHaveText(
        [
          `OK-ACCESS-KEY: ${API_KEY}`,
          `OK-ACCESS-SIGN: ${signature}`,
          `OK-ACCESS-TIMESTAMP: ${DOCS_TIMESTAMP}`,
          'OK-ACCESS-PASSPHRASE: ••••••••',
        ].join('\n'),
      );
      const curl = page.getByTestId('okx-curl');
      await expect(curl).toContainText(`curl -X GET 'https://www.okx.com${DOCS_PATH}'`);
      await expect(curl).toContainText('"OK-ACCESS-PASSPHRASE: $OKX_PASSPHRASE"');
      await expect(curl).not.toContainText('Tr4d1ng!');
      await expect(curl).not.toContainText(DOCS_SECRET);
      await expect(curl).not.toContainText('x-simulated-trading');
      await page.getByTestId('okx-demo').check();
      await expect(curl).toContainText("-H 'x-simulated-trading: 1'");
      await expect(page.getByTestId('okx-headers')).toContainText('x-simulated-trading: 1');

      // POST: the body is signed exactly as typed.
      await page.getByTestId('okx-signer').locator('select').selectOption('POST');
      const body = '{"instId":"BTC-USDT","tdMode":"cash","side":"buy","ordType":"limit","px":"2.15","sz":"2"}';
      await page.getByTestId('okx-body').fill(body);
      const postHash = `${DOCS_TIMESTAMP}POST/api/v5/trade/order${body}`;
      await expect(page.getByTestId('okx-prehash')).toHaveText(postHash);
      await expect(page.getByTestId('okx-signature')).toHaveText(nodeSign(DOCS_SECRET, postHash));
      await expect(curl).toContainText(`--data-raw '${body}'`);

      // A millisecond timestamp is refused in the page's language.
      await page.getByTestId('okx-timestamp').fill('1607418537715');
      await expect(page.locator('[data-code="okx.timestamp-ms"]')).toContainText(
        describe({code: 'okx.timestamp-ms', severity: 'error', params: {timestamp: '1607418537715'}}, locale),
      );
      await expect(page.getByTestId('okx-signature')).toHaveCount(0);

      // The bot check.
      await fillGet(page);
      await page.locator('input[type="radio"][value="check"]').check();
      await page.getByTestId('okx-secret').fill(DOCS_SECRET);

      // Lower-case method, with a signature that is right for that (wrong) prehash.
      const theirs = `2026-11-24T01:02:03.004Zget${DOCS_PATH}`;
      await page.getByTestId('okx-their-prehash').fill(theirs);
      await page.getByTestId('okx-their-signature').fill(nodeSign(DOCS_SECRET, theirs));
      await expect(page.getByTestId('okx-timestamp')).toHaveValue('2026-11-24T01:02:03.004Z');
      await expect(page.getByTestId('diff-expected').locator('mark')).toHaveText('G');
      await expect(page.getByTestId('diff-yours').locator('mark')).toHaveText('g');
      await expect(page.getByTestId('compare-result')).toContainText(String('2026-11-24T01:02:03.004Z'.length + 1));
      await expect(page.locator('[data-code="okx.check.method-case"]')).toContainText(
        describe({code: 'okx.check.method-case', severity: 'error', params: {method: 'get'}}, locale),
      );
      await expect(page.getByTestId('okx-verify-result')).toHaveAttribute('data-valid', 'true');

      // The right prehash, signed with the Secret Key decoded from hex: the prehash matches, the signature does not.
      const good = `2026-11-24T01:02:03.004ZGET${DOCS_PATH}`;
      await page.getByTestId('okx-their-prehash').fill(good);
      await page.getByTestId('okx-their-signature').fill(nodeSign(Buffer.from(DOCS_SECRET, 'hex'), good));
      await expect(page.getByTestId('diff-expected')).toHaveCount(0);
      await expect(page.getByTestId('compare-result')).toBeVisible();
      await expect(page.locator('[data-code="okx.check.secret-hex-decoded"]')).toBeVisible();
      await expect(page.getByTestId('okx-verify-result')).toHaveAttribute('data-valid', 'false');

      // A millisecond timestamp: compared as the same instant in ISO form.
      await page.getByTestId('okx-their-prehash').fill(`1764032523004GET${DOCS_PATH}`);
      await expect(page.locator('[data-code="okx.check.timestamp-ms"]')).toBeVisible();
      await expect(page.getByTestId('okx-timestamp')).toHaveValue(new Date(1764032523004).toISOString());
    });
  });
}
