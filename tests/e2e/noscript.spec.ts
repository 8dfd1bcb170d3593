// Without JavaScript the widgets cannot answer: every checker and key tool says so, in the page's
// language, instead of looking alive.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {test, expect, localePath, LOCALES} from './support/fixtures';

const ZH: Record<string, {message: string}> = JSON.parse(
  readFileSync(join(__dirname, '..', '..', 'i18n', 'zh-Hans', 'code.json'), 'utf8'),
);
const LINE = {
  en: 'This tool runs in your browser and needs JavaScript, which is turned off',
  'zh-Hans': ZH['keybridge.checker.noscript'].message.slice(0, 20),
};

// Every tools page, and guides that embed checkers.
const PAGES = [
  '/docs/tools/public-key',
  '/docs/tools/ip-whitelist',
  '/docs/tools/key-pair',
  '/docs/tools/key-generator',
  '/docs/tools/request-signer',
  '/docs/tools/okx-signer',
  '/docs/backpack-api-key',
  '/docs/v5-insilico',
];

test.use({javaScriptEnabled: false});

for (const locale of LOCALES) {
  for (const path of PAGES) {
    test(`${locale} ${path}: with JavaScript off, every widget shows the noscript line in the page's language`, async ({
      page,
    }) => {
      await page.goto(localePath(locale, path));
      const cards = page.locator('[data-checker-card]');
      const count = await cards.count();
      expect(count, 'widgets on the page').toBeGreaterThan(0);
      const lines = page.locator('[data-checker-card] [data-testid="noscript"]');
      await expect(lines).toHaveCount(count);
      for (const line of await lines.all()) {
        await expect(line).toBeVisible();
        await expect(line).toContainText(LINE[locale]);
      }
    });
  }
}
