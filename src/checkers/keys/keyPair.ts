// checkKeyPair: do an API key, its secret (and a passphrase, where the exchange has one) belong together,
// and were they copied cleanly? What each exchange issues comes from its profile (src/exchanges): the
// credentials and their formats, and how a pair can be proven (by derivation, as Backpack's Ed25519 key
// from its secret, or only by the two values' shapes, as OKX's UUID and hex secret).
//
// A secret in a form the exchange tolerates but does not issue (Backpack's 88-character seed‖public, 64
// bytes: its official Rust client requires exactly 32 bytes, while ccxt silently uses the first 32) is
// matched as the tolerant client does (so the report still says whether the pair belongs together) and
// reported as `pair.secret-format`, because the official client and other tools reject that form.
import {decodeBase64Strict} from '../core/base64';
// The async API hashes with the platform's WebCrypto SHA-512, so pages that only check pairs do not
// download a SHA-512 implementation (the sync API needs one; see ed25519.ts).
import {getPublicKeyAsync} from '@noble/ed25519';
import {bytesEqual} from '../core/encodings';
import {error, info, warning} from '../core/findings';
import {evmPairFacts, evmPairFindings} from './evm';
import './evmMessages';
import {allProfiles, credentialOf, formatOf, known, profileOf, type KnownFormat} from '../core/exchangeProfiles';
import {dropZeroWidth, foldFullwidth, readLabel, valueAfterLabel, WHITESPACE} from './keyPaste';
import type {ExchangeProfile} from '../../profiles/types';
import type {Finding, KeyPairInput, KeyPairReport} from '../core/types';
import {verdictOf} from '../core/verdict';

type Field = 'key' | 'secret' | 'passphrase';

/** The credential id of a field in the profiles. */
const CREDENTIAL: Record<'key' | 'secret', string> = {key: 'apiKey', secret: 'apiSecret'};
// Previews in an exchange's key list hide the middle of the value: stars, bullets, ellipsis.
const MASK = /[*•●…]|\.{3}/;
// The lookbehind lets a match for the end start only where a run of whitespace starts, so each run is
// scanned once (without it, every position inside a long run inside the text rescans the rest of the run).
const EDGE_WHITESPACE =
  /^[\s\u200B-\u200D\u2060\uFEFF]+|(?<![\s\u200B-\u200D\u2060\uFEFF])[\s\u200B-\u200D\u2060\uFEFF]+$/g;
const QUOTES = /["'`“”‘’「」]/g;
const WRAPPING_QUOTES = /^["'`“‘「](.*)["'`”’」]$/s;
// Longer than any real key or secret; beyond this we only run the cheap checks.
const MAX_FIELD = 1000;

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
function cleanKeyOrSecret(
  raw: string,
  field: 'key' | 'secret',
  profile: ExchangeProfile | undefined,
  findings: Finding[],
): Cleaned {
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
  if (label && label.value.trim() !== '' && (profile !== undefined || label.kind !== 'other')) {
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
  const masked = MASK.test(value) || maskedForm(profile, field)?.test(value) === true;
  if (masked) findings.push(error('pair.masked', {field}));
  return {value, masked, changed: findings.length > before};
}

export async function checkKeyPair(input: KeyPairInput): Promise<KeyPairReport> {
  const profile = profileOf(input.exchange);
  const rawKey = input.apiKey ?? '';
  const rawSecret = input.apiSecret ?? '';
  const rawPassphrase = input.passphrase ?? '';
  if (!rawKey.trim() && !rawSecret.trim() && !rawPassphrase.trim()) return {verdict: 'empty', findings: []};

  const findings: Finding[] = [];
  const key = rawKey.trim() ? cleanKeyOrSecret(rawKey, 'key', profile, findings) : undefined;
  const secret = rawSecret.trim() ? cleanKeyOrSecret(rawSecret, 'secret', profile, findings) : undefined;
  const passphrase = rawPassphrase.trim() ? clean(rawPassphrase, 'passphrase', findings) : undefined;
  if (!key) findings.push(error('pair.empty-key'));
  if (!secret) findings.push(error('pair.empty-secret'));
  if (profile && needsPassphrase(profile) && !passphrase)
    findings.push(error('pair.missing-passphrase', {exchange: profile.id}));

  if (key && secret && key.value === secret.value) findings.push(error('pair.identical'));
  else if (key && secret && !key.masked && !secret.masked) {
    if (key.value.length <= MAX_FIELD && secret.value.length <= MAX_FIELD) {
      const pairFindings = profile ? await checkPair(profile, key.value, secret.value) : [];
      findings.push(...pairFindings);
      // Stray characters were removed from the key or secret: say what the cleaned values give, so the
      // reader knows whether pasting them without those characters will work.
      const cleaned = findings.some((f) => CLEANING.has(f.code) && f.params?.field !== 'passphrase');
      const proof = profile && cleanedProof(profile);
      if (cleaned && pairFindings.length === 0 && proof) findings.push(info(proof, {exchange: profile.id}));
    } else if (profile) {
      if (key.value.length > MAX_FIELD) findings.push(...formatFinding(profile, 'key'));
      if (secret.value.length > MAX_FIELD) findings.push(...formatFinding(profile, 'secret'));
    }
  } else if (profile) {
    // Only one side is usable: still say whether that side has the right shape.
    if (key && !key.masked && !secret) findings.push(...formatOnly(profile, 'key', key.value));
    if (secret && !secret.masked && !key) findings.push(...formatOnly(profile, 'secret', secret.value));
  }

  if (passphrase && !passphrase.masked && looksLikeKey(passphrase.value, profile, key?.value, secret?.value)) {
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

/** The exchange issues keys that cannot sign without a passphrase. */
function needsPassphrase(profile: ExchangeProfile): boolean {
  return credentialOf(profile, 'passphrase')?.required === true;
}

/**
 * What cleaned values that pass the pair check prove: the pair itself (derivation), or only the shapes
 * (both formats known); nothing when the profile knows neither.
 */
function cleanedProof(profile: ExchangeProfile): string | undefined {
  if (known(profile.pairProof)?.derive === 'ed25519-public') return 'pair.cleaned-match';
  return formatOf(profile, 'apiKey') && formatOf(profile, 'apiSecret') ? 'pair.cleaned-format-ok' : undefined;
}

/** The masked preview the exchange's key list shows, when its profile records one. */
function maskedForm(profile: ExchangeProfile | undefined, field: 'key' | 'secret'): RegExp | undefined {
  const pattern = profile && known(credentialOf(profile, CREDENTIAL[field])?.masked);
  return pattern ? new RegExp(pattern) : undefined;
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

/** The value has the shape of some exchange's key or secret, or is one of the two values pasted. */
function looksLikeKey(
  passphrase: string,
  profile: ExchangeProfile | undefined,
  key?: string,
  secret?: string,
): boolean {
  if (passphrase === key || passphrase === secret) return true;
  const profiles = profile && !allProfiles().includes(profile) ? [profile, ...allProfiles()] : allProfiles();
  return profiles.some((p) =>
    (['apiKey', 'apiSecret'] as const).some((id) => {
      const format = formatOf(p, id);
      return format !== undefined && format.kind !== 'user-chosen' && fits(format, passphrase, {loose: true});
    }),
  );
}

/**
 * Whether a value has the credential's format. `tolerated`: a length some clients accept counts; `loose`:
 * letter case does not matter (a value in the other field is recognised by its shape whatever its case).
 */
function fits(format: KnownFormat, value: string, {tolerated = false, loose = false} = {}): boolean {
  switch (format.kind) {
    case 'base64': {
      const length = decodeBase64Strict(value)?.length;
      return length === format.bytes || (tolerated && length !== undefined && !!format.tolerated?.includes(length));
    }
    case 'pattern':
      return new RegExp(format.pattern, loose ? 'i' : '').test(value);
    default:
      return true;
  }
}

function formatOnly(profile: ExchangeProfile, field: 'key' | 'secret', value: string): Finding[] {
  const format = formatOf(profile, CREDENTIAL[field]);
  if (!format) return [];
  if (value.length > MAX_FIELD || !fits(format, value, {tolerated: true})) return formatFinding(profile, field);
  return [];
}

/**
 * A value of another shape than the credential's: an error where the exchange documents the format or its
 * examples leave no doubt; otherwise an `info` hint (context 'hint'). None when the format is unknown.
 */
function formatFinding(profile: ExchangeProfile, field: 'key' | 'secret'): Finding[] {
  const format = formatOf(profile, CREDENTIAL[field]);
  if (!format || format.kind === 'user-chosen') return [];
  const params = {field, exchange: profile.id, expected: `${profile.id}-${field}`};
  const firm = format.basis === 'documented' || (format.kind === 'pattern' && format.conclusive === true);
  return [firm ? error(`pair.${field}-format`, params) : info(`pair.${field}-format`, {...params, context: 'hint'})];
}

async function checkPair(profile: ExchangeProfile, key: string, secret: string): Promise<Finding[]> {
  const proof = known(profile.pairProof);
  if (proof?.derive === 'ed25519-public') return checkDerived(profile, key, secret);
  // An account address and a wallet's private key: the findings for Ethereum values say which is where,
  // and whether the key is the account's own wallet.
  if (proof?.derive === 'evm-address') return evmPairFindings(evmPairFacts(key, secret));
  const keyFormat = formatOf(profile, 'apiKey');
  const secretFormat = formatOf(profile, 'apiSecret');
  const keyOk = !keyFormat || fits(keyFormat, key);
  const secretOk = !secretFormat || fits(secretFormat, secret);
  // The key and the secret have one shape (Binance's HMAC pair): a swap would look the same, so say that
  // their shape cannot show one rather than call the pair fine.
  if (keyOk && secretOk)
    return proof?.swap !== 'derivation' && keyFormat && secretFormat && sameShape(keyFormat, secretFormat)
      ? [info('pair.swap-unprovable', {exchange: profile.id})]
      : [];
  // Each value has the other's shape: they are in each other's field.
  if (
    proof?.swap === 'format' &&
    keyFormat &&
    secretFormat &&
    !keyOk &&
    !secretOk &&
    fits(keyFormat, secret, {loose: true}) &&
    fits(secretFormat, key, {loose: true})
  )
    return [error('pair.swapped')];
  return [...(keyOk ? [] : formatFinding(profile, 'key')), ...(secretOk ? [] : formatFinding(profile, 'secret'))];
}

/** Two formats no value can tell apart: a key of one fits the other. */
function sameShape(a: KnownFormat, b: KnownFormat): boolean {
  if (a.kind === 'pattern' && b.kind === 'pattern') return a.pattern === b.pattern;
  return a.kind === 'base64' && b.kind === 'base64' && a.bytes === b.bytes;
}

/** The bytes of a value in a base64 format (the only encoding a derivation reads today). */
function bytesOf(format: KnownFormat | undefined, value: string): Uint8Array | undefined {
  return format?.kind === 'base64' ? decodeBase64Strict(value) : undefined;
}

/** The key is the Ed25519 public key of the secret's seed: a swap and a mismatch are proven. */
async function checkDerived(profile: ExchangeProfile, key: string, secret: string): Promise<Finding[]> {
  const keyFormat = formatOf(profile, 'apiKey');
  const secretFormat = formatOf(profile, 'apiSecret');
  const keyBytes = bytesOf(keyFormat, key);
  const secretBytes = bytesOf(secretFormat, secret);
  const findings: Finding[] = [];
  if (!keyFormat || !fits(keyFormat, key)) findings.push(...formatFinding(profile, 'key'));
  if (!secretFormat || !fits(secretFormat, secret)) findings.push(...formatFinding(profile, 'secret'));
  const secretUsable = secretFormat !== undefined && fits(secretFormat, secret, {tolerated: true});
  if (keyBytes?.length !== 32 || !secretBytes || secretBytes.length < 32 || !secretUsable) return findings;

  const seed = secretBytes.subarray(0, 32);
  if (bytesEqual(await getPublicKeyAsync(seed), keyBytes)) return findings;
  if (secretBytes.length === 32 && bytesEqual(await getPublicKeyAsync(keyBytes), secretBytes)) {
    findings.push(error('pair.swapped'));
  } else {
    findings.push(error('pair.mismatch'));
  }
  return findings;
}
