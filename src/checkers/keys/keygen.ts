// Backpack key pairs: make a new ED25519 key pair, or read an existing private seed (the API secret)
// and derive its public key (the API key). Pure: randomness comes from the caller or Web Crypto.
import {BASE64_CHARS, decodeBase64Strict, encodeBase64} from '../core/base64';
import {ed} from './ed25519';
import {bytesEqual} from '../core/encodings';
import {error} from '../core/findings';
import {keyFromSpki, pkcs8Pem, PKCS8_V1, spkiPem} from './keyContainers';
import type {Finding} from '../core/types';
import {exchangeProfile} from '../../exchanges';

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
  error: error(code, params),
});

/** Reads a pasted API secret: exactly 44 characters of standard base64 holding a 32-byte seed. */
export function importSeed(input: string): SeedResult {
  const text = input.trim();
  if (text === '') return fail('keygen.empty');
  if (/-----BEGIN [A-Z ]*PUBLIC KEY-----/.test(text) || /^ssh-ed25519\s/.test(text)) return fail('keygen.public-key');
  if (/-----BEGIN OPENSSH PRIVATE KEY-----/.test(text)) return fail('keygen.openssh-private');
  if (/-----BEGIN [A-Z ]*-----/.test(text)) return fail('keygen.pem');
  if (/\s/.test(text)) return fail('keygen.has-spaces');
  if (/^(?:[0-9a-fA-F]{64}|[0-9a-fA-F]{128})$/.test(text)) return fail('keygen.hex');
  if (BASE64_CHARS.test(text) && /[-_]/.test(text)) return fail('keygen.base64url');
  const bytes = decodeBase64Strict(text);
  if (!bytes) {
    if (/^[A-Za-z0-9+/]+$/.test(text) && text.length % 4 !== 0) return fail('keygen.missing-padding');
    return fail('keygen.not-base64');
  }
  if (bytes.length === 64) {
    const matches = bytesEqual(ed.getPublicKey(bytes.slice(0, 32)), bytes.slice(32));
    return fail(matches ? 'keygen.keypair-64' : 'keygen.wrong-length', {bytes: 64, chars: text.length});
  }
  // A PKCS#8 Ed25519 private key (48 bytes) or an SPKI Ed25519 public key (44 bytes), as base64 DER.
  if (bytes.length === 48 && bytesEqual(bytes.subarray(0, PKCS8_V1.length), PKCS8_V1)) return fail('keygen.pkcs8');
  if (keyFromSpki(bytes)) return fail('keygen.public-key');
  if (bytes.length !== 32) return fail('keygen.wrong-length', {bytes: bytes.length, chars: text.length});
  return {ok: true, seed: text, publicKey: publicKeyOf(bytes), bytes};
}

export interface ExchangeKeyPair extends KeyPair {
  /** What the exchange's public-key field takes: base64 of the raw bytes, or a PEM public key file. */
  toPaste: string;
  /** The private key as the user keeps it: base64 of the seed, or a PKCS#8 PEM file. */
  toKeep: string;
}

/**
 * A new Ed25519 key pair in the forms an exchange's profile asks for (its `publicKeyForm`): for
 * 'spki-pem' (Binance) a PEM public key to paste and a PKCS#8 PEM private key to keep.
 */
export function generateKeyPairFor(exchange: string, random: Random = webRandom): ExchangeKeyPair | undefined {
  const form = exchangeProfile(exchange)?.publicKeyForm?.value;
  if (form !== 'raw32-base64' && form !== 'spki-pem') return undefined;
  const pair = generateKeyPair(random);
  if (form === 'raw32-base64') return {...pair, toPaste: pair.publicKey, toKeep: pair.seed};
  return {...pair, toPaste: spkiPem(pair.publicKey), toKeep: pkcs8Pem(pair.seed)};
}
