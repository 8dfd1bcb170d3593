// The public key checker against secrets and pastes as people make them, all built from keys made by
// node:crypto: a secret is never approved as a public key, a private key anywhere in a paste is an
// error, labels are read (never taken as part of the value), full-width and zero-width characters are
// converted or removed with the cleaned key offered.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {generateKeyPairSync, randomBytes} from 'node:crypto';
import fc from 'fast-check';
import {checkPublicKey, describe, describeFix, type PublicKeyReport} from '../../src/checkers';
import {b64, opensshPrivate, opensshPublic, pkcs8DerBase64} from './checkers-fixtures';
import {jwkPrivateOf, jwkPublicOf, nodeKey, opensshEncrypted, pkcs8PemOf, spkiPemOf} from './pubkey-forms';

interface Expected {
  verdict: PublicKeyReport['verdict'];
  codes: string[];
  normalized?: string;
  params?: Record<string, string | number>;
}

const A = nodeKey();
const B = nodeKey();
const pubA = b64(A.pub);
const seedA = b64(A.seed);
const seedB = b64(B.seed);
/** Backpack's 88-character secret form: base64 of seed ‖ public. */
const pairA = b64(Buffer.concat([A.seed, A.pub]));
const MAY = 'pubkey.may-be-secret';

/** As a Chinese IME in full-width mode types it: ASCII letters, digits and + / = as U+FF01–FF5E. */
const fullwidth = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
/** The first `n` letters or digits of a key typed full-width (an IME switched on halfway through). */
function someFullwidth(s: string, n: number): string {
  let left = n;
  return s.replace(/[A-Za-z0-9]/g, (c) => (left-- > 0 ? fullwidth(c) : c));
}

const cases: {name: string; input: string; known?: string[]; expected: Expected}[] = [
  // Item 1: a bare 32-byte value may be the secret; never a plain "Looks good".
  {
    name: 'a public key in base64 may be a secret',
    input: pubA,
    expected: {verdict: 'warning', codes: [MAY], normalized: pubA},
  },
  {
    name: 'a public key in hex may be a secret',
    input: A.pub.toString('hex'),
    expected: {verdict: 'warning', codes: ['pubkey.hex', MAY], normalized: pubA},
  },
  {
    name: 'containers that name a public key are not asked about',
    input: spkiPemOf(A),
    expected: {verdict: 'warning', codes: ['pubkey.pem'], normalized: pubA},
  },
  {
    name: 'an OpenSSH public line is not asked about',
    input: opensshPublic(A),
    expected: {verdict: 'warning', codes: ['pubkey.openssh'], normalized: pubA},
  },
  {
    name: 'a public JWK is not asked about',
    input: jwkPublicOf(A),
    expected: {verdict: 'warning', codes: ['pubkey.jwk'], normalized: pubA},
  },
  // Where the page knows the secret: the secret is an error and its public key is offered; the public key is confirmed.
  {
    name: 'the generated secret, pasted',
    input: seedA,
    known: [seedA],
    expected: {verdict: 'error', codes: ['pubkey.known-secret'], normalized: pubA},
  },
  {
    name: 'the generated secret in hex',
    input: A.seed.toString('hex'),
    known: [seedA],
    expected: {verdict: 'error', codes: ['pubkey.known-secret'], normalized: pubA},
  },
  {
    name: 'the generated secret beside other text',
    input: `my secret ${seedA} do not share`,
    known: [seedA],
    expected: {verdict: 'error', codes: ['pubkey.known-secret'], normalized: pubA},
  },
  {
    name: 'the generated public key',
    input: pubA,
    known: [seedA],
    expected: {verdict: 'ok', codes: ['pubkey.matches-known'], normalized: pubA},
  },
  {
    name: 'another key than the generated one is still asked about',
    input: pubA,
    known: [seedB],
    expected: {verdict: 'warning', codes: [MAY], normalized: pubA},
  },
  {
    name: 'a known secret in the 88-character form',
    input: pubA,
    known: [pairA],
    expected: {verdict: 'ok', codes: ['pubkey.matches-known'], normalized: pubA},
  },
  // Item 5: a private key anywhere in the paste.
  {
    name: 'cat key.pub.pem key.pem',
    input: spkiPemOf(A) + pkcs8PemOf(A),
    expected: {verdict: 'error', codes: ['pubkey.private-key-in-paste'], normalized: pubA},
  },
  {
    name: 'cat key.pub.pem of one key, key.pem of another',
    input: spkiPemOf(A) + pkcs8PemOf(B),
    expected: {verdict: 'error', codes: ['pubkey.private-key-in-paste']},
  },
  {
    name: 'a public PEM, then an encrypted PKCS#8 key',
    input:
      spkiPemOf(A) +
      (A.privateKey.export({type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'pw'}) as string),
    expected: {verdict: 'error', codes: ['pubkey.private-key-in-paste']},
  },
  {
    name: 'a public PEM, then an RSA private key',
    input:
      spkiPemOf(A) +
      (generateKeyPairSync('rsa', {modulusLength: 1024}).privateKey.export({type: 'pkcs1', format: 'pem'}) as string),
    expected: {verdict: 'error', codes: ['pubkey.private-key-in-paste']},
  },
  {
    name: 'an OpenSSH public line, then its private key',
    input: `${opensshPublic(A)}\n${opensshPrivate(A)}`,
    expected: {verdict: 'error', codes: ['pubkey.private-key-in-paste'], normalized: pubA},
  },
  {
    name: 'an OpenSSH public line, then another private key',
    input: `${opensshPublic(A)}\n${opensshPrivate(B)}`,
    expected: {verdict: 'error', codes: ['pubkey.private-key-in-paste']},
  },
  {
    name: 'an OpenSSH public line, then an encrypted private key',
    input: `${opensshPublic(A)}\n${opensshEncrypted(A)}`,
    expected: {verdict: 'error', codes: ['pubkey.private-key-in-paste']},
  },
  {
    name: 'a public PEM, then a PuTTY key',
    input: `${spkiPemOf(A)}PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\n`,
    expected: {verdict: 'error', codes: ['pubkey.private-key-in-paste']},
  },
  {
    name: 'a public key, then bare PKCS#8 DER',
    input: `${pubA}\n${pkcs8DerBase64(A)}`,
    expected: {verdict: 'error', codes: ['pubkey.private-key-in-paste'], normalized: pubA},
  },
  {
    name: 'a public JWK, then a private JWK',
    input: `${jwkPublicOf(A)}\n${jwkPrivateOf(A)}`,
    expected: {verdict: 'error', codes: ['pubkey.private-key-in-paste']},
  },
  {
    name: 'a JWK set holding a public and a private key',
    input: JSON.stringify({keys: [JSON.parse(jwkPublicOf(B)), JSON.parse(jwkPrivateOf(A))]}),
    expected: {verdict: 'error', codes: ['pubkey.private-key'], normalized: pubA},
  },
  {
    name: 'an RSA private JWK',
    input: JSON.stringify({kty: 'RSA', n: 'sXch', e: 'AQAB', d: 'VFCW'}),
    expected: {verdict: 'error', codes: ['pubkey.private-key']},
  },
  {
    name: 'a key tool’s output: public key, then seed',
    input: `${pubA}\n${seedA}`,
    expected: {verdict: 'error', codes: ['pubkey.private-key-in-paste'], normalized: pubA},
  },
  {
    name: 'a key tool’s output: seed, then public key, hex',
    input: `${A.seed.toString('hex')} ${A.pub.toString('hex')}`,
    expected: {verdict: 'error', codes: ['pubkey.private-key-in-paste'], normalized: pubA},
  },
  // Item 8: labels are read, not rejected.
  {
    name: 'API Key: …',
    input: `API Key: ${pubA}`,
    expected: {verdict: 'warning', codes: ['pubkey.label'], normalized: pubA, params: {label: 'API Key'}},
  },
  {
    name: 'PUBLIC_KEY=… (Backpack’s Python guide)',
    input: `PUBLIC_KEY=${pubA}`,
    expected: {verdict: 'warning', codes: ['pubkey.label'], normalized: pubA, params: {label: 'PUBLIC_KEY'}},
  },
  {
    name: 'export PUBLIC_KEY="…"',
    input: `export PUBLIC_KEY="${pubA}"`,
    expected: {verdict: 'warning', codes: ['pubkey.label', 'pubkey.quotes'], normalized: pubA},
  },
  {
    name: 'public_key = "…", (Python)',
    input: `public_key = "${pubA}",`,
    expected: {verdict: 'warning', codes: ['pubkey.label', 'pubkey.quotes'], normalized: pubA},
  },
  {
    name: '公钥：…',
    input: `公钥：${pubA}`,
    expected: {verdict: 'warning', codes: ['pubkey.label'], normalized: pubA, params: {label: '公钥'}},
  },
  {
    name: '公钥： on its own line, the key on the next',
    input: `公钥：\n${pubA}\n`,
    expected: {verdict: 'warning', codes: ['pubkey.label'], normalized: pubA},
  },
  {
    name: 'Public key: ssh-ed25519 …',
    input: `Public key: ${opensshPublic(A)}`,
    expected: {verdict: 'warning', codes: ['pubkey.label', 'pubkey.openssh'], normalized: pubA},
  },
  {
    name: 'a label that does not say public: still may be a secret',
    input: `Key: ${pubA}`,
    expected: {verdict: 'warning', codes: ['pubkey.label', MAY], normalized: pubA},
  },
  {
    name: 'a public key line among named lines',
    input: `Name: tealstreet-main\nPublic Key: ${pubA}\nCreated: 2026-12-05`,
    expected: {verdict: 'warning', codes: ['pubkey.label'], normalized: pubA},
  },
  {
    name: 'Secret: … (32 bytes)',
    input: `Secret: ${seedA}`,
    expected: {
      verdict: 'error',
      codes: ['pubkey.labelled-secret'],
      normalized: pubA,
      params: {label: 'Secret', context: 'derived'},
    },
  },
  {
    name: 'API Secret = "…"',
    input: `API Secret = "${seedA}"`,
    expected: {
      verdict: 'error',
      codes: ['pubkey.labelled-secret'],
      normalized: pubA,
      params: {label: 'API Secret', context: 'derived'},
    },
  },
  {
    name: '私钥：…',
    input: `私钥：${seedA}`,
    expected: {verdict: 'error', codes: ['pubkey.labelled-secret'], normalized: pubA},
  },
  {
    name: 'PUBLIC_KEY=… and SECRET_KEY=… together',
    input: `PUBLIC_KEY=${pubA}\nSECRET_KEY=${seedA}\n`,
    expected: {verdict: 'error', codes: ['pubkey.labelled-secret'], normalized: pubA},
  },
  {
    name: 'PUBLIC_KEY of one key and SECRET_KEY of another',
    input: `PUBLIC_KEY=${pubA}\nSECRET_KEY=${seedB}\n`,
    expected: {verdict: 'error', codes: ['pubkey.labelled-secret']},
  },
  {
    name: 'a secret label with garbage after it is still an error',
    input: 'Secret: not-a-real-value',
    expected: {verdict: 'error', codes: ['pubkey.labelled-secret']},
  },
  // Item 9: the 88-character seed‖public secret, labelled.
  {
    name: 'Secret: <88-character seed‖public>',
    input: `Secret: ${pairA}`,
    expected: {verdict: 'error', codes: ['pubkey.private-key'], normalized: pubA},
  },
  {
    name: 'API Secret: <88 characters> in full-width',
    input: `API Secret：${fullwidth(pairA)}`,
    expected: {verdict: 'error', codes: ['pubkey.private-key'], normalized: pubA},
  },
  // Item 8: full-width characters, a closing 。, zero-width characters.
  {
    name: 'three full-width characters',
    input: someFullwidth(pubA, 3),
    expected: {verdict: 'warning', codes: ['pubkey.fullwidth', MAY], normalized: pubA},
  },
  {
    name: 'a key typed wholly full-width (with ＋, ／ and ＝)',
    input: fullwidth(pubA),
    expected: {verdict: 'warning', codes: ['pubkey.fullwidth', MAY], normalized: pubA},
  },
  {
    name: 'a closing 。',
    input: `${pubA}。`,
    expected: {verdict: 'warning', codes: ['pubkey.fullwidth', MAY], normalized: pubA},
  },
  {
    name: '公钥：…。 with ideographic spaces',
    input: `公钥：\u3000${pubA}。`,
    expected: {
      verdict: 'warning',
      codes: ['pubkey.label', 'pubkey.fullwidth', MAY].filter((c) => c !== MAY),
      normalized: pubA,
    },
  },
  {
    name: 'a zero-width space inside',
    input: `${pubA.slice(0, 10)}\u200b${pubA.slice(10)}`,
    expected: {verdict: 'warning', codes: ['pubkey.invisible', MAY], normalized: pubA},
  },
  {
    name: 'a zero-width joiner and a BOM inside',
    input: `\ufeff${pubA.slice(0, 30)}\u200d${pubA.slice(30)}`,
    expected: {verdict: 'warning', codes: ['pubkey.invisible', MAY], normalized: pubA},
  },
  // Text is still text, and a web address is no label.
  {
    name: 'a web address',
    input: 'https://backpack.exchange/portfolio/settings/api-keys',
    expected: {verdict: 'error', codes: ['pubkey.not-a-key']},
  },
  {
    name: 'Chinese text with a full-width colon',
    input: '我的公钥：还没有',
    expected: {verdict: 'error', codes: ['pubkey.not-a-key']},
  },
];

for (const {name, input, known, expected} of cases) {
  test(`checkPublicKey (secrets, pastes): ${name}`, () => {
    const report = checkPublicKey(input, known ? {knownSecrets: known} : undefined);
    assert.deepEqual(report.findings.map((f) => f.code).sort(), [...expected.codes].sort());
    assert.equal(report.verdict, expected.verdict);
    assert.equal(report.normalized, expected.normalized);
    if (expected.params) {
      const finding = report.findings.find((f) => f.params);
      assert.deepEqual(finding?.params, expected.params);
    }
    // Whatever is offered is the public key, never a secret.
    if (report.normalized) assert.notEqual(report.normalized, seedA);
  });
}

test('the checker never offers a value it was told is a secret, in any form', () => {
  for (const input of [
    seedA,
    A.seed.toString('hex'),
    A.seed.toString('base64url'),
    `"${seedA}"`,
    `Key: ${seedA}`,
    `API Key: ${seedA}`,
    fullwidth(seedA),
  ]) {
    const report = checkPublicKey(input, {knownSecrets: [seedA]});
    assert.equal(report.verdict, 'error', input);
    assert.ok(
      report.findings.some((f) => f.code === 'pubkey.known-secret'),
      input,
    );
    assert.equal(report.normalized, pubA, input);
  }
});

const SECRET_WORDS = {en: /secret/i, 'zh-Hans': /Secret Key|私钥/};

test('property: a random 32-byte value is never "ok" without the may-be-secret finding', () => {
  fc.assert(
    fc.property(
      fc.uint8Array({minLength: 32, maxLength: 32}),
      fc.constantFrom('base64', 'base64url', 'hex'),
      (bytes, form) => {
        const buffer = Buffer.from(bytes);
        const input = form === 'hex' ? buffer.toString('hex') : buffer.toString(form as BufferEncoding);
        const report = checkPublicKey(input);
        assert.notEqual(report.verdict, 'ok', input);
        // Offering these very bytes as the key to paste always comes with the warning. (Rarely, unpadded
        // text also reads as base58 of another key: that reading is offered with the Solana warning.)
        if (report.normalized === buffer.toString('base64'))
          assert.ok(
            report.findings.some((f) => f.code === MAY),
            input,
          );
        // Not a curve point: the message names the secret as a cause, in both languages.
        const notPoint = report.findings.find((f) => f.code === 'pubkey.not-on-curve');
        if (notPoint) {
          for (const locale of ['en', 'zh-Hans'] as const) {
            assert.match(describe(notPoint, locale), SECRET_WORDS[locale]);
            assert.match(describeFix(notPoint, locale), SECRET_WORDS[locale]);
          }
        }
      },
    ),
    {numRuns: 1000},
  );
});

test('about half of random secrets are curve points, and each of those carries the warning', () => {
  let points = 0;
  for (let i = 0; i < 200; i++) {
    const report = checkPublicKey(randomBytes(32).toString('base64'));
    if (report.normalized) {
      points++;
      assert.deepEqual(
        report.findings.map((f) => f.code),
        [MAY],
      );
    } else {
      assert.deepEqual(
        report.findings.map((f) => f.code),
        ['pubkey.not-on-curve'],
      );
    }
  }
  assert.ok(points > 60 && points < 140, `${points} of 200`);
});

test('the may-be-secret warning says what to check, in both languages', () => {
  const finding = checkPublicKey(pubA).findings[0];
  assert.match(describe(finding, 'en'), /API secret/);
  assert.match(describeFix(finding, 'en'), /only if it is the public key you generated/);
  assert.match(describe(finding, 'zh-Hans'), /API Secret/);
  assert.match(describeFix(finding, 'zh-Hans'), /你自己生成的公钥/);
});
