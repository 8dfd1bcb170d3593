// checkPublicKey: what did the user paste as an Ed25519 public key (the optional "Public Key" field of
// Backpack's New API Key dialog), is it usable, and what is its standard base64 form?
import {decodeBase64Strict, encodeBase64} from './base64';
import {ed} from './ed25519';
import {
  BASE58,
  bytesEqual,
  decodeBase58,
  decodeBase64Unpadded,
  decodeHex,
  keyFromOpenSshBlob,
  keyFromSpki,
} from './encodings';
import type {Finding, PublicKeyFormat, PublicKeyReport} from './types';
import {verdictOf} from './verdict';

type Decoded = {bytes: Uint8Array; format: PublicKeyFormat} | {error: Finding};

const err = (code: string, params?: Finding['params']): Finding =>
  params ? {code, severity: 'error', params} : {code, severity: 'error'};
const warn = (code: string): Finding => ({code, severity: 'warning'});
const info = (code: string): Finding => ({code, severity: 'info'});

// Spaces, tabs, newlines, no-break spaces (\s) and the zero-width characters \s does not cover.
const WHITESPACE = /[\s\u200B-\u200D\u2060\uFEFF]/g;
const HAS_WHITESPACE = /[\s\u200B-\u200D\u2060\uFEFF]/;
const BASE64_CHARS = /^[A-Za-z0-9+/_-]+=*$/;
const PRIVATE_ARMOR = /PRIVATE KEY-----|PuTTY-User-Key-File/;
// Base64 openings of private key containers pasted without their armor:
// PKCS#8 Ed25519 (302e020100300506032b657004220420) and the OpenSSH "openssh-key-v1" blob.
const BARE_PRIVATE = /^(?:MC4CAQAwBQYDK2VwBCIEI|b3BlbnNzaC1rZXktdjE)/;
const SPKI_BASE64 = 'MCowBQYDK2VwAyEA';
const PEM_BEGIN = /-----BEGIN ([A-Z0-9 ]{1,60})-----/;
const OPENSSH_PUBLIC = /^((?:ssh|ecdsa|sk)-[A-Za-z0-9@.-]{1,60})[ \t]+([A-Za-z0-9+/=]+)(?:[ \t].*)?$/s;

export function checkPublicKey(input: string): PublicKeyReport {
  // Whitespace around the value (a trailing newline from a terminal or textarea) is ignored; only
  // whitespace inside a bare key is reported, since that is what breaks a copy into the exchange's form.
  const text = input.trim();
  if (text.replace(WHITESPACE, '') === '') return {verdict: 'empty', findings: []};

  const notes: Finding[] = [];
  const decoded = decode(text, notes);
  // When nothing usable came out, notes on how it was cleaned (whitespace, alphabet) are just noise.
  const findings = 'error' in decoded ? [decoded.error] : notes;
  const report: PublicKeyReport = {verdict: 'ok', findings};
  if (!('error' in decoded)) {
    report.format = decoded.format;
    const {bytes} = decoded;
    if (bytes.length === 64) {
      // A seed‖public keypair (or some other 64-byte secret): never a public key.
      findings.push(err('pubkey.private-key'));
      const publicHalf = bytes.slice(32);
      if (bytesEqual(ed.getPublicKey(bytes.slice(0, 32)), publicHalf)) report.normalized = encodeBase64(publicHalf);
    } else if (bytes.length !== 32) {
      findings.splice(0, findings.length, err('pubkey.wrong-length', {bytes: bytes.length}));
    } else {
      const problem = pointProblem(bytes);
      if (problem) findings.push(err(problem));
      else report.normalized = encodeBase64(bytes);
    }
  }
  report.verdict = verdictOf(findings);
  return report;
}

/** Undefined for a usable key; else why the 32 bytes are not one. */
function pointProblem(bytes: Uint8Array): string | undefined {
  let point;
  try {
    point = ed.Point.fromBytes(bytes); // strict RFC 8032 decoding
  } catch {
    try {
      ed.Point.fromBytes(bytes, true); // ZIP-215 accepts y ≥ p and a set sign bit with x = 0
      return 'pubkey.non-canonical';
    } catch {
      return 'pubkey.not-on-curve';
    }
  }
  return point.isSmallOrder() ? 'pubkey.small-order' : undefined;
}

function decode(text: string, findings: Finding[]): Decoded {
  if (PRIVATE_ARMOR.test(text)) return {error: err('pubkey.private-key')};

  const pem = PEM_BEGIN.exec(text);
  if (pem) {
    const start = pem.index + pem[0].length;
    const end = text.indexOf('-----END', start);
    const der = decodeBase64Strict(text.slice(start, end < 0 ? undefined : end).replace(WHITESPACE, ''));
    if (!der) return {error: err('pubkey.not-base64')};
    const key = keyFromSpki(der);
    if (!key) return {error: err('pubkey.wrong-length', {bytes: der.length})};
    findings.push(info('pubkey.pem'));
    return {bytes: key, format: 'pem'};
  }

  const ssh = OPENSSH_PUBLIC.exec(text);
  if (ssh) {
    const blob = decodeBase64Strict(ssh[2]);
    if (!blob) return {error: err('pubkey.not-base64')};
    const key = keyFromOpenSshBlob(blob);
    if (!key) return {error: err('pubkey.wrong-length', {bytes: blob.length})};
    findings.push(info('pubkey.openssh'));
    return {bytes: key, format: 'openssh'};
  }

  let token = text;
  if (HAS_WHITESPACE.test(token)) {
    findings.push(warn('pubkey.whitespace'));
    token = token.replace(WHITESPACE, '');
  }
  return decodeToken(token, findings);
}

function decodeToken(token: string, findings: Finding[]): Decoded {
  if (BARE_PRIVATE.test(token)) return {error: err('pubkey.private-key')};

  const hexText = /^0x/i.test(token) ? token.slice(2) : token;
  if (/^[0-9a-fA-F]+$/.test(hexText) && (hexText.length === 64 || hexText.length === 128)) {
    findings.push(warn('pubkey.hex'));
    return {bytes: decodeHex(hexText)!, format: 'hex'};
  }

  if (token.startsWith(SPKI_BASE64)) {
    const der = decodeBase64Strict(token);
    const key = der && keyFromSpki(der);
    if (key) {
      findings.push(info('pubkey.pem'));
      return {bytes: key, format: 'pem'};
    }
  }

  // A Solana address is base58 of the 32 bytes. Base58 text is also valid base64 text, but real base64
  // keys almost always contain one of + / 0 O I l, so base58 wins when it decodes to 32 usable bytes
  // (or when the base64 reading is unusable).
  if (token.length >= 32 && token.length <= 44 && BASE58.test(token)) {
    const asBase58 = decodeBase58(token);
    if (asBase58?.length === 32) {
      const asBase64 = decodeBase64Unpadded(token);
      const base64Usable = asBase64?.bytes.length === 32 && !pointProblem(asBase64.bytes);
      if (!pointProblem(asBase58) || !base64Usable) {
        findings.push(warn('pubkey.base58'));
        return {bytes: asBase58, format: 'base58'};
      }
    }
  }

  if (!BASE64_CHARS.test(token)) {
    if (/^[0-9a-fA-F]{40,}$/.test(hexText)) return {error: err('pubkey.wrong-length', {bytes: hexText.length >> 1})};
    return {error: err('pubkey.not-base64')};
  }
  const url = /[-_]/.test(token);
  if (url && /[+/]/.test(token)) return {error: err('pubkey.not-base64')};
  const standard = url ? token.replace(/-/g, '+').replace(/_/g, '/') : token;
  const decoded = decodeBase64Unpadded(standard);
  if (decoded) {
    if (url) findings.push(warn('pubkey.base64url'));
    else if (decoded.padded) findings.push(warn('pubkey.missing-padding'));
    return {bytes: decoded.bytes, format: url ? 'base64url' : 'base64'};
  }
  // Base64 letters that do not decode canonically: if the length is right the text was damaged
  // (a changed last character); otherwise report how many bytes it would hold.
  const chars = standard.replace(/=+$/, '').length;
  const bytes = Math.floor((chars * 3) / 4);
  if (chars % 4 === 1 || bytes === 32 || bytes === 64 || standard.replace(/=+$/, '').includes('=')) {
    return {error: err('pubkey.not-base64')};
  }
  return {error: err('pubkey.wrong-length', {bytes})};
}
