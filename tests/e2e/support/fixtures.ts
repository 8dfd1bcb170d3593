// The Playwright `test` every KeyBridge spec uses: a page that fails the test on any console error,
// uncaught page error or failed request, and helpers to list the built pages of a language (from its
// sitemap) and to open a route once React has hydrated.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {test as base, expect, type Page} from '@playwright/test';

export type Locale = 'en' | 'zh-Hans';
export const LOCALES: Locale[] = ['en', 'zh-Hans'];

/** '/docs/faq' in a locale: '/docs/faq' or '/zh-Hans/docs/faq'. */
export function localePath(locale: Locale, path: string): string {
  return locale === 'en' ? path : `/zh-Hans${path === '/' ? '/' : path}`;
}

/** Paths of every page the build lists in its sitemap for a locale (e.g. '/docs/faq'). */
export function sitemapPages(locale: Locale): string[] {
  const sitemap = join(__dirname, '..', '..', '..', 'build', ...(locale === 'en' ? [] : [locale]), 'sitemap.xml');
  return [...readFileSync(sitemap, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
}

/**
 * Opens a route and waits until Docusaurus has hydrated it, so widgets respond to input. Before opening
 * another page in the same test, wait for `networkidle`: the site loads linked pages' code in idle time,
 * and a load still running when the page is left is cancelled, which counts as a failed request.
 */
export async function openPage(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.locator('html[data-has-hydrated="true"]')).toHaveCount(1);
}

/**
 * Switches the system colour scheme of a loaded page and waits for the site to follow it (it respects
 * the system's scheme until the reader picks one), so one page load serves both schemes.
 */
export async function switchColorScheme(page: Page, scheme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({colorScheme: scheme});
  await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
  // The theme fades some colours: end the fades, so what is measured is the scheme's own colours. (Waiting
  // for them would hang: the browser does not run them in blocks it skips laying out.)
  await page.evaluate(() => {
    for (const a of document.getAnimations()) if (a instanceof CSSTransition) a.finish();
  });
}

/**
 * Lays out the whole page, as a reader who scrolls through it would see it: on phones the site lets the
 * browser skip laying out an article's later blocks until they come near the screen (content-visibility in
 * src/css/custom.css). For full-page screenshots and checks of what is not on the first screen.
 */
export async function layOutWholePage(page: Page): Promise<void> {
  await page.addStyleTag({content: '.markdown > * { content-visibility: visible !important; }'});
}

export const test = base.extend<{problems: string[]}>({
  problems: [
    async ({page}, use) => {
      const problems: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
      });
      page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
      page.on('requestfailed', (req) => {
        // Docusaurus prefetches linked pages' scripts; the browser cancels those that are still loading
        // when the test ends or navigates. A cancelled prefetch is not a failure of the page.
        const cancelledPrefetch =
          /prefetch/.test(req.headers()['sec-purpose'] ?? '') && req.failure()?.errorText === 'net::ERR_ABORTED';
        if (!cancelledPrefetch) problems.push(`request failed: ${req.url()} ${req.failure()?.errorText}`);
      });
      page.on('response', (res) => {
        if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
      });
      await use(problems);
      expect(problems, 'console errors or failed requests').toEqual([]);
    },
    {auto: true},
  ],
});

export {expect};
