// Site-wide accessibility: axe over whole pages (navbar, sidebar, content, footer), in both languages and
// both colour schemes, on the home page, the guides that embed checkers, the key kit pages and the search page.
import AxeBuilder from '@axe-core/playwright';
import {expect, LOCALES, localePath, openPage, test} from './support/fixtures';

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
  for (const scheme of ['light', 'dark'] as const) {
    for (const path of PAGES) {
      test(`${locale} ${scheme} ${path}: no axe violation on the whole page`, async ({page}) => {
        await page.emulateMedia({colorScheme: scheme});
        await openPage(page, localePath(locale, path));
        const {violations} = await new AxeBuilder({page}).analyze();
        expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      });
    }
  }
}
