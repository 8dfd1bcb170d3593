// Pages show exchange and terminal facts through the ProfileFact components (<MenuPath>, <Label>,
// <FactValue>, <ErrorText>, <ExpiryDays>, <TerminalField>), so one value serves both languages. This test
// reads every page's MDX, resolves each such component to the fact it shows in that page's language (with
// the same lookups the components use) and checks that the page's Sources section links that fact's source.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync, readdirSync, statSync} from 'node:fs';
import {join, relative} from 'node:path';
import {exchanges} from '../../src/exchanges';
import {terminals} from '../../src/terminals';
import {
  errorFact,
  expiryFact,
  INLINE_FACT_COMPONENTS,
  labelFact,
  menuFact,
  terminalFieldFact,
  valueFact,
  type Lang,
  type LabelOf,
} from '../../src/components/ProfileFact/facts';
import type {Sourced} from '../../src/profiles/types';
import {sourcesLinks, withoutFragment} from './sourcesSection';

const ROOT = join(__dirname, '..', '..');
const TREES: {dir: string; lang: Lang}[] = [
  {dir: join(ROOT, 'docs'), lang: 'en'},
  {dir: join(ROOT, 'i18n', 'zh-Hans', 'docusaurus-plugin-content-docs', 'current'), lang: 'zh'},
];

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : /\.mdx$/.test(name) ? [path] : [];
  });

/** The profiles a page imports by name: `import {okx, binance} from '@site/src/exchanges'`. */
function importedProfiles(mdx: string): Record<string, unknown> {
  const found: Record<string, unknown> = {};
  const from = {'@site/src/exchanges': exchanges, '@site/src/terminals': terminals} as Record<
    string,
    Record<string, unknown>
  >;
  for (const m of mdx.matchAll(/^import\s*\{([^}]*)\}\s*from\s*'([^']+)';?$/gm)) {
    const registry = from[m[2]];
    if (!registry) continue;
    for (const name of m[1]
      .split(',')
      .map((n) => n.trim())
      .filter(Boolean)) {
      if (!registry[name]) throw new Error(`${m[2]} exports no profile "${name}"`);
      found[name] = registry[name];
    }
  }
  return found;
}

export interface ShownFact {
  tag: string;
  fact: Sourced<unknown>;
}

/** Every profile fact a page's MDX shows through the components, resolved for the page's language. */
export function factsShown(mdx: string, lang: Lang): ShownFact[] {
  const profiles = importedProfiles(mdx);
  const tags = new RegExp(`<(${INLINE_FACT_COMPONENTS.join('|')})\\s((?:[^>"]|"[^"]*")*?)\\/>`, 'g');
  return [...mdx.matchAll(tags)].map(([tag, name, attrs]) => {
    const props: Record<string, any> = {};
    for (const [, key, ref, text] of attrs.matchAll(/(\w+)=(?:\{(\w+)\}|"([^"]*)")/g)) {
      if (ref !== undefined && !(ref in profiles)) throw new Error(`${tag}: ${ref} is not an imported profile`);
      props[key] = ref !== undefined ? profiles[ref] : text;
    }
    const {exchange, terminal, ...rest} = props;
    const fact = (() => {
      switch (name) {
        case 'MenuPath':
          return menuFact(exchange, rest.menu, rest.platform ?? 'web', lang);
        case 'Label':
          return labelFact(exchange, rest as LabelOf, lang);
        case 'FactValue':
          return valueFact(exchange, rest.fact);
        case 'ErrorText':
          return errorFact(exchange, rest.code, lang);
        case 'ExpiryDays':
          return expiryFact(exchange, rest.counting);
        default:
          return terminalFieldFact(terminal, exchange.id, rest.field);
      }
    })();
    return {tag, fact};
  });
}

/** The facts a page shows whose source its Sources section does not link. */
export function unsourcedFacts(mdx: string, lang: Lang): string[] {
  const links = sourcesLinks(mdx);
  return factsShown(mdx, lang)
    .filter(({fact}) => {
      const cited = lang === 'zh' && fact.sourceZh ? [fact.sourceZh, fact.source] : [fact.source];
      return !cited.some((url) => links.has(withoutFragment(url)));
    })
    .map(({tag, fact}) => `${tag} shows a fact from ${fact.source}, which the Sources section does not link`);
}

test('page facts: a fact shown without its source in the Sources section is caught', () => {
  const head = "import {okx} from '@site/src/exchanges';\n\n";
  const shown = 'The whitelist takes <FactValue exchange={okx} fact="ipWhitelist.maxEntries" /> entries.\n\n';
  const source = exchanges.okx.ipWhitelist.maxEntries.source;
  assert.equal(
    unsourcedFacts(
      head + shown + '## Sources {/* #sources */}\n\n- Checked 2026-12-05 · [x](https://x.example/).\n',
      'en',
    ).length,
    1,
  );
  assert.deepEqual(
    unsourcedFacts(`${head}${shown}## Sources {/* #sources */}\n\n- Checked 2026-12-05 · [OKX](${source}).\n`, 'en'),
    [],
  );
});

test('page facts: the Chinese page needs the source of the Chinese label, the English page the English one', () => {
  const mdx = 'import {okx} from \'@site/src/exchanges\';\n\n<Label exchange={okx} field="passphrase" />\n';
  const [en] = factsShown(mdx, 'en');
  const [zh] = factsShown(mdx, 'zh');
  assert.equal(en.fact.value, exchanges.okx.keyForm.find((f) => f.id === 'passphrase')!.label.en.value);
  assert.equal(zh.fact.value, exchanges.okx.keyForm.find((f) => f.id === 'passphrase')!.label.zh.value);
});

test('page facts: a component naming a fact the profile lacks, or one it marks unknown, fails', () => {
  const head = "import {okx} from '@site/src/exchanges';\n\n";
  assert.throws(() => factsShown(`${head}<MenuPath exchange={okx} menu="no-such-menu" />`, 'en'), /no web menu/);
  assert.throws(
    () =>
      factsShown(
        `${head.replace('okx', 'backpack')}<FactValue exchange={backpack} fact="ipWhitelist.maxEntries" />`,
        'en',
      ),
    /not sourced/,
  );
  assert.throws(
    () => factsShown('<FactValue exchange={okx} fact="ipWhitelist.maxEntries" />', 'en'),
    /not an imported profile/,
  );
});

const pages = TREES.flatMap(({dir, lang}) => walk(dir).map((path) => ({path, lang})));
const withFacts = pages.filter(({path}) => {
  const mdx = readFileSync(path, 'utf8');
  return INLINE_FACT_COMPONENTS.some((c) => mdx.includes(`<${c} `));
});

test('page facts: guides show facts through the components', () => {
  const guides = withFacts.filter(({path}) => !path.includes(`${join('tools', '')}`));
  assert.ok(guides.length >= 20, `only ${guides.length} guide pages read facts from the profiles`);
});

for (const {path, lang} of withFacts) {
  test(`page facts: ${relative(ROOT, path)} links the source of every fact it shows`, () => {
    assert.deepEqual(unsourcedFacts(readFileSync(path, 'utf8'), lang), []);
  });
}
