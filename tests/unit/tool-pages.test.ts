// The tools pages that list what every exchange profile holds stay in step with the profiles, in both
// languages: the error explainer's table has a row for every cause an exchange's error can stand for, and
// its Sources section cites each exchange's error list on the day the profile says it was read; the
// request signer's page shows what each exchange it offers signs, and cites where each signing fact is.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {exchanges} from '../../src/exchanges';
import type {Sourced} from '../../src/profiles/types';
import {signerChoices} from '../../src/components/ExchangeSigner/choices';

const ROOT = join(__dirname, '..', '..');
const PAGES = {
  en: (page: string) => join(ROOT, 'docs', page),
  zh: (page: string) => join(ROOT, 'i18n', 'zh-Hans', 'docusaurus-plugin-content-docs', 'current', page),
};
const read = (lang: keyof typeof PAGES, page: string) => readFileSync(PAGES[lang](page), 'utf8');

/** The entries of a page's Sources section, each with its continuation lines. */
function sourceEntries(mdx: string): string[] {
  const lines = mdx.split('\n');
  const start = lines.findIndex((line) => /^##\s.*\{\/\*\s*#sources\s*\*\/\}\s*$/.test(line));
  assert.ok(start >= 0, 'no Sources section');
  const entries: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (/^#{1,2}\s/.test(line)) break;
    if (/^-\s/.test(line)) entries.push(line);
    else if (entries.length > 0 && /^\s+\S/.test(line)) entries[entries.length - 1] += ` ${line.trim()}`;
  }
  return entries;
}

/** The facts whose page a Sources section must cite, as "date url": no entry links the url on that date. */
function uncited(mdx: string, facts: readonly (Sourced<unknown> | undefined)[]): string[] {
  const entries = sourceEntries(mdx);
  const wanted = new Set(facts.flatMap((f) => (f ? [`${f.checked} ${f.source}`] : [])));
  return [...wanted].filter((want) => {
    const [checked, url] = want.split(' ');
    return !entries.some((entry) => entry.includes(checked) && entry.includes(`](${url})`));
  });
}

test('the Sources checker finds a page cited on its day, and not on another day', () => {
  const page = '## Sources {/* #sources */}\n\n- Checked 2026-12-05 · [A](https://a.example/x): a.\n';
  const fact = (checked: string, source: string) => ({value: 1, checked, source});
  assert.deepEqual(uncited(page, [fact('2026-12-05', 'https://a.example/x')]), []);
  assert.deepEqual(uncited(page, [fact('2026-11-24', 'https://a.example/x')]), ['2026-11-24 https://a.example/x']);
  assert.deepEqual(uncited(page, [fact('2026-12-05', 'https://a.example/y')]), ['2026-12-05 https://a.example/y']);
});

const profiles = Object.values(exchanges);

for (const lang of ['en', 'zh'] as const) {
  const page = read(lang, 'tools/error-explainer.mdx');

  test(`${lang} error explainer: a table row for every cause an exchange's error stands for, and no other`, () => {
    const causes = new Set(profiles.flatMap((p) => p.errors.flatMap((e) => e.causes ?? [e.cause])));
    const rows = [...page.matchAll(/^\|[^|\n]+\|[^\n]*<ErrorCodes cause="([\w-]+)" \/>/gm)].map((m) => m[1]);
    assert.deepEqual([...rows].sort(), [...causes].sort());
  });

  test(`${lang} error explainer: Sources cite every exchange's error list on the day its profile was read`, () => {
    const facts = profiles.flatMap((p) => p.errors.flatMap((e) => [e.en, e.zh, e.zhHant]));
    assert.deepEqual(uncited(page, facts), []);
  });
}

const offered = signerChoices(profiles);

test('the request signer offers the exchanges that name a guide signer, not those with a tool of their own', () => {
  const route = (signer?: string) => ({...exchanges.bybit, site: {...exchanges.bybit.site, signer}});
  assert.deepEqual(
    signerChoices([route('/docs/bybit-api-key#check-signature'), route('/docs/tools/okx-signer'), route(undefined)])
      .length,
    1,
  );
  assert.equal(signerChoices([route('/docs/tools/exchange-signer#bybit')]).length, 1);
  assert.ok(offered.length > 0);
});

for (const lang of ['en', 'zh'] as const) {
  const page = read(lang, 'tools/exchange-signer.mdx');

  test(`${lang} request signer page: what each offered exchange signs, under a heading of its own`, () => {
    const sections = [...page.matchAll(/^### .+ \{\/\* #([\w-]+) \*\/\}\n\n<SigningFacts exchange=\{(\w+)\} \/>/gm)];
    assert.deepEqual(
      sections.map((m) => [m[1], m[2]]),
      offered.map((p) => [p.id, p.id]),
    );
  });

  test(`${lang} request signer page: Sources cite every signing fact of the offered exchanges on its day`, () => {
    const facts = offered.flatMap((p) =>
      [p.signing, ...(p.moreSigning ?? [])].flatMap((scheme) =>
        Object.values(scheme).filter(
          (v): v is Sourced<unknown> => typeof v === 'object' && v !== null && 'source' in v,
        ),
      ),
    );
    assert.deepEqual(uncited(page, facts), []);
  });
}
