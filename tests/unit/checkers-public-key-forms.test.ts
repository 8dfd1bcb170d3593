// The public key checker against keys made by node:crypto in every form people paste: never a different key, every private form called a private key, containers are "paste this
// instead", quotes and whitespace, text that is not a key.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import * as noble from '@noble/ed25519';
import {checkPublicKey, describeFix, type PublicKeyReport} from '../../src/checkers';
import {b64, base58, K1, opensshPrivate, opensshPublic} from './checkers-fixtures';
import {
  fromBase58,
  jwkPrivateOf,
  jwkPublicOf,
  nodeKey,
  opensshEncrypted,
  pkcs8PemOf,
  pkcs8WithPublicPem,
  solanaIdJson,
  solanaSecret,
  spkiDerOf,
  spkiPemOf,
} from './pubkey-forms';

interface Expected {
  verdict: PublicKeyReport['verdict'];
  codes: string[];
  format?: PublicKeyReport['format'];
  normalized?: string;
}

const A = nodeKey();
const B = nodeKey();
const a = b64(A.pub);
const bareA = A.pub.toString('base64url');
const MAY = 'pubkey.may-be-secret';

/** What the checker offers is pasteable: it re-checks with no error, only the may-be-secret warning (a bare key can be a secret). */
function offeredRechecks(value: string) {
  const report = checkPublicKey(value);
  assert.deepEqual(
    report.findings.map((f) => f.code),
    [MAY],
    value,
  );
  assert.equal(report.normalized, value);
}

const cases: {name: string; input: string; expected: Expected}[] = [
  // Item 3: containers are usable, but not pasteable as they are.
  {
    name: 'SPKI PEM from node',
    input: spkiPemOf(A),
    expected: {verdict: 'warning', codes: ['pubkey.pem'], format: 'pem', normalized: a},
  },
  {
    name: 'SPKI DER base64 from node',
    input: spkiDerOf(A),
    expected: {verdict: 'warning', codes: ['pubkey.pem'], format: 'pem', normalized: a},
  },
  {
    name: 'OpenSSH public key line',
    input: opensshPublic(A, 'trader@laptop'),
    expected: {verdict: 'warning', codes: ['pubkey.openssh'], format: 'openssh', normalized: a},
  },
  {
    name: 'OpenSSH public key blob without "ssh-ed25519"',
    input: opensshPublic(A, '').split(' ')[1],
    expected: {verdict: 'warning', codes: ['pubkey.openssh'], format: 'openssh', normalized: a},
  },
  // Item 1: a JWK object settles the alphabet.
  {
    name: 'JWK public key from node',
    input: jwkPublicOf(A),
    expected: {verdict: 'warning', codes: ['pubkey.jwk'], format: 'jwk', normalized: a},
  },
  {
    name: 'JWK public key, pretty-printed with extra members',
    input: JSON.stringify({kty: 'OKP', crv: 'Ed25519', x: bareA, kid: 'backpack', use: 'sig'}, null, 2),
    expected: {verdict: 'warning', codes: ['pubkey.jwk'], format: 'jwk', normalized: a},
  },
  {
    name: 'JWK set with one key',
    input: JSON.stringify({keys: [{kty: 'OKP', crv: 'Ed25519', x: bareA}]}),
    expected: {verdict: 'warning', codes: ['pubkey.jwk'], format: 'jwk', normalized: a},
  },
  {
    name: 'JWK of an X25519 key',
    input: JSON.stringify({kty: 'OKP', crv: 'X25519', x: bareA}),
    expected: {verdict: 'error', codes: ['pubkey.not-ed25519'], format: 'jwk'},
  },
  {
    name: 'JWK of an RSA key',
    input: JSON.stringify({kty: 'RSA', n: 'sXch', e: 'AQAB'}),
    expected: {verdict: 'error', codes: ['pubkey.not-ed25519'], format: 'jwk'},
  },
  {
    name: 'JWK whose x is standard base64',
    input: JSON.stringify({kty: 'OKP', crv: 'Ed25519', x: '+' + bareA.slice(1)}),
    expected: {verdict: 'error', codes: ['pubkey.not-base64'], format: 'jwk'},
  },
  {
    name: 'JSON that is not a key',
    input: '{"name": "my backpack key"}',
    expected: {verdict: 'error', codes: ['pubkey.not-a-key']},
  },
  // Item 2: every private-key form says "private key"; its public key only when it checks out.
  {
    name: 'PKCS#8 PEM from node',
    input: pkcs8PemOf(A),
    expected: {verdict: 'error', codes: ['pubkey.private-key'], format: 'pem', normalized: a},
  },
  {
    name: 'PKCS#8 with the public key stored (RFC 5958 v2)',
    input: pkcs8WithPublicPem(A.seed, A.pub),
    expected: {verdict: 'error', codes: ['pubkey.private-key'], format: 'pem', normalized: a},
  },
  {
    name: 'PKCS#8 v2 whose stored public key is not the seed’s',
    input: pkcs8WithPublicPem(A.seed, B.pub),
    expected: {verdict: 'error', codes: ['pubkey.private-key'], format: 'pem'},
  },
  {
    name: 'encrypted PKCS#8',
    input: A.privateKey.export({type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'pw'}) as string,
    expected: {verdict: 'error', codes: ['pubkey.private-key'], format: 'pem'},
  },
  {
    name: 'JWK private key from node',
    input: jwkPrivateOf(A),
    expected: {verdict: 'error', codes: ['pubkey.private-key'], format: 'jwk', normalized: a},
  },
  {
    name: 'JWK private key whose x is another key',
    input: JSON.stringify({kty: 'OKP', crv: 'Ed25519', x: bareA, d: B.seed.toString('base64url')}),
    expected: {verdict: 'error', codes: ['pubkey.private-key'], format: 'jwk'},
  },
  {
    name: 'OpenSSH private key (unencrypted)',
    input: opensshPrivate(A),
    expected: {verdict: 'error', codes: ['pubkey.private-key'], format: 'openssh', normalized: a},
  },
  {
    name: 'OpenSSH private key (passphrase-protected)',
    input: opensshEncrypted(A),
    expected: {verdict: 'error', codes: ['pubkey.private-key'], format: 'openssh'},
  },
  {
    name: 'Solana secret key (base58 of seed‖public)',
    input: solanaSecret(A),
    expected: {verdict: 'error', codes: ['pubkey.private-key'], format: 'base58', normalized: a},
  },
  {
    name: 'Solana secret key whose halves disagree',
    input: base58(Buffer.concat([A.seed, B.pub])),
    expected: {verdict: 'error', codes: ['pubkey.private-key'], format: 'base58'},
  },
  {
    name: 'Solana CLI id.json',
    input: solanaIdJson(A),
    expected: {verdict: 'error', codes: ['pubkey.private-key'], format: 'byte-array', normalized: a},
  },
  {
    name: 'id.json pretty-printed over lines',
    input: JSON.stringify([...A.seed, ...A.pub], null, 2),
    expected: {verdict: 'error', codes: ['pubkey.private-key'], format: 'byte-array', normalized: a},
  },
  {
    name: 'public key as a 32-number array',
    input: JSON.stringify([...A.pub]),
    expected: {verdict: 'warning', codes: ['pubkey.byte-array', MAY], format: 'byte-array', normalized: a},
  },
  {
    name: 'byte array of the wrong length',
    input: JSON.stringify([...A.pub.subarray(0, 20)]),
    expected: {verdict: 'error', codes: ['pubkey.wrong-length'], format: 'byte-array'},
  },
  {
    name: 'PuTTY private key file',
    input: 'PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\n',
    expected: {verdict: 'error', codes: ['pubkey.private-key']},
  },
  // Item 4: whitespace and quotes.
  {
    name: 'trailing newline',
    input: `${a}\n`,
    expected: {verdict: 'warning', codes: ['pubkey.trimmed', MAY], format: 'base64', normalized: a},
  },
  {
    name: 'spaces and a no-break space around',
    input: `\u00a0 ${a} \t`,
    expected: {verdict: 'warning', codes: ['pubkey.trimmed', MAY], format: 'base64', normalized: a},
  },
  {
    name: 'PEM with its usual final newline: no whitespace note',
    input: spkiPemOf(B),
    expected: {verdict: 'warning', codes: ['pubkey.pem'], format: 'pem', normalized: b64(B.pub)},
  },
  ...[
    ['straight double', `"${a}"`],
    ['straight single', `'${a}'`],
    ['curly double', `“${a}”`],
    ['curly single', `‘${a}’`],
    ['corner brackets', `「${a}」`],
    ['white corner brackets', `『${a}』`],
    ['backticks', `\`${a}\``],
    ['quotes and spaces inside', `" ${a} "`],
  ].map(([kind, input]) => ({
    name: `quotes: ${kind}`,
    input,
    expected: {verdict: 'warning' as const, codes: ['pubkey.quotes', MAY], format: 'base64' as const, normalized: a},
  })),
  {
    name: 'quotes and surrounding whitespace',
    input: ` "${a}"\n`,
    expected: {verdict: 'warning', codes: ['pubkey.quotes', 'pubkey.trimmed', MAY], format: 'base64', normalized: a},
  },
  {
    name: 'quoted hex',
    input: `"${A.pub.toString('hex')}"`,
    expected: {verdict: 'warning', codes: ['pubkey.quotes', 'pubkey.hex', MAY], format: 'hex', normalized: a},
  },
  {name: 'only quotes', input: '""', expected: {verdict: 'error', codes: ['pubkey.not-base64']}},
  // Item 5: text that is not a key.
  ...[
    ['a phrase', 'my backpack public key'],
    ['a sentence with punctuation', 'Where do I find my key?'],
    ['a name', 'Alice'],
    ['a full name', 'Satoshi Nakamoto'],
    ['a handle with digits', 'trader2024'],
    ['a URL', 'https://backpack.exchange/portfolio/settings/api-keys'],
    ['a bare domain URL', 'www.backpack.exchange'],
    ['an e-mail address', 'trader@example.com'],
    ['Chinese text', '我的公钥'],
    ['a Chinese name', '张三'],
  ].map(([kind, input]) => ({
    name: `not a key: ${kind}`,
    input,
    expected: {verdict: 'error' as const, codes: ['pubkey.not-a-key']},
  })),
  // Far too long for a key: the length, without decoding it all.
  {
    name: 'an OpenSSH line with 20 000 characters of base64',
    input: `ssh-ed25519 ${'A'.repeat(20_000)}`,
    expected: {verdict: 'error', codes: ['pubkey.wrong-length']},
  },
  {
    name: 'a PEM block with 20 000 characters of base64',
    input: `-----BEGIN PUBLIC KEY-----\n${'A'.repeat(20_000)}\n-----END PUBLIC KEY-----`,
    expected: {verdict: 'error', codes: ['pubkey.wrong-length']},
  },
  {
    name: 'a 20 000-letter word',
    input: 'a'.repeat(20_000),
    expected: {verdict: 'error', codes: ['pubkey.wrong-length'], format: 'base64'},
  },
  {
    name: 'a truncated key is not called text',
    input: a.slice(0, 28),
    expected: {verdict: 'error', codes: ['pubkey.wrong-length'], format: 'base64'},
  },
];

for (const {name, input, expected} of cases) {
  test(`checkPublicKey (node keys): ${name}`, () => {
    const report = checkPublicKey(input);
    assert.equal(report.verdict, expected.verdict);
    assert.deepEqual(report.findings.map((f) => f.code).sort(), [...expected.codes].sort());
    assert.equal(report.format, expected.format);
    assert.equal(report.normalized, expected.normalized);
    assert.equal(report.candidates, undefined);
    if (report.normalized) offeredRechecks(report.normalized);
  });
}

test('checkPublicKey: a private key says "shown below" only when a public key is shown', () => {
  for (const input of [pkcs8PemOf(A), opensshEncrypted(A), solanaIdJson(A), base58(Buffer.concat([A.seed, B.pub]))]) {
    const report = checkPublicKey(input);
    const finding = report.findings.find((f) => f.code === 'pubkey.private-key')!;
    for (const locale of ['en', 'zh-Hans']) {
      const fix = describeFix(finding, locale);
      assert.equal(/shown below|下方显示/.test(fix), report.normalized !== undefined, `${locale}: ${fix}`);
    }
  }
});

// Item 1: find real keys whose unpadded base64 is also base58 of another usable key.
const usable = (bytes: Uint8Array) => {
  try {
    return !noble.Point.fromBytes(bytes).isSmallOrder();
  } catch {
    return false;
  }
};
const BASE58_ONLY = /^[1-9A-HJ-NP-Za-km-z]+$/;
const keys = Array.from({length: 3000}, nodeKey);
const ambiguous = keys.filter((k) => {
  const text = k.pub.toString('base64url');
  if (!BASE58_ONLY.test(text)) return false;
  const other = fromBase58(text);
  return other.length === 32 && usable(other);
});
const base58LookingOnly = keys.filter((k) => BASE58_ONLY.test(k.pub.toString('base64url')) && !ambiguous.includes(k));

test('ambiguous keys exist among 3000 node keys (about 0.7%)', () => {
  assert.ok(ambiguous.length >= 3, `found ${ambiguous.length}`);
  assert.ok(ambiguous.length <= 60, `found ${ambiguous.length}`);
});

test('ambiguous: unpadded base64 that is also base58 of a usable key gives both candidates and no normalized key', () => {
  for (const k of ambiguous) {
    const text = k.pub.toString('base64url');
    const report = checkPublicKey(text);
    assert.equal(report.verdict, 'error', text);
    assert.deepEqual(
      report.findings.map((f) => f.code),
      ['pubkey.ambiguous'],
    );
    assert.equal(report.normalized, undefined);
    assert.deepEqual(report.candidates, [
      {format: 'base64', normalized: b64(k.pub)},
      {format: 'base58', normalized: b64(fromBase58(text))},
    ]);
    for (const c of report.candidates!) offeredRechecks(c.normalized);
  }
});

test('ambiguous keys in a form that settles it: padded base64, JWK, hex, quoted JWK x inside JSON', () => {
  for (const k of ambiguous) {
    assert.equal(checkPublicKey(b64(k.pub)).normalized, b64(k.pub));
    assert.equal(
      checkPublicKey(JSON.stringify({kty: 'OKP', crv: 'Ed25519', x: k.pub.toString('base64url')})).normalized,
      b64(k.pub),
    );
    assert.equal(checkPublicKey(k.pub.toString('hex')).normalized, b64(k.pub));
  }
});

test('never a different key: every unpadded node key gives its own bytes or both candidates', () => {
  for (const k of keys) {
    for (const text of [k.pub.toString('base64url'), b64(k.pub).replace(/=$/, '')]) {
      const report = checkPublicKey(text);
      if (report.candidates)
        assert.ok(
          report.candidates.some((c) => c.normalized === b64(k.pub)),
          text,
        );
      else assert.equal(report.normalized, b64(k.pub), text);
    }
  }
  // Base58-looking text whose base58 reading is no usable key reads as base64 (with a padding note).
  for (const k of base58LookingOnly) {
    const report = checkPublicKey(k.pub.toString('base64url'));
    assert.equal(report.normalized, b64(k.pub));
    assert.equal(report.verdict, 'warning');
  }
});

test('a real Solana address (base58 of a node key) still reads as base58 with the wallet warning', () => {
  let checked = 0;
  for (const k of keys.slice(0, 300)) {
    const address = base58(k.pub);
    const report = checkPublicKey(address);
    if (report.candidates) {
      assert.ok(report.candidates.some((c) => c.format === 'base58' && c.normalized === b64(k.pub)));
      continue;
    }
    assert.equal(report.normalized, b64(k.pub), address);
    assert.deepEqual(
      report.findings.map((f) => f.code),
      ['pubkey.base58'],
    );
    checked++;
  }
  assert.ok(checked > 250);
});

test('RFC 8032 TEST 1 key in every new form gives the published key', () => {
  const published = b64(Buffer.from('d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a', 'hex'));
  for (const input of [
    JSON.stringify({kty: 'OKP', crv: 'Ed25519', x: K1.pub.toString('base64url')}),
    solanaSecret(K1),
    solanaIdJson(K1),
    pkcs8WithPublicPem(K1.seed, K1.pub),
    opensshPrivate(K1),
    JSON.stringify({kty: 'OKP', crv: 'Ed25519', d: K1.seed.toString('base64url')}),
  ]) {
    assert.equal(checkPublicKey(input).normalized, published, input);
  }
});
