import {test} from 'node:test';
import assert from 'node:assert/strict';
import {checkPublicKey, type PublicKeyReport} from '../../src/checkers';
import {
  b64,
  base58,
  K1,
  K2,
  KEYS,
  opensshPrivate,
  opensshPublic,
  pkcs8DerBase64,
  pkcs8Pem,
  spkiDerBase64,
  spkiPem,
} from './checkers-fixtures';

interface Expected {
  verdict: PublicKeyReport['verdict'];
  codes: string[];
  format?: PublicKeyReport['format'];
  normalized?: string;
  params?: Record<string, string | number>;
}

const k1 = b64(K1.pub);
// A bare 32-byte value may be a secret: every such key carries this warning.
const MAY = 'pubkey.may-be-secret';
const hex = (h: string) => Buffer.from(h, 'hex');

const cases: {name: string; input: string; expected: Expected}[] = [
  {name: 'empty', input: '', expected: {verdict: 'empty', codes: []}},
  {name: 'only whitespace', input: ' \n\t\u200b ', expected: {verdict: 'empty', codes: []}},
  // Each RFC 8032 §7.1 public key in plain base64 is a good key.
  ...Object.entries(KEYS).map(([name, k]) => ({
    name: `RFC 8032 ${name} as base64`,
    input: b64(k.pub),
    expected: {verdict: 'warning' as const, codes: [MAY], format: 'base64' as const, normalized: b64(k.pub)},
  })),
  {
    name: 'surrounding whitespace is removed, with a note',
    input: `\n  ${k1}  \n`,
    expected: {verdict: 'warning', codes: ['pubkey.trimmed', MAY], format: 'base64', normalized: k1},
  },
  {
    name: 'line break inside',
    input: `${k1.slice(0, 20)}\n${k1.slice(20)}`,
    expected: {verdict: 'warning', codes: ['pubkey.whitespace', MAY], format: 'base64', normalized: k1},
  },
  {
    name: 'zero-width space inside',
    input: `${k1.slice(0, 20)}\u200b${k1.slice(20)}`,
    expected: {verdict: 'warning', codes: ['pubkey.invisible', MAY], format: 'base64', normalized: k1},
  },
  {
    name: 'base64url without padding',
    input: K1.pub.toString('base64url'),
    expected: {verdict: 'warning', codes: ['pubkey.base64url', MAY], format: 'base64url', normalized: k1},
  },
  {
    name: 'missing padding',
    input: b64(K2.pub).replace(/=$/, ''),
    expected: {verdict: 'warning', codes: ['pubkey.missing-padding', MAY], format: 'base64', normalized: b64(K2.pub)},
  },
  {
    name: 'hex',
    input: K1.pub.toString('hex'),
    expected: {verdict: 'warning', codes: ['pubkey.hex', MAY], format: 'hex', normalized: k1},
  },
  {
    name: 'hex with 0x, upper case',
    input: '0x' + K2.pub.toString('hex').toUpperCase(),
    expected: {verdict: 'warning', codes: ['pubkey.hex', MAY], format: 'hex', normalized: b64(K2.pub)},
  },
  ...Object.entries(KEYS).map(([name, k]) => ({
    name: `Solana-style base58 of RFC 8032 ${name}`,
    input: base58(k.pub),
    expected: {
      verdict: 'warning' as const,
      codes: ['pubkey.base58'],
      format: 'base58' as const,
      normalized: b64(k.pub),
    },
  })),
  {
    name: 'SPKI PEM',
    input: spkiPem(K1),
    expected: {verdict: 'warning', codes: ['pubkey.pem'], format: 'pem', normalized: k1},
  },
  {
    name: 'SPKI PEM with CRLF line ends',
    input: spkiPem(K2).replace(/\n/g, '\r\n'),
    expected: {verdict: 'warning', codes: ['pubkey.pem'], format: 'pem', normalized: b64(K2.pub)},
  },
  {
    name: 'bare SPKI DER base64',
    input: spkiDerBase64(K1),
    expected: {verdict: 'warning', codes: ['pubkey.pem'], format: 'pem', normalized: k1},
  },
  {
    name: 'OpenSSH public key',
    input: opensshPublic(K1),
    expected: {verdict: 'warning', codes: ['pubkey.openssh'], format: 'openssh', normalized: k1},
  },
  {
    name: 'OpenSSH public key without comment',
    input: opensshPublic(K2, ''),
    expected: {verdict: 'warning', codes: ['pubkey.openssh'], format: 'openssh', normalized: b64(K2.pub)},
  },
  {
    name: 'PKCS8 PEM private key gives its public key',
    input: pkcs8Pem(K1),
    expected: {verdict: 'error', codes: ['pubkey.private-key'], format: 'pem', normalized: k1},
  },
  {
    name: 'bare PKCS8 DER base64 gives its public key',
    input: pkcs8DerBase64(K1),
    expected: {verdict: 'error', codes: ['pubkey.private-key'], format: 'pem', normalized: k1},
  },
  {
    name: 'OpenSSH private key gives its public key',
    input: opensshPrivate(K1),
    expected: {verdict: 'error', codes: ['pubkey.private-key'], format: 'openssh', normalized: k1},
  },
  {
    name: '64-byte seed‖public base64 gives the public half',
    input: b64(Buffer.concat([K1.seed, K1.pub])),
    expected: {verdict: 'error', codes: ['pubkey.private-key'], format: 'base64', normalized: k1},
  },
  {
    name: '64-byte seed‖public hex gives the public half',
    input: Buffer.concat([K2.seed, K2.pub]).toString('hex'),
    expected: {verdict: 'error', codes: ['pubkey.hex', 'pubkey.private-key'], format: 'hex', normalized: b64(K2.pub)},
  },
  {
    name: 'inconsistent 64 bytes: no public half offered',
    input: b64(Buffer.concat([K1.seed, K2.pub])),
    expected: {verdict: 'error', codes: ['pubkey.private-key'], format: 'base64'},
  },
  {
    name: 'a sentence is not a key',
    input: 'not a key at all!',
    expected: {verdict: 'error', codes: ['pubkey.not-a-key']},
  },
  {name: 'not base64', input: 'd75a9801%82b10ab7', expected: {verdict: 'error', codes: ['pubkey.not-base64']}},
  {
    name: 'damaged last character',
    input: k1.slice(0, 42) + 'b=',
    expected: {verdict: 'error', codes: ['pubkey.not-base64']},
  },
  {
    name: 'mixed base64 and base64url alphabets',
    input: '+' + K1.pub.toString('base64url').slice(1),
    expected: {verdict: 'error', codes: ['pubkey.not-base64']},
  },
  {
    name: 'truncated: 24 bytes',
    input: b64(K1.pub.subarray(0, 24)),
    expected: {verdict: 'error', codes: ['pubkey.wrong-length'], format: 'base64', params: {bytes: 24}},
  },
  {
    name: '33 bytes',
    input: b64(Buffer.concat([K1.pub, hex('00')])),
    expected: {verdict: 'error', codes: ['pubkey.wrong-length'], format: 'base64', params: {bytes: 33}},
  },
  {
    name: 'OKX-style UUID',
    input: '37c541a1-0000-4000-8000-10fe7a038418',
    expected: {verdict: 'error', codes: ['pubkey.wrong-length'], format: 'base64url', params: {bytes: 27}},
  },
  {
    name: 'not on the curve (y = 2)',
    input: b64(hex('02' + '00'.repeat(31))),
    expected: {verdict: 'error', codes: ['pubkey.not-on-curve'], format: 'base64'},
  },
  {
    name: 'non-canonical y = p',
    input: b64(hex('ed' + 'ff'.repeat(30) + '7f')),
    expected: {verdict: 'error', codes: ['pubkey.non-canonical'], format: 'base64'},
  },
  {
    name: 'non-canonical y = p + 1',
    input: b64(hex('ee' + 'ff'.repeat(30) + '7f')),
    expected: {verdict: 'error', codes: ['pubkey.non-canonical'], format: 'base64'},
  },
  {
    name: 'non-canonical x = 0 with sign bit',
    input: b64(hex('01' + '00'.repeat(30) + '80')),
    expected: {verdict: 'error', codes: ['pubkey.non-canonical'], format: 'base64'},
  },
  ...[
    ['identity', '01' + '00'.repeat(31)],
    ['order 2', 'ec' + 'ff'.repeat(30) + '7f'],
    ['order 4', '00'.repeat(32)],
    ['order 4, negated', '00'.repeat(31) + '80'],
    ['order 8', '26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05'],
    ['order 8, other', 'c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a'],
    ['order 8, negated', '26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc85'],
  ].map(([name, h]) => ({
    name: `small order: ${name}`,
    input: b64(hex(h)),
    expected: {verdict: 'error' as const, codes: ['pubkey.small-order'], format: 'base64' as const},
  })),
  {
    name: 'RSA SPKI PEM',
    input: '-----BEGIN PUBLIC KEY-----\nMFwwDQYJKoZIhvcNAQEBBQADSwAwSAJBAK8=\n-----END PUBLIC KEY-----',
    expected: {verdict: 'error', codes: ['pubkey.wrong-length'], params: {bytes: 26}},
  },
  {
    name: 'PEM with broken base64',
    input: '-----BEGIN PUBLIC KEY-----\n%%%%\n-----END PUBLIC KEY-----',
    expected: {verdict: 'error', codes: ['pubkey.not-base64']},
  },
];

for (const {name, input, expected} of cases) {
  test(`checkPublicKey: ${name}`, () => {
    const report = checkPublicKey(input);
    assert.equal(report.verdict, expected.verdict);
    assert.deepEqual(report.findings.map((f) => f.code).sort(), [...expected.codes].sort());
    assert.equal(report.format, expected.format);
    assert.equal(report.normalized, expected.normalized);
    if (expected.params) assert.deepEqual(report.findings.find((f) => f.params)?.params, expected.params);
  });
}

test('checkPublicKey: RFC 8032 public keys match the published values', () => {
  assert.equal(KEYS['TEST 1'].pub.toString('hex'), 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a');
  assert.equal(
    KEYS['TEST SHA(abc)'].pub.toString('hex'),
    'ec172b93ad5e563bf4932c70e1245034c35467ef2efd4d64ebf819683467e2bf',
  );
});

test('checkPublicKey: every good key in every format gives the same normalized key and no error', () => {
  for (const k of Object.values(KEYS)) {
    for (const input of [
      b64(k.pub),
      k.pub.toString('hex'),
      k.pub.toString('base64url'),
      base58(k.pub),
      spkiPem(k),
      spkiDerBase64(k),
      opensshPublic(k),
    ]) {
      const report = checkPublicKey(input);
      assert.equal(report.normalized, b64(k.pub), input);
      assert.ok(!report.findings.some((f) => f.severity === 'error'), input);
    }
  }
});

test('checkPublicKey: a 1 MB string of garbage gets a sensible report', () => {
  const garbage = 'A+/=-_ 0xZ\u00a0'.repeat(100_000);
  const report = checkPublicKey(garbage);
  assert.equal(report.verdict, 'error');
  assert.equal(report.normalized, undefined);
  const big = checkPublicKey('A'.repeat(1_000_000));
  assert.deepEqual(
    big.findings.map((f) => f.code),
    ['pubkey.wrong-length'],
  );
});
