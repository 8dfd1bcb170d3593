// Ed25519 keys made by node:crypto, written in every form people paste, with small encoders of our own
// (independent of the checker's decoders). Used by the public key checker tests.
import {generateKeyPairSync, type KeyObject} from 'node:crypto';
import {base58, type TestKey} from './checkers-fixtures';

export interface NodeKey extends TestKey {
  publicKey: KeyObject;
  privateKey: KeyObject;
}

/** A fresh key pair from node:crypto, with its raw seed and public key bytes (from the JWK export). */
export function nodeKey(): NodeKey {
  const {publicKey, privateKey} = generateKeyPairSync('ed25519');
  const jwk = privateKey.export({format: 'jwk'});
  return {publicKey, privateKey, seed: Buffer.from(jwk.d!, 'base64url'), pub: Buffer.from(jwk.x!, 'base64url')};
}

export const spkiPemOf = (k: NodeKey) => k.publicKey.export({type: 'spki', format: 'pem'}) as string;
export const spkiDerOf = (k: NodeKey) =>
  (k.publicKey.export({type: 'spki', format: 'der'}) as Buffer).toString('base64');
export const pkcs8PemOf = (k: NodeKey) => k.privateKey.export({type: 'pkcs8', format: 'pem'}) as string;
export const jwkPublicOf = (k: NodeKey) => JSON.stringify(k.publicKey.export({format: 'jwk'}));
export const jwkPrivateOf = (k: NodeKey) => JSON.stringify(k.privateKey.export({format: 'jwk'}));

/** Solana's secret key: base58 of seed ‖ public (64 bytes). */
export const solanaSecret = (k: TestKey) => base58(Buffer.concat([k.seed, k.pub]));
/** The Solana CLI's id.json: the same 64 bytes as a JSON array of numbers. */
export const solanaIdJson = (k: TestKey) => JSON.stringify([...k.seed, ...k.pub]);

/** PKCS#8 version 1 (RFC 5958 OneAsymmetricKey) with the public key after the seed: 81 21 00 ‖ public. */
export function pkcs8WithPublicPem(seed: Buffer, pub: Buffer): string {
  const der = Buffer.concat([
    Buffer.from('3051020101300506032b657004220420', 'hex'),
    seed,
    Buffer.from('812100', 'hex'),
    pub,
  ]);
  return `-----BEGIN PRIVATE KEY-----\n${der
    .toString('base64')
    .match(/.{1,64}/g)!
    .join('\n')}\n-----END PRIVATE KEY-----\n`;
}

const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
};
const sshString = (b: Buffer) => Buffer.concat([u32(b.length), b]);

/**
 * The shape of a passphrase-protected OpenSSH private key file (as `ssh-keygen -N <passphrase>` writes
 * it): aes256-ctr/bcrypt header, the public key in clear, and an encrypted private section (random bytes
 * here; nothing can read them without the passphrase).
 */
export function opensshEncrypted(k: TestKey): string {
  const publicBlob = Buffer.concat([sshString(Buffer.from('ssh-ed25519')), sshString(k.pub)]);
  const body = Buffer.concat([
    Buffer.from('openssh-key-v1\0'),
    sshString(Buffer.from('aes256-ctr')),
    sshString(Buffer.from('bcrypt')),
    sshString(Buffer.concat([sshString(Buffer.alloc(16, 7)), u32(16)])),
    u32(1),
    sshString(publicBlob),
    sshString(Buffer.alloc(144, 0x5a)),
  ]).toString('base64');
  return `-----BEGIN OPENSSH PRIVATE KEY-----\n${body.match(/.{1,70}/g)!.join('\n')}\n-----END OPENSSH PRIVATE KEY-----\n`;
}

const BASE58_ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
/** Base58 decoding via BigInt (the inverse of the fixtures' encoder), for reading ambiguous keys. */
export function fromBase58(text: string): Buffer {
  let n = 0n;
  for (const c of text) n = n * 58n + BigInt(BASE58_ALPHABET.indexOf(c));
  const hex = n === 0n ? '' : n.toString(16);
  const body = Buffer.from(hex.length % 2 ? '0' + hex : hex, 'hex');
  const zeros = text.match(/^1*/)![0].length;
  return Buffer.concat([Buffer.alloc(zeros), body]);
}
