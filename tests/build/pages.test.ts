// Checks of the built pages that need no browser: every page of the sitemap is built in its language with
// a heading and loads nothing from another origin; every checker card carries the line a reader without
// JavaScript sees, in the page's language; the search index holds page text only. Run after `npm run build`.
// What needs a browser (console errors, layout shift, scrolling) is in tests/e2e/pages.spec.ts, on every
// template and a few pages in turn.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {BUILD, builtPages} from './builtSite';
import {PAIRS} from '../../src/pairs';

const LOCALES = ['en', 'zh-Hans'] as const;
type Locale = (typeof LOCALES)[number];
const localePath = (locale: Locale, path: string) => (locale === 'en' ? path : `/zh-Hans${path}`);

function sitemapPages(locale: Locale): string[] {
  const sitemap = readFileSync(join(BUILD, ...(locale === 'en' ? [] : [locale]), 'sitemap.xml'), 'utf8');
  return [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
}

const htmlOf = (path: string) => readFileSync(join(BUILD, path.replace(/\/?$/, '/index.html')), 'utf8');

/** The attributes of every tag named `names` in `html`, as objects (unquoted, as the minifier leaves them). */
function tags(html: string, names: string): Record<string, string>[] {
  return [...html.matchAll(new RegExp(`<(?:${names})\\b([^>]*)>`, 'gi'))].map((m) =>
    Object.fromEntries(
      [...m[1].matchAll(/([\w:-]+)(?:=("[^"]*"|'[^']*'|[^\s>]+))?/g)].map((a) => [
        a[1].toLowerCase(),
        (a[2] ?? '').replace(/^["']|["']$/g, ''),
      ]),
    ),
  );
}

/** Addresses the browser fetches when it loads the page (links it only names, such as canonical, excluded). */
function fetchedUrls(html: string): string[] {
  const named = new Set(['canonical', 'alternate']);
  return tags(html, 'script|link|img|iframe|source|video|audio|embed|object').flatMap((t) => {
    if (t.rel && t.rel.split(/\s+/).every((r) => named.has(r))) return [];
    return [t.src, t.href, t.data, t.poster, ...(t.srcset ?? '').split(',').map((s) => s.trim().split(/\s+/)[0])].filter(
      (u): u is string => !!u,
    );
  });
}

for (const locale of LOCALES) {
  const pages = sitemapPages(locale);

  test(`${locale}: the sitemap lists the home page and every guide`, () => {
    for (const path of [
      '/',
      '/docs/backpack-api-key',
      '/docs/backpack-tealstreet',
      '/docs/v5-insilico',
      '/docs/security',
      '/docs/faq',
      '/docs/tools/',
    ]) {
      assert.ok(pages.includes(localePath(locale, path)), path);
    }
  });

  test(`${locale}: every page of the sitemap is built in its language, with a heading, loading nothing from another origin`, () => {
    const problems: string[] = [];
    for (const path of pages) {
      if (!existsSync(join(BUILD, path.replace(/\/?$/, '/index.html')))) {
        problems.push(`${path}: not built`);
        continue;
      }
      const html = htmlOf(path);
      const lang = tags(html, 'html')[0]?.lang;
      if (lang !== locale) problems.push(`${path}: <html lang=${lang}>`);
      if (!/<h1\b/.test(html)) problems.push(`${path}: no <h1>`);
      const main = /<main\b[\s\S]*<\/main>/.exec(html)?.[0] ?? '';
      if (locale === 'zh-Hans' && !/[\u4e00-\u9fff]/.test(main.replace(/<[^>]*>/g, ''))) problems.push(`${path}: no Chinese text`);
      for (const url of fetchedUrls(html)) if (/^([a-z][a-z0-9+.-]*:)?\/\//i.test(url)) problems.push(`${path}: loads ${url}`);
    }
    assert.deepEqual(problems, []);
  });
}

test("every pair's guide opens with its value map, in both languages", () => {
  const problems: string[] = [];
  for (const locale of LOCALES)
    for (const {doc} of PAIRS) {
      if (doc === null) continue;
      const path = localePath(locale, `/docs/${doc}`);
      const main = /<main\b[\s\S]*<\/main>/.exec(htmlOf(path))?.[0] ?? '';
      const maps = main.match(/<figure\b[^>]*\sdata-value-map\b/g) ?? [];
      if (maps.length !== 1) problems.push(`${path}: ${maps.length} value maps`);
      // Before the first step: the map is what the guide opens with.
      else if (main.indexOf(maps[0]) > main.search(/<h2\b/)) problems.push(`${path}: value map after the first section`);
    }
  assert.deepEqual(problems, []);
});

// Without JavaScript the widgets cannot answer: every checker and key tool says so, in the page's language.
const ZH: Record<string, {message: string}> = JSON.parse(
  readFileSync(join(__dirname, '..', '..', 'i18n', 'zh-Hans', 'code.json'), 'utf8'),
);
const NOSCRIPT_LINE: Record<Locale, string> = {
  en: 'This tool runs in your browser and needs JavaScript, which is turned off',
  'zh-Hans': ZH['keybridge.checker.noscript'].message.slice(0, 20),
};
// Every tools page with a widget, and the guides that embed checkers.
const WITH_WIDGETS = [
  '/docs/tools/public-key',
  '/docs/tools/ip-whitelist',
  '/docs/tools/key-pair',
  '/docs/tools/key-generator',
  '/docs/tools/request-signer',
  '/docs/tools/okx-signer',
  '/docs/tools/exchange-signer',
  '/docs/backpack-api-key',
  '/docs/v5-insilico',
];

test("every checker card of every built page carries the noscript line in the page's language", () => {
  const problems: string[] = [];
  const withCards = new Set<string>();
  for (const {name, html} of builtPages) {
    const cards = html.split(/\sdata-checker-card\b/).slice(1);
    if (cards.length === 0) continue;
    withCards.add(name);
    const locale: Locale = name.startsWith('zh-Hans/') ? 'zh-Hans' : 'en';
    for (const [i, card] of cards.entries()) {
      // The card's own <noscript> comes before anything else it holds that a widget would render.
      const line = /^[^]*?<noscript><p\b[^>]*data-testid=["']?noscript["']?[^>]*>([^<]*)<\/p><\/noscript>/.exec(card)?.[1];
      if (!line) problems.push(`${name}: card ${i + 1} has no noscript line`);
      else if (!line.includes(NOSCRIPT_LINE[locale])) problems.push(`${name}: card ${i + 1} says "${line.slice(0, 40)}…"`);
    }
  }
  for (const locale of LOCALES)
    for (const path of WITH_WIDGETS) {
      const name = `${localePath(locale, path).slice(1)}/index.html`;
      if (!withCards.has(name)) problems.push(`${name}: no checker card`);
    }
  assert.deepEqual(problems, []);
});

// Text that exists only inside widgets (labels, buttons, placeholders, results) or drawn pictures.
const WIDGET_TEXT = [
  'Paste JSON',
  'Name and value rows',
  'Generate key pair',
  'Copy from',
  'Schematic, not a screenshot',
  '示意图',
  '← fill in now',
  '这一步填写',
];

for (const locale of LOCALES) {
  test(`${locale}: the search index holds page text, not widget text, and no entry twice`, () => {
    const file = join(BUILD, ...(locale === 'en' ? [] : [locale]), 'search-index.json');
    const parts = JSON.parse(readFileSync(file, 'utf8')) as {
      documents: {t: string; u: string; h?: string; s?: string}[];
    }[];
    const docs = parts.flatMap((p) => p.documents);
    assert.ok(docs.length > 50, `${docs.length} entries`);
    for (const text of WIDGET_TEXT)
      assert.deepEqual(
        docs.filter((d) => d.t.includes(text)).map((d) => d.u),
        [],
        text,
      );
    for (const part of parts) {
      const keys = part.documents.map((d) => `${d.u}${d.h ?? ''}|${d.s ?? ''}|${d.t}`);
      assert.equal(keys.length - new Set(keys).size, 0);
    }
  });
}
