// Switching language keeps the reader's place: every heading carries an explicit anchor id, the same in
// both languages. A Chinese heading left to Docusaurus would get a Chinese slug, so a link to `#sources`
// from the English page would land at the top of the Chinese one; explicit ids also keep links from other
// pages and tools working when a heading is reworded.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync, readdirSync, statSync} from 'node:fs';
import {join, relative} from 'node:path';

const ROOT = join(__dirname, '..', '..');
const DOCS = join(ROOT, 'docs');
const ZH_DOCS = join(ROOT, 'i18n', 'zh-Hans', 'docusaurus-plugin-content-docs', 'current');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}
const pages = walk(DOCS)
  .filter((f) => /\.mdx?$/.test(f))
  .map((f) => relative(DOCS, f))
  .sort();

// `## Title {/* #id */}` (the MDX-safe form this site uses) or `## Title {#id}`.
const EXPLICIT_ID = /\s\{(?:\/\*\s*)?#([\w-]+)(?:\s*\*\/)?\}\s*$/;

/** Each heading of a page, in order: its explicit id, or `missing: <text>` when it has none. */
function headingIds(source: string): string[] {
  const ids: string[] = [];
  let inFence = false;
  for (const line of source.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    const heading = !inFence && /^#{2,6}\s+(.*)$/.exec(line);
    if (heading) ids.push(EXPLICIT_ID.exec(heading[1])?.[1] ?? `missing: ${heading[1]}`);
  }
  return ids;
}

const table = [
  {name: 'comment form', input: '## 资料来源 {/* #sources */}', expected: ['sources']},
  {name: 'brace form', input: '### Ask {#ask-now}', expected: ['ask-now']},
  {name: 'no id', input: '## Two words', expected: ['missing: Two words']},
  {name: 'a fence holds no heading', input: '```\n## not a heading\n```', expected: []},
];
for (const {name, input, expected} of table) {
  test(`heading ids: ${name}`, () => assert.deepEqual(headingIds(input), expected));
}

for (const page of pages) {
  test(`${page}: every heading has an explicit id, the same in English and Chinese`, () => {
    const en = headingIds(readFileSync(join(DOCS, page), 'utf8'));
    const zh = headingIds(readFileSync(join(ZH_DOCS, page), 'utf8'));
    assert.deepEqual(
      en.filter((id) => id.startsWith('missing: ')),
      [],
      'English headings without an id',
    );
    assert.deepEqual(zh, en);
  });
}
