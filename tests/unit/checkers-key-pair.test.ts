import {test} from 'node:test';
import assert from 'node:assert/strict';
import {checkKeyPair, type KeyPairInput, type Report} from '../../src/checkers';
import {b64, K1, K2, KEYS} from './checkers-fixtures';

// Backpack: API key = base64 public key, secret = base64 seed.
const bpKey = b64(K1.pub);
const bpSecret = b64(K1.seed);
const OKX_KEY = '37c541a1-7d3f-4a2b-9c1e-10fe7a038418';
const OKX_SECRET = '22582BD0CFF14C41EDBF1AB98506286D';

interface Expected {
  verdict: Report['verdict'];
  codes: string[];
  params?: Record<string, string | number>;
}

const backpack = (apiKey: string, apiSecret: string): KeyPairInput => ({exchange: 'backpack', apiKey, apiSecret});
const okx = (apiKey: string, apiSecret: string, passphrase?: string): KeyPairInput => ({
  exchange: 'okx',
  apiKey,
  apiSecret,
  passphrase,
});

const cases: {name: string; input: KeyPairInput; expected: Expected}[] = [
  {name: 'all empty', input: okx('', '', ''), expected: {verdict: 'empty', codes: []}},
  ...Object.entries(KEYS).map(([name, k]) => ({
    name: `Backpack pair from RFC 8032 ${name}`,
    input: backpack(b64(k.pub), b64(k.seed)),
    expected: {verdict: 'ok' as const, codes: []},
  })),
  {name: 'Backpack swapped', input: backpack(bpSecret, bpKey), expected: {verdict: 'error', codes: ['pair.swapped']}},
  {
    name: 'Backpack mismatch (secret of another key)',
    input: backpack(bpKey, b64(K2.seed)),
    expected: {verdict: 'error', codes: ['pair.mismatch']},
  },
  {
    name: 'Backpack mismatch (one character changed)',
    input: backpack(bpKey, 'A' + bpSecret.slice(1)),
    expected: {verdict: 'error', codes: ['pair.mismatch']},
  },
  {
    name: 'Backpack 88-character seed‖public secret: matches, but not the format Backpack issues',
    input: backpack(bpKey, b64(Buffer.concat([K1.seed, K1.pub]))),
    expected: {
      verdict: 'error',
      codes: ['pair.secret-format'],
      params: {field: 'secret', exchange: 'backpack', expected: 'backpack-secret'},
    },
  },
  {
    name: 'Backpack 88-character secret of another key',
    input: backpack(bpKey, b64(Buffer.concat([K2.seed, K2.pub]))),
    expected: {verdict: 'error', codes: ['pair.secret-format', 'pair.mismatch']},
  },
  {
    name: 'Backpack key in hex',
    input: backpack(K1.pub.toString('hex'), bpSecret),
    expected: {verdict: 'error', codes: ['pair.key-format']},
  },
  {
    name: 'Backpack secret truncated',
    input: backpack(bpKey, bpSecret.slice(0, 30)),
    expected: {verdict: 'error', codes: ['pair.secret-format']},
  },
  {name: 'Backpack key only', input: backpack(bpKey, ''), expected: {verdict: 'error', codes: ['pair.empty-secret']}},
  {
    name: 'Backpack secret only, wrong shape',
    input: backpack('', 'hello'),
    expected: {verdict: 'error', codes: ['pair.empty-key', 'pair.secret-format']},
  },
  {name: 'identical values', input: backpack(bpKey, bpKey), expected: {verdict: 'error', codes: ['pair.identical']}},
  {
    name: 'masked secret from the key list',
    input: backpack(bpKey, bpSecret.slice(0, 4) + '****' + bpSecret.slice(-4)),
    expected: {verdict: 'error', codes: ['pair.masked'], params: {field: 'secret'}},
  },
  {
    name: 'masked with bullets',
    input: okx('37c5••••8418', OKX_SECRET, 'Tr4d1ng!'),
    expected: {verdict: 'error', codes: ['pair.masked']},
  },
  {
    name: 'passphrase may contain spaces, quotes and stars',
    input: okx(OKX_KEY, OKX_SECRET, `my "pass" *phrase*`),
    expected: {verdict: 'ok', codes: []},
  },
  {
    name: 'passphrase with a trailing space',
    input: okx(OKX_KEY, OKX_SECRET, 'Tr4d1ng! '),
    expected: {verdict: 'warning', codes: ['pair.whitespace'], params: {field: 'passphrase'}},
  },
  {
    name: 'passphrase wrapped in quotes',
    input: okx(OKX_KEY, OKX_SECRET, '"Tr4d1ng!"'),
    expected: {verdict: 'warning', codes: ['pair.quotes'], params: {field: 'passphrase'}},
  },
  {
    name: 'space inside the key',
    input: okx('37c541a1-7d3f-4a2b-9c1e- 10fe7a038418', OKX_SECRET, 'Tr4d1ng!'),
    expected: {verdict: 'warning', codes: ['pair.whitespace', 'pair.cleaned-format-ok']},
  },
  {
    name: 'masked with an ellipsis',
    input: okx(OKX_KEY, '2258…286D', 'Tr4d1ng!'),
    expected: {verdict: 'error', codes: ['pair.masked']},
  },
  {
    name: 'trailing newline and spaces are removed, pair still checked',
    input: backpack(` ${bpKey}\n`, bpSecret),
    expected: {verdict: 'warning', codes: ['pair.whitespace', 'pair.cleaned-match'], params: {field: 'key'}},
  },
  {
    name: 'secret with a trailing space: the cleaned pair matches, and the report says so',
    input: backpack(bpKey, `${bpSecret} `),
    expected: {verdict: 'warning', codes: ['pair.whitespace', 'pair.cleaned-match'], params: {field: 'secret'}},
  },
  {
    name: 'secret with a trailing space from another key: the cleaned pair does not match',
    input: backpack(bpKey, `${b64(K2.seed)} `),
    expected: {verdict: 'error', codes: ['pair.whitespace', 'pair.mismatch']},
  },
  {
    name: 'swapped and spaced: the swap is still found',
    input: backpack(`${bpSecret} `, bpKey),
    expected: {verdict: 'error', codes: ['pair.whitespace', 'pair.swapped']},
  },
  {
    name: 'quotes around the secret',
    input: backpack(bpKey, `"${bpSecret}"`),
    expected: {verdict: 'warning', codes: ['pair.quotes', 'pair.cleaned-match'], params: {field: 'secret'}},
  },
  {
    name: 'OKX secret with a trailing space: the cleaned values have the right shape',
    input: okx(OKX_KEY, `${OKX_SECRET} `, 'Tr4d1ng!'),
    expected: {verdict: 'warning', codes: ['pair.whitespace', 'pair.cleaned-format-ok']},
  },
  {name: 'OKX good', input: okx(OKX_KEY, OKX_SECRET, 'Tr4d1ng!'), expected: {verdict: 'ok', codes: []}},
  {
    name: 'OKX upper-case UUID key is fine',
    input: okx(OKX_KEY.toUpperCase(), OKX_SECRET, 'Tr4d1ng!'),
    expected: {verdict: 'ok', codes: []},
  },
  {
    name: 'OKX missing passphrase',
    input: okx(OKX_KEY, OKX_SECRET),
    expected: {verdict: 'error', codes: ['pair.missing-passphrase']},
  },
  {
    name: 'OKX swapped',
    input: okx(OKX_SECRET, OKX_KEY, 'Tr4d1ng!'),
    expected: {verdict: 'error', codes: ['pair.swapped']},
  },
  {
    name: 'OKX key not a UUID',
    input: okx('37c541a17d3f4a2b9c1e10fe7a038418', OKX_SECRET, 'Tr4d1ng!'),
    expected: {
      verdict: 'error',
      codes: ['pair.key-format'],
      params: {field: 'key', exchange: 'okx', expected: 'okx-key'},
    },
  },
  {
    name: 'OKX secret in lower case',
    input: okx(OKX_KEY, OKX_SECRET.toLowerCase(), 'Tr4d1ng!'),
    expected: {
      verdict: 'error',
      codes: ['pair.secret-format'],
      params: {field: 'secret', exchange: 'okx', expected: 'okx-secret'},
    },
  },
  {
    name: 'OKX Backpack-style values',
    input: okx(bpKey, bpSecret, 'Tr4d1ng!'),
    expected: {verdict: 'error', codes: ['pair.key-format', 'pair.secret-format']},
  },
  {
    name: 'OKX passphrase is the secret',
    input: okx(OKX_KEY, OKX_SECRET, OKX_SECRET),
    expected: {verdict: 'warning', codes: ['pair.passphrase-looks-like-key']},
  },
  {
    name: 'OKX passphrase is a UUID',
    input: okx(OKX_KEY, OKX_SECRET, '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0'),
    expected: {verdict: 'warning', codes: ['pair.passphrase-looks-like-key']},
  },
  {
    name: 'other: any two different values are fine',
    input: {exchange: 'other', apiKey: 'abc123', apiSecret: 'def456'},
    expected: {verdict: 'ok', codes: []},
  },
  {
    name: 'other: no passphrase needed',
    input: {exchange: 'other', apiKey: OKX_KEY, apiSecret: OKX_SECRET},
    expected: {verdict: 'ok', codes: []},
  },
  {
    name: 'other: Backpack swap is not judged',
    input: {exchange: 'other', apiKey: bpSecret, apiSecret: bpKey},
    expected: {verdict: 'ok', codes: []},
  },
  {
    name: 'other: generic checks still apply',
    input: {exchange: 'other', apiKey: "'abc'", apiSecret: 'abc'},
    expected: {verdict: 'error', codes: ['pair.quotes', 'pair.identical']},
  },
  {
    name: 'other: empty secret',
    input: {exchange: 'other', apiKey: 'abc', apiSecret: '  '},
    expected: {verdict: 'error', codes: ['pair.empty-secret']},
  },
];

for (const {name, input, expected} of cases) {
  test(`checkKeyPair: ${name}`, async () => {
    const report = await checkKeyPair(input);
    assert.equal(report.verdict, expected.verdict);
    assert.deepEqual(report.findings.map((f) => f.code).sort(), [...expected.codes].sort());
    if (expected.params) {
      assert.ok(
        report.findings.some((f) => JSON.stringify(f.params) === JSON.stringify(expected.params)),
        JSON.stringify(report.findings),
      );
    }
  });
}

test('checkKeyPair: returns a promise', () => {
  assert.ok(checkKeyPair(backpack(bpKey, bpSecret)) instanceof Promise);
});

test('checkKeyPair: a 1 MB pasted value gets a sensible report', async () => {
  const report = await checkKeyPair(backpack('A'.repeat(1_000_000), bpSecret));
  assert.deepEqual(
    report.findings.map((f) => f.code),
    ['pair.key-format'],
  );
});
