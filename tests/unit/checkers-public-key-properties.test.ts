// Property tests for the public key checker: no input up to 100 kB throws or stalls, and whatever it
// offers to paste (the normalised key, each candidate) re-checks as ok and is the key that was pasted.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {createPrivateKey} from 'node:crypto';
import fc from 'fast-check';
import {checkPublicKey} from '../../src/checkers';
import {b64, base58, opensshPrivate, opensshPublic} from './checkers-fixtures';
import {pkcs8WithPublicPem, solanaIdJson, solanaSecret} from './pubkey-forms';

/** A key pair from node:crypto for a given seed (PKCS#8 v1 built from the seed, public key from the JWK export). */
function keyFromSeed(seed: Uint8Array) {
  const der = Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), seed]);
  const privateKey = createPrivateKey({key: der, format: 'der', type: 'pkcs8'});
  const jwk = privateKey.export({format: 'jwk'});
  return {seed: Buffer.from(seed), pub: Buffer.from(jwk.x!, 'base64url'), privateKey};
}

type Key = ReturnType<typeof keyFromSeed>;

/**
 * What the checker offers is the bare key in standard base64: it re-checks with no error, and with
 * nothing but the warning that a bare 32-byte value may be a secret.
 */
function assertPasteable(value: string) {
  const report = checkPublicKey(value);
  assert.deepEqual(
    report.findings.map((f) => f.code),
    ['pubkey.may-be-secret'],
    value,
  );
  assert.equal(report.normalized, value);
}
const FORMS: ((k: Key) => string)[] = [
  (k) => b64(k.pub),
  (k) => b64(k.pub).replace(/=$/, ''),
  (k) => k.pub.toString('base64url'),
  (k) => k.pub.toString('hex'),
  (k) => '0x' + k.pub.toString('hex').toUpperCase(),
  (k) => base58(k.pub),
  (k) => k.privateKey.export({type: 'pkcs8', format: 'pem'}) as string,
  (k) => JSON.stringify(k.privateKey.export({format: 'jwk'})),
  (k) => JSON.stringify({kty: 'OKP', crv: 'Ed25519', x: k.pub.toString('base64url')}),
  (k) => opensshPublic(k),
  (k) => opensshPrivate(k),
  (k) => solanaSecret(k),
  (k) => solanaIdJson(k),
  (k) => JSON.stringify([...k.pub]),
  (k) => pkcs8WithPublicPem(k.seed, k.pub),
];
const DECORATIONS: ((s: string) => string)[] = [
  (s) => s,
  (s) => `  ${s}\n`,
  (s) => `"${s}"`,
  (s) => `「${s}」`,
  (s) => `“ ${s} ”\r\n`,
  (s) => (s.includes('\n') ? s : `${s.slice(0, 20)}\n${s.slice(20)}`),
];

test('property: what the checker offers for a real key in any form is that key, and re-checks as ok', () => {
  fc.assert(
    fc.property(
      fc.uint8Array({minLength: 32, maxLength: 32}),
      fc.integer({min: 0, max: FORMS.length - 1}),
      fc.integer({min: 0, max: DECORATIONS.length - 1}),
      (seed, form, decoration) => {
        const key = keyFromSeed(seed);
        const input = DECORATIONS[decoration](FORMS[form](key));
        const report = checkPublicKey(input);
        const offered = report.candidates
          ? report.candidates.map((c) => c.normalized)
          : report.normalized
            ? [report.normalized]
            : [];
        assert.ok(!(report.normalized && report.candidates), 'never a single value and candidates together');
        if (report.candidates) assert.ok(offered.includes(b64(key.pub)), input);
        else if (report.normalized) assert.equal(report.normalized, b64(key.pub), input);
        for (const value of offered) assertPasteable(value);
      },
    ),
    {numRuns: 600},
  );
});

// Key-shaped pieces, so random text often reaches the base58/base64/JSON/PEM paths.
const PIECES = [
  ...'0123456789abcdefABCDEFxXlIO+/=-_[]{},:"\' \n\t',
  '“',
  '”',
  '「',
  '」',
  '\u00a0',
  '\u200b',
  '-----BEGIN PUBLIC KEY-----',
  '-----BEGIN PRIVATE KEY-----',
  '-----END',
  'ssh-ed25519 ',
  'MCowBQYDK2VwAyEA',
  'MC4CAQAwBQYDK2VwBCIEI',
  'b3BlbnNzaC1rZXktdjE',
  'AAAAC3NzaC1lZDI1NTE5AAAAI',
  '{"kty":"OKP","crv":"Ed25519","x":"',
  '"d":"',
  '255,',
  '12,',
  'https://',
  '@',
  '.com',
  'word ',
];
const keyish = (maxLength: number) => fc.string({unit: fc.constantFrom(...PIECES), maxLength});
const anyText = (maxLength: number) =>
  fc.oneof(fc.string({maxLength}), fc.string({unit: 'binary', maxLength}), keyish(maxLength));
const longText = fc
  .tuple(anyText(80), fc.integer({min: 1_000, max: 100_000}))
  .map(([fragment, length]) => (fragment || 'x').repeat(Math.ceil(length / (fragment.length || 1))).slice(0, length));

function checkAny(text: string) {
  const report = checkPublicKey(text);
  assert.ok(['empty', 'ok', 'warning', 'error'].includes(report.verdict));
  if (report.normalized) assertPasteable(report.normalized);
  for (const c of report.candidates ?? []) assertPasteable(c.normalized);
  if (report.verdict === 'ok') assert.ok(report.normalized, 'ok always comes with the key to paste');
}

// The timeouts only catch a stall (a freeze would hang the suite); speed budgets live in tests/bench.
test('property: no short input throws, and anything offered re-checks as ok', {timeout: 120_000}, () => {
  fc.assert(fc.property(anyText(400), checkAny), {numRuns: 2000});
});

test('property: no input up to 100 kB throws or stalls', {timeout: 120_000}, () => {
  fc.assert(fc.property(longText, checkAny), {numRuns: 60});
  for (const text of [
    ' '.repeat(100_000) + 'x',
    '"'.repeat(100_000),
    '['.repeat(50_000),
    '{'.repeat(100_000),
    '1'.repeat(100_000),
    'a '.repeat(50_000),
    '@a.b'.repeat(25_000),
  ]) {
    checkAny(text);
  }
});
