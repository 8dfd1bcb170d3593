// Switching language keeps the reader's place: every heading has the same anchor id in both languages.
// A Chinese heading without an explicit id would get a Chinese slug, so a link to `#sources` from the
// English page would land at the top of the Chinese one.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync, readdirSync, statSync} from 'node:fs';
import {join, relative} from 'node:path';
import GithubSlugger from 'github-slugger';

const ROOT = join(__dirname, '..', '..');
const DOCS = join(ROOT, 'docs');
const ZH_DOCS = join(ROOT, 'i18n', 'zh-Hans', 'docusaurus-plugin-content-docs', 'current');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}
const pages = walk(DOCS).filter((f) => /\.mdx?$/.test(f)).map((f) => relative(DOCS, f)).sort();

// `## Title {#id}` or `## Title {/* #id */}` (the MDX-safe form); otherwise the slug Docusaurus derives.
const EXPLICIT_ID = /\s*\{(?:\/\*\s*)?#([\w-]+)(?:\s*\*\/)?\}\s*$/;

/** The anchor ids of a page's headings, in order, as Docusaurus assigns them. */
export function headingIds(source: string): string[] {
  const slugger = new GithubSlugger();
  const ids: string[] = [];
  let inFence = false;
  for (const line of source.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    const heading = !inFence && /^#{2,6}\s+(.*)$/.exec(line);
    if (!heading) continue;
    const explicit = EXPLICIT_ID.exec(heading[1]);
    ids.push(explicit ? explicit[1] : slugger.slug(heading[1].replace(/`/g, '').trim()));
  }
  return ids;
}

test('an explicit id wins over the slug; code fences hold no headings', () => {
  assert.deepEqual(headingIds('## 资料来源 {/* #sources */}\n```\n## not a heading\n```\n### Ask `now` {#ask}\n## Two words'), [
    'sources',
    'ask',
    'two-words',
  ]);
});

for (const page of pages) {
  test(`${page}: every heading has the same id in English and Chinese`, () => {
    const en = headingIds(readFileSync(join(DOCS, page), 'utf8'));
    const zh = headingIds(readFileSync(join(ZH_DOCS, page), 'utf8'));
    assert.deepEqual(zh, en);
  });
}
