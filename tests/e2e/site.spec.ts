// The site as a reader meets it: every page in both languages renders without a console error, a failed
// request or a third-party request; the language switch keeps the page; search works in both languages.
import {test, expect, openPage, localePath, LOCALES, sitemapPages, type Locale} from './support/fixtures';

for (const locale of LOCALES) {
  const pages = sitemapPages(locale).filter((path) => !path.includes('/search'));

  test(`${locale}: the sitemap lists the home page and every guide`, () => {
    for (const path of [
      '/',
      '/docs/backpack-api-key',
      '/docs/backpack-tealstreet',
      '/docs/v5-insilico',
      '/docs/security',
      '/docs/faq',
      '/docs/tools/',
    ]) {
      expect(pages).toContain(localePath(locale, path));
    }
  });

  for (const path of pages) {
    test(`${locale} ${path} renders in its language, with only same-origin requests`, async ({page, baseURL}) => {
      const foreign: string[] = [];
      page.on('request', (req) => {
        if (!req.url().startsWith(baseURL!) && !req.url().startsWith('data:') && !req.url().startsWith('blob:')) {
          foreign.push(req.url());
        }
      });
      await openPage(page, path);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.locator('h1').first()).toBeVisible();
      if (locale === 'zh-Hans') await expect(page.locator('main')).toContainText(/[\u4e00-\u9fff]/);
      expect(foreign).toEqual([]);
    });
  }
}

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
