// The key and secret checker against values as people paste them, built from keys made by node:crypto
// and OKX's documented example values: labels are read (a label naming the other field is an error),
// full-width characters and a closing 。 are converted, zero-width characters removed, and each cleaned
// value is offered so it can be pasted.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {checkKeyPair, type KeyPairInput, type KeyPairReport} from '../../src/checkers';
import {b64} from './checkers-fixtures';
import {nodeKey} from './pubkey-forms';

const A = nodeKey();
const B = nodeKey();
const key = b64(A.pub);
const secret = b64(A.seed);
// OKX API v5 docs: the secret key example; an API key in the documented UUID shape.
const OKX_KEY = '37c541a1-7d3f-4a2b-9c1e-10fe7a038418';
const OKX_SECRET = '22582BD0CFF14C41EDBF1AB98506286D';

const fullwidth = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const backpack = (apiKey: string, apiSecret: string): KeyPairInput => ({exchange: 'backpack', apiKey, apiSecret});
const okx = (apiKey: string, apiSecret: string): KeyPairInput => ({
  exchange: 'okx',
  apiKey,
  apiSecret,
  passphrase: 'Tr4d1ng!',
});

interface Expected {
  verdict: KeyPairReport['verdict'];
  codes: string[];
  cleaned?: KeyPairReport['cleaned'];
}

const cases: {name: string; input: KeyPairInput; expected: Expected}[] = [
  {
    name: 'labels in both fields',
    input: backpack(`API Key: ${key}`, `API Secret: ${secret}`),
    expected: {verdict: 'warning', codes: ['pair.label', 'pair.label', 'pair.cleaned-match'], cleaned: {key, secret}},
  },
  {
    name: 'PUBLIC_KEY= and SECRET_KEY= (a key tool’s output)',
    input: backpack(`PUBLIC_KEY=${key}`, `SECRET_KEY=${secret}`),
    expected: {verdict: 'warning', codes: ['pair.label', 'pair.label', 'pair.cleaned-match'], cleaned: {key, secret}},
  },
  {
    name: 'API Secret = "…"',
    input: backpack(key, `API Secret = "${secret}"`),
    expected: {verdict: 'warning', codes: ['pair.label', 'pair.quotes', 'pair.cleaned-match'], cleaned: {secret}},
  },
  {
    name: '公钥：… in the key field',
    input: backpack(`公钥：${key}`, secret),
    expected: {verdict: 'warning', codes: ['pair.label', 'pair.cleaned-match'], cleaned: {key}},
  },
  {
    name: 'Secret: … in the key field names the other field',
    input: backpack(`Secret: ${secret}`, key),
    expected: {verdict: 'error', codes: ['pair.label-mismatch', 'pair.swapped']},
  },
  {
    name: 'API Key: … in the secret field names the other field',
    input: backpack(secret, `API Key: ${key}`),
    expected: {verdict: 'error', codes: ['pair.label-mismatch', 'pair.swapped']},
  },
  {
    name: 'a zero-width space in the secret: the cleaned secret is offered',
    input: backpack(key, `${secret.slice(0, 20)}\u200b${secret.slice(20)}`),
    expected: {verdict: 'warning', codes: ['pair.invisible', 'pair.cleaned-match'], cleaned: {secret}},
  },
  {
    name: 'a BOM before the key',
    input: backpack(`\ufeff${key}`, secret),
    expected: {verdict: 'warning', codes: ['pair.invisible', 'pair.cleaned-match'], cleaned: {key}},
  },
  {
    name: 'three full-width characters in the key',
    input: backpack(fullwidth(key.slice(0, 3)) + key.slice(3), secret),
    expected: {verdict: 'warning', codes: ['pair.fullwidth', 'pair.cleaned-match'], cleaned: {key}},
  },
  {
    name: 'a secret typed wholly full-width',
    input: backpack(key, fullwidth(secret)),
    expected: {verdict: 'warning', codes: ['pair.fullwidth', 'pair.cleaned-match'], cleaned: {secret}},
  },
  {
    name: 'a closing 。 after the secret',
    input: backpack(key, `${secret}。`),
    expected: {verdict: 'warning', codes: ['pair.fullwidth', 'pair.cleaned-match'], cleaned: {secret}},
  },
  {
    name: 'a trailing space (as before), now with the cleaned secret',
    input: backpack(key, `${secret} `),
    expected: {verdict: 'warning', codes: ['pair.whitespace', 'pair.cleaned-match'], cleaned: {secret}},
  },
  {
    name: 'cleaned but from another key: no value offered',
    input: backpack(key, `Secret: ${b64(B.seed)}`),
    expected: {verdict: 'error', codes: ['pair.label', 'pair.mismatch']},
  },
  {
    name: 'cleaned but the wrong shape: not offered',
    input: backpack(key, `Secret: ${secret.slice(0, 30)}`),
    expected: {verdict: 'error', codes: ['pair.label', 'pair.secret-format']},
  },
  {
    name: 'OKX: API Key: and Secret Key: labels',
    input: okx(`API Key: ${OKX_KEY}`, `Secret Key: ${OKX_SECRET}`),
    expected: {
      verdict: 'warning',
      codes: ['pair.label', 'pair.label', 'pair.cleaned-format-ok'],
      cleaned: {key: OKX_KEY, secret: OKX_SECRET},
    },
  },
  {
    name: 'OKX: full-width secret from an IME',
    input: okx(OKX_KEY, fullwidth(OKX_SECRET)),
    expected: {verdict: 'warning', codes: ['pair.fullwidth', 'pair.cleaned-format-ok'], cleaned: {secret: OKX_SECRET}},
  },
  {name: 'a clean pair: nothing offered', input: backpack(key, secret), expected: {verdict: 'ok', codes: []}},
  // Another exchange's values may hold a colon or "=" themselves: only a label naming a key or secret is read.
  {
    name: 'another exchange: a value with a colon is left whole',
    input: {exchange: 'other', apiKey: 'acct7:Zq81kPw', apiSecret: 'Wm3=Lp0x'},
    expected: {verdict: 'ok', codes: []},
  },
  {
    name: 'another exchange: "API Key:" is still a label',
    input: {exchange: 'other', apiKey: 'API Key: Zq81kPw', apiSecret: 'Wm3Lp0x'},
    expected: {verdict: 'warning', codes: ['pair.label'], cleaned: {key: 'Zq81kPw'}},
  },
];

for (const {name, input, expected} of cases) {
  test(`checkKeyPair (pastes): ${name}`, async () => {
    const report = await checkKeyPair(input);
    assert.deepEqual(report.findings.map((f) => f.code).sort(), [...expected.codes].sort());
    assert.equal(report.verdict, expected.verdict);
    assert.deepEqual(report.cleaned, expected.cleaned);
  });
}

test('checkKeyPair: a label is never taken as part of the value', async () => {
  const report = await checkKeyPair(backpack(`API Key: ${key}`, secret));
  assert.ok(!report.findings.some((f) => f.code === 'pair.key-format' || f.code === 'pair.mismatch'));
  const label = report.findings.find((f) => f.code === 'pair.label');
  assert.deepEqual(label?.params, {field: 'key', label: 'API Key'});
});
