// checkPublicKey with target Binance and a secret known on the page (the generator's): the findings that
// confirm the public key or catch the secret speak of Binance's PEM form, never of Backpack's field.
// Keys from node's crypto.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {generateKeyPairSync} from 'node:crypto';
import {checkPublicKey} from '../../src/checkers/keys/publicKey';
import {describe, describeFix} from '../../src/checkers/core/describe';

const {privateKey, publicKey} = generateKeyPairSync('ed25519');
const seed = Buffer.from(privateKey.export({format: 'jwk'}).d!, 'base64url').toString('base64');
const publicPem = publicKey.export({format: 'pem', type: 'spki'}).toString();

const CASES = [
  {name: 'the PEM public key of the known pair', input: publicPem, code: 'pubkey.matches-known'},
  {name: 'the known seed itself', input: seed, code: 'pubkey.known-secret'},
];

for (const c of CASES) {
  test(`checkPublicKey (target binance): ${c.name} is described for Binance, in both languages`, () => {
    const report = checkPublicKey(c.input, {knownSecrets: [seed], target: 'binance'});
    const finding = report.findings.find((f) => f.code === c.code);
    assert.ok(finding, JSON.stringify(report.findings));
    for (const lng of ['en', 'zh-Hans']) {
      const text = `${describe(finding, lng)} ${describeFix(finding, lng)}`;
      assert.doesNotMatch(text, /Backpack|\{\{/, `${lng}: ${text}`);
      if (c.code === 'pubkey.matches-known') assert.match(text, /Binance|币安/, `${lng}: ${text}`);
    }
  });
}
