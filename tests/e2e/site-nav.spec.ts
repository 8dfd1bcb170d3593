// The site's chrome: one current item in the navbar, the language switch in reach on a phone, and a
// search that sends a query with no result in one language to the other language's search. That the
// search index holds page text only is checked in node (tests/build/pages.test.ts).
import {test, expect, openPage, localePath, LOCALES, type Locale} from './support/fixtures';

const OTHER: Record<Locale, {label: string; url: RegExp}> = {
  en: {label: '简体中文', url: /\/zh-Hans\/docs\/faq\/?$/},
  'zh-Hans': {label: 'English', url: /127\.0\.0\.1:\d+\/docs\/faq\/?$/},
};

for (const locale of LOCALES) {
  test(`${locale}: on each kind of page exactly one navbar item is the current page`, async ({page}) => {
    await page.setViewportSize({width: 1280, height: 800});
    for (const {path, current} of [
      {path: '/docs/backpack-api-key', current: /^(Guides|指南)$/},
      {path: '/docs/backpack-tealstreet', current: /^(Guides|指南)$/},
      {path: '/docs/v5-insilico', current: /^(Guides|指南)$/},
      {path: '/docs/security', current: /^(Guides|指南)$/},
      {path: '/docs/faq', current: /^(FAQ|常见问题)$/},
      {path: '/docs/tools/ip-whitelist', current: /^(Tools|工具)$/},
    ]) {
      await test.step(path, async () => {
        await openPage(page, localePath(locale, path));
        const currentItems = page.locator('.navbar [aria-current="page"]');
        await expect.soft(currentItems).toHaveCount(1);
        await expect.soft(currentItems).toHaveText(current);
        await page.waitForLoadState('networkidle');
      });
    }
  });

  test(`${locale}: at 390 px the language switch is in the navbar bar, one tap away`, async ({page}) => {
    await page.setViewportSize({width: 390, height: 844});
    await openPage(page, localePath(locale, '/docs/faq'));
    const toggle = page.locator('.navbar__inner .navbar-locale');
    await expect(toggle).toBeVisible();
    const box = (await toggle.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    await toggle.click();
    const other = page.locator('.navbar__inner').getByRole('link', {name: OTHER[locale].label});
    await expect(other).toBeVisible();
    const otherBox = (await other.boundingBox())!;
    expect(otherBox.x).toBeGreaterThanOrEqual(0);
    expect(otherBox.x + otherBox.width).toBeLessThanOrEqual(390);
    await other.click();
    await expect(page).toHaveURL(OTHER[locale].url);
  });
}

// Queries that match no page of their own site (the English glossary lists the Chinese terms, so a Chinese
// word such as 白名单 does find it) and several pages of the other. The query goes along with the reader,
// never in the address.
const FALLBACK: {locale: Locale; query: string; link: RegExp; lands: RegExp; hit: RegExp}[] = [
  {
    locale: 'en',
    query: '余额',
    link: /Search the Chinese site/,
    lands: /\/zh-Hans\/search\/?$/,
    hit: /\/zh-Hans\/docs\//,
  },
  {
    locale: 'zh-Hans',
    query: 'mistake',
    link: /在英文站点中搜索/,
    lands: /127\.0\.0\.1:\d+\/search\/?$/,
    hit: /^\/docs\//,
  },
];

for (const {locale, query, link, lands, hit} of FALLBACK) {
  test(`${locale}: "${query}" finds nothing here and offers the other language's results`, async ({page}) => {
    await openPage(page, localePath(locale, '/search'));
    await page.locator('main input[type="search"]').fill(query);
    await expect(page.getByRole('main')).toHaveCount(1);
    const none = page.getByTestId('search-no-results');
    await expect(none).toBeVisible();
    await none.getByRole('link', {name: link}).click();
    await expect(page).toHaveURL(lands);
    await expect(page.getByRole('searchbox').or(page.locator('main input[type="search"]'))).toHaveValue(query);
    const results = page.locator('main article h2 a');
    await expect(results.first()).toBeVisible();
    for (const href of await results.evaluateAll((as) => as.map((a) => a.getAttribute('href')!)))
      expect(href).toMatch(hit);
  });
}

for (const {locale, query, link, lands} of FALLBACK) {
  test(`${locale}: the navbar search box offers the other language when "${query}" finds nothing`, async ({page}) => {
    await openPage(page, localePath(locale, '/'));
    const box = page.locator('input.navbar__search-input');
    await box.fill(query);
    const other = page.locator('.navbar').getByRole('link', {name: link});
    await expect(other).toBeVisible();
    await other.click();
    await expect(page).toHaveURL(lands);
    await expect(page.locator('main article h2 a').first()).toBeVisible();
  });
}

for (const {locale, query} of [
  {locale: 'en', query: 'whitelist'},
  {locale: 'zh-Hans', query: '白名单'},
] as const) {
  test(`${locale}: a query on the search page stays out of the address and the title; back finds it, a reload clears it`, async ({
    page,
  }) => {
    await openPage(page, localePath(locale, '/search'));
    const box = page.locator('main input[type="search"]');
    await box.fill(query);
    const first = page.locator('main article h2 a').first();
    await expect(first).toBeVisible();
    const stays = async () => {
      expect(decodeURIComponent(page.url())).not.toContain(query);
      expect(await page.title()).not.toContain(query);
    };
    await stays();
    // To a result and back: the search is still there, and still only on the page.
    await first.click();
    await expect(page).not.toHaveURL(/\/search/);
    await page.goBack();
    await expect(box).toHaveValue(query);
    await expect(first).toBeVisible();
    await stays();
    // A reload starts an empty search (once the page has loaded what it was loading, which a reload
    // would cancel).
    await page.waitForLoadState('networkidle');
    await page.reload();
    await expect(page.locator('html[data-has-hydrated="true"]')).toHaveCount(1);
    await expect(box).toHaveValue('');
    await stays();
  });

  test(`${locale}: an older link's ?q= opens the search, then leaves the address; each page and heading is listed once`, async ({
    page,
  }) => {
    await openPage(page, `${localePath(locale, '/search')}?q=${encodeURIComponent(query)}`);
    await expect(page.locator('main input[type="search"]')).toHaveValue(query);
    const results = page.locator('main article h2 a');
    await expect(results.first()).toBeVisible();
    const hrefs = await results.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(1);
    expect(new Set(hrefs).size).toBe(hrefs.length);
    await expect(page).toHaveURL((url) => !url.searchParams.has('q'));
    expect(await page.title()).not.toContain(query);
  });

  test(`${locale}: "See all results" in the navbar opens the search page without the query in the address`, async ({
    page,
  }) => {
    await openPage(page, localePath(locale, '/'));
    await page.locator('input.navbar__search-input').fill(query);
    await page
      .locator('.navbar')
      .getByRole('link', {name: locale === 'en' ? 'See all results' : '查看全部结果'})
      .click();
    await expect(page).toHaveURL(/\/search\/?$/);
    await expect(page.locator('main input[type="search"]')).toHaveValue(query);
    await expect(page.locator('main article h2 a').first()).toBeVisible();
    expect(await page.title()).not.toContain(query);
  });
}
