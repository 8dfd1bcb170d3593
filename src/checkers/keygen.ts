// Backpack key pairs: make a new ED25519 key pair, or read an existing private seed (the API secret)
// and derive its public key (the API key). Pure: randomness comes from the caller or Web Crypto.
import {decodeBase64Strict, encodeBase64} from './base64';
import {ed} from './ed25519';
import {bytesEqual} from './encodings';
import type {Finding} from './types';

export interface KeyPair {
  /** Base64 of the 32-byte private seed: the API secret a terminal asks for. */
  seed: string;
  /** Base64 of the 32-byte public key: what Backpack's optional Public Key field takes. */
  publicKey: string;
}

export type SeedResult = ({ok: true} & KeyPair & {bytes: Uint8Array}) | {ok: false; error: Finding};

type Random = (bytes: Uint8Array) => Uint8Array;
const webRandom: Random = (bytes) => globalThis.crypto.getRandomValues(bytes);

export function generateKeyPair(random: Random = webRandom): KeyPair {
  const seed = random(new Uint8Array(32));
  return {seed: encodeBase64(seed), publicKey: encodeBase64(ed.getPublicKey(seed))};
}

export function publicKeyOf(seed: Uint8Array): string {
  return encodeBase64(ed.getPublicKey(seed));
}

const fail = (code: string, params?: Finding['params']): SeedResult => ({
  ok: false,
  error: params ? {code, severity: 'error', params} : {code, severity: 'error'},
});

// DER openings: PKCS#8 Ed25519 private key (48 bytes) and SPKI Ed25519 public key (44 bytes).
const PKCS8_PREFIX = '302e020100300506032b657004220420';
const SPKI_PREFIX = '302a300506032b6570032100';
const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

/** Reads a pasted API secret: exactly 44 characters of standard base64 holding a 32-byte seed. */
export function importSeed(input: string): SeedResult {
  const text = input.trim();
  if (text === '') return fail('keygen.empty');
  if (/-----BEGIN [A-Z ]*PUBLIC KEY-----/.test(text) || /^ssh-ed25519\s/.test(text)) return fail('keygen.public-key');
  if (/-----BEGIN OPENSSH PRIVATE KEY-----/.test(text)) return fail('keygen.openssh-private');
  if (/-----BEGIN [A-Z ]*-----/.test(text)) return fail('keygen.pem');
  if (/\s/.test(text)) return fail('keygen.has-spaces');
  if (/^(?:[0-9a-fA-F]{64}|[0-9a-fA-F]{128})$/.test(text)) return fail('keygen.hex');
  if (/^[A-Za-z0-9+/_-]+=*$/.test(text) && /[-_]/.test(text)) return fail('keygen.base64url');
  const bytes = decodeBase64Strict(text);
  if (!bytes) {
    if (/^[A-Za-z0-9+/]+$/.test(text) && text.length % 4 !== 0) return fail('keygen.missing-padding');
    return fail('keygen.not-base64');
  }
  if (bytes.length === 64) {
    const matches = bytesEqual(ed.getPublicKey(bytes.slice(0, 32)), bytes.slice(32));
    return fail(matches ? 'keygen.keypair-64' : 'keygen.wrong-length', {bytes: 64, chars: text.length});
  }
  const opening = hex(bytes.slice(0, 16));
  if (bytes.length === 48 && opening === PKCS8_PREFIX) return fail('keygen.pkcs8');
  if (bytes.length === 44 && opening.startsWith(SPKI_PREFIX)) return fail('keygen.public-key');
  if (bytes.length !== 32) return fail('keygen.wrong-length', {bytes: bytes.length, chars: text.length});
  return {ok: true, seed: text, publicKey: publicKeyOf(bytes), bytes};
}
