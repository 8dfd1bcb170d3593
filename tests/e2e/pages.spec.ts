// Every kind of page as a reader meets it, in both languages, one page load for several checks: it
// renders in its language with only same-origin requests (and, through the fixture, no console error or
// failed request); nothing on the first screen moves while it loads; no block the browser may skip laying
// out starts on the first screen; at 390 px, light and dark, nothing scrolls sideways; axe finds nothing on
// the whole page (navbar, sidebar, content, footer) in the scheme it loaded in: half the pages load dark,
// and each template loads light in one language and dark in the other.
//
// Which pages: each template (support/sample.ts), the guide and tools page with the widest content, and a
// few other sitemap pages in turn. Layout shift is measured on the largest phone screen where the browser
// may skip laying out an article's later blocks (content-visibility in src/css/custom.css): the widest and
// tallest screen the rule applies to, so the one where such a block comes nearest the first screen. Each
// template is also loaded on Lighthouse's phone in one language and on a tall portrait monitor (it shows
// the most of a page at once) in the other. The navbar's title moves by well under 0.001 as a page starts.
// What holds for every built page without a browser (language, heading, no other origin's resources) is
// checked in node over build/ (tests/build/pages.test.ts). Leaves screenshots in tests/e2e/screenshots/.
import type {Page} from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import {
  expect,
  layOutWholePage,
  LOCALES,
  localePath,
  openPage,
  switchColorScheme,
  test,
  type Locale,
} from './support/fixtures';
import {samplePages, TEMPLATES} from './support/sample';

const LARGEST_PHONE = {width: 576, height: 900};
const OTHER_SCREENS = [
  {width: 412, height: 823},
  {width: 1080, height: 1920},
];
/** Pages whose content is widest on a phone (tables, widgets), checked on every run besides the templates. */
const WIDE = ['/docs/v5-insilico', '/docs/tools/key-pair'];
/** Pages whose 390 px screenshots (and, for the first two, 1280 px ones) each run leaves to look at. */
const SCREENSHOTS = [
  '/',
  '/docs/backpack-tealstreet',
  '/docs/v5-insilico',
  '/docs/tools/ip-whitelist',
  '/docs/tools/key-pair',
];

async function loadAndMeasureShift(page: Page, path: string, screen: {width: number; height: number}) {
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
  expect.soft(shift, `layout shift at ${screen.width}x${screen.height}:\n${moved.join('\n')}`).toBeLessThan(0.01);
}

const screenshotName = (locale: Locale, scheme: string, width: number, path: string) =>
  `tests/e2e/screenshots/${locale}-${scheme}-${width}${path.replace(/\/$/, '').replace(/\//g, '_') || '_home'}.png`;

for (const [l, locale] of LOCALES.entries()) {
  const pages = [
    ...[...TEMPLATES, ...WIDE].map((p) => ({base: p, path: localePath(locale, p)})),
    ...samplePages(locale, WIDE).map((path) => ({base: path.replace(/^\/zh-Hans(?=\/)/, ''), path})),
  ];
  for (const [i, {base, path}] of pages.entries()) {
    const template = TEMPLATES.indexOf(base);
    // Half the pages load in the dark scheme: the scheme applies before the first paint, not only on a switch.
    const schemes = ((i + l) % 2 ? ['dark', 'light'] : ['light', 'dark']) as ('light' | 'dark')[];
    test(`${path}: renders in its language, nothing moves while it loads, fits a 390 px screen`, async ({
      page,
      baseURL,
    }) => {
      const foreign: string[] = [];
      page.on('request', (req) => {
        if (!req.url().startsWith(baseURL!) && !req.url().startsWith('data:') && !req.url().startsWith('blob:')) {
          foreign.push(req.url());
        }
      });
      await page.emulateMedia({colorScheme: schemes[0]});

      await test.step('nothing moves while the page loads on a phone', async () => {
        await loadAndMeasureShift(page, path, LARGEST_PHONE);
        await expect(page.locator('html')).toHaveAttribute('data-theme', schemes[0]);
      });

      await test.step('renders in its language', async () => {
        await expect(page.locator('html')).toHaveAttribute('lang', locale);
        await expect(page.locator('h1').first()).toBeVisible();
        if (locale === 'zh-Hans') await expect(page.locator('main')).toContainText(/[\u4e00-\u9fff]/);
      });

      await test.step('blocks laid out only near the screen start well below the first screen', async () => {
        // Such a block counts as 3rem high until then: one that started on the first screen would grow
        // there and push what follows. Each must start below it, with room to spare, so an edit to a page's
        // opening cannot bring one up unnoticed.
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

      if (template >= 0) {
        const screen = OTHER_SCREENS[(template + l) % OTHER_SCREENS.length];
        await test.step(`nothing moves while the page loads at ${screen.width}x${screen.height}`, () =>
          loadAndMeasureShift(page, path, screen));
      }

      await test.step('at 390 px nothing scrolls sideways, light or dark; axe finds nothing', async () => {
        await page.setViewportSize({width: 390, height: 844});
        await layOutWholePage(page);
        for (const scheme of schemes) {
          await switchColorScheme(page, scheme);
          // axe on the whole laid-out page in the scheme it loaded in (the other scheme is another page's).
          if (scheme === schemes[0]) {
            const {violations} = await new AxeBuilder({page}).analyze();
            expect
              .soft(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`))
              .toEqual([]);
          }
          if (SCREENSHOTS.includes(base))
            await page.screenshot({path: screenshotName(locale, scheme, 390, base), fullPage: true});
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          expect.soft(overflow, `the page scrolls sideways (${scheme})`).toBeLessThanOrEqual(0);
        }
      });

      if (SCREENSHOTS.slice(0, 2).includes(base)) {
        await test.step('desktop screenshots', async () => {
          await page.setViewportSize({width: 1280, height: 900});
          for (const scheme of schemes) {
            await switchColorScheme(page, scheme);
            await page.screenshot({path: screenshotName(locale, scheme, 1280, base), fullPage: true});
          }
        });
      }

      expect(foreign, 'requests to other origins').toEqual([]);
    });
  }
}

test('on a phone the browser skips laying out the later blocks of a long guide until they come near', async ({
  page,
}) => {
  await page.setViewportSize(OTHER_SCREENS[0]);
  await openPage(page, '/zh-Hans/docs/backpack-tealstreet');
  const blocks = page.locator('.markdown > *');
  await expect(blocks.nth(8)).toHaveCSS('content-visibility', 'visible');
  await expect(blocks.nth(9)).toHaveCSS('content-visibility', 'auto');
  await page.setViewportSize(OTHER_SCREENS[1]);
  await expect(blocks.nth(9)).toHaveCSS('content-visibility', 'visible');
});
