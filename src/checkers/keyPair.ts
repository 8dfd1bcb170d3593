// checkKeyPair: do an API key, its secret and (for OKX keys) the passphrase belong together, and
// were they copied cleanly? Backpack pairs are checked exactly by deriving the Ed25519 public key.
//
// Backpack secret in the 88-character seed‖public form (64 bytes): Backpack shows a 44-character secret
// and its official Rust client requires exactly 32 bytes, while ccxt silently uses the first 32 bytes.
// We follow ccxt for the match/swap test (so the report still says whether the pair belongs together)
// and report `pair.secret-format`, because the official client and other tools reject that form.
import {decodeBase64Strict} from './base64';
// The async API hashes with the platform's WebCrypto SHA-512, so pages that only check pairs do not
// download a SHA-512 implementation (the sync API needs one; see ed25519.ts).
import {getPublicKeyAsync} from '@noble/ed25519';
import {bytesEqual} from './encodings';
import {dropZeroWidth, foldFullwidth, readLabel, valueAfterLabel} from './keyPaste';
import type {Exchange, Finding, KeyPairInput, KeyPairReport} from './types';
import {verdictOf} from './verdict';

type Field = 'key' | 'secret' | 'passphrase';

const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const OKX_SECRET = /^[0-9A-F]{32}$/;
const HEX32_ANY_CASE = /^[0-9a-fA-F]{32}$/;
const BASE64_32 = /^[A-Za-z0-9+/]{43}=$/;
// Previews in an exchange's key list hide the middle of the value: stars, bullets, ellipsis.
const MASK = /[*•●…]|\.{3}/;
const WHITESPACE = /[\s\u200B-\u200D\u2060\uFEFF]/g;
// The lookbehind lets a match for the end start only where a run of whitespace starts, so each run is
// scanned once (without it, every position inside a long run inside the text rescans the rest of the run).
const EDGE_WHITESPACE =
  /^[\s\u200B-\u200D\u2060\uFEFF]+|(?<![\s\u200B-\u200D\u2060\uFEFF])[\s\u200B-\u200D\u2060\uFEFF]+$/g;
const QUOTES = /["'`“”‘’「」]/g;
const WRAPPING_QUOTES = /^["'`“‘「](.*)["'`”’」]$/s;
// Longer than any real key or secret; beyond this we only run the cheap checks.
const MAX_FIELD = 1000;

const error = (code: string, params?: Finding['params']): Finding =>
  params ? {code, severity: 'error', params} : {code, severity: 'error'};
const warning = (code: string, params?: Finding['params']): Finding =>
  params ? {code, severity: 'warning', params} : {code, severity: 'warning'};
const info = (code: string): Finding => ({code, severity: 'info'});

interface Cleaned {
  value: string;
  masked: boolean;
  /** Something was removed or converted: the value differs from what was pasted. */
  changed?: boolean;
}

// Findings that say a key or secret was cleaned (the cleaned value is then offered).
const CLEANING = new Set(['pair.whitespace', 'pair.quotes', 'pair.invisible', 'pair.fullwidth', 'pair.label']);

/**
 * Generic checks on one field; returns the value with stray whitespace and quotes removed. Keys and
 * secrets never contain spaces, quotes or mask characters. A passphrase is the user's own text and may
 * contain any of them, so only whitespace at its ends and quotes wrapped around all of it are stray, and
 * exchanges never show a passphrase preview that could be masked.
 */
function clean(raw: string, field: Field, findings: Finding[]): Cleaned {
  const own = field === 'passphrase';
  let value = raw;
  const stripped = own ? value.replace(EDGE_WHITESPACE, '') : value.replace(WHITESPACE, '');
  if (stripped !== value) {
    findings.push(warning('pair.whitespace', {field}));
    value = stripped;
  }
  const unquoted = own ? value.replace(WRAPPING_QUOTES, '$1') : value.replace(QUOTES, '');
  if (unquoted !== value) {
    findings.push(warning('pair.quotes', {field}));
    value = unquoted;
  }
  const masked = !own && MASK.test(value);
  if (masked) findings.push(error('pair.masked', {field}));
  return {value, masked};
}

/**
 * An API key or secret as people paste it: zero-width characters, a label in front ("API Key: …",
 * `API Secret = "…"`, "SECRET_KEY=…"), full-width characters and a closing 。 from a Chinese input
 * method, spaces, line breaks and quotes. Each is removed with a finding naming it; a label that names
 * the other field is an error.
 */
function cleanKeyOrSecret(raw: string, field: 'key' | 'secret', exchange: Exchange, findings: Finding[]): Cleaned {
  let value = raw;
  const before = findings.length;
  const visible = dropZeroWidth(value);
  if (visible.invisible) {
    findings.push(warning('pair.invisible', {field}));
    value = visible.text;
  }
  const label = value.length <= MAX_FIELD ? readLabel(value.trim()) : undefined;
  // Another exchange's key may itself hold a colon or an equals sign: there only a label that names a
  // key or a secret is one.
  if (label && label.value.trim() !== '' && (exchange !== 'other' || label.kind !== 'other')) {
    // "Secret:" in the key field, or "API Key:" in the secret field: the value may be in the wrong one.
    const otherField = label.kind === (field === 'key' ? 'secret' : 'public');
    const params = {field, label: label.label};
    findings.push(otherField ? error('pair.label-mismatch', params) : warning('pair.label', params));
    value = valueAfterLabel(label.value);
  }
  const folded = value.length <= MAX_FIELD ? foldFullwidth(value) : {text: value, fullwidth: false};
  if (folded.fullwidth) {
    findings.push(warning('pair.fullwidth', {field}));
    value = folded.text;
  }
  const stripped = value.replace(WHITESPACE, '');
  if (stripped !== value) {
    findings.push(warning('pair.whitespace', {field}));
    value = stripped;
  }
  const unquoted = value.replace(QUOTES, '');
  if (unquoted !== value) {
    findings.push(warning('pair.quotes', {field}));
    value = unquoted;
  }
  const masked = MASK.test(value);
  if (masked) findings.push(error('pair.masked', {field}));
  return {value, masked, changed: findings.length > before};
}

export async function checkKeyPair(input: KeyPairInput): Promise<KeyPairReport> {
  const {exchange} = input;
  const rawKey = input.apiKey ?? '';
  const rawSecret = input.apiSecret ?? '';
  const rawPassphrase = input.passphrase ?? '';
  if (!rawKey.trim() && !rawSecret.trim() && !rawPassphrase.trim()) return {verdict: 'empty', findings: []};

  const findings: Finding[] = [];
  const key = rawKey.trim() ? cleanKeyOrSecret(rawKey, 'key', exchange, findings) : undefined;
  const secret = rawSecret.trim() ? cleanKeyOrSecret(rawSecret, 'secret', exchange, findings) : undefined;
  const passphrase = rawPassphrase.trim() ? clean(rawPassphrase, 'passphrase', findings) : undefined;
  if (!key) findings.push(error('pair.empty-key'));
  if (!secret) findings.push(error('pair.empty-secret'));
  if (exchange === 'okx' && !passphrase) findings.push(error('pair.missing-passphrase'));

  if (key && secret && key.value === secret.value) findings.push(error('pair.identical'));
  else if (key && secret && !key.masked && !secret.masked) {
    if (key.value.length <= MAX_FIELD && secret.value.length <= MAX_FIELD) {
      const pairFindings =
        exchange === 'backpack'
          ? await checkBackpack(key.value, secret.value)
          : exchange === 'okx'
            ? checkOkx(key.value, secret.value)
            : [];
      findings.push(...pairFindings);
      // Stray characters were removed from the key or secret: say what the cleaned values give, so the
      // reader knows whether pasting them without those characters will work.
      const cleaned = findings.some((f) => CLEANING.has(f.code) && f.params?.field !== 'passphrase');
      if (cleaned && pairFindings.length === 0 && exchange !== 'other')
        findings.push(info(exchange === 'backpack' ? 'pair.cleaned-match' : 'pair.cleaned-format-ok'));
    } else if (exchange !== 'other') {
      if (key.value.length > MAX_FIELD) findings.push(formatError(exchange, 'key'));
      if (secret.value.length > MAX_FIELD) findings.push(formatError(exchange, 'secret'));
    }
  } else if (exchange !== 'other') {
    // Only one side is usable: still say whether that side has the right shape.
    if (key && !key.masked && !secret) findings.push(...formatOnly(exchange, 'key', key.value));
    if (secret && !secret.masked && !key) findings.push(...formatOnly(exchange, 'secret', secret.value));
  }

  if (passphrase && !passphrase.masked && looksLikeKey(passphrase.value, key?.value, secret?.value)) {
    findings.push(warning('pair.passphrase-looks-like-key'));
  }
  const report: KeyPairReport = {verdict: verdictOf(findings), findings};
  const offered = {key: offer(key, 'key', findings), secret: offer(secret, 'secret', findings)};
  if (offered.key !== undefined || offered.secret !== undefined) {
    report.cleaned = {};
    if (offered.key !== undefined) report.cleaned.key = offered.key;
    if (offered.secret !== undefined) report.cleaned.secret = offered.secret;
  }
  return report;
}

// Findings that make a cleaned value the wrong thing to paste where it is.
const NOT_PASTEABLE = new Set(['pair.identical', 'pair.label-mismatch', 'pair.swapped', 'pair.mismatch']);

/**
 * The cleaned value of a field, when cleaning changed it and nothing else is wrong with it (its shape, a
 * mask, the pair): pasting it is then the fix. Never for a too-long value.
 */
function offer(value: Cleaned | undefined, field: 'key' | 'secret', findings: Finding[]): string | undefined {
  if (!value?.changed || value.masked || value.value === '' || value.value.length > MAX_FIELD) return undefined;
  const blocked = findings.some(
    (f) => NOT_PASTEABLE.has(f.code) || (f.code === `pair.${field}-format` && f.params?.field === field),
  );
  return blocked ? undefined : value.value;
}

function looksLikeKey(passphrase: string, key?: string, secret?: string): boolean {
  return (
    passphrase === key ||
    passphrase === secret ||
    UUID.test(passphrase) ||
    HEX32_ANY_CASE.test(passphrase) ||
    BASE64_32.test(passphrase)
  );
}

function formatOnly(exchange: 'backpack' | 'okx', field: 'key' | 'secret', value: string): Finding[] {
  if (value.length > MAX_FIELD) return [formatError(exchange, field)];
  const ok =
    exchange === 'okx' ? (field === 'key' ? UUID : OKX_SECRET).test(value) : isBackpackValue(value, field === 'secret');
  return ok ? [] : [formatError(exchange, field)];
}

function formatError(exchange: 'backpack' | 'okx', field: 'key' | 'secret'): Finding {
  return error(`pair.${field}-format`, {field, exchange, expected: `${exchange}-${field}`});
}

function isBackpackValue(value: string, allowKeypair: boolean): boolean {
  const bytes = decodeBase64Strict(value);
  return bytes?.length === 32 || (allowKeypair && bytes?.length === 64);
}

async function checkBackpack(key: string, secret: string): Promise<Finding[]> {
  const keyBytes = decodeBase64Strict(key);
  const secretBytes = decodeBase64Strict(secret);
  const findings: Finding[] = [];
  if (keyBytes?.length !== 32) findings.push(formatError('backpack', 'key'));
  if (secretBytes?.length !== 32) findings.push(formatError('backpack', 'secret'));
  if (keyBytes?.length !== 32 || (secretBytes?.length !== 32 && secretBytes?.length !== 64)) return findings;

  const seed = secretBytes.subarray(0, 32);
  if (bytesEqual(await getPublicKeyAsync(seed), keyBytes)) return findings;
  if (secretBytes.length === 32 && bytesEqual(await getPublicKeyAsync(keyBytes), secretBytes)) {
    findings.push(error('pair.swapped'));
  } else {
    findings.push(error('pair.mismatch'));
  }
  return findings;
}

function checkOkx(key: string, secret: string): Finding[] {
  const keyOk = UUID.test(key);
  const secretOk = OKX_SECRET.test(secret);
  if (keyOk && secretOk) return [];
  if (!keyOk && !secretOk && UUID.test(secret) && HEX32_ANY_CASE.test(key)) return [error('pair.swapped')];
  const findings: Finding[] = [];
  if (!keyOk) findings.push(formatError('okx', 'key'));
  if (!secretOk) findings.push(formatError('okx', 'secret'));
  return findings;
}
