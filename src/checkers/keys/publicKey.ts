// checkPublicKey: what did the user paste as an Ed25519 public key (the optional "Public Key" field of
// Backpack's New API Key dialog), is it usable, and what is its standard base64 form?
// Verdicts: ok = paste it as is; warning = it is a usable key but paste our base64 instead (or read the
// note); error = it will fail or is unsafe. What we offer to paste always re-checks as ok.
import {BASE64_CHARS, decodeBase64Strict, encodeBase64} from '../core/base64';
import {ed} from './ed25519';
import {BASE58, bytesEqual, decodeBase58, decodeBase64Unpadded, decodeHex} from '../core/encodings';
import {error as err, info, warning as warn} from '../core/findings';
import {
  keyFromOpenSshBlob,
  keyFromOpenSshPrivate,
  keyFromPkcs8,
  keyFromSpki,
  parseByteArray,
  parseJwk,
  spkiPem,
  type PrivateParts,
} from './keyContainers';
import {dropZeroWidth, foldFullwidth, QUOTES, readLabel, valueAfterLabel, WHITESPACE, type Labelled} from './keyPaste';
import {looksLikeText} from '../core/looksLikeText';
import type {Finding, PublicKeyFormat, PublicKeyReport} from '../core/types';
import {verdictOf} from '../core/verdict';
import {exchangeProfile} from '../../exchanges';

type Decoded =
  | {kind: 'key'; bytes: Uint8Array; format: PublicKeyFormat}
  | ({kind: 'private'; format?: PublicKeyFormat} & PrivateFound)
  | {kind: 'ambiguous'; base64: Uint8Array; base58: Uint8Array}
  | {kind: 'error'; finding: Finding; format?: PublicKeyFormat};

/** A private key or secret found in the paste, and what its finding says. */
interface PrivateFound {
  parts: PrivateParts;
  /** 'pubkey.private-key' unless said otherwise. */
  code?: PrivateCode;
  params?: Finding['params'];
  /** A public key pasted beside the private one: its own public key is offered only if they agree. */
  alsoPublic?: Uint8Array;
}
type PrivateCode =
  'pubkey.private-key' | 'pubkey.private-key-in-paste' | 'pubkey.labelled-secret' | 'pubkey.known-secret';

export interface PublicKeyOptions {
  /**
   * Secrets this page knows, in memory only: the key generator's, or a secret field on the same page.
   * Each is base64 of a 32-byte seed (or of the 64-byte seed‖public). A paste holding one is an error;
   * the public key of one is confirmed as such.
   */
  knownSecrets?: readonly string[];
  /**
   * The exchange the key is for (an exchange id, 'backpack' by default). Its profile's public-key form
   * decides what `normalized` holds: base64 of the raw 32 bytes, or a PEM SubjectPublicKeyInfo file.
   */
  target?: string;
}

interface KnownPair {
  seed: Uint8Array;
  publicKey: Uint8Array;
}

const fail = (finding: Finding, format?: PublicKeyFormat): Decoded => ({kind: 'error', finding, format});

// WHITESPACE without the global flag, for `test`.
const HAS_WHITESPACE = /[\s\u200B-\u200D\u2060\uFEFF]/;
const isSpace = (char: string) => HAS_WHITESPACE.test(char);
const PRIVATE_ARMOR = /PRIVATE KEY-----|PuTTY-User-Key-File/;
const PEM_BEGIN = /-----BEGIN ([A-Z0-9 ]{1,60})-----/;
const PEM_BEGIN_ALL = /-----BEGIN ([A-Z0-9 ]{1,60})-----/g;
const OPENSSH_PUBLIC = /^((?:ssh|ecdsa|sk)-[A-Za-z0-9@.-]{1,60})[ \t]+([A-Za-z0-9+/=]+)(?:[ \t].*)?$/s;
// Base64 openings of containers pasted without their armor: PKCS#8 Ed25519 private keys (version 0 and
// 1), the OpenSSH private key file ("openssh-key-v1"), SPKI public keys, OpenSSH public key blobs.
const BARE_PKCS8 = /^(?:MC4CAQAwBQYDK2VwBCIEI|MFECAQEwBQYDK2VwBCIEI)/;
const BARE_OPENSSH_PRIVATE = /^b3BlbnNzaC1rZXktdjE/;
const BARE_PRIVATE_ANYWHERE =
  /(?:MC4CAQAwBQYDK2VwBCIEI|MFECAQEwBQYDK2VwBCIEI|b3BlbnNzaC1rZXktdjE)[A-Za-z0-9+/=]{0,8192}/;
// A JWK private member ("d") next to a key type, in text that is not one JSON value.
const JWK_PRIVATE_MEMBER = /"d"\s*:\s*"/;
const JWK_KTY = /"kty"\s*:/;
const BARE_SPKI = /^MCowBQYDK2VwAyEA/;
const BARE_OPENSSH_BLOB = /^AAAAC3NzaC1lZDI1NTE5AAAAI/;
// Standalone runs that could hold 32 key bytes: base64 (43-44 characters), base64url, or hex (64).
const KEY_TOKEN = /(?<![A-Za-z0-9+/_-])(?:[A-Za-z0-9+/_-]{43}=?|(?:0x)?[0-9a-fA-F]{64})(?![A-Za-z0-9+/_=-])/g;
/** Longer base64 than this is no key in any container we read (an OpenSSH private key is ~400 characters). */
const MAX_DECODE = 8192;
/** Pastes longer than this are not read line by line (a public and a private PEM together are ~300). */
const MAX_STRUCTURED = 20_000;
/** How many key-sized values in one paste are compared with each other (each costs a derivation). */
const MAX_TOKENS = 6;
/** Formats that are one bare token, where surrounding whitespace is worth a word. */
const TOKEN_FORMATS: ReadonlySet<PublicKeyFormat | undefined> = new Set(['base64', 'base64url', 'hex', 'base58']);
/**
 * Formats that say nothing about whether 32 bytes are public: a secret (Backpack's API secret, the seed
 * a key tool prints) looks exactly like a public key in them. PEM, OpenSSH and JWK containers name a
 * public key; base58 is a Solana address (a Solana secret is 64 bytes).
 */
const UNLABELLED_FORMATS: ReadonlySet<PublicKeyFormat | undefined> = new Set([
  'base64',
  'base64url',
  'hex',
  'byte-array',
]);

export function checkPublicKey(input: string, options: PublicKeyOptions = {}): PublicKeyReport {
  const report = checkRaw(input, options);
  const profile = exchangeProfile(options.target ?? 'backpack');
  return profile?.publicKeyForm?.value === 'spki-pem' ? asPem(report, profile.name.en.value) : report;
}

// Findings that only say the key was in another form than base64 of the raw bytes: for an exchange that
// takes a PEM file they become one finding that offers the PEM form.
const FORM_NOTES = new Set([
  'pubkey.pem',
  'pubkey.hex',
  'pubkey.openssh',
  'pubkey.jwk',
  'pubkey.byte-array',
  'pubkey.base64url',
  'pubkey.missing-padding',
  'pubkey.whitespace',
  'pubkey.trimmed',
]);

// Findings whose words name Backpack's field: for a PEM exchange they take the 'pem' context and its name.
const PEM_CONTEXT = new Set(['pubkey.may-be-secret', 'pubkey.matches-known', 'pubkey.known-secret']);

/** The report for an exchange that takes a PEM public key: the PEM form to paste, and form notes to match. */
function asPem(report: PublicKeyReport, exchange: string): PublicKeyReport {
  if (report.normalized) report.normalized = spkiPem(report.normalized);
  if (report.candidates) report.candidates = report.candidates.map((c) => ({...c, normalized: spkiPem(c.normalized)}));
  const usable = report.verdict !== 'error' && report.normalized !== undefined;
  const findings = report.findings
    .filter((f) => !(usable && FORM_NOTES.has(f.code)))
    .map((f) => (PEM_CONTEXT.has(f.code) ? {...f, params: {...f.params, context: 'pem', exchange}} : f));
  if (usable && report.format !== 'pem')
    findings.unshift({code: 'pubkey.pem-wanted', severity: 'warning', params: {exchange}});
  return {...report, findings, verdict: verdictOf(findings)};
}

function checkRaw(input: string, options: PublicKeyOptions): PublicKeyReport {
  // Zero-width characters are never part of anything: drop them first (they are named), then trim.
  const visible = dropZeroWidth(input);
  let text = trimSpace(visible.text);
  if (text.replace(WHITESPACE, '') === '') return {verdict: 'empty', findings: []};
  const trimmed = text.length !== visible.text.length;

  const notes: Finding[] = [];
  if (visible.invisible) notes.push(warn('pubkey.invisible'));
  const known = knownPairs(options.knownSecrets);
  const items =
    text.length <= MAX_STRUCTURED && !text.startsWith('{') && !text.startsWith('[') && !PEM_BEGIN.test(text)
      ? itemsOf(text)
      : undefined;

  // A private key or a secret anywhere in the paste decides the verdict, whatever else is there.
  const found = findPrivate(text, items, known);
  if (found) return finish(privateReport(found, notes, found.format));

  // A label is read, never taken as part of the value: the value after it is checked.
  const item = items && pickItem(items);
  const label = item?.label;
  if (item) {
    if (label) notes.push(warn('pubkey.label', {label: label.label}));
    text = valueAfterLabel(item.value);
  }
  // Longer than any key paste: left as it is, and reported by its length.
  const folded = text.length <= MAX_STRUCTURED ? foldFullwidth(text) : {text, fullwidth: false};
  if (folded.fullwidth) {
    notes.push(warn('pubkey.fullwidth'));
    text = trimSpace(folded.text);
  }
  const unquoted = stripQuotes(text);
  if (unquoted !== text) {
    notes.push(warn('pubkey.quotes'));
    text = unquoted;
  }

  const decoded = decode(text, notes);
  const report = reportFor(decoded, notes, known, label?.kind === 'public');
  if (report.findings.some((f) => f.code === 'pubkey.not-base64' || f.code === 'pubkey.wrong-length')) {
    // Nothing key-like came out: say so plainly when the paste is ordinary text (unless it sat in a
    // key container, whose own message is more useful).
    if (TOKEN_FORMATS.has(report.format) || report.format === undefined) {
      if (looksLikeText(text)) return {verdict: 'error', findings: [err('pubkey.not-a-key')]};
    }
  }
  if (trimmed && !label && report.verdict !== 'error' && TOKEN_FORMATS.has(report.format))
    report.findings.unshift(info('pubkey.trimmed'));
  return finish(report);
}

function finish(report: PublicKeyReport): PublicKeyReport {
  report.verdict = verdictOf(report.findings);
  return report;
}

/**
 * @param publicLabel the value was labelled as a public key ("PUBLIC_KEY=", "API Key:", "公钥："), which
 *   settles what an unlabelled 32 bytes cannot.
 */
function reportFor(decoded: Decoded, notes: Finding[], known: KnownPair[], publicLabel: boolean): PublicKeyReport {
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
      return privateReport(decoded, notes, decoded.format);
    case 'key': {
      const {bytes, format} = decoded;
      if (bytes.length === 64) {
        // A seed‖public pair (Solana's secret key, libsodium's secret key): never a public key.
        return privateReport({parts: {seed: bytes.slice(0, 32), publicKey: bytes.slice(32)}}, notes, format);
      }
      if (bytes.length !== 32)
        return {verdict: 'error', findings: [err('pubkey.wrong-length', {bytes: bytes.length})], format};
      if (known.some((k) => bytesEqual(k.seed, bytes))) {
        return privateReport({parts: {seed: bytes}, code: 'pubkey.known-secret'}, notes, format);
      }
      const unlabelled = UNLABELLED_FORMATS.has(format) && !publicLabel;
      const problem = pointProblem(bytes);
      if (problem) {
        // About half of all secrets are not curve points: name that cause beside a typo.
        const finding =
          problem === 'pubkey.not-on-curve' && unlabelled ? err(problem, {context: 'unlabelled'}) : err(problem);
        return {verdict: 'error', findings: [...notes, finding], format};
      }
      const findings = [...notes];
      if (known.some((k) => bytesEqual(k.publicKey, bytes))) findings.push(info('pubkey.matches-known'));
      else if (unlabelled) findings.push(warn('pubkey.may-be-secret'));
      return {verdict: 'ok', findings, format, normalized: encodeBase64(bytes)};
    }
  }
}

function withFormat(report: PublicKeyReport, format: PublicKeyFormat | undefined): PublicKeyReport {
  if (format) report.format = format;
  return report;
}

/**
 * A private key or secret: always an error. Its public key is offered only when it is derived from the
 * seed and agrees with any public key stored or pasted beside it; the finding then says it is shown
 * (context "derived").
 */
function privateReport(found: PrivateFound, notes: Finding[], format?: PublicKeyFormat): PublicKeyReport {
  const {parts, code = 'pubkey.private-key', params, alsoPublic} = found;
  const {seed, publicKey} = parts;
  let derived: Uint8Array | undefined = seed && ed.getPublicKey(seed);
  if (derived && publicKey && !bytesEqual(derived, publicKey)) derived = undefined;
  if (derived && alsoPublic && !bytesEqual(derived, alsoPublic)) derived = undefined;
  if (derived && pointProblem(derived)) derived = undefined;
  const all = {...params, ...(derived ? {context: 'derived'} : {})};
  const finding: Finding = Object.keys(all).length > 0 ? {code, severity: 'error', params: all} : err(code);
  const report = withFormat({verdict: 'error', findings: [...notes, finding]}, format);
  if (derived) report.normalized = encodeBase64(derived);
  return report;
}

/** The known secrets that decode to a seed, each with its public key. */
function knownPairs(secrets: readonly string[] | undefined): KnownPair[] {
  const pairs: KnownPair[] = [];
  for (const secret of secrets ?? []) {
    if (secret.length > 200) continue;
    const bytes = decodeBase64Strict(secret.replace(WHITESPACE, ''));
    if (bytes?.length !== 32 && bytes?.length !== 64) continue;
    const seed = bytes.slice(0, 32);
    pairs.push({seed, publicKey: ed.getPublicKey(seed)});
  }
  return pairs;
}

/** One value of a paste read line by line: its label, if it had one, and the text after it. */
interface Item {
  label?: Labelled;
  value: string;
}

/**
 * The lines of a paste as values, when at least one line has a label; a label alone on its line takes
 * the next line as its value ("公钥：" then the key). Undefined when no line is labelled.
 */
function itemsOf(text: string): Item[] | undefined {
  const items: Item[] = [];
  let pending: Labelled | undefined;
  let labelled = false;
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = trimSpace(raw);
    if (line === '') continue;
    const label = readLabel(line);
    if (pending && !label) {
      items.push({label: pending, value: line});
      pending = undefined;
      continue;
    }
    if (pending) items.push({label: pending, value: ''});
    pending = undefined;
    if (label) {
      labelled = true;
      if (trimSpace(label.value) === '') pending = label;
      else items.push({label, value: label.value});
    } else {
      items.push({value: line});
    }
  }
  if (pending) items.push({label: pending, value: ''});
  return labelled ? items : undefined;
}

/**
 * The one value to check: the only one, or the only one labelled as a public key among labelled
 * lines (a name or a date beside it). Undefined: read the paste as a whole.
 */
function pickItem(items: Item[]): Item | undefined {
  if (items.length === 1) return items[0];
  const publicItems = items.filter((i) => i.label?.kind === 'public');
  if (publicItems.length === 1 && items.every((i) => i.label)) return publicItems[0];
  return undefined;
}

/** A value on its own (after a label): what it decodes to, without notes. */
function decodeValue(value: string): Decoded {
  const text = stripQuotes(trimSpace(foldFullwidth(valueAfterLabel(value)).text));
  return decode(text, []);
}

/** The 32 bytes of a value decoded on its own, if it is one key-sized value. */
function bytes32(decoded: Decoded): Uint8Array | undefined {
  return decoded.kind === 'key' && decoded.bytes.length === 32 ? decoded.bytes : undefined;
}

/**
 * A private key or secret anywhere in the paste: a private PEM block (even after a public one), a PuTTY
 * file, an unarmored PKCS#8 or OpenSSH private key after other text, a JWK "d" member, a value labelled
 * as a secret, a secret this page knows, or a seed beside the public key it produces.
 */
function findPrivate(
  text: string,
  items: Item[] | undefined,
  known: KnownPair[],
): (PrivateFound & {format?: PublicKeyFormat}) | undefined {
  const pem = findPrivatePem(text);
  if (pem) return pem;
  if (/PuTTY-User-Key-File/.test(text))
    return {parts: {}, code: alone(text, /PuTTY-User-Key-File/) ? 'pubkey.private-key' : 'pubkey.private-key-in-paste'};

  const compact = text.length <= MAX_STRUCTURED ? text.replace(WHITESPACE, '') : '';
  const bare = text.length <= MAX_STRUCTURED ? BARE_PRIVATE_ANYWHERE.exec(text) : null;
  // At the very start it is the whole paste, read (with its public key) by decode().
  if (bare && !(BARE_PKCS8.test(compact) || BARE_OPENSSH_PRIVATE.test(compact))) {
    const der = decodeBase64Strict(bare[0]);
    const parts = der && (bare[0].startsWith('b3') ? keyFromOpenSshPrivate(der) : keyFromPkcs8(der));
    return {
      parts: parts || {},
      code: 'pubkey.private-key-in-paste',
      format: bare[0].startsWith('b3') ? 'openssh' : 'pem',
    };
  }
  // A JWK "d" in text that is not one JSON value (one JSON value is read whole by decode()).
  if (
    text.length <= MAX_STRUCTURED &&
    JWK_PRIVATE_MEMBER.test(text) &&
    JWK_KTY.test(text) &&
    !(text.startsWith('{') && parseJwk(text))
  ) {
    return {parts: {}, code: 'pubkey.private-key-in-paste', format: 'jwk'};
  }
  if (text.length > MAX_STRUCTURED) return undefined;

  const fromItems = items && findLabelledSecret(items, known);
  if (fromItems) return fromItems;
  // A JWK holds its public key beside its "d": decode() reads it as the one private key it is.
  if (JWK_KTY.test(text)) return undefined;
  return findSecretToken(text, known);
}

/** True when `text` is one block starting at `marker`, with nothing of substance before it. */
function alone(text: string, marker: RegExp): boolean {
  const at = marker.exec(text)?.index ?? 0;
  return text.slice(0, at).replace(WHITESPACE, '') === '';
}

/** The first private PEM block, with any public PEM block beside it; undefined when there is none. */
function findPrivatePem(text: string): (PrivateFound & {format?: PublicKeyFormat}) | undefined {
  if (!PRIVATE_ARMOR.test(text) || !PEM_BEGIN.test(text)) return undefined;
  let privateBlock: {label: string; body: string; start: number; end: number} | undefined;
  let publicKey: Uint8Array | undefined;
  let blocks = 0;
  PEM_BEGIN_ALL.lastIndex = 0;
  for (let m = PEM_BEGIN_ALL.exec(text); m && blocks < 16; m = PEM_BEGIN_ALL.exec(text), blocks++) {
    const start = m.index + m[0].length;
    const endAt = text.indexOf('-----END', start);
    const end = endAt < 0 ? text.length : endAt;
    const body = text.slice(start, end);
    if (m[1].includes('PRIVATE KEY')) {
      privateBlock ??= {label: m[1], body, start: m.index, end: endOfLine(text, end)};
    } else if (!publicKey && body.length <= MAX_DECODE) {
      const der = decodeBase64Strict(body.replace(WHITESPACE, ''));
      publicKey = der && keyFromSpki(der);
    }
    if (endAt < 0) break;
    PEM_BEGIN_ALL.lastIndex = end;
  }
  if (!privateBlock) return undefined;
  const {label, body} = privateBlock;
  const compact = body.replace(WHITESPACE, '');
  const der = compact.length <= MAX_DECODE ? decodeBase64Strict(compact) : undefined;
  let parts: PrivateParts = {};
  if (der && label === 'OPENSSH PRIVATE KEY') parts = keyFromOpenSshPrivate(der) || {};
  else if (der && label === 'PRIVATE KEY') parts = keyFromPkcs8(der) || {};
  const rest = text.slice(0, privateBlock.start) + text.slice(privateBlock.end);
  const code: PrivateCode = rest.replace(WHITESPACE, '') === '' ? 'pubkey.private-key' : 'pubkey.private-key-in-paste';
  // Whatever else was pasted (an OpenSSH public line, a public PEM), the public key offered is the
  // private key's own, and only if what was pasted beside it agrees.
  const alsoPublic = publicKey ?? opensshPublicIn(rest);
  return {parts, code, alsoPublic, format: label === 'OPENSSH PRIVATE KEY' ? 'openssh' : 'pem'};
}

function endOfLine(text: string, from: number): number {
  const at = text.indexOf('\n', from);
  return at < 0 ? text.length : at;
}

/** The key of an OpenSSH public key line in `text`, if it has one. */
function opensshPublicIn(text: string): Uint8Array | undefined {
  for (const line of text.split('\n')) {
    const ssh = OPENSSH_PUBLIC.exec(trimSpace(line));
    if (ssh && ssh[2].length <= MAX_DECODE) {
      const blob = decodeBase64Strict(ssh[2]);
      const key = blob && keyFromOpenSshBlob(blob);
      if (key) return key;
    }
  }
  return undefined;
}

/** A value labelled as a secret ("Secret:", "SECRET_KEY=", "私钥："): never a public key. */
function findLabelledSecret(items: Item[], known: KnownPair[]): PrivateFound | undefined {
  const secret = items.find((i) => i.label?.kind === 'secret');
  if (!secret) return undefined;
  const others = items.filter((i) => i !== secret);
  const publicItem = others.find((i) => i.label?.kind === 'public') ?? (others.length === 1 ? others[0] : undefined);
  const alsoPublic = publicItem && bytes32(decodeValue(publicItem.value));
  const decoded = decodeValue(secret.value);
  const label = secret.label!.label;
  if (decoded.kind === 'private')
    return {...decoded, code: items.length === 1 ? 'pubkey.private-key' : 'pubkey.private-key-in-paste', alsoPublic};
  if (decoded.kind === 'key' && decoded.bytes.length === 64) {
    const parts = {seed: decoded.bytes.slice(0, 32), publicKey: decoded.bytes.slice(32)};
    return {parts, code: items.length === 1 ? 'pubkey.private-key' : 'pubkey.private-key-in-paste', alsoPublic};
  }
  const seed = bytes32(decoded);
  if (seed && known.some((k) => bytesEqual(k.seed, seed)))
    return {parts: {seed}, code: 'pubkey.known-secret', alsoPublic};
  return {parts: seed ? {seed} : {}, code: 'pubkey.labelled-secret', params: {label}, alsoPublic};
}

/**
 * Among the key-sized values of a paste: a secret this page knows, or a seed pasted beside the public
 * key it produces (a key tool's output copied whole).
 */
function findSecretToken(text: string, known: KnownPair[]): PrivateFound | undefined {
  const tokens: Uint8Array[] = [];
  KEY_TOKEN.lastIndex = 0;
  for (let m = KEY_TOKEN.exec(text); m && tokens.length < MAX_TOKENS; m = KEY_TOKEN.exec(text)) {
    const token = m[0];
    const bytes = /^(?:0x)?[0-9a-fA-F]{64}$/.test(token) ? decodeHex(token.replace(/^0x/, '')) : base64Bytes(token);
    if (bytes?.length === 32 && !tokens.some((t) => bytesEqual(t, bytes))) tokens.push(bytes);
  }
  for (const bytes of tokens) {
    if (known.some((k) => bytesEqual(k.seed, bytes))) {
      return {parts: {seed: bytes}, code: 'pubkey.known-secret'};
    }
  }
  if (tokens.length < 2) return undefined;
  for (const seed of tokens) {
    const publicKey = ed.getPublicKey(seed);
    if (tokens.some((t) => t !== seed && bytesEqual(t, publicKey))) {
      return {parts: {seed, publicKey}, code: 'pubkey.private-key-in-paste'};
    }
  }
  return undefined;
}

/** Standard or URL-safe base64, padded or not, or undefined. */
function base64Bytes(token: string): Uint8Array | undefined {
  const url = /[-_]/.test(token);
  if (url && /[+/]/.test(token)) return undefined;
  return decodeBase64Unpadded(url ? token.replace(/-/g, '+').replace(/_/g, '/') : token)?.bytes;
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
    if (ssh[2].length > MAX_DECODE)
      return fail(err('pubkey.wrong-length', {bytes: Math.floor((ssh[2].length * 3) / 4)}));
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
    if (label === 'OPENSSH PRIVATE KEY')
      return {kind: 'private', format: 'openssh', parts: (der && keyFromOpenSshPrivate(der)) || {}};
    if (label === 'PRIVATE KEY') return {kind: 'private', format: 'pem', parts: (der && keyFromPkcs8(der)) || {}};
    return {kind: 'private', format: 'pem', parts: {}};
  }
  if (!der)
    return fail(
      body.length > MAX_DECODE
        ? err('pubkey.wrong-length', {bytes: Math.floor((body.length * 3) / 4)})
        : err('pubkey.not-base64'),
    );
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
  if (base58Usable && base64Is32 && !pointProblem(asBase64))
    return {kind: 'ambiguous', base64: asBase64, base58: asBase58};
  if (base58Usable || !base64Is32) {
    notes.push(warn('pubkey.base58'));
    return {kind: 'key', bytes: asBase58, format: 'base58'};
  }
  return undefined;
}

function halvesAgree(bytes: Uint8Array): boolean {
  return bytesEqual(ed.getPublicKey(bytes.slice(0, 32)), bytes.slice(32));
}
