// checkPublicKey with target 'binance': Binance's self-generated Ed25519 key form takes the PEM public
// key (SubjectPublicKeyInfo). Keys come from node's crypto in every form people paste; Binance's own
// sample key is from faqs/api_key_types.md
// (https://github.com/binance/binance-spot-api-docs/blob/master/faqs/api_key_types.md, 2026-12-05).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {generateKeyPairSync} from 'node:crypto';
import {checkPublicKey} from '../../src/checkers';
import {describe, describeFix} from '../../src/checkers/core/describe';

const BINANCE_SAMPLE =
  '-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAgmDRTtj2FA+wzJUIlAL9ly1eovjLBu7uXUFR+jFULmg=\n-----END PUBLIC KEY-----';

const {publicKey, privateKey} = generateKeyPairSync('ed25519');
const pem = publicKey.export({format: 'pem', type: 'spki'}).toString().trim();
const der = publicKey.export({format: 'der', type: 'spki'});
const raw = der.subarray(-32);
const jwk = publicKey.export({format: 'jwk'});

/** Forms of one public key; each must give node's own PEM as the value to paste. */
const PUBLIC_FORMS: {name: string; text: string; verdict: 'ok' | 'warning'; codes: string[]}[] = [
  {name: 'PEM as node writes it', text: pem, verdict: 'ok', codes: []},
  {name: 'PEM with CRLF line ends', text: pem.replace(/\n/g, '\r\n'), verdict: 'ok', codes: []},
  {name: 'PEM with spaces around and inside', text: `  ${pem.replace(/\n/g, ' \n  ')}  `, verdict: 'ok', codes: []},
  {name: 'PEM without its header lines', text: der.toString('base64'), verdict: 'ok', codes: []},
  {name: 'base64 of the raw 32 bytes', text: raw.toString('base64'), verdict: 'warning', codes: ['pubkey.pem-wanted']},
  {name: 'hex of the raw 32 bytes', text: raw.toString('hex'), verdict: 'warning', codes: ['pubkey.pem-wanted']},
  {name: 'a JWK', text: JSON.stringify(jwk), verdict: 'warning', codes: ['pubkey.pem-wanted']},
];

for (const c of PUBLIC_FORMS) {
  test(`checkPublicKey target binance: ${c.name} → node's PEM to paste`, () => {
    const report = checkPublicKey(c.text, {target: 'binance'});
    assert.equal(report.normalized, pem);
    assert.ok(
      report.findings.map((f) => f.code).every((code) => !/^pubkey\.(pem|hex|jwk|whitespace|trimmed)$/.test(code)),
    );
    for (const code of c.codes)
      assert.ok(
        report.findings.some((f) => f.code === code),
        code,
      );
    if (c.verdict === 'ok') assert.equal(report.verdict, 'ok', JSON.stringify(report.findings));
    else assert.notEqual(report.verdict, 'error', JSON.stringify(report.findings));
    // What is offered re-checks as ok.
    assert.equal(checkPublicKey(report.normalized!, {target: 'binance'}).verdict, 'ok');
  });
}

test("checkPublicKey target binance: Binance's own sample key is accepted as it is", () => {
  const report = checkPublicKey(BINANCE_SAMPLE, {target: 'binance'});
  assert.equal(report.verdict, 'ok');
  assert.equal(report.normalized, BINANCE_SAMPLE);
});

const PRIVATE_FORMS: {name: string; text: string}[] = [
  {name: 'a PKCS#8 PEM private key', text: privateKey.export({format: 'pem', type: 'pkcs8'}).toString()},
  {
    name: 'a PKCS#8 PEM private key with CRLF',
    text: privateKey.export({format: 'pem', type: 'pkcs8'}).toString().replace(/\n/g, '\r\n'),
  },
  {
    name: 'a PKCS#8 private key without header lines',
    text: privateKey.export({format: 'der', type: 'pkcs8'}).toString('base64'),
  },
  {name: 'a private JWK', text: JSON.stringify(privateKey.export({format: 'jwk'}))},
];

for (const c of PRIVATE_FORMS) {
  test(`checkPublicKey target binance flags ${c.name}, and offers its public key as PEM`, () => {
    const report = checkPublicKey(c.text, {target: 'binance'});
    assert.equal(report.verdict, 'error');
    assert.ok(
      report.findings.some((f) => f.code === 'pubkey.private-key'),
      JSON.stringify(report.findings),
    );
    assert.equal(report.normalized, pem);
  });
}

test('checkPublicKey: Backpack (the default target) still wants base64 of the raw bytes', () => {
  const report = checkPublicKey(pem);
  assert.equal(report.normalized, raw.toString('base64'));
  assert.ok(report.findings.some((f) => f.code === 'pubkey.pem'));
  assert.deepEqual(checkPublicKey(pem, {target: 'backpack'}), report);
});

test('the PEM findings read in both languages', () => {
  const findings = [...checkPublicKey(raw.toString('base64'), {target: 'binance'}).findings];
  assert.ok(findings.length >= 2);
  for (const f of findings)
    for (const lng of ['en', 'zh-Hans']) {
      assert.doesNotMatch(describe(f, lng), /^pubkey\.|\{\{|Backpack/, `${f.code} ${lng}`);
      assert.doesNotMatch(describeFix(f, lng), /^pubkey\.|\{\{|Backpack/, `${f.code}.fix ${lng}`);
    }
});
