// checkPublicKey: what did the user paste as an Ed25519 public key (the optional "Public Key" field of
// Backpack's New API Key dialog), is it usable, and what is its standard base64 form?
// Verdicts: ok = paste it as is; warning = it is a usable key but paste our base64 instead (or read the
// note); error = it will fail or is unsafe. What we offer to paste always re-checks as ok.
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
import {keyFromOpenSshPrivate, keyFromPkcs8, parseByteArray, parseJwk, type PrivateParts} from './keyContainers';
import {looksLikeText} from './looksLikeText';
import type {Finding, PublicKeyFormat, PublicKeyReport} from './types';
import {verdictOf} from './verdict';

type Decoded =
  | {kind: 'key'; bytes: Uint8Array; format: PublicKeyFormat}
  | {kind: 'private'; format?: PublicKeyFormat; parts: PrivateParts}
  | {kind: 'ambiguous'; base64: Uint8Array; base58: Uint8Array}
  | {kind: 'error'; finding: Finding; format?: PublicKeyFormat};

const err = (code: string, params?: Finding['params']): Finding =>
  params ? {code, severity: 'error', params} : {code, severity: 'error'};
const warn = (code: string): Finding => ({code, severity: 'warning'});
const info = (code: string): Finding => ({code, severity: 'info'});
const fail = (finding: Finding, format?: PublicKeyFormat): Decoded => ({kind: 'error', finding, format});

// Spaces, tabs, newlines, no-break spaces (\s) and the zero-width characters \s does not cover.
const WHITESPACE = /[\s\u200B-\u200D\u2060\uFEFF]/g;
const HAS_WHITESPACE = /[\s\u200B-\u200D\u2060\uFEFF]/;
const isSpace = (char: string) => HAS_WHITESPACE.test(char);
// Quote marks people copy around a value: straight, curly, CJK corner brackets, Markdown backticks.
const QUOTES = new Set(['"', "'", '`', '‘', '’', '“', '”', '「', '」', '『', '』']);
const BASE64_CHARS = /^[A-Za-z0-9+/_-]+=*$/;
const PRIVATE_ARMOR = /PRIVATE KEY-----|PuTTY-User-Key-File/;
const PEM_BEGIN = /-----BEGIN ([A-Z0-9 ]{1,60})-----/;
const OPENSSH_PUBLIC = /^((?:ssh|ecdsa|sk)-[A-Za-z0-9@.-]{1,60})[ \t]+([A-Za-z0-9+/=]+)(?:[ \t].*)?$/s;
// Base64 openings of containers pasted without their armor: PKCS#8 Ed25519 private keys (version 0 and
// 1), the OpenSSH private key file ("openssh-key-v1"), SPKI public keys, OpenSSH public key blobs.
const BARE_PKCS8 = /^(?:MC4CAQAwBQYDK2VwBCIEI|MFECAQEwBQYDK2VwBCIEI)/;
const BARE_OPENSSH_PRIVATE = /^b3BlbnNzaC1rZXktdjE/;
const BARE_SPKI = /^MCowBQYDK2VwAyEA/;
const BARE_OPENSSH_BLOB = /^AAAAC3NzaC1lZDI1NTE5AAAAI/;
/** Longer base64 than this is no key in any container we read (an OpenSSH private key is ~400 characters). */
const MAX_DECODE = 8192;
/** Formats that are one bare token, where surrounding whitespace is worth a word. */
const TOKEN_FORMATS: ReadonlySet<PublicKeyFormat | undefined> = new Set(['base64', 'base64url', 'hex', 'base58']);

export function checkPublicKey(input: string): PublicKeyReport {
  let text = trimSpace(input);
  if (text.replace(WHITESPACE, '') === '') return {verdict: 'empty', findings: []};
  const trimmed = text.length !== input.length;

  const notes: Finding[] = [];
  const unquoted = stripQuotes(text);
  if (unquoted !== text) {
    notes.push(warn('pubkey.quotes'));
    text = unquoted;
  }

  const decoded = decode(text, notes);
  const report = reportFor(decoded, notes);
  if (report.findings.some((f) => f.code === 'pubkey.not-base64' || f.code === 'pubkey.wrong-length')) {
    // Nothing key-like came out: say so plainly when the paste is ordinary text (unless it sat in a
    // key container, whose own message is more useful).
    if (TOKEN_FORMATS.has(report.format) || report.format === undefined) {
      if (looksLikeText(text)) return {verdict: 'error', findings: [err('pubkey.not-a-key')]};
    }
  }
  if (trimmed && report.verdict !== 'error' && TOKEN_FORMATS.has(report.format)) report.findings.unshift(info('pubkey.trimmed'));
  report.verdict = verdictOf(report.findings);
  return report;
}

function reportFor(decoded: Decoded, notes: Finding[]): PublicKeyReport {
  switch (decoded.kind) {
    case 'error':
      // When nothing usable came out, notes on how it was cleaned (whitespace, alphabet) are just noise.
      return withFormat({verdict: 'error', findings: [decoded.finding]}, decoded.format);
    case 'ambiguous':
      return {
        verdict: 'error',
        findings: [...notes, err('pubkey.ambiguous')],
        candidates: [
          {format: 'base64', normalized: encodeBase64(decoded.base64)},
          {format: 'base58', normalized: encodeBase64(decoded.base58)},
        ],
      };
    case 'private':
      return privateReport(decoded.parts, notes, decoded.format);
    case 'key': {
      const {bytes, format} = decoded;
      if (bytes.length === 64) {
        // A seed‖public pair (Solana's secret key, libsodium's secret key): never a public key.
        return privateReport({seed: bytes.slice(0, 32), publicKey: bytes.slice(32)}, notes, format);
      }
      if (bytes.length !== 32) return {verdict: 'error', findings: [err('pubkey.wrong-length', {bytes: bytes.length})], format};
      const problem = pointProblem(bytes);
      const report: PublicKeyReport = {verdict: 'ok', findings: problem ? [...notes, err(problem)] : notes, format};
      if (!problem) report.normalized = encodeBase64(bytes);
      return report;
    }
  }
}

function withFormat(report: PublicKeyReport, format: PublicKeyFormat | undefined): PublicKeyReport {
  if (format) report.format = format;
  return report;
}

/**
 * A private key: always an error. Its public key is offered only when it is derived from the seed and
 * agrees with any public key stored beside it; the finding then says it is shown (context "derived").
 */
function privateReport({seed, publicKey}: PrivateParts, notes: Finding[], format?: PublicKeyFormat): PublicKeyReport {
  let derived: Uint8Array | undefined = seed && ed.getPublicKey(seed);
  if (derived && publicKey && !bytesEqual(derived, publicKey)) derived = undefined;
  if (derived && pointProblem(derived)) derived = undefined;
  const finding: Finding = derived
    ? {code: 'pubkey.private-key', severity: 'error', params: {context: 'derived'}}
    : err('pubkey.private-key');
  const report = withFormat({verdict: 'error', findings: [...notes, finding]}, format);
  if (derived) report.normalized = encodeBase64(derived);
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

/** Removes whitespace at both ends with a loop (a regex anchored at the end scans long input quadratically). */
function trimSpace(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  return text.slice(start, end);
}

/** Strips up to two layers of quote marks wrapped around the whole value (`"'key'"`, “key”, 「key」). */
function stripQuotes(text: string): string {
  let out = text;
  for (let i = 0; i < 2 && out.length >= 2 && QUOTES.has(out[0]) && QUOTES.has(out[out.length - 1]); i++) {
    out = trimSpace(out.slice(1, -1));
  }
  return out;
}

function decode(text: string, notes: Finding[]): Decoded {
  const pem = PEM_BEGIN.exec(text);
  if (pem) return decodePem(text, pem, notes);
  if (PRIVATE_ARMOR.test(text)) return {kind: 'private', parts: {}};

  if (text.startsWith('{')) {
    const jwk = parseJwk(text);
    if (jwk) return decodeJwk(jwk, notes);
  }
  if (text.startsWith('[')) {
    const bytes = parseByteArray(text);
    if (bytes) {
      if (bytes.length === 32) notes.push(warn('pubkey.byte-array'));
      return {kind: 'key', bytes, format: 'byte-array'};
    }
  }

  const ssh = OPENSSH_PUBLIC.exec(text);
  if (ssh) {
    if (ssh[2].length > MAX_DECODE) return fail(err('pubkey.wrong-length', {bytes: Math.floor((ssh[2].length * 3) / 4)}));
    const blob = decodeBase64Strict(ssh[2]);
    if (!blob) return fail(err('pubkey.not-base64'));
    const key = keyFromOpenSshBlob(blob);
    if (!key) return fail(err('pubkey.wrong-length', {bytes: blob.length}));
    notes.push(warn('pubkey.openssh'));
    return {kind: 'key', bytes: key, format: 'openssh'};
  }

  let token = text;
  if (HAS_WHITESPACE.test(token)) {
    notes.push(warn('pubkey.whitespace'));
    token = token.replace(WHITESPACE, '');
  }
  return decodeToken(token, notes);
}

function decodePem(text: string, pem: RegExpExecArray, notes: Finding[]): Decoded {
  const label = pem[1];
  const start = pem.index + pem[0].length;
  const end = text.indexOf('-----END', start);
  const body = text.slice(start, end < 0 ? undefined : end).replace(WHITESPACE, '');
  // Encrypted PEM (RFC 1421 headers such as Proc-Type) has lines that are not base64: no DER then.
  const der = body.length <= MAX_DECODE ? decodeBase64Strict(body) : undefined;
  if (label.includes('PRIVATE KEY')) {
    if (label === 'OPENSSH PRIVATE KEY') return {kind: 'private', format: 'openssh', parts: (der && keyFromOpenSshPrivate(der)) || {}};
    if (label === 'PRIVATE KEY') return {kind: 'private', format: 'pem', parts: (der && keyFromPkcs8(der)) || {}};
    return {kind: 'private', format: 'pem', parts: {}};
  }
  if (!der) return fail(body.length > MAX_DECODE ? err('pubkey.wrong-length', {bytes: Math.floor((body.length * 3) / 4)}) : err('pubkey.not-base64'));
  const key = keyFromSpki(der);
  if (!key) return fail(err('pubkey.wrong-length', {bytes: der.length}));
  notes.push(warn('pubkey.pem'));
  return {kind: 'key', bytes: key, format: 'pem'};
}

function decodeJwk(jwk: NonNullable<ReturnType<typeof parseJwk>>, notes: Finding[]): Decoded {
  switch (jwk.kind) {
    case 'private':
      return {kind: 'private', format: 'jwk', parts: jwk.parts};
    case 'other-key':
      return fail(err('pubkey.not-ed25519', {type: jwk.type}), 'jwk');
    case 'not-a-key':
      return fail(err('pubkey.not-a-key'));
    case 'public':
      if (!jwk.x) return fail(err('pubkey.not-base64'), 'jwk');
      notes.push(warn('pubkey.jwk'));
      return {kind: 'key', bytes: jwk.x, format: 'jwk'};
  }
}

function decodeToken(token: string, notes: Finding[]): Decoded {
  if (BARE_PKCS8.test(token)) {
    const der = decodeBase64Strict(token);
    return {kind: 'private', format: 'pem', parts: (der && keyFromPkcs8(der)) || {}};
  }
  if (BARE_OPENSSH_PRIVATE.test(token)) {
    const blob = decodeBase64Strict(token);
    return {kind: 'private', format: 'openssh', parts: (blob && keyFromOpenSshPrivate(blob)) || {}};
  }

  const hexText = /^0x/i.test(token) ? token.slice(2) : token;
  if (/^[0-9a-fA-F]+$/.test(hexText) && (hexText.length === 64 || hexText.length === 128)) {
    notes.push(warn('pubkey.hex'));
    return {kind: 'key', bytes: decodeHex(hexText)!, format: 'hex'};
  }

  if (BARE_SPKI.test(token)) {
    const der = decodeBase64Strict(token);
    const key = der && keyFromSpki(der);
    if (key) {
      notes.push(warn('pubkey.pem'));
      return {kind: 'key', bytes: key, format: 'pem'};
    }
  }
  if (BARE_OPENSSH_BLOB.test(token)) {
    const blob = decodeBase64Strict(token);
    const key = blob && keyFromOpenSshBlob(blob);
    if (key) {
      notes.push(warn('pubkey.openssh'));
      return {kind: 'key', bytes: key, format: 'openssh'};
    }
  }

  const base58 = readBase58(token, notes);
  if (base58) return base58;

  if (!BASE64_CHARS.test(token)) {
    if (/^[0-9a-fA-F]{40,}$/.test(hexText)) return fail(err('pubkey.wrong-length', {bytes: hexText.length >> 1}));
    return fail(err('pubkey.not-base64'));
  }
  const url = /[-_]/.test(token);
  if (url && /[+/]/.test(token)) return fail(err('pubkey.not-base64'));
  // Far too long for any key: say how many bytes it would hold without decoding a megabyte paste.
  if (token.length > MAX_DECODE) {
    const bytes = Math.floor((token.replace(/=+$/, '').length * 3) / 4);
    return fail(err('pubkey.wrong-length', {bytes}), url ? 'base64url' : 'base64');
  }
  const standard = url ? token.replace(/-/g, '+').replace(/_/g, '/') : token;
  const decoded = decodeBase64Unpadded(standard);
  if (decoded) {
    if (url) notes.push(warn('pubkey.base64url'));
    else if (decoded.padded) notes.push(warn('pubkey.missing-padding'));
    return {kind: 'key', bytes: decoded.bytes, format: url ? 'base64url' : 'base64'};
  }
  // Base64 letters that do not decode canonically: if the length is right the text was damaged
  // (a changed last character); otherwise report how many bytes it would hold.
  const chars = standard.replace(/=+$/, '').length;
  const bytes = Math.floor((chars * 3) / 4);
  if (chars % 4 === 1 || bytes === 32 || bytes === 64 || standard.replace(/=+$/, '').includes('=')) {
    return fail(err('pubkey.not-base64'));
  }
  return fail(err('pubkey.wrong-length', {bytes}));
}

/**
 * A Solana address is base58 of the 32 key bytes; a Solana secret key is base58 of seed‖public. Base58
 * text is also base64 text, so when both readings give a usable key we cannot tell which was meant: the
 * value is ambiguous, and we never pick one silently. Undefined: read the token as base64.
 */
function readBase58(token: string, notes: Finding[]): Decoded | undefined {
  if (token.length < 32 || token.length > 90 || !BASE58.test(token)) return undefined;
  const asBase58 = decodeBase58(token);
  const asBase64 = decodeBase64Unpadded(token)?.bytes;
  if (asBase58?.length === 64) {
    // Either reading of 64 bytes is a private key; take the base58 one unless only base64 is consistent.
    // (No base58 note: it speaks of a wallet address, and this is the wallet's secret key.)
    if (asBase64?.length === 64 && !halvesAgree(asBase58) && halvesAgree(asBase64)) return undefined;
    return {kind: 'key', bytes: asBase58, format: 'base58'};
  }
  if (asBase58?.length !== 32) return undefined;
  const base58Usable = !pointProblem(asBase58);
  const base64Is32 = asBase64?.length === 32;
  if (base58Usable && base64Is32 && !pointProblem(asBase64)) return {kind: 'ambiguous', base64: asBase64, base58: asBase58};
  if (base58Usable || !base64Is32) {
    notes.push(warn('pubkey.base58'));
    return {kind: 'key', bytes: asBase58, format: 'base58'};
  }
  return undefined;
}

function halvesAgree(bytes: Uint8Array): boolean {
  return bytesEqual(ed.getPublicKey(bytes.slice(0, 32)), bytes.slice(32));
}
