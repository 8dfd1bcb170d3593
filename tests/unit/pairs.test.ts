// The one list of pairs (src/pairs.ts): every guide and key page it names exists in both languages, each
// pair appears once, and every name resolves (from a profile, or from the list's own names).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync} from 'node:fs';
import {join} from 'node:path';
import {PAIRS} from '../../src/pairs';
import {namedPairs} from '../../src/plugins/pairs';

const ROOT = join(__dirname, '..', '..');
const DIRS = [join(ROOT, 'docs'), join(ROOT, 'i18n', 'zh-Hans', 'docusaurus-plugin-content-docs', 'current')];

test('pairs: every doc a pair names exists in English and Chinese', () => {
  const missing = PAIRS.flatMap((pair) => [pair.doc, pair.keyDoc])
    .filter((doc): doc is string => doc !== null)
    .flatMap((doc) => DIRS.filter((dir) => !existsSync(join(dir, `${doc}.mdx`))).map((dir) => join(dir, doc)));
  assert.deepEqual(missing, []);
});

test('pairs: each exchange × terminal pair is listed once', () => {
  const keys = PAIRS.map((pair) => `${pair.exchange}/${pair.terminal}`);
  assert.deepEqual(keys, [...new Set(keys)]);
});

test('pairs: every exchange and terminal has a name in both languages', () => {
  const cases = [
    {exchange: 'okx', en: 'OKX'},
    {exchange: 'binance', en: 'Binance', zh: '币安'},
    {exchange: 'bybit', en: 'Bybit'},
  ];
  const named = namedPairs();
  for (const pair of named) {
    for (const names of [pair.exchangeName, pair.terminalName]) {
      assert.ok(names.en.length > 0 && names.zh.length > 0, `${pair.exchange}/${pair.terminal}`);
    }
  }
  for (const c of cases) {
    const pair = named.find((p) => p.exchange === c.exchange);
    assert.equal(pair?.exchangeName.en, c.en, c.exchange);
    if (c.zh) assert.equal(pair?.exchangeName.zh, c.zh, c.exchange);
  }
});
