// Real key material for the checker tests, built from the RFC 8032 §7.1 seeds with the project's
// ed25519 setup, and wrapped in each paste format with node:crypto (an independent encoder).
import {createPrivateKey, createPublicKey} from 'node:crypto';
import {ed} from '../../src/checkers/keys/ed25519';

export const RFC8032_SEEDS: Record<string, string> = {
  'TEST 1': '9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60',
  'TEST 2': '4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb',
  'TEST 3': 'c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7',
  'TEST 1024': 'f5e5767cf153319517630f226876b86c8160cc583bc013744c6bf255f5cc0ee5',
  'TEST SHA(abc)': '833fe62409237b9d62ec77587520911e9a759cec1d19755b7da901b96dca3d42',
};

export interface TestKey {
  seed: Buffer;
  pub: Buffer;
}

export function keyFromSeed(seedHex: string): TestKey {
  const seed = Buffer.from(seedHex, 'hex');
  return {seed, pub: Buffer.from(ed.getPublicKey(seed))};
}

export const KEYS = Object.fromEntries(Object.entries(RFC8032_SEEDS).map(([name, hex]) => [name, keyFromSeed(hex)]));
export const K1 = KEYS['TEST 1'];
export const K2 = KEYS['TEST 2'];

const jwkPublic = (k: TestKey) => ({kty: 'OKP', crv: 'Ed25519', x: k.pub.toString('base64url')});
const jwkPrivate = (k: TestKey) => ({...jwkPublic(k), d: k.seed.toString('base64url')});

export const spkiPem = (k: TestKey) =>
  createPublicKey({key: jwkPublic(k), format: 'jwk'}).export({type: 'spki', format: 'pem'}) as string;
export const spkiDerBase64 = (k: TestKey) =>
  (createPublicKey({key: jwkPublic(k), format: 'jwk'}).export({type: 'spki', format: 'der'}) as Buffer).toString(
    'base64',
  );
export const pkcs8Pem = (k: TestKey) =>
  createPrivateKey({key: jwkPrivate(k), format: 'jwk'}).export({type: 'pkcs8', format: 'pem'}) as string;
export const pkcs8DerBase64 = (k: TestKey) =>
  (createPrivateKey({key: jwkPrivate(k), format: 'jwk'}).export({type: 'pkcs8', format: 'der'}) as Buffer).toString(
    'base64',
  );

const sshString = (b: Buffer) => Buffer.concat([u32(b.length), b]);
const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
};
const publicBlob = (k: TestKey) => Buffer.concat([sshString(Buffer.from('ssh-ed25519')), sshString(k.pub)]);

export const opensshPublic = (k: TestKey, comment = 'user@host') =>
  `ssh-ed25519 ${publicBlob(k).toString('base64')}${comment ? ` ${comment}` : ''}`;

/** An unencrypted OpenSSH private key file (PROTOCOL.key format). */
export function opensshPrivate(k: TestKey): string {
  const check = u32(0x01020304);
  const unpadded = Buffer.concat([
    check,
    check,
    sshString(Buffer.from('ssh-ed25519')),
    sshString(k.pub),
    sshString(Buffer.concat([k.seed, k.pub])),
    sshString(Buffer.from('user@host')),
  ]);
  const padding = Buffer.from([1, 2, 3, 4, 5, 6, 7].slice(0, (8 - (unpadded.length % 8)) % 8));
  const privateSection = Buffer.concat([unpadded, padding]);
  const body = Buffer.concat([
    Buffer.from('openssh-key-v1\0'),
    sshString(Buffer.from('none')),
    sshString(Buffer.from('none')),
    sshString(Buffer.alloc(0)),
    u32(1),
    sshString(publicBlob(k)),
    sshString(privateSection),
  ]).toString('base64');
  const lines = body.match(/.{1,70}/g)!.join('\n');
  return `-----BEGIN OPENSSH PRIVATE KEY-----\n${lines}\n-----END OPENSSH PRIVATE KEY-----\n`;
}

const BASE58_ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
/** Base58 via BigInt, independent of the checker's decoder. */
export function base58(bytes: Uint8Array): string {
  let n = BigInt('0x' + (Buffer.from(bytes).toString('hex') || '0'));
  let out = '';
  while (n > 0n) {
    out = BASE58_ALPHABET[Number(n % 58n)] + out;
    n /= 58n;
  }
  for (const b of bytes) {
    if (b !== 0) break;
    out = '1' + out;
  }
  return out;
}

export const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64');
