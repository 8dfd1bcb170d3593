// The way in by pair: the home page's picker and the sidebar lead a reader who trades on an exchange with a
// terminal to that pair's guide, in both languages, with and without JavaScript; search finds the Binance and
// Bybit pages by name and by error code. (Axe and the 390 px screen, for every page in turn: pages.spec.ts.)
import {PAIRS} from '../../src/pairs';
import {expect, localePath, LOCALES, openPage, test} from './support/fixtures';

const GUIDES = PAIRS.filter((pair) => pair.doc !== null);
for (const locale of LOCALES) {
  test(`${locale}: the home page's picker leads to every pair's guide`, async ({page}) => {
    await openPage(page, localePath(locale, '/'));
    const picker = page.getByRole('navigation', {name: locale === 'en' ? 'I trade on … with …' : /我在/});
    for (const pair of GUIDES) {
      const link = picker.locator(`a[data-pair="${pair.exchange}-${pair.terminal}"]`);
      await expect(link).toHaveAttribute('href', new RegExp(`${localePath(locale, `/docs/${pair.doc}`)}/?$`));
    }
    // Following one link opens its guide in the same language (tests/build checks every guide is built).
    const last = GUIDES[GUIDES.length - 1];
    await page.waitForLoadState('networkidle');
    await picker.locator(`a[data-pair="${last.exchange}-${last.terminal}"]`).click();
    await expect(page).toHaveURL(new RegExp(`${localePath(locale, `/docs/${last.doc}`)}/?$`));
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.locator('h1').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
  });

  test(`${locale}: the sidebar lists every pair's guide under one category`, async ({page}) => {
    await openPage(page, localePath(locale, '/docs/binance-api-key'));
    const sidebar = page.locator('nav.menu');
    const category = sidebar.locator('.menu__list-item', {
      has: page.getByText(locale === 'en' ? 'By exchange and terminal' : '按交易所和终端查找', {exact: true}),
    });
    for (const pair of GUIDES) {
      await expect(category.locator(`a[href$="/docs/${pair.doc}"]`).first()).toBeVisible();
    }
  });
}

test.describe('without JavaScript', () => {
  test.use({javaScriptEnabled: false});
  for (const locale of LOCALES) {
    test(`${locale}: the picker is a list of links that open the guides`, async ({page}) => {
      await page.goto(localePath(locale, '/'));
      for (const pair of GUIDES) {
        const link = page.locator(`[data-pair-picker] a[data-pair="${pair.exchange}-${pair.terminal}"]`);
        await expect(link).toHaveAttribute('href', new RegExp(`${localePath(locale, `/docs/${pair.doc}`)}/?$`));
      }
      await page.waitForLoadState('networkidle');
      await page.locator(`[data-pair-picker] a[data-pair="${GUIDES[0].exchange}-${GUIDES[0].terminal}"]`).click();
      await expect(page.locator('h1').first()).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await page.waitForLoadState('networkidle');
    });
  }
});

const SEARCHES: {locale: (typeof LOCALES)[number]; query: string; page: RegExp}[] = [
  {locale: 'en', query: 'Binance API', page: /\/docs\/binance-/},
  {locale: 'zh-Hans', query: '币安 API', page: /\/zh-Hans\/docs\/binance-/},
  {locale: 'en', query: '-2015', page: /\/docs\/(binance|bybit)-/},
  {locale: 'zh-Hans', query: '-2015', page: /\/zh-Hans\/docs\/(binance|bybit)-/},
  {locale: 'en', query: '10003', page: /\/docs\/bybit-/},
  {locale: 'zh-Hans', query: '10003', page: /\/zh-Hans\/docs\/bybit-/},
];

for (const {locale, query, page: expected} of SEARCHES) {
  test(`${locale}: searching "${query}" leads to a Binance or Bybit page first`, async ({page}) => {
    await openPage(page, localePath(locale, '/'));
    const box = page.locator('input.navbar__search-input');
    await box.fill(query);
    // The first suggestion is one of the new pages: Enter opens it.
    await expect(page.getByRole('option').first()).toBeVisible();
    await box.press('Enter');
    await expect(page).toHaveURL(expected);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
  });
}
