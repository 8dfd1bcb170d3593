// Small encoders and decoders for bytes as people paste them and as signatures write them. Each decoder
// returns undefined for anything it does not recognise exactly; callers decide what the failure means.
import {decodeBase64Strict} from './base64';

const HEX = /^(?:[0-9a-fA-F]{2})+$/;

/** Hex digits in pairs, either case; undefined for anything else (an odd length, other characters). */
export function decodeHex(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (!HEX.test(text)) return undefined;
  const bytes = new Uint8Array(text.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(text.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

/** Lower-case hex, two digits per byte. */
export function encodeHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The UTF-8 bytes of a text. */
export function utf8(text: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(text);
}

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

const BASE58_ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
export const BASE58 = /^[1-9A-HJ-NP-Za-km-z]+$/;

/** Bitcoin/Solana base58. Only meant for short strings (keys, addresses): callers bound the length. */
export function decodeBase58(text: string): Uint8Array | undefined {
  if (!BASE58.test(text) || text.length > 128) return undefined;
  const out: number[] = []; // little-endian base-256 digits
  for (const char of text) {
    let carry = BASE58_ALPHABET.indexOf(char);
    for (let i = 0; i < out.length; i++) {
      carry += out[i] * 58;
      out[i] = carry & 255;
      carry >>= 8;
    }
    while (carry > 0) {
      out.push(carry & 255);
      carry >>= 8;
    }
  }
  let zeros = 0;
  while (zeros < text.length && text[zeros] === '1') zeros++;
  return Uint8Array.from([...new Array(zeros).fill(0), ...out.reverse()]);
}

/** Canonical base64 whose padding may be missing. Returns the bytes and whether padding was added. */
export function decodeBase64Unpadded(text: string): {bytes: Uint8Array; padded: boolean} | undefined {
  const exact = decodeBase64Strict(text);
  if (exact) return {bytes: exact, padded: false};
  if (text.length % 4 === 1 || text.includes('=')) return undefined;
  const pad = text.length % 4 === 0 ? '' : '='.repeat(4 - (text.length % 4));
  const bytes = pad ? decodeBase64Strict(text + pad) : undefined;
  return bytes && {bytes, padded: true};
}
