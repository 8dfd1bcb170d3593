// Reads the Ed25519 private key a scheme signs with: a PKCS#8 PEM file (with or without its BEGIN/END
// lines, CRLF line ends or stray spaces), or the base64 of a 32-byte seed. Says what else was pasted.
import {decodeBase64Strict} from '../core/base64';
import {finding} from '../core/findings';
import {keyFromPkcs8} from '../keys/keyContainers';
import type {Finding} from '../core/types';

const error = (code: string): {error: Finding} => ({error: finding(code, 'error')});
const ARMOR = /-----(BEGIN|END) ([A-Z0-9 ]{1,60})-----/g;

/** The 32-byte seed of an Ed25519 private key, or the finding that says why there is none. */
export function readPrivatePem(text: string): {seed: Uint8Array} | {error: Finding} {
  const labels = [...text.matchAll(ARMOR)].map((m) => m[2]);
  if (labels.some((l) => l.includes('ENCRYPTED')) || /Proc-Type:\s*4,ENCRYPTED/.test(text))
    return error('sign.key-encrypted');
  if (labels.some((l) => l.includes('PUBLIC KEY'))) return error('sign.key-public');
  if (labels.some((l) => l !== 'PRIVATE KEY')) return error('sign.key-not-ed25519');
  const body = text.replace(ARMOR, '').replace(/\s+/g, '');
  const der = decodeBase64Strict(body);
  if (!der) return error('sign.key-form');
  if (der.length === 32 && labels.length === 0) return {seed: der};
  const parts = keyFromPkcs8(der);
  if (parts?.seed) return {seed: parts.seed};
  // A PKCS#8 file of another algorithm (RSA, ECDSA) is longer and names another OID.
  return error(der.length > 48 && der[0] === 0x30 ? 'sign.key-not-ed25519' : 'sign.key-form');
}
