// HMAC-SHA256 through WebCrypto (the browser's and node's), so pages that sign need no hash library.
import {utf8} from '../core/encodings';

/** HMAC-SHA256 of `message` (UTF-8), keyed with `key` (UTF-8 text or bytes). */
export async function hmacSha256(key: string | Uint8Array<ArrayBuffer>, message: string): Promise<Uint8Array> {
  const raw = typeof key === 'string' ? utf8(key) : key;
  const cryptoKey = await globalThis.crypto.subtle.importKey('raw', raw, {name: 'HMAC', hash: 'SHA-256'}, false, [
    'sign',
  ]);
  return new Uint8Array(await globalThis.crypto.subtle.sign('HMAC', cryptoKey, utf8(message)));
}
