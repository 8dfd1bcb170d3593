// The site as a reader meets it: the language switch keeps the page; search works in both languages.
// That every page renders in its language without a console error, a failed request or a third-party
// request: pages.spec.ts (templates and a sample) and tests/build/pages.test.ts (every built page).
import {test, expect, openPage, type Locale} from './support/fixtures';

test('switching language keeps the reader on the same page, both ways', async ({page}) => {
  await openPage(page, '/docs/backpack-tealstreet');
  await page.locator('.navbar__items--right .dropdown').hover();
  await page.getByRole('link', {name: '简体中文'}).click();
  await expect(page).toHaveURL(/\/zh-Hans\/docs\/backpack-tealstreet\/?$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  // Let the Chinese page finish loading its scripts before leaving it: leaving earlier cancels them,
  // which the fixture counts as failed requests.
  await expect(page.locator('html[data-has-hydrated="true"]')).toHaveCount(1);

  await page.locator('.navbar__items--right .dropdown').hover();
  await page.getByRole('link', {name: 'English'}).click();
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/docs\/backpack-tealstreet\/?$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

const searches: {locale: Locale; home: string; query: string; expected: RegExp}[] = [
  {locale: 'zh-Hans', home: '/zh-Hans/', query: '白名单', expected: /\/zh-Hans\/docs\//},
  {locale: 'en', home: '/', query: 'whitelist', expected: /127\.0\.0\.1:\d+\/docs\//},
];

for (const {locale, home, query, expected} of searches) {
  test(`${locale}: searching "${query}" leads to a ${locale} page about it`, async ({page}) => {
    await openPage(page, home);
    const box = page.locator('input.navbar__search-input');
    await box.fill(query);
    await expect(page.getByRole('option').first()).toBeVisible();
    await box.press('Enter');
    await expect(page).toHaveURL(expected);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.locator('main')).toContainText(query === 'whitelist' ? /whitelist/i : query);
  });
}
