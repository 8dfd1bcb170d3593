// Site-wide accessibility: axe over whole pages (navbar, sidebar, content, footer), in both languages and
// both colour schemes, on the home page, the guides that embed checkers, the key kit pages and the search page.
// One page load per page and language: the scheme is switched on the loaded page, and every other page
// loads in the dark one first.
import AxeBuilder from '@axe-core/playwright';
import {expect, LOCALES, localePath, openPage, switchColorScheme, test} from './support/fixtures';
import {scaled} from './support/timeouts';

// Two whole-page axe runs per test (the longest guide takes over 10 s each on a quiet machine): twice the
// usual time.
test.describe.configure({timeout: scaled(60_000)});

const PAGES = [
  '/',
  '/docs/backpack-api-key',
  '/docs/backpack-tealstreet',
  '/docs/v5-insilico',
  '/docs/faq',
  '/docs/tools/key-generator',
  '/docs/tools/request-signer',
  '/search?q=secret',
];

for (const locale of LOCALES) {
  for (const [i, path] of PAGES.entries()) {
    const schemes = i % 2 ? (['dark', 'light'] as const) : (['light', 'dark'] as const);
    test(`${locale} ${path}: no axe violation on the whole page, light or dark`, async ({page}) => {
      await page.emulateMedia({colorScheme: schemes[0]});
      await openPage(page, localePath(locale, path));
      for (const scheme of schemes) {
        await test.step(scheme, async () => {
          await switchColorScheme(page, scheme);
          const {violations} = await new AxeBuilder({page}).analyze();
          expect
            .soft(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`))
            .toEqual([]);
        });
      }
    });
  }
}
