// Privacy of the key kit widgets: what the reader types or generates appears in no request, storage,
// cookie, URL or console line; typing makes no request; the download is made in the page.
import {readFileSync} from 'node:fs';
import type {Page} from '@playwright/test';
import {test, expect, openPage, localePath, LOCALES} from './support/fixtures';
import {scaled} from './support/timeouts';
import {expectPrivateFields, recordTraffic, sentinel, startWidget} from './support/privacy';

/** Types a fresh sentinel into every editable text field of a widget; returns them. */
const TEXT_FIELDS = 'input:not([type="radio"]):not([type="checkbox"]):not([readonly]), textarea:not([readonly])';

async function fillEverything(page: Page, widget: string): Promise<string[]> {
  const fields = page.getByTestId(widget).locator(TEXT_FIELDS);
  const count = await fields.count();
  expect(count).toBeGreaterThan(0);
  const typed: string[] = [];
  for (let i = 0; i < count; i++) {
    const value = sentinel(`${widget}${i}`);
    await fields.nth(i).fill(value);
    typed.push(value);
  }
  return typed;
}

for (const locale of LOCALES) {
  test.describe(`key kit privacy (${locale})`, () => {
    // Each test scrolls the page, waits for prefetching to settle and checks every field's attributes:
    // three times the usual time.
    test.describe.configure({timeout: scaled(90_000)});
    test('key generator: generated and typed values go nowhere; the download makes no request', async ({page}) => {
      const traffic = recordTraffic(page);
      await openPage(page, localePath(locale, '/docs/tools/key-generator'));
      await startWidget(page.getByTestId('key-generator'));
      await traffic.mark();
      await page.getByTestId('keygen-generate').click();
      const publicKey = await page.getByTestId('keygen-public').inputValue();
      const seed = await page.getByTestId('keygen-secret').inputValue();
      const typed = await fillEverything(page, 'key-generator');
      await expectPrivateFields(page.getByTestId('key-generator').locator('input:not([type="radio"]), textarea'));

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('keygen-download').click(),
      ]);
      expect(download.suggestedFilename()).toBe('backpack-api-key.txt');
      const file = readFileSync(await download.path(), 'utf8');
      expect(file).toContain(publicKey);
      expect(file).toContain(seed);
      expect(file).toContain(locale === 'en' ? 'plain text' : '明文');

      // Only the in-page blob: URL may show up; nothing goes to any server.
      expect(traffic.requestsSinceMark().filter((r) => !/^GET blob:/.test(r))).toEqual([]);
      const dump = await traffic.dump();
      for (const value of [...typed, seed, publicKey]) expect(dump).not.toContain(value);
    });

    test('request signer: a real secret and its signature, then every field in both modes; nothing leaves the page', async ({
      page,
    }) => {
      const traffic = recordTraffic(page);
      await openPage(page, localePath(locale, '/docs/tools/request-signer'));
      await startWidget(page.getByTestId('request-signer'));
      await traffic.mark();
      const secret = Buffer.from(sentinel('seed').padEnd(32, 'x').slice(0, 32)).toString('base64');
      await page.getByTestId('secret').fill(secret);
      const signature = (await page.getByTestId('signature').textContent()) ?? '';
      expect(signature).toMatch(/==$/);

      const typed = await fillEverything(page, 'request-signer');
      await page.locator('input[type="radio"][value="json"]').check();
      typed.push(...(await fillEverything(page, 'request-signer')));
      await page.locator('input[type="radio"][value="check"]').check();
      typed.push(...(await fillEverything(page, 'request-signer')));
      await expectPrivateFields(page.getByTestId('request-signer').locator('input:not([type="radio"]), textarea'));
      // The sentinels really were taken in (they are on the page), yet recorded nowhere.
      await expect(page.getByTestId('their-string')).toHaveValue(typed[typed.length - 3]);

      expect(traffic.requestsSinceMark()).toEqual([]);
      const dump = await traffic.dump();
      for (const value of [secret, signature, ...typed]) expect(dump).not.toContain(value);
    });

    test('OKX request signer: a real Secret Key, passphrase and signature, then every field of both modes, GET and POST; nothing leaves the page', async ({
      page,
    }) => {
      const traffic = recordTraffic(page);
      await openPage(page, localePath(locale, '/docs/tools/okx-signer'));
      await startWidget(page.getByTestId('okx-signer'));
      await traffic.mark();
      const widget = page.getByTestId('okx-signer');
      const secret = sentinel('okxsecret').toUpperCase();
      const passphrase = sentinel('okxpass');
      await page.getByTestId('okx-secret').fill(secret);
      await page.getByTestId('okx-passphrase').fill(passphrase);
      const signature = (await page.getByTestId('okx-signature').textContent()) ?? '';
      expect(signature).toMatch(/^[A-Za-z0-9+/]{43}=$/);
      await expect(page.getByTestId('okx-headers')).not.toContainText(passphrase);

      const typed = await fillEverything(page, 'okx-signer');
      await widget.locator('select').selectOption('POST');
      typed.push(...(await fillEverything(page, 'okx-signer')));
      await widget.getByTestId('okx-demo').check();
      await page.locator('input[type="radio"][value="check"]').check();
      typed.push(...(await fillEverything(page, 'okx-signer')));
      await expectPrivateFields(widget.locator('input:not([type="radio"]):not([type="checkbox"]), textarea'));
      // The body, path, prehash and signature fields all took a sentinel.
      for (const id of ['okx-path', 'okx-body', 'okx-their-prehash', 'okx-their-signature', 'okx-secret']) {
        await expect(page.getByTestId(id)).toHaveValue(/^KBSENTINEL/);
      }

      expect(traffic.requestsSinceMark()).toEqual([]);
      const dump = await traffic.dump();
      for (const value of [secret, passphrase, signature, ...typed]) expect(dump).not.toContain(value);
    });
  });
}
