// Which pages the page-wide checks (rendering, layout shift, sideways scrolling) load in a browser. Every
// page template is loaded on every run; the other pages of the sitemap take turns, a few per run, so the
// suite's time does not grow with each new guide while every page is still loaded every few runs.
// E2E_SAMPLE=all loads every page; E2E_SAMPLE_SEED picks the turn (playwright.config.ts sets it to the
// day, once for all workers). What holds for every built page without a browser is checked in node over
// build/ (tests/build).
import {localePath, sitemapPages, type Locale} from './fixtures';

/** One page of each kind: home, a guide with checkers, a tools page, the tools index, the FAQ, search. */
export const TEMPLATES = [
  '/',
  '/docs/backpack-tealstreet',
  '/docs/tools/ip-whitelist',
  '/docs/tools/',
  '/docs/faq',
  '/search',
];

/** How many pages besides the templates each locale loads per run. */
export const SAMPLE_SIZE = Number(process.env.E2E_SAMPLE_SIZE ?? 3);

/**
 * The sitemap's pages of a locale that are not templates, `SAMPLE_SIZE` of them in turn (all of them with
 * E2E_SAMPLE=all). Each locale starts at another place in the list, so the two languages show different pages.
 */
export function samplePages(locale: Locale, exclude: string[] = []): string[] {
  const skip = new Set([...TEMPLATES, ...exclude].map((p) => localePath(locale, p)));
  const rest = sitemapPages(locale)
    .filter((p) => !skip.has(p))
    .sort();
  if (process.env.E2E_SAMPLE === 'all' || rest.length <= SAMPLE_SIZE) return rest;
  const turn = Number(process.env.E2E_SAMPLE_SEED ?? 0) + (locale === 'en' ? 0 : Math.ceil(rest.length / 2));
  return Array.from({length: SAMPLE_SIZE}, (_, i) => rest[(turn * SAMPLE_SIZE + i) % rest.length]);
}
