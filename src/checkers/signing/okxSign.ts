// OKX v5 REST request signing ("REST Authentication" in OKX's API v5 docs): OK-ACCESS-SIGN is
// base64(HMAC-SHA256(key = the Secret Key's text, message = timestamp + METHOD + requestPath + body)),
// with the timestamp in ISO 8601 UTC with milliseconds, the query string part of a GET's path and the
// body exactly as sent. Also checks a bot's own prehash and signature and names the usual mistakes.
// Pure: no DOM; HMAC through WebCrypto (browser and node). Messages live in ./locales/okx.
import {encodeBase64} from '../core/base64';
import {decodeHex, encodeHex, utf8} from '../core/encodings';
import {error, warning} from '../core/findings';
import {parseJson as parseJsonText} from '../core/json';
import {firstDifference} from '../core/textDiff';
import {EPOCH_MS, ISO_MS} from './timestamps';
import type {Finding} from '../core/types';

export interface OkxRequest {
  /** ISO 8601 UTC with milliseconds, e.g. 2020-12-08T09:08:57.715Z: the OK-ACCESS-TIMESTAMP header. */
  timestamp: string;
  method: string;
  /** The path, with the query string for a GET: /api/v5/account/balance?ccy=BTC */
  requestPath: string;
  /** The exact text sent as the body; empty for a GET. */
  body?: string;
}

export interface OkxSignInput extends OkxRequest {
  apiKey?: string;
  passphrase?: string;
}

export interface OkxHeaders {
  'OK-ACCESS-KEY': string;
  'OK-ACCESS-SIGN': string;
  'OK-ACCESS-TIMESTAMP': string;
  'OK-ACCESS-PASSPHRASE': string;
  [name: string]: string;
}

export type OkxSignResult =
  | {ok: true; prehash: string; signature: string; headers: OkxHeaders; warnings: Finding[]}
  | {ok: false; errors: Finding[]};

export const OKX_METHODS = ['GET', 'POST', 'PUT', 'DELETE'] as const;
/** The timestamp form OKX documents: 2020-12-08T09:08:57.715Z */
export {ISO_MS};
const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const OKX_SECRET = /^[0-9A-F]{32}$/;

/** timestamp + METHOD + requestPath + body: the text OKX signs. The method is upper-cased; nothing else changes. */
export function okxPrehash(input: OkxRequest): string {
  return input.timestamp + input.method.toUpperCase() + input.requestPath + (input.body ?? '');
}

/** The current time the way OKX wants it in OK-ACCESS-TIMESTAMP. */
export function okxTimestamp(ms: number = Date.now()): string {
  return new Date(ms).toISOString();
}

function validIso(timestamp: string): boolean {
  return (
    ISO_MS.test(timestamp) && !Number.isNaN(Date.parse(timestamp)) && new Date(timestamp).toISOString() === timestamp
  );
}

/** Problems with the request itself (not the secret): errors stop signing, warnings do not. */
export function checkOkxRequest(input: OkxRequest): Finding[] {
  const found: Finding[] = [];
  const timestamp = input.timestamp;
  if (EPOCH_MS.test(timestamp.trim())) found.push(error('okx.timestamp-ms', {timestamp: timestamp.trim()}));
  else if (!validIso(timestamp)) found.push(error('okx.timestamp-invalid'));

  const method = input.method.trim().toUpperCase();
  if (!(OKX_METHODS as readonly string[]).includes(method)) found.push(error('okx.method-invalid'));

  const path = input.requestPath;
  if (path.trim() === '') found.push(error('okx.path-missing'));
  else if (/^[a-z]+:\/\//i.test(path.trim())) found.push(error('okx.path-has-host'));
  else if (!path.startsWith('/') || /\s/.test(path)) found.push(error('okx.path-invalid'));

  const body = input.body ?? '';
  if (method === 'GET' && body !== '') found.push(warning('okx.get-body'));
  else if (body.trim() !== '' && !isJson(body)) found.push(warning('okx.body-not-json'));
  return found;
}

function isJson(text: string): boolean {
  return parseJson(text) !== undefined;
}

/** The Secret Key as it is used for signing (stray whitespace at its ends removed), with notes about its form. */
export function cleanOkxSecret(secretKey: string): {secret: string; findings: Finding[]} {
  const secret = secretKey.trim();
  const findings: Finding[] = [];
  if (secret === '') return {secret, findings: [error('okx.secret-missing')]};
  if (secret !== secretKey) findings.push(warning('okx.secret-whitespace'));
  if (UUID.test(secret)) findings.push(warning('okx.secret-is-key'));
  else if (!OKX_SECRET.test(secret)) findings.push(warning('okx.secret-format'));
  return {secret, findings};
}

async function hmacSha256(key: Uint8Array<ArrayBuffer>, message: string): Promise<Uint8Array> {
  // WebCrypto refuses an empty HMAC key. HMAC pads the key with zero bytes to the block size, so the
  // empty key and a single zero byte are the same key.
  const raw = key.length === 0 ? new Uint8Array(1) : key;
  const cryptoKey = await globalThis.crypto.subtle.importKey('raw', raw, {name: 'HMAC', hash: 'SHA-256'}, false, [
    'sign',
  ]);
  return new Uint8Array(await globalThis.crypto.subtle.sign('HMAC', cryptoKey, utf8(message)));
}

/** base64(HMAC-SHA256(secret text, prehash)): the OK-ACCESS-SIGN value. */
export async function okxSignature(secretKey: string, prehash: string): Promise<string> {
  return encodeBase64(await hmacSha256(utf8(secretKey), prehash));
}

/** Signs a request with the Secret Key and returns the prehash, the signature and the four OK-ACCESS-* headers. */
export async function okxSign(secretKey: string, input: OkxSignInput): Promise<OkxSignResult> {
  const cleaned = cleanOkxSecret(secretKey);
  const request = checkOkxRequest(input);
  const errors = [...cleaned.findings, ...request].filter((f) => f.severity === 'error');
  if (errors.length > 0) return {ok: false, errors};
  const prehash = okxPrehash(input);
  const signature = await okxSignature(cleaned.secret, prehash);
  return {
    ok: true,
    prehash,
    signature,
    headers: {
      'OK-ACCESS-KEY': input.apiKey?.trim() ?? '',
      'OK-ACCESS-SIGN': signature,
      'OK-ACCESS-TIMESTAMP': input.timestamp,
      'OK-ACCESS-PASSPHRASE': input.passphrase ?? '',
    },
    warnings: [...cleaned.findings, ...request],
  };
}

// ---------------------------------------------------------------------------------------------------
// Checking a bot's prehash and signature

export interface OkxCheckInput {
  /** The request as the reader means to send it (the timestamp is taken from their prehash when it can be read). */
  request: OkxRequest;
  theirPrehash: string;
  theirSignature?: string;
  /** Needed to check the signature (HMAC has no public half). */
  secretKey?: string;
}

export interface OkxCheckResult {
  /** The prehash OKX expects for this request at the bot's timestamp. */
  expected: string;
  /** First character where the bot's prehash departs from `expected`; -1 when equal. */
  at: number;
  /** The timestamp read from the start of the bot's prehash, as OKX wants it (ISO with ms), if readable. */
  timestamp?: string;
  /** The usual mistakes that fit (errors), plus problems with the request or secret. */
  findings: Finding[];
  /** Whether the bot's signature is the right HMAC of its own prehash with this Secret Key. */
  signature?: 'valid' | 'invalid';
}

interface Parsed {
  timestamp: string;
  method: string;
  path: string;
  body: string;
}

// A timestamp as bots write it: ISO (with or without milliseconds, Z or an offset) or seconds/milliseconds since 1970.
const LEADING_TIMESTAMP =
  /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?|\d{13}|\d{10}(?:\.\d+)?)/;
const LEADING_METHOD = /^(get|post|put|delete)/i;

/** Splits a prehash into its parts; the body starts at the first `{` or `[`. */
export function parsePrehash(text: string): Parsed | undefined {
  const trimmed = text.trim();
  const ts = LEADING_TIMESTAMP.exec(trimmed);
  if (!ts) return undefined;
  const rest = trimmed.slice(ts[1].length);
  const method = LEADING_METHOD.exec(rest);
  if (!method) return undefined;
  const after = rest.slice(method[1].length);
  const bodyAt = after.search(/[{[]/);
  return {
    timestamp: ts[1],
    method: method[1],
    path: bodyAt === -1 ? after : after.slice(0, bodyAt),
    body: bodyAt === -1 ? '' : after.slice(bodyAt),
  };
}

/** The same instant in OKX's form, or undefined when the text is not a time. */
export function asOkxTimestamp(timestamp: string): string | undefined {
  let ms: number;
  if (EPOCH_MS.test(timestamp)) ms = Number(timestamp);
  else if (/^\d{10}(?:\.\d+)?$/.test(timestamp)) ms = Math.round(Number(timestamp) * 1000);
  else ms = Date.parse(timestamp);
  if (!Number.isFinite(ms) || ms < 0 || ms > 8.64e15) return undefined;
  return new Date(ms).toISOString();
}

// The last text parsed and its result: checking a bot's request parses the same body twice (the request
// check, then the comparison), and a large body costs most of the time of the whole check.
let lastParsed: {text: string; result: {value: unknown} | undefined} | undefined;

function parseJson(text: string): {value: unknown} | undefined {
  if (lastParsed?.text === text) return lastParsed.result;
  const result = parseJsonText(text);
  lastParsed = {text, result};
  return result;
}

/** JSON text without the whitespace between its tokens (strings are kept as they are). */
function withoutSpaces(text: string): string {
  const parts: string[] = [];
  let start = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: the next character is escaped
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) {
      if (i > start) parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.join('');
}

/** Text to emit as it is, among the values still to write. */
class Raw {
  constructor(readonly text: string) {}
}

/**
 * A parsed JSON value written back as JSON text, as JSON.stringify writes it, or with every object's keys
 * sorted, so two texts can be compared ignoring key order and spacing. Uses a stack of its own instead of
 * recursion: a body nested thousands deep must not overflow the call stack.
 */
function serialize(value: unknown, sortKeys: boolean): string {
  const out: string[] = [];
  const todo: unknown[] = [value];
  while (todo.length > 0) {
    const item = todo.pop();
    if (item instanceof Raw) out.push(item.text);
    else if (Array.isArray(item)) {
      out.push('[');
      todo.push(new Raw(']'));
      for (let i = item.length - 1; i >= 0; i--) {
        todo.push(item[i]);
        if (i > 0) todo.push(new Raw(','));
      }
    } else if (item !== null && typeof item === 'object') {
      const obj = item as Record<string, unknown>;
      const keys = Object.keys(obj);
      if (sortKeys) keys.sort();
      out.push('{');
      todo.push(new Raw('}'));
      for (let i = keys.length - 1; i >= 0; i--) {
        todo.push(obj[keys[i]]);
        todo.push(new Raw(`${i > 0 ? ',' : ''}${JSON.stringify(keys[i])}:`));
      }
    } else out.push(JSON.stringify(item));
  }
  return out.join('');
}

/** Mistakes that show in the bot's prehash itself, compared with the expected request. */
function prehashMistakes(theirs: string, parsed: Parsed | undefined, request: OkxRequest): Finding[] {
  const found: Finding[] = [];
  if (theirs !== theirs.trim()) found.push(error('okx.check.whitespace'));
  if (!parsed) {
    found.push(error('okx.check.unreadable'));
    return found;
  }
  if (EPOCH_MS.test(parsed.timestamp)) found.push(error('okx.check.timestamp-ms', {timestamp: parsed.timestamp}));
  else if (!validIso(parsed.timestamp)) found.push(error('okx.check.timestamp-format', {timestamp: parsed.timestamp}));
  if (parsed.method !== parsed.method.toUpperCase())
    found.push(error('okx.check.method-case', {method: parsed.method}));

  const method = request.method.trim().toUpperCase();
  const path = request.requestPath;
  const query = path.indexOf('?');
  if (/^[a-z]+:\/\//i.test(parsed.path)) found.push(error('okx.check.path-has-host'));
  else if (method === 'GET' && query !== -1 && parsed.path === path.slice(0, query))
    found.push(error('okx.check.query-missing'));

  const body = request.body ?? '';
  if (body !== parsed.body && body.trim() !== '') {
    if (parsed.body === '') found.push(error('okx.check.body-missing'));
    // Only the spaces between JSON's tokens differ (the usual case): one pass over each text.
    else if (withoutSpaces(body) === withoutSpaces(parsed.body)) {
      if (parseJson(body)) found.push(error('okx.check.body-spaces'));
    } else {
      const a = parseJson(body);
      const b = a && parseJson(parsed.body);
      if (a && b && serialize(a.value, false) === serialize(b.value, false)) found.push(error('okx.check.body-spaces'));
      else if (a && b && serialize(a.value, true) === serialize(b.value, true))
        found.push(error('okx.check.body-key-order'));
    }
  }
  return found;
}

/** Which way of signing produced the bot's signature, tried over the bot's own prehash. */
async function signatureMistake(
  secret: string,
  prehash: string,
  signature: string,
): Promise<Finding | null | undefined> {
  const digest = await hmacSha256(utf8(secret), prehash);
  if (encodeBase64(digest) === signature) return null; // right
  const hex = encodeHex(digest);
  if (signature.toLowerCase() === hex) return error('okx.check.signature-hex');
  if (signature === encodeBase64(utf8(hex)) || signature === encodeBase64(utf8(hex.toUpperCase())))
    return error('okx.check.hex-digest-base64');
  const secretBytes = decodeHex(secret);
  if (secretBytes) {
    const decoded = await hmacSha256(secretBytes, prehash);
    const decodedHex = encodeHex(decoded);
    if (
      signature === encodeBase64(decoded) ||
      signature.toLowerCase() === decodedHex ||
      signature === encodeBase64(utf8(decodedHex))
    )
      return error('okx.check.secret-hex-decoded');
  }
  return undefined; // unknown
}

/** Compares a bot's prehash (and, with the Secret Key, its signature) with what OKX expects. */
export async function checkOkxSignature(input: OkxCheckInput): Promise<OkxCheckResult> {
  const theirs = input.theirPrehash;
  const parsed = parsePrehash(theirs);
  const timestamp = parsed ? asOkxTimestamp(parsed.timestamp) : undefined;
  const request = {...input.request, timestamp: timestamp ?? input.request.timestamp};
  const expected = okxPrehash({...request, method: request.method.trim()});
  const findings = [...checkOkxRequest(request), ...prehashMistakes(theirs, parsed, request)];
  const result: OkxCheckResult = {expected, at: firstDifference(expected, theirs), findings};
  if (timestamp !== undefined) result.timestamp = timestamp;

  const signature = input.theirSignature?.trim() ?? '';
  const secretKey = input.secretKey ?? '';
  if (signature !== '' && secretKey.trim() !== '') {
    const cleaned = cleanOkxSecret(secretKey);
    findings.push(...cleaned.findings);
    const mistake = await signatureMistake(cleaned.secret, theirs, signature);
    result.signature = mistake === null ? 'valid' : 'invalid';
    if (mistake) findings.push(mistake);
    else if (mistake === undefined) findings.push(error('okx.check.signature-mismatch'));
  }
  return result;
}
