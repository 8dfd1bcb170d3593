// Both languages always: every English page has a Chinese twin that is really Chinese and embeds the same
// widgets, and every site string (code.json, navbar, footer, sidebar) has a Chinese message.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync, readdirSync, statSync} from 'node:fs';
import {join, relative} from 'node:path';
import {INLINE_FACT_COMPONENTS} from '../../src/components/ProfileFact/facts';

const ROOT = join(__dirname, '..', '..');
const DOCS = join(ROOT, 'docs');
const ZH = join(ROOT, 'i18n', 'zh-Hans');
const ZH_DOCS = join(ZH, 'docusaurus-plugin-content-docs', 'current');
const HAN = /[\u4e00-\u9fff]/;
// Names, and the field names the glossary keeps in English in Chinese text (API Key, Secret Key, Backpack's API Secret, Passphrase).
const SAME_IN_EVERY_LANGUAGE = new Set([
  'KeyBridge',
  'Backpack',
  'Tealstreet',
  'Insilico Terminal',
  'OKX',
  'English',
  '简体中文',
  'API Key',
  'Secret Key',
  'API Secret',
  'Passphrase',
]);

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}
const pages = (dir: string) =>
  walk(dir)
    .filter((f) => /\.mdx?$/.test(f))
    .map((f) => relative(dir, f))
    .sort();
// Inline facts (a label, a number) are words of a sentence, not widgets: a Chinese page writes the glossary
// term where the exchange publishes no Chinese label, so its twin may show fewer of them.
const INLINE_FACTS = new Set(INLINE_FACT_COMPONENTS.map((name) => `<${name}`));
const widgetsIn = (text: string) =>
  [...new Set(text.match(/<[A-Z][A-Za-z]+(?=[\s/>])/g) ?? [])].filter((tag) => !INLINE_FACTS.has(tag)).sort();
const withoutCode = (text: string) => text.replace(/```[\s\S]*?```/g, '').replace(/`[^`]*`/g, '');

test('every English doc has a Chinese twin and no Chinese doc is orphaned', () => {
  assert.deepEqual(pages(ZH_DOCS), pages(DOCS));
});

for (const page of pages(DOCS)) {
  test(`zh-Hans twin of ${page} is written in Chinese and embeds the same widgets`, () => {
    const en = readFileSync(join(DOCS, page), 'utf8');
    const zh = readFileSync(join(ZH_DOCS, page), 'utf8');
    assert.match(withoutCode(zh), HAN, 'the twin has no Chinese text');
    assert.notEqual(zh, en);
    assert.deepEqual(widgetsIn(zh), widgetsIn(en), 'both languages embed the same components');
  });
}

/** { id: message } of a Docusaurus translation file. */
function messages(file: string): Record<string, string> {
  const json = JSON.parse(readFileSync(file, 'utf8')) as Record<string, {message: string}>;
  return Object.fromEntries(Object.entries(json).map(([id, {message}]) => [id, message]));
}

const translationFiles = [
  'code.json',
  'docusaurus-theme-classic/navbar.json',
  'docusaurus-theme-classic/footer.json',
  'docusaurus-plugin-content-docs/current.json',
];

for (const file of translationFiles) {
  test(`every entry of zh-Hans/${file} is translated`, () => {
    const untranslated = Object.entries(messages(join(ZH, file))).filter(
      // A message with Latin letters outside its {placeholders} and no Chinese is still English.
      ([, message]) =>
        !HAN.test(message) && !SAME_IN_EVERY_LANGUAGE.has(message) && /[A-Za-z]/.test(message.replace(/\{\w+\}/g, '')),
    );
    assert.deepEqual(untranslated, []);
  });
}

/** Every `<Translate id="…">` and `translate({id: '…'})` in the site's source. */
function translationIdsInSource(): string[] {
  const ids = new Set<string>();
  for (const file of walk(join(ROOT, 'src')).filter((f) => /\.tsx?$/.test(f))) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/<Translate\b[^>]*?\bid=["']([^"']+)["']/g)) ids.add(m[1]);
    for (const m of text.matchAll(/translate\(\s*\{\s*id:\s*["'`]([^"'`]+)["'`]/g)) ids.add(m[1]);
  }
  return [...ids].sort();
}

test('every translation id used in src/ has a zh-Hans message', () => {
  const zh = messages(join(ZH, 'code.json'));
  const ids = translationIdsInSource();
  assert.ok(ids.length > 0, 'found no translation ids: the scan is broken');
  assert.deepEqual(
    ids.filter((id) => !(id in zh)),
    [],
  );
});
