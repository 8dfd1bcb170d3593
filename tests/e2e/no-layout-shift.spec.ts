// Nothing on the first screen moves while a page loads (layout shift), on every page of the site in both
// languages, on a phone and on a tall portrait monitor (it shows the most of a page at once). The bench's
// Lighthouse runs see only six pages on one screen; a change that makes a page's text jump as it loads
// (such as laying out an article's blocks only near the screen, with content-visibility) can pass there.
// The navbar's title moves by well under 0.001 as a page starts.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {expect, openPage, test} from './support/fixtures';

const BUILD = join(__dirname, '..', '..', 'build');
const SITEMAP_PAGES = ['sitemap.xml', 'zh-Hans/sitemap.xml'].flatMap((file) =>
  [...readFileSync(join(BUILD, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname),
);
const SCREENS = [
  {width: 412, height: 823},
  {width: 1080, height: 1920},
];

test('the sitemaps list every page in both languages', () => {
  expect(SITEMAP_PAGES).toContain('/docs/backpack-tealstreet');
  expect(SITEMAP_PAGES).toContain('/zh-Hans/docs/backpack-tealstreet');
});

for (const path of SITEMAP_PAGES) {
  test(`${path}: nothing moves while the page loads`, async ({page}) => {
    for (const screen of SCREENS) {
      await page.setViewportSize(screen);
      await openPage(page, path);
      await page.waitForTimeout(300);
      const shift = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            new PerformanceObserver((list) => {
              resolve(list.getEntries().reduce((sum, entry) => sum + (entry as unknown as {value: number}).value, 0));
            }).observe({type: 'layout-shift', buffered: true});
            setTimeout(() => resolve(0), 1000);
          }),
      );
      expect(shift, `layout shift at ${screen.width}x${screen.height}`).toBeLessThan(0.01);
    }
  });
}
