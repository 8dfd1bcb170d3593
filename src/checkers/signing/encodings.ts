// How each scheme writes an HMAC's bytes into the signature it sends, by the profile's `encoding`. A new
// way is one line here, never a branch on an exchange.
import {encodeBase64} from '../core/base64';
import {encodeHex, utf8} from '../core/encodings';
import type {SigningScheme} from '../../profiles/types';

type HmacEncoding = Exclude<SigningScheme['encoding']['value'], 'eip712-rsv'>;

export const SIGNATURE_ENCODINGS: Readonly<Record<HmacEncoding, (digest: Uint8Array) => string>> = {
  base64: (digest) => encodeBase64(digest),
  hex: (digest) => encodeHex(digest),
  // The hex text's characters are what is base64-encoded (64 ASCII bytes), not the 32 bytes it spells.
  'base64-of-hex': (digest) => encodeBase64(utf8(encodeHex(digest))),
};

/** The HMAC encodings this signer can write; any other (a wallet's r, s, v) is not an HMAC scheme. */
export function isHmacEncoding(encoding: SigningScheme['encoding']['value']): encoding is HmacEncoding {
  return Object.hasOwn(SIGNATURE_ENCODINGS, encoding);
}
