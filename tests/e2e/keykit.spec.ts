// Key kit widgets in both languages: the key pair generator and the request signer / bot checker.
import {createPrivateKey, sign as nodeSign} from 'node:crypto';
import type {Page} from '@playwright/test';
import {test, expect, openPage, localePath, LOCALES} from './support/fixtures';
import {ed} from '../../src/checkers/keys/ed25519';
import {decodeBase64Strict, encodeBase64} from '../../src/checkers/core/base64';
import {describe} from '../../src/checkers/core/describe';
import '../../src/checkers/keys/keykitMessages';

// RFC 8032 §7.1, TEST 1.
const RFC_SEED = Buffer.from('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60', 'hex').toString(
  'base64',
);
const RFC_PUBLIC = Buffer.from('d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a', 'hex').toString(
  'base64',
);
const DOCS_EXAMPLE = 'instruction=orderCancel&orderId=28&symbol=BTC_USDT&timestamp=1614550000000&window=5000';

const nodeSignature = (seed: string, text: string) =>
  nodeSign(
    null,
    Buffer.from(text, 'utf8'),
    createPrivateKey({
      key: Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), Buffer.from(seed, 'base64')]),
      format: 'der',
      type: 'pkcs8',
    }),
  ).toString('base64');

async function fillRequest(page: Page) {
  await page.getByTestId('instruction').fill('orderCancel');
  await page.getByTestId('param-key-0').fill('orderId');
  await page.getByTestId('param-value-0').fill('28');
  await page.getByTestId('param-key-1').fill('symbol');
  await page.getByTestId('param-value-1').fill('BTC_USDT');
  await page.getByTestId('timestamp').fill('1614550000000');
  await page.getByTestId('window').fill('5000');
}

// One page load per tool and language; the steps follow one reader's session.
for (const locale of LOCALES) {
  test.describe(`key kit (${locale})`, () => {
    test('key generator: the pair shown is one pair, never wiped without asking, usable from the keyboard; import', async ({
      page,
    }) => {
      await openPage(page, localePath(locale, '/docs/tools/key-generator'));
      let publicKey = '';

      await test.step('generate from the keyboard: focus leaves the generate button, Enter and Space do nothing', async () => {
        await page.getByTestId('keygen-generate').focus();
        await page.keyboard.press('Enter');
        await expect(page.getByTestId('keygen-public')).toHaveValue(/=$/);
        publicKey = await page.getByTestId('keygen-public').inputValue();
        // Focus is on the new pair's heading, not on a button that would replace it.
        await expect(page.getByTestId('keygen-result-heading')).toBeFocused();
        await page.keyboard.press('Enter');
        await page.keyboard.press('Space');
        await expect(page.getByTestId('keygen-public')).toHaveValue(publicKey);
      });

      await test.step('the public key shown belongs to the seed, revealed from the keyboard', async () => {
        const secret = page.getByTestId('keygen-secret');
        await expect(secret).toHaveAttribute('type', 'password');
        const show = page.locator(`button[aria-controls="${await secret.getAttribute('id')}"]`);
        await show.focus();
        await page.keyboard.press('Space');
        await expect(secret).toHaveAttribute('type', 'text');
        await expect(show).toHaveAttribute('aria-pressed', 'true');
        const seedBytes = decodeBase64Strict(await secret.inputValue());
        expect(seedBytes?.length).toBe(32);
        expect(publicKey).toMatch(/^[A-Za-z0-9+/]{43}=$/);
        expect(encodeBase64(ed.getPublicKey(seedBytes!))).toBe(publicKey);
      });

      await test.step('"Generate another" asks, with "Keep" focused: one more Enter keeps the pair', async () => {
        await page.getByTestId('keygen-regenerate').focus();
        await page.keyboard.press('Enter');
        await expect(page.getByTestId('keygen-confirm')).toBeVisible();
        await expect(page.getByTestId('keygen-keep')).toBeFocused();
        await page.keyboard.press('Enter');
        await expect(page.getByTestId('keygen-confirm')).toHaveCount(0);
        await expect(page.getByTestId('keygen-public')).toHaveValue(publicKey);
        await expect(page.getByTestId('keygen-regenerate')).toBeFocused();
        // The download button says the file holds the secret in plain text.
        await expect(page.getByTestId('keygen-download')).toContainText(locale === 'en' ? 'plain text' : '明文');
      });

      await test.step('a second pair is a different pair, made only after the reader confirms', async () => {
        await page.getByTestId('keygen-regenerate').click();
        await page.getByTestId('keygen-replace').click();
        await expect(page.getByTestId('keygen-public')).not.toHaveValue(publicKey);
      });

      await test.step('import: a seed shows its public key; bad input gets a message in the page language', async () => {
        await page.getByTestId('keygen-import').fill(RFC_SEED);
        await expect(page.getByTestId('keygen-import-public')).toHaveValue(RFC_PUBLIC);

        await page.getByTestId('keygen-import').fill(RFC_PUBLIC.slice(0, 43));
        const message = page.locator('[data-code="keygen.missing-padding"]');
        await expect(message).toContainText(describe({code: 'keygen.missing-padding', severity: 'error'}, locale));
        await expect(page.getByTestId('keygen-import-public')).toHaveCount(0);

        const keypair = Buffer.concat([Buffer.from(RFC_SEED, 'base64'), Buffer.from(RFC_PUBLIC, 'base64')]).toString(
          'base64',
        );
        await page.getByTestId('keygen-import').fill(keypair);
        await expect(page.locator('[data-code="keygen.keypair-64"]')).toBeVisible();
      });
    });

    test("request signer: the docs' signing string and a signature node:crypto agrees with; the bot check", async ({
      page,
    }) => {
      await openPage(page, localePath(locale, '/docs/tools/request-signer'));

      await test.step("shows the docs' exact signing string and a signature node:crypto agrees with", async () => {
        await fillRequest(page);
        await expect(page.getByTestId('signing-string')).toHaveText(DOCS_EXAMPLE);

        await page.getByTestId('secret').fill(RFC_SEED);
        const signature = nodeSignature(RFC_SEED, DOCS_EXAMPLE);
        await expect(page.getByTestId('signature')).toHaveText(signature);
        await expect(page.getByTestId('headers')).toHaveText(
          [
            `X-API-Key: ${RFC_PUBLIC}`,
            `X-Signature: ${signature}`,
            'X-Timestamp: 1614550000000',
            'X-Window: 5000',
          ].join('\n'),
        );
        const curl = await page.getByTestId('curl').textContent();
        expect(curl).toContain("curl -X DELETE 'https://api.backpack.exchange/api/v1/order'");
        expect(curl).not.toContain(RFC_SEED);

        // A window above 60000 is refused with the translated message, and the string disappears.
        await page.getByTestId('window').fill('70000');
        await expect(page.locator('[data-code="sign.window-too-large"]')).toContainText(
          describe({code: 'sign.window-too-large', severity: 'error', params: {window: 70000, max: 60000}}, locale),
        );
        await expect(page.getByTestId('signing-string')).toHaveCount(0);
      });

      await test.step('the mode switches from the keyboard', async () => {
        await fillRequest(page);
        await page.locator('input[type="radio"][value="sign"]').focus();
        await page.keyboard.press('ArrowRight');
        await expect(page.locator('input[type="radio"][value="check"]')).toBeChecked();
        await expect(page.getByTestId('their-string')).toBeVisible();
      });

      await test.step("bot check: marks the first differing character and tells whether the bot's signature verifies", async () => {
        // Unsorted parameters: the strings part at "orderId" vs "symbol".
        const theirs = 'instruction=orderCancel&symbol=BTC_USDT&orderId=28&timestamp=1614550000000&window=5000';
        await page.getByTestId('their-string').fill(theirs);
        await page.getByTestId('their-signature').fill(nodeSignature(RFC_SEED, theirs));
        await page.getByTestId('their-key').fill(RFC_PUBLIC);
        const at = 'instruction=orderCancel&'.length;
        await expect(page.getByTestId('diff-expected').locator('mark')).toHaveText('o');
        await expect(page.getByTestId('diff-yours').locator('mark')).toHaveText('s');
        await expect(page.getByTestId('diff-yours')).toHaveText(theirs);
        await expect(page.getByTestId('compare-result')).toContainText(String(at + 1));
        await expect(page.locator('[data-code="sign.check.unsorted"]')).toBeVisible();
        await expect(page.getByTestId('verify-result')).toHaveAttribute('data-valid', 'true');

        // The timestamp is taken from the pasted string, so a correct string matches exactly.
        const good = DOCS_EXAMPLE.replace('1614550000000', '1700000000000');
        await page.getByTestId('their-string').fill(good);
        await expect(page.getByTestId('timestamp')).toHaveValue('1700000000000');
        await expect(page.getByTestId('diff-expected')).toHaveCount(0);
        await expect(page.getByTestId('compare-result')).toBeVisible();
        // The old signature was made over another string: it no longer verifies.
        await expect(page.getByTestId('verify-result')).toHaveAttribute('data-valid', 'false');
        await page.getByTestId('their-signature').fill(nodeSignature(RFC_SEED, good));
        await expect(page.getByTestId('verify-result')).toHaveAttribute('data-valid', 'true');

        // Missing window: the end of the string is marked.
        await page.getByTestId('their-string').fill(good.replace('&window=5000', ''));
        await expect(page.locator('[data-code="sign.check.no-window"]')).toBeVisible();
        await expect(page.getByTestId('diff-expected').locator('mark')).toHaveText('&');
      });
    });
  });
}
