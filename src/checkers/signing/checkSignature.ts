// Checks a bot's own prehash and signature against what the exchange's profile says is signed, for any
// exchange whose scheme the unified signer rebuilds: where the two texts part (the first differing
// character), and whether the bot's signature is right for the text it signed. Nothing here names an
// exchange: the template, timestamp form, encodings and case rule all come from the profile's scheme.
import {decodeBase64Strict} from '../core/base64';
import {error} from '../core/findings';
import type {Finding} from '../core/types';
import {firstDifference} from '../core/textDiff';
import {isHmacEncoding, SIGNATURE_ENCODINGS} from './encodings';
import {hmacSha256} from './hmac';
import {pickScheme, prehashOf, profileOf, signText, type SignRequestInput} from './signRequest';

export interface SignatureCheckInput {
  /** The request as the reader means to send it; `secret` is needed only to check the signature. */
  request: Omit<SignRequestInput, 'secret'> & {secret?: string};
  theirPrehash: string;
  theirSignature?: string;
}

export interface SignatureCheckResult {
  /** The text the exchange expects to be signed, at the bot's timestamp; absent when the request is incomplete. */
  expected?: string;
  /** First character where the bot's prehash departs from `expected` (-1: equal; absent without `expected`). */
  at?: number;
  /** The timestamp read from the bot's prehash, when it could be read, in the scheme's form. */
  timestamp?: string;
  /** Problems with the request, and the usual mistakes that fit. */
  findings: Finding[];
  /** Whether the bot's signature is right for its own prehash with this secret. */
  signature?: 'valid' | 'invalid';
}

// A stand-in timestamp of the scheme's form, to find where the timestamp sits in the signed text.
const SENTINEL = {'epoch-ms': '9999999999999', 'iso8601-ms': '9999-12-31T23:59:59.999Z'} as const;
const TIMESTAMP_AT = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z|\d{13}|\d{10})(?!\d)/;
const LONE_MS = /(?<!\d)\d{13}(?!\d)/g;

/**
 * The timestamp the bot signed: read where the template puts it (after the same text the expected
 * prehash has before it), else the one 13-digit run in the text.
 */
function readTimestamp(input: SignatureCheckInput): {value: string; seconds: boolean} | undefined {
  const theirs = input.theirPrehash.trim();
  for (const sentinel of Object.values(SENTINEL)) {
    const built = prehashOf({...input.request, timestamp: sentinel});
    if (!built.ok) continue;
    const at = built.prehash.indexOf(sentinel);
    if (at === -1 || !theirs.startsWith(built.prehash.slice(0, at))) continue;
    const found = TIMESTAMP_AT.exec(theirs.slice(at));
    if (found) return {value: found[1], seconds: found[1].length === 10};
  }
  const runs = theirs.match(LONE_MS) ?? [];
  return runs.length === 1 ? {value: runs[0], seconds: false} : undefined;
}

/** Percent-encoded characters of a signature copied from a URL (`%2B`, `%2F`, `%3D`), decoded. */
function fromUrl(signature: string): string {
  if (!/%[0-9A-Fa-f]{2}/.test(signature)) return signature;
  try {
    return decodeURIComponent(signature);
  } catch {
    return signature;
  }
}

/** How the bot's signature relates to the right one for its own prehash: right, another encoding, or neither. */
async function signatureFinding(
  input: SignatureCheckInput,
  theirs: string,
  signature: string,
): Promise<{valid: boolean; finding?: Finding}> {
  const profile = profileOf(input.request.exchange);
  const secret = input.request.secret?.trim() ?? '';
  const scheme = profile && pickScheme(profile, secret, input.request.scheme);
  if (!profile || !scheme) return {valid: false};
  const right = await signText(scheme, secret, theirs);
  if ('error' in right) return {valid: false, finding: right.error};
  if (signature === right.signature) return {valid: true};
  if (signature.toLowerCase() === right.signature.toLowerCase() && /^[0-9a-f]+$/i.test(right.signature))
    return scheme.caseInsensitive?.value
      ? {valid: true}
      : {valid: false, finding: error('sign.check.letter-case', {exchange: profile.id})};
  // The same HMAC written in another of the encodings exchanges use.
  const encoding = scheme.encoding.value;
  if (scheme.algorithm.value === 'hmac-sha256' && isHmacEncoding(encoding)) {
    const digest = await hmacSha256(secret, theirs);
    for (const [other, write] of Object.entries(SIGNATURE_ENCODINGS)) {
      if (other === encoding) continue;
      const written = write(digest);
      if (signature === written || (other === 'hex' && signature.toLowerCase() === written))
        return {valid: false, finding: error(`sign.check.encoding-${other}`, {expected: `signature-${encoding}`})};
    }
  }
  if (encoding === 'base64' && !decodeBase64Strict(signature) && /^[A-Za-z0-9_-]+={0,2}$/.test(signature))
    return {valid: false, finding: error('sign.check.base64url')};
  return {valid: false, finding: error('sign.check.signature-mismatch')};
}

/** Compares a bot's prehash (and, with the secret, its signature) with what the exchange expects. */
export async function checkSignature(input: SignatureCheckInput): Promise<SignatureCheckResult> {
  const theirs = input.theirPrehash;
  const findings: Finding[] = [];
  const read = readTimestamp(input);
  const request = {...input.request, timestamp: read && !read.seconds ? read.value : input.request.timestamp};
  const result: SignatureCheckResult = {findings};
  if (read && !read.seconds) result.timestamp = read.value;
  if (theirs !== theirs.trim()) findings.push(error('sign.check.whitespace'));
  if (read?.seconds) findings.push(error('sign.check.timestamp-seconds', {timestamp: read.value}));

  const built = prehashOf(request);
  if (built.ok) {
    result.expected = built.prehash;
    result.at = firstDifference(built.prehash, theirs);
  } else findings.push(...built.errors);

  const signature = fromUrl(input.theirSignature?.trim() ?? '');
  const secret = input.request.secret?.trim() ?? '';
  if (signature !== '' && secret !== '' && theirs !== '') {
    const checked = await signatureFinding({...input, request}, theirs, signature);
    if (checked.finding?.code.startsWith('sign.key-')) findings.push(checked.finding);
    else {
      result.signature = checked.valid ? 'valid' : 'invalid';
      if (checked.finding) findings.push(checked.finding);
    }
  }
  return result;
}

/**
 * Whether a signed request reproduces the exchange's documented example: its text ('prehash'), and its
 * signature too where the docs publish the secret that made it ('signature').
 */
export function matchesDocumentedExample(
  request: {exchange: string; scheme?: string},
  prehash: string,
  signature: string,
): 'prehash' | 'signature' | undefined {
  const profile = profileOf(request.exchange);
  const scheme = profile && pickScheme(profile, '', request.scheme);
  if (!scheme?.example || scheme.example.value !== prehash) return undefined;
  const documented = scheme.exampleRequest?.value.signature;
  if (documented === undefined) return 'prehash';
  const same = scheme.caseInsensitive?.value
    ? documented.toLowerCase() === signature.toLowerCase()
    : documented === signature;
  return same ? 'signature' : 'prehash';
}
