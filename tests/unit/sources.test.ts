// Every page states facts a trader acts on, so every page under docs/ and its Chinese twin ends its facts
// with a Sources section ("## … {/* #sources */}"): a list in which each entry links the page that says the
// thing and carries the date that entry was checked (YYYY-MM-DD), not one date for the whole list.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readFileSync, readdirSync, statSync} from 'node:fs';
import {join, relative} from 'node:path';
import {sourcesEntries} from './sourcesSection';

const ROOT = join(__dirname, '..', '..');
const DOCS = join(ROOT, 'docs');
const ZH_DOCS = join(ROOT, 'i18n', 'zh-Hans', 'docusaurus-plugin-content-docs', 'current');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** A date written YYYY-MM-DD that exists on the calendar (2026-02-30 does not). */
const DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
function hasRealDate(text: string): boolean {
  return [...text.matchAll(DATE)].some(([, y, m, d]) => {
    const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
    return (
      date.getUTCFullYear() === Number(y) && date.getUTCMonth() === Number(m) - 1 && date.getUTCDate() === Number(d)
    );
  });
}

type Problem = string;

/**
 * What is wrong with a page's Sources section: none, or one line per problem. The section is the `##`
 * heading whose explicit id is `sources`, up to the next `##` heading; its entries are the top-level list
 * items, each with its continuation lines.
 */
function sourcesProblems(source: string): Problem[] {
  const entries = sourcesEntries(source);
  if (!entries) return ['no Sources section'];
  if (entries.length === 0) return ['Sources section lists no entries'];
  return entries.flatMap((entry) => {
    const problems: Problem[] = [];
    const short = entry.slice(0, 80);
    if (!hasRealDate(entry)) problems.push(`entry without its own checked date: ${short}`);
    if (!/\]\(https?:\/\/[^)\s]+\)/.test(entry)) problems.push(`entry without a link to its source: ${short}`);
    return problems;
  });
}

test('sources: the checker of a Sources section catches what it should', () => {
  const cases: {name: string; input: string; expected: Problem[]}[] = [
    {name: 'no section', input: '## Steps {/* #steps */}\n\nText.', expected: ['no Sources section']},
    {
      name: 'one date for the whole list',
      input:
        '## Sources {/* #sources */}\n\nChecked on 2026-11-24:\n\n- [OKX docs](https://www.okx.com/docs-v5/en/): codes.',
      expected: ['entry without its own checked date: - [OKX docs](https://www.okx.com/docs-v5/en/): codes.'],
    },
    {
      name: 'a date on each entry, English and Chinese forms',
      input:
        '## Sources {/* #sources */}\n\n- Checked 2026-12-05 · [A](https://a.example/x): a.\n- 核对于 2026-11-24 · [乙](https://b.example/y)：乙。\n',
      expected: [],
    },
    {
      name: 'a date at the end of a wrapped entry',
      input: '## Sources {/* #sources */}\n\n- [A](https://a.example/x) (the\n  example), checked 2026-11-24.\n',
      expected: [],
    },
    {
      name: 'a date that is not on the calendar',
      input: '## Sources {/* #sources */}\n\n- Checked 2026-02-30 · [A](https://a.example/x): a.\n',
      expected: ['entry without its own checked date: - Checked 2026-02-30 · [A](https://a.example/x): a.'],
    },
    {
      name: 'an entry that links nothing',
      input: '## Sources {/* #sources */}\n\n- Checked 2026-12-05 · OKX help centre: the FAQ.\n',
      expected: ['entry without a link to its source: - Checked 2026-12-05 · OKX help centre: the FAQ.'],
    },
    {
      name: 'a heading but no list',
      input: '## Sources {/* #sources */}\n\nSee the exchange.\n',
      expected: ['Sources section lists no entries'],
    },
    {
      name: 'the section ends at the next h2',
      input:
        '## Sources {/* #sources */}\n\n- Checked 2026-12-05 · [A](https://a.example/x).\n\n## Next {/* #next */}\n\n- no date here\n',
      expected: [],
    },
  ];
  for (const c of cases) assert.deepEqual(sourcesProblems(c.input), c.expected, c.name);
});

const pages = walk(DOCS)
  .filter((f) => /\.mdx?$/.test(f))
  .map((f) => relative(DOCS, f))
  .sort();

test('sources: the docs folder has pages to check', () => assert.ok(pages.length >= 10, `found ${pages.length} pages`));

for (const page of pages) {
  test(`sources: docs/${page} and its Chinese twin each have a Sources section with a date on every entry`, () => {
    const twin = join(ZH_DOCS, page);
    assert.ok(existsSync(twin), `no Chinese twin for docs/${page}`);
    assert.deepEqual(sourcesProblems(readFileSync(join(DOCS, page), 'utf8')), [], `docs/${page}`);
    assert.deepEqual(sourcesProblems(readFileSync(twin, 'utf8')), [], relative(ROOT, twin));
  });
}
