// The error explainer's messages: every code it can produce has a message and a fix (and the main codes a
// likely cause) in English and Chinese, the Chinese is Chinese, and placeholders match.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {explainError, describe, describeFix, type Finding} from '../../src/checkers';
import {describeCause} from '../../src/checkers/apiErrorMessages';
import en from '../../src/checkers/locales/apierror/en.json';
import zhHans from '../../src/checkers/locales/apierror/zh-Hans.json';

const EN: Record<string, string> = en;
const ZH: Record<string, string> = zhHans;

const MAIN = ['signature', 'timestamp', 'ip-not-whitelisted', 'invalid-key', 'passphrase', 'demo-key', 'permission', 'rate-limit', 'unrecognised'].map(
  (c) => `apierror.${c}`,
);
const EXTRA = ['ip-seen', 'ip-unnamed', 'ip-listed', 'ip-not-listed', 'whitelist-unreadable'].map((c) => `apierror.${c}`);

/** Codes written in the explainer's sources. */
function codesInSources(): string[] {
  const dir = join(import.meta.dirname, '../../src/checkers');
  const text = ['explainError.ts', 'apiErrorTable.ts'].map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
  const codes = new Set([...text.matchAll(/['"`](apierror\.[a-z-]+)['"`]/g)].map((m) => m[1]));
  for (const m of text.matchAll(/kind: '([a-z-]+)'/g)) codes.add(`apierror.${m[1]}`);
  codes.add('apierror.unrecognised');
  return [...codes].sort();
}

test('apierror messages: the sources produce exactly the listed codes', () => {
  assert.deepEqual(codesInSources(), [...MAIN, ...EXTRA].sort());
});

test('apierror messages: both files have the same keys, and only the listed codes', () => {
  assert.deepEqual(Object.keys(ZH).sort(), Object.keys(EN).sort());
  const expected = [...MAIN.flatMap((c) => [c, `${c}.cause`, `${c}.fix`]), ...EXTRA.flatMap((c) => [c, `${c}.fix`])];
  assert.deepEqual(Object.keys(EN).sort(), expected.sort());
});

test('apierror messages: the Chinese is Chinese, uses the glossary and keeps the placeholders', () => {
  const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
  for (const key of Object.keys(EN)) {
    assert.match(ZH[key], /[\u4e00-\u9fff]/, key);
    assert.notEqual(ZH[key], EN[key], key);
    assert.deepEqual(placeholders(ZH[key]), placeholders(EN[key]), key);
    assert.doesNotMatch(ZH[key], /密钥 Secret|Secret Key（密钥）|私钥|这把|一把|口令|窗口|弹窗|(?<!API )密钥/, key);
  }
});

const cases: {name: string; finding: Finding; locale: string; expected: RegExp}[] = [
  {
    name: 'not on the list, English',
    finding: explainError('{"code":"50110","msg":"Your IP 203.0.113.9 is not included"}', {whitelist: '8.8.8.8'}).findings[1],
    locale: 'en',
    expected: /^203\.0\.113\.9 is not on the list you pasted \(entries checked: 1\)\.$/,
  },
  {
    name: 'not on the list, Chinese',
    finding: explainError('{"code":"50110","msg":"Your IP 203.0.113.9 is not included"}', {whitelist: '8.8.8.8'}).findings[1],
    locale: 'zh-Hans',
    expected: /^203\.0\.113\.9 不在你粘贴的列表中（共检查了 1 条）。$/,
  },
];

for (const {name, finding, locale, expected} of cases) {
  test(`apierror messages: ${name}`, () => {
    assert.match(describe(finding, locale), expected);
    assert.ok(describeFix(finding, locale).includes('203.0.113.9'));
  });
}

test('apierror messages: every main code has a cause in both languages, the extras none', () => {
  for (const code of MAIN) {
    for (const locale of ['en', 'zh-Hans']) assert.ok(describeCause({code, severity: 'error'}, locale).length > 10, `${code} ${locale}`);
  }
  for (const code of EXTRA) assert.equal(describeCause({code, severity: 'info'}, 'en'), '');
});
