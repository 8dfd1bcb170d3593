// Nothing on the first screen moves while a page loads (layout shift), on every page of the site in both
// languages, on a phone and on a tall portrait monitor (it shows the most of a page at once). The bench's
// Lighthouse runs see only six pages on one screen; a change that makes a page's text jump as it loads
// (such as laying out an article's blocks only near the screen, with content-visibility) can pass there.
// The navbar's title moves by well under 0.001 as a page starts.
import {expect, LOCALES, openPage, sitemapPages, test} from './support/fixtures';

const SCREENS = [
  {width: 412, height: 823},
  {width: 1080, height: 1920},
];

// site.spec.ts checks that each sitemap lists the home page and every guide.
for (const path of LOCALES.flatMap((locale) => sitemapPages(locale))) {
  test(`${path}: nothing moves while the page loads`, async ({page}) => {
    for (const screen of SCREENS) {
      await page.setViewportSize(screen);
      await openPage(page, path);
      // Until the network is quiet: late content (the search page's index) can still move things, and a
      // request still loading would be cancelled by the next screen's load and fail the test.
      await page.waitForLoadState('networkidle');
      // The shifts so far, at once: a buffered observer holds them, and takeRecords hands them over.
      const shift = await page.evaluate(() => {
        const observer = new PerformanceObserver(() => {});
        observer.observe({type: 'layout-shift', buffered: true});
        const entries = observer.takeRecords();
        observer.disconnect();
        return entries.reduce((sum, entry) => sum + (entry as unknown as {value: number}).value, 0);
      });
      expect(shift, `layout shift at ${screen.width}x${screen.height}`).toBeLessThan(0.01);
    }
  });
}
