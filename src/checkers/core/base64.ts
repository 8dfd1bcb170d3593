// Strict base64. `atob` ignores whitespace, accepts missing padding and non-zero trailing bits, so it
// cannot tell a clean value from a damaged one: these helpers accept only canonical, padded base64.

const STANDARD = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
/** Letters of standard or URL-safe base64 (either alphabet, or a mix), with any `=` only at the end. */
export const BASE64_CHARS = /^[A-Za-z0-9+/_-]+=*$/;
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function encodeBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += ALPHABET[(n >> 18) & 63] + ALPHABET[(n >> 12) & 63];
    out += i + 1 < bytes.length ? ALPHABET[(n >> 6) & 63] : '=';
    out += i + 2 < bytes.length ? ALPHABET[n & 63] : '=';
  }
  return out;
}

/** Decodes canonical, padded standard base64; returns undefined for anything else. */
export function decodeBase64Strict(text: string): Uint8Array | undefined {
  if (!STANDARD.test(text)) return undefined;
  const bytes = new Uint8Array((text.length / 4) * 3 - (text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0));
  let j = 0;
  for (let i = 0; i < text.length; i += 4) {
    const n =
      (ALPHABET.indexOf(text[i]) << 18) |
      (ALPHABET.indexOf(text[i + 1]) << 12) |
      ((text[i + 2] === '=' ? 0 : ALPHABET.indexOf(text[i + 2])) << 6) |
      (text[i + 3] === '=' ? 0 : ALPHABET.indexOf(text[i + 3]));
    if (j < bytes.length) bytes[j++] = (n >> 16) & 255;
    if (j < bytes.length) bytes[j++] = (n >> 8) & 255;
    if (j < bytes.length) bytes[j++] = n & 255;
  }
  // Non-zero bits after the last byte mean the text is not the canonical encoding of any bytes.
  return encodeBase64(bytes) === text ? bytes : undefined;
}
