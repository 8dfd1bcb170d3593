// Without JavaScript the widgets cannot answer: every checker and key tool says so, in the page's
// language, instead of looking alive. That every card of every built page carries the line is checked in
// node (tests/build/pages.test.ts); here a browser with JavaScript off shows it, on a guide with several.
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

test.use({javaScriptEnabled: false});

for (const locale of LOCALES) {
  const path = '/docs/backpack-api-key';
  test(`${locale} ${path}: with JavaScript off, every widget shows the noscript line in the page's language`, async ({
    page,
  }) => {
    await page.goto(localePath(locale, path));
    const cards = page.locator('[data-checker-card]');
    const count = await cards.count();
    expect(count, 'widgets on the page').toBeGreaterThan(1);
    const lines = page.locator('[data-checker-card] [data-testid="noscript"]');
    await expect(lines).toHaveCount(count);
    for (const line of await lines.all()) {
      await expect(line).toBeVisible();
      await expect(line).toContainText(LINE[locale]);
    }
  });
}
