// Nothing on the first screen moves while a page loads (layout shift). Every page of the site, in both
// languages, is loaded on the largest phone screen where the browser may skip laying out an article's later
// blocks (content-visibility in src/css/custom.css): the widest and tallest screen the rule applies to, so
// the one where such a block comes nearest the first screen. One page of each kind (home, guide, tools page,
// FAQ, search) is also loaded on Lighthouse's phone and on a tall portrait monitor (it shows the most of a
// page at once). The navbar's title moves by well under 0.001 as a page starts.
import type {Page} from '@playwright/test';
import {expect, LOCALES, localePath, openPage, sitemapPages, test} from './support/fixtures';

const LARGEST_PHONE = {width: 576, height: 900};
const SCREENS = [{width: 412, height: 823}, LARGEST_PHONE, {width: 1080, height: 1920}];
const ONE_OF_EACH_KIND = ['/', '/docs/backpack-tealstreet', '/docs/tools/ip-whitelist', '/docs/faq', '/search'];

async function expectNothingMoves(page: Page, path: string, screen: {width: number; height: number}) {
  await page.setViewportSize(screen);
  await openPage(page, path);
  // Until the network is quiet: late content (the search page's index) can still move things, and a
  // request still loading would be cancelled by the next load and fail the test.
  await page.waitForLoadState('networkidle');
  // The shifts so far, at once: a buffered observer holds them, and takeRecords hands them over.
  // With what moved, so a failure names the element and not only the score.
  const {shift, moved} = await page.evaluate(() => {
    type Shift = {value: number; sources: {node?: Node | null; previousRect: DOMRect; currentRect: DOMRect}[]};
    const observer = new PerformanceObserver(() => {});
    observer.observe({type: 'layout-shift', buffered: true});
    const entries = observer.takeRecords() as unknown as Shift[];
    observer.disconnect();
    const rect = (r: DOMRect) => `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}x${Math.round(r.height)}`;
    return {
      shift: entries.reduce((sum, entry) => sum + entry.value, 0),
      moved: entries.flatMap((entry) =>
        entry.sources.map((s) => {
          const el = s.node instanceof Element ? s.node : s.node?.parentElement;
          const name = el ? `${el.tagName.toLowerCase()}.${Array.from(el.classList).join('.')}` : '?';
          return `${entry.value.toFixed(3)} ${name} ${rect(s.previousRect)} → ${rect(s.currentRect)}`;
        }),
      ),
    };
  });
  expect(shift, `layout shift at ${screen.width}x${screen.height}:\n${moved.join('\n')}`).toBeLessThan(0.01);
}

// site.spec.ts checks that each sitemap lists the home page and every guide.
for (const path of LOCALES.flatMap((locale) => sitemapPages(locale))) {
  test(`${path}: nothing moves while the page loads on a phone`, async ({page}) => {
    await expectNothingMoves(page, path, LARGEST_PHONE);
    // A block laid out only near the screen counts as 3rem high until then: one that started on the first
    // screen would grow there and push what follows. Each must start below it, with room to spare, so an
    // edit to a page's opening cannot bring one up unnoticed.
    const skippable = await page.evaluate(() =>
      Array.from(document.querySelectorAll('.markdown > *'))
        .filter((block) => getComputedStyle(block).contentVisibility === 'auto')
        .map((block) => Math.round(block.getBoundingClientRect().top + window.scrollY - window.innerHeight)),
    );
    expect(
      skippable.filter((below) => below < 48),
      'blocks laid out only near the screen that start less than 48 px below the first screen',
    ).toEqual([]);
  });
}

for (const path of LOCALES.flatMap((locale) => ONE_OF_EACH_KIND.map((p) => localePath(locale, p)))) {
  test(`${path}: nothing moves while the page loads, on every screen`, async ({page}) => {
    for (const screen of SCREENS.filter((s) => s !== LARGEST_PHONE)) await expectNothingMoves(page, path, screen);
  });
}

test('on a phone the browser skips laying out the later blocks of a long guide until they come near', async ({
  page,
}) => {
  await page.setViewportSize(SCREENS[0]);
  await openPage(page, '/zh-Hans/docs/backpack-tealstreet');
  const blocks = page.locator('.markdown > *');
  await expect(blocks.nth(8)).toHaveCSS('content-visibility', 'visible');
  await expect(blocks.nth(9)).toHaveCSS('content-visibility', 'auto');
  await page.setViewportSize(SCREENS[2]);
  await expect(blocks.nth(9)).toHaveCSS('content-visibility', 'visible');
});
