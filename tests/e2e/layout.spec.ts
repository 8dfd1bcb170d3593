// What a reader on a phone sees: at 390 px wide, in light and dark, in both languages, no page scrolls
// sideways. Each run leaves screenshots in tests/e2e/screenshots/ to look at.
import {test, expect, openPage, layOutWholePage, localePath, LOCALES} from './support/fixtures';

const PAGES = [
  '/',
  '/docs/backpack-tealstreet',
  '/docs/v5-insilico',
  '/docs/tools/ip-whitelist',
  '/docs/tools/key-pair',
];
const SCHEMES = ['light', 'dark'] as const;

for (const locale of LOCALES) {
  for (const scheme of SCHEMES) {
    for (const path of PAGES) {
      test(`${locale} ${scheme} ${path} fits a 390 px screen`, async ({page}) => {
        await page.setViewportSize({width: 390, height: 844});
        await page.emulateMedia({colorScheme: scheme});
        await openPage(page, localePath(locale, path));
        await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
        await layOutWholePage(page);
        const name = `${locale}-${scheme}-390${path.replace(/\/$/, '').replace(/\//g, '_') || '_home'}`;
        await page.screenshot({path: `tests/e2e/screenshots/${name}.png`, fullPage: true});
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0);
      });
    }
  }
}

for (const locale of LOCALES) {
  for (const scheme of SCHEMES) {
    test(`${locale} ${scheme} desktop screenshots of home and a guide`, async ({page}) => {
      await page.setViewportSize({width: 1280, height: 900});
      await page.emulateMedia({colorScheme: scheme});
      for (const path of ['/', '/docs/backpack-tealstreet']) {
        await openPage(page, localePath(locale, path));
        const name = `${locale}-${scheme}-1280${path.replace(/\//g, '_').replace(/_$/, '') || '_home'}`;
        await page.screenshot({path: `tests/e2e/screenshots/${name}.png`, fullPage: true});
      }
    });
  }
}
