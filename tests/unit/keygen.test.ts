import {test} from 'node:test';
import assert from 'node:assert/strict';
import {createPrivateKey, createPublicKey, generateKeyPairSync} from 'node:crypto';
import {generateKeyPair, importSeed} from '../../src/checkers/keys/keygen';

// RFC 8032 §7.1, TEST 1.
const SEED_HEX = '9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60';
const PUBLIC_HEX = 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a';
const b64 = (hex: string) => Buffer.from(hex, 'hex').toString('base64');
const SEED = b64(SEED_HEX);
const PUBLIC = b64(PUBLIC_HEX);

function codeOf(text: string): string {
  const r = importSeed(text);
  assert.equal(r.ok, false, `expected ${JSON.stringify(text)} to be rejected`);
  return r.ok ? '' : r.error.code;
}

test('importing the RFC 8032 test 1 seed gives its public key', () => {
  const r = importSeed(SEED);
  assert.ok(r.ok);
  assert.equal(r.publicKey, PUBLIC);
  assert.equal(r.seed, SEED);
});

test('surrounding whitespace is tolerated, inner whitespace is not', () => {
  const r = importSeed(`  ${SEED}\n`);
  assert.ok(r.ok && r.publicKey === PUBLIC);
  assert.equal(codeOf(`${SEED.slice(0, 20)} ${SEED.slice(20)}`), 'keygen.has-spaces');
});

test('generated key pairs agree with node:crypto and use the given randomness', () => {
  let calls = 0;
  const pair = generateKeyPair((bytes) => {
    calls++;
    bytes.set(Buffer.from(SEED_HEX, 'hex'));
    return bytes;
  });
  assert.equal(calls, 1);
  assert.deepEqual(pair, {seed: SEED, publicKey: PUBLIC});

  for (let i = 0; i < 20; i++) {
    const {seed, publicKey} = generateKeyPair();
    assert.equal(seed.length, 44);
    assert.equal(publicKey.length, 44);
    const der = Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), Buffer.from(seed, 'base64')]);
    const nodePublic = createPublicKey(createPrivateKey({key: der, format: 'der', type: 'pkcs8'}))
      .export({format: 'der', type: 'spki'})
      .subarray(12);
    assert.equal(nodePublic.toString('base64'), publicKey);
  }
});

test('two generated seeds differ (Web Crypto randomness is used by default)', () => {
  assert.notEqual(generateKeyPair().seed, generateKeyPair().seed);
});

test('bad input gets a specific code', () => {
  assert.equal(codeOf(''), 'keygen.empty');
  assert.equal(codeOf('   '), 'keygen.empty');
  assert.equal(codeOf('not a key!'), 'keygen.has-spaces');
  assert.equal(codeOf('not-a-key!'), 'keygen.not-base64');
  assert.equal(codeOf(SEED_HEX), 'keygen.hex');
  assert.equal(codeOf(SEED.replace('=', '')), 'keygen.missing-padding');
  assert.equal(codeOf(Buffer.from(SEED_HEX, 'hex').toString('base64url')), 'keygen.base64url');
  assert.equal(codeOf(b64(SEED_HEX + PUBLIC_HEX)), 'keygen.keypair-64');
  assert.equal(codeOf(b64(SEED_HEX + SEED_HEX)), 'keygen.wrong-length');
  assert.equal(codeOf(b64('00'.repeat(31))), 'keygen.wrong-length');
  assert.equal(codeOf(b64('302a300506032b6570032100' + PUBLIC_HEX)), 'keygen.public-key');
  assert.equal(codeOf('ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHx comment'), 'keygen.public-key');
  const {privateKey, publicKey} = generateKeyPairSync('ed25519');
  assert.equal(codeOf(publicKey.export({format: 'pem', type: 'spki'}).toString()), 'keygen.public-key');
  assert.equal(codeOf(privateKey.export({format: 'pem', type: 'pkcs8'}).toString()), 'keygen.pem');
  assert.equal(codeOf(privateKey.export({format: 'der', type: 'pkcs8'}).toString('base64')), 'keygen.pkcs8');
  assert.equal(
    codeOf('-----BEGIN OPENSSH PRIVATE KEY-----\nb3Blbn\n-----END OPENSSH PRIVATE KEY-----'),
    'keygen.openssh-private',
  );
});

test('wrong-length reports the byte and character counts', () => {
  const r = importSeed(b64('00'.repeat(31)));
  assert.ok(!r.ok);
  assert.deepEqual(r.error.params, {bytes: 31, chars: 44});
});

test('generateKeyPairFor binance: a PEM public key to paste and a PKCS#8 private key node reads as its pair', async () => {
  const {generateKeyPairFor} = await import('../../src/checkers/keys/keygen');
  const {sign, verify} = await import('node:crypto');
  for (let i = 0; i < 5; i++) {
    const pair = generateKeyPairFor('binance');
    assert.ok(pair);
    const nodePrivate = createPrivateKey(pair.toKeep);
    const nodePublic = createPublicKey(pair.toPaste);
    assert.equal(nodePrivate.asymmetricKeyType, 'ed25519');
    assert.equal(createPublicKey(nodePrivate).export({format: 'pem', type: 'spki'}).toString().trim(), pair.toPaste);
    assert.match(
      pair.toPaste,
      /^-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA[A-Za-z0-9+/]{43}=\n-----END PUBLIC KEY-----$/,
    );
    assert.equal(nodePrivate.export({format: 'pem', type: 'pkcs8'}).toString().trim(), pair.toKeep);
    const message = Buffer.from('symbol=BTCUSDT&timestamp=1668481559918');
    assert.ok(verify(null, message, nodePublic, sign(null, message, nodePrivate)));
  }
  const backpack = generateKeyPairFor('backpack');
  assert.ok(backpack && backpack.toPaste === backpack.publicKey && backpack.toKeep === backpack.seed);
  assert.equal(generateKeyPairFor('bybit'), undefined);
});
