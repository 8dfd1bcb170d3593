import {test} from 'node:test';
import assert from 'node:assert/strict';
import {describe, describeFix} from '../../src/checkers/core/describe';
import '../../src/checkers/keys/keykitMessages';
import type {Finding} from '../../src/checkers/core/types';
import {
  diagnoseSigningString,
  paramsFromJson,
  paramsFromRows,
  signRequest,
  signingString,
  verifyRequest,
} from '../../src/checkers/signing/backpackSign';
import {importSeed} from '../../src/checkers/keys/keygen';
import en from '../../src/checkers/keys/locales/keykit/en.json';
import zhHans from '../../src/checkers/keys/locales/keykit/zh-Hans.json';

// Every code the key kit can produce, gathered by provoking it, so a new code without messages fails here.
function everyFinding(): Finding[] {
  const out: Finding[] = [];
  const take = (r: {ok: boolean; errors?: Finding[]; error?: Finding; warnings?: Finding[]}) => {
    if (r.errors) out.push(...r.errors);
    if (r.error) out.push(r.error);
    if (r.warnings) out.push(...r.warnings);
  };
  const b64 = (hex: string) => Buffer.from(hex, 'hex').toString('base64');
  const seed = '9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60';
  const pub = 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a';
  for (const text of [
    '',
    'a b',
    'no$pe',
    seed,
    b64(seed).slice(0, 43),
    Buffer.from(seed, 'hex').toString('base64url'),
    b64(seed + pub),
    b64('00'.repeat(31)),
    b64('302e020100300506032b657004220420' + seed),
    b64('302a300506032b6570032100' + pub),
    '-----BEGIN PUBLIC KEY-----',
    '-----BEGIN OPENSSH PRIVATE KEY-----',
    '-----BEGIN PRIVATE KEY-----',
  ])
    take(importSeed(text));
  take(signRequest('', {instruction: '', timestamp: -1, window: 0}));
  take(signingString({instruction: 'a b', timestamp: 1, window: 70000}));
  take(signingString({instruction: 'x', timestamp: 1700000000}));
  take(signingString({instruction: 'x', params: [{}], timestamp: 1700000000000}));
  take(signingString({instruction: 'orderExecute', params: [], timestamp: 1700000000000}));
  take(signingString({instruction: 'orderExecute', params: [1 as never], timestamp: 1700000000000}));
  take(
    signingString({instruction: 'x', params: {'': 1, a: null, b: {}, c: Infinity, d: 1e-9}, timestamp: 1700000000000}),
  );
  take(signingString({instruction: 'x', params: {e: 0.000001, f: 'a b'}, timestamp: 1700000000000}));
  take(
    paramsFromRows([
      {key: 'a', value: '1'},
      {key: 'a', value: '2'},
    ]),
  );
  take(paramsFromJson('{'));
  take(verifyRequest('x', '', 'y'));
  out.push(...diagnoseSigningString(' orderId=28&symbol=A&True=1&postOnly=True&x=%20 '));
  return out;
}

test('every key kit code has a message and a fix in English and Chinese', () => {
  const findings = everyFinding();
  const codes = new Set(findings.map((f) => f.code));
  const defined = Object.keys(en).filter((k) => /^(?:sign|keygen)\./.test(k) && !k.endsWith('.fix'));
  assert.deepEqual([...codes].sort(), defined.sort(), 'codes provoked vs messages defined');
  for (const f of findings) {
    for (const locale of ['en', 'zh-Hans']) {
      assert.notEqual(describe(f, locale), f.code, `${f.code} has no ${locale} message`);
      assert.notEqual(describeFix(f, locale), f.code, `${f.code} has no ${locale} fix`);
      assert.doesNotMatch(describe(f, locale) + describeFix(f, locale), /\{\{/, `${f.code} left a placeholder`);
    }
    assert.notEqual(describe(f, 'zh-Hans'), describe(f, 'en'));
  }
});

test('params are interpolated', () => {
  const r = signingString({instruction: 'x', timestamp: 1700000000000, window: 90000});
  assert.ok(!r.ok);
  assert.equal(describe(r.errors[0], 'en'), 'The window 90000 is above Backpack’s maximum of 60000 milliseconds.');
  assert.match(describe(r.errors[0], 'zh-Hans'), /90000.*60000/);
});

test('key kit messages: both locale files have exactly the same keys and placeholders', () => {
  const ZH: Record<string, string> = zhHans;
  const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
  assert.deepEqual(Object.keys(ZH).sort(), Object.keys(en).sort());
  for (const [key, text] of Object.entries(en as Record<string, string>))
    assert.deepEqual(placeholders(ZH[key]), placeholders(text), key);
});
