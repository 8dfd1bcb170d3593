// Parsers for the containers an Ed25519 key is pasted in besides a bare token: SubjectPublicKeyInfo and
// PKCS#8 private keys (RFC 8410), OpenSSH public key blobs (RFC 8709) and private key files
// (PROTOCOL.key), JSON Web Keys (RFC 8037) and the Solana CLI's id.json byte array. Each returns
// undefined for anything it does not recognise exactly.
import {decodeBase64Strict, encodeBase64} from '../core/base64';
import {bytesEqual, decodeBase64Unpadded, utf8} from '../core/encodings';
import {isJsonObject, parseJson} from '../core/json';

/** DER prefix of an Ed25519 SubjectPublicKeyInfo (RFC 8410); the 32 key bytes follow. */
export const SPKI_ED25519_PREFIX = Uint8Array.from([
  0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00,
]);

export function keyFromSpki(der: Uint8Array): Uint8Array | undefined {
  if (der.length !== SPKI_ED25519_PREFIX.length + 32) return undefined;
  if (!bytesEqual(der.subarray(0, SPKI_ED25519_PREFIX.length), SPKI_ED25519_PREFIX)) return undefined;
  return der.slice(SPKI_ED25519_PREFIX.length);
}

/** The OpenSSH wire blob `string "ssh-ed25519", string key` (RFC 8709); returns the 32 key bytes. */
export function keyFromOpenSshBlob(blob: Uint8Array): Uint8Array | undefined {
  const type = utf8('ssh-ed25519');
  const expected = 4 + type.length + 4 + 32;
  if (blob.length !== expected) return undefined;
  const view = new DataView(blob.buffer, blob.byteOffset, blob.byteLength);
  if (view.getUint32(0) !== type.length) return undefined;
  if (!bytesEqual(blob.subarray(4, 4 + type.length), type)) return undefined;
  if (view.getUint32(4 + type.length) !== 32) return undefined;
  return blob.slice(8 + type.length);
}

/** A private key found in a container: its seed, and the public key stored beside it, if any. */
export interface PrivateParts {
  seed?: Uint8Array;
  publicKey?: Uint8Array;
}

// OneAsymmetricKey for Ed25519: SEQUENCE { INTEGER version, SEQUENCE { OID 1.3.101.112 },
// OCTET STRING { OCTET STRING seed } [, [1] publicKey] }. Version 0 has no public key; version 1
// (RFC 5958, as in RFC 8410 §10.3) ends with [1] IMPLICIT BIT STRING: 81 21 00 and the 32 bytes.
export const PKCS8_V1 = Uint8Array.from([
  0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20,
]);
const PKCS8_V2 = Uint8Array.from([
  0x30, 0x51, 0x02, 0x01, 0x01, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20,
]);
const PKCS8_V2_PUBLIC = Uint8Array.from([0x81, 0x21, 0x00]);

export function keyFromPkcs8(der: Uint8Array): PrivateParts | undefined {
  const seedAt = PKCS8_V1.length;
  if (der.length === seedAt + 32 && bytesEqual(der.subarray(0, seedAt), PKCS8_V1)) {
    return {seed: der.slice(seedAt)};
  }
  const publicAt = seedAt + 32 + PKCS8_V2_PUBLIC.length;
  if (
    der.length === publicAt + 32 &&
    bytesEqual(der.subarray(0, seedAt), PKCS8_V2) &&
    bytesEqual(der.subarray(seedAt + 32, publicAt), PKCS8_V2_PUBLIC)
  ) {
    return {seed: der.slice(seedAt, seedAt + 32), publicKey: der.slice(publicAt)};
  }
  return undefined;
}

/** A PEM file of `label` whose DER is `prefix` followed by the 32 key bytes given in base64. */
function pemOf(label: string, prefix: Uint8Array, base64Key: string): string {
  const raw = decodeBase64Strict(base64Key)!;
  const der = new Uint8Array(prefix.length + raw.length);
  der.set(prefix);
  der.set(raw, prefix.length);
  return `-----BEGIN ${label}-----\n${encodeBase64(der)}\n-----END ${label}-----`;
}

/** `-----BEGIN PUBLIC KEY-----`, the SPKI DER of the key in base64, `-----END PUBLIC KEY-----`. */
export function spkiPem(base64Key: string): string {
  return pemOf('PUBLIC KEY', SPKI_ED25519_PREFIX, base64Key);
}

/** `-----BEGIN PRIVATE KEY-----`, the PKCS#8 DER (version 0) of the seed in base64, `-----END PRIVATE KEY-----`. */
export function pkcs8Pem(base64Seed: string): string {
  return pemOf('PRIVATE KEY', PKCS8_V1, base64Seed);
}

/** Reads the length-prefixed fields of the SSH wire format, refusing to read past the end. */
class SshReader {
  private at = 0;
  constructor(private readonly bytes: Uint8Array) {}
  uint32(): number | undefined {
    if (this.at + 4 > this.bytes.length) return undefined;
    const b = this.bytes;
    const n = ((b[this.at] << 24) | (b[this.at + 1] << 16) | (b[this.at + 2] << 8) | b[this.at + 3]) >>> 0;
    this.at += 4;
    return n;
  }
  string(): Uint8Array | undefined {
    const length = this.uint32();
    if (length === undefined || this.at + length > this.bytes.length) return undefined;
    const out = this.bytes.subarray(this.at, this.at + length);
    this.at += length;
    return out;
  }
  skip(length: number): boolean {
    this.at += length;
    return this.at <= this.bytes.length;
  }
}

const OPENSSH_MAGIC = utf8('openssh-key-v1\0');
const latin1 = (b: Uint8Array | undefined) => (b ? String.fromCharCode(...b.subarray(0, 64)) : undefined);

/**
 * An OpenSSH private key file holding one Ed25519 key. The public key in its clear header is returned
 * only when the file is unencrypted and its private section agrees with it (same public key, and a
 * seed to check it against); an encrypted file gives just the fact that it is a private key.
 */
export function keyFromOpenSshPrivate(blob: Uint8Array): PrivateParts | undefined {
  if (!bytesEqual(blob.subarray(0, OPENSSH_MAGIC.length), OPENSSH_MAGIC)) return undefined;
  const reader = new SshReader(blob);
  reader.skip(OPENSSH_MAGIC.length);
  const cipher = latin1(reader.string());
  reader.string(); // kdf name
  reader.string(); // kdf options
  if (reader.uint32() !== 1) return {};
  const headerPublic = reader.string();
  const publicKey = headerPublic && keyFromOpenSshBlob(headerPublic);
  if (!publicKey || cipher !== 'none') return {};
  const section = reader.string();
  if (!section) return {};
  const inner = new SshReader(section);
  const check1 = inner.uint32();
  if (check1 === undefined || inner.uint32() !== check1) return {};
  if (latin1(inner.string()) !== 'ssh-ed25519') return {};
  const innerPublic = inner.string();
  const pair = inner.string(); // seed ‖ public
  if (!innerPublic || !pair || pair.length !== 64) return {};
  if (!bytesEqual(innerPublic, publicKey) || !bytesEqual(pair.subarray(32), publicKey)) return {};
  return {seed: pair.slice(0, 32), publicKey};
}

/** base64url as JWK uses it (RFC 7515: no padding); padding is tolerated, the standard alphabet is not. */
export function decodeBase64Url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*={0,2}$/.test(text)) return undefined;
  return decodeBase64Unpadded(text.replace(/-/g, '+').replace(/_/g, '/'))?.bytes;
}

export type JwkResult =
  | {kind: 'public'; x?: Uint8Array}
  | {kind: 'private'; parts: PrivateParts}
  | {kind: 'other-key'; type: string}
  | {kind: 'not-a-key'};

const MAX_JSON = 20_000;

/** A JSON Web Key (or a set holding exactly one). Undefined when the text is not JSON at all. */
export function parseJwk(text: string): JwkResult | undefined {
  if (text.length > MAX_JSON) return undefined;
  const parsed = parseJson(text);
  if (!parsed) return undefined;
  let value = parsed.value;
  if (!isJsonObject(value)) return {kind: 'not-a-key'};
  if (Array.isArray(value.keys)) {
    // A key set: any private key in it makes the whole paste a private key; else it must hold one key.
    const keys: unknown[] = value.keys;
    const privateKey = keys.find((k) => isJsonObject(k) && k.d !== undefined);
    if (privateKey !== undefined) value = privateKey;
    else if (keys.length === 1) value = keys[0];
  }
  if (!isJsonObject(value) || typeof value.kty !== 'string') return {kind: 'not-a-key'};
  const {kty, crv, x, d} = value;
  if (kty !== 'OKP' || crv !== 'Ed25519') {
    // A private key of another type (RSA "d", EC "d") is still a private key: say that first.
    if (d !== undefined) return {kind: 'private', parts: {}};
    return {kind: 'other-key', type: (typeof crv === 'string' ? `${kty} ${crv}` : kty).slice(0, 40)};
  }
  const xBytes = typeof x === 'string' ? decodeBase64Url(x) : undefined;
  if (d !== undefined) {
    const seed = typeof d === 'string' ? decodeBase64Url(d) : undefined;
    return {kind: 'private', parts: {seed: seed?.length === 32 ? seed : undefined, publicKey: xBytes}};
  }
  return {kind: 'public', x: xBytes};
}

const BYTE_ARRAY = /^\[\s*(?:\d{1,3}\s*,\s*)*\d{1,3}\s*,?\s*\]$/;

/** A JSON array of byte values, like the Solana CLI's id.json (`[12,34,…]`). Undefined otherwise. */
export function parseByteArray(text: string): Uint8Array | undefined {
  if (text.length > 4 * 1024 || !BYTE_ARRAY.test(text)) return undefined;
  const numbers = text
    .slice(1, -1)
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map(Number);
  if (numbers.some((n) => n > 255)) return undefined;
  return Uint8Array.from(numbers);
}
