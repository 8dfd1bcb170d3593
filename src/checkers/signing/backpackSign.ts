// Backpack request signing: build the exact string Backpack signs, sign it with an API secret, verify a
// signature, and point at where a bot's own signing string departs from the expected one.
// Pure: no DOM. Problems come back as finding codes; their messages live in ../keys/locales/keykit.
import {decodeBase64Strict, encodeBase64} from '../core/base64';
import {utf8} from '../core/encodings';
import {error, warning} from '../core/findings';
import {parseJson} from '../core/json';
import {ed} from '../keys/ed25519';
import {importSeed} from '../keys/keygen';
import type {Finding} from '../core/types';

export type ParamValue = string | number | boolean;
export type Params = Record<string, unknown>;

export interface SigningInput {
  /** e.g. `orderCancel`. */
  instruction: string;
  /** One object, or for a batch `orderExecute` an array with one object per order. */
  params?: Params | Params[];
  /** Milliseconds since the epoch. */
  timestamp: number;
  /** Milliseconds; 5000 when not given. Backpack allows at most 60000. */
  window?: number;
}

export interface SignedRequest {
  signingString: string;
  /** Base64 of the 64-byte ED25519 signature. */
  signature: string;
  headers: {'X-API-Key': string; 'X-Signature': string; 'X-Timestamp': string; 'X-Window': string};
  warnings: Finding[];
}

export type StringResult = {ok: true; signingString: string; warnings: Finding[]} | {ok: false; errors: Finding[]};
export type SignResult = ({ok: true} & SignedRequest) | {ok: false; errors: Finding[]};
export type VerifyResult = {ok: true; valid: boolean} | {ok: false; errors: Finding[]};

export const DEFAULT_WINDOW = 5000;
export const MAX_WINDOW = 60000;
export const BATCH_INSTRUCTION = 'orderExecute';

// Names and keys go into `k=v&k=v` unescaped, so they may not contain the separators or spaces.
const NAME = /^[^\s&=]+$/;

/**
 * How the public clients write a non-integer number into the signing string: JavaScript (ccxt) as
 * String(n), the official Rust client through serde_json (ryu: `1e-6`, `1e16`), Python (bpx-py) as
 * repr (`1e-06`). All three use the shortest digits that read back as the same number; they differ in
 * where they switch to exponent form. Integers are written alike by all three.
 */
export function numberTexts(n: number): {javascript: string; rust: string; python: string} {
  const javascript = String(n);
  const [mantissa, exp] = Math.abs(n).toExponential().split('e');
  const digits = mantissa.replace('.', '');
  const e = Number(exp); // n = d.ddd × 10^e
  const sign = n < 0 ? '-' : '';
  const decimal = (): string => {
    if (e < 0) return `0.${'0'.repeat(-e - 1)}${digits}`;
    if (digits.length <= e + 1) return digits + '0'.repeat(e + 1 - digits.length);
    return `${digits.slice(0, e + 1)}.${digits.slice(e + 1)}`;
  };
  const scientific = (pad: boolean) => {
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const x = Math.abs(e);
    return `${m}e${e < 0 ? '-' : pad ? '+' : ''}${pad && x < 10 ? `0${x}` : x}`;
  };
  // ryu (serde_json): decimal when the point falls within 16 places either side of the digits' start
  // (-5 < e + 1 <= 16); whole values get ".0".
  const kk = e + 1;
  const rust =
    sign + (kk > -5 && kk <= 16 ? (Number.isInteger(Math.abs(n)) ? `${decimal()}.0` : decimal()) : scientific(false));
  // Python repr: decimal when -4 <= e < 16.
  const python =
    sign + (e >= -4 && e < 16 ? (Number.isInteger(Math.abs(n)) ? `${decimal()}.0` : decimal()) : scientific(true));
  return {javascript, rust, python};
}

// Characters the clients write differently inside a string value: the official Rust client JSON-escapes
// quotes, backslashes and control characters; ccxt URL-encodes anything but letters, digits and -_.~
// (spaces, symbols, non-ASCII).
const STRING_DIFFERS = /[^A-Za-z0-9\-_.~]/;

/** `k=v` for one value, or an error: strings as they are, numbers as JavaScript writes them, booleans lowercase. */
function pair(key: string, value: unknown, errors: Finding[], warnings: Finding[]): string {
  if (!NAME.test(key)) errors.push(error('sign.param-key-invalid', {key}));
  if (value === null || value === undefined) {
    errors.push(error('sign.param-null', {key}));
    return '';
  }
  if (typeof value === 'object') {
    errors.push(error('sign.param-nested', {key}));
    return '';
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) errors.push(error('sign.param-number', {key}));
    else if (/e/i.test(String(value)) || (Number.isInteger(value) && !Number.isSafeInteger(value)))
      errors.push(error('sign.param-number-precision', {key}));
    else if (!Number.isInteger(value)) {
      const texts = numberTexts(value);
      if (texts.rust !== texts.javascript || texts.python !== texts.javascript)
        warnings.push(warning('sign.param-number-clients', {key, ...texts}));
    }
    return `${key}=${String(value)}`;
  }
  if (typeof value === 'boolean') return `${key}=${value ? 'true' : 'false'}`;
  if (typeof value === 'string') {
    if (STRING_DIFFERS.test(value)) warnings.push(warning('sign.param-string-clients', {key}));
    return `${key}=${value}`;
  }
  errors.push(error('sign.param-nested', {key}));
  return '';
}

function block(instruction: string, params: Params, errors: Finding[], warnings: Finding[]): string {
  if (params === null || typeof params !== 'object' || Array.isArray(params)) {
    errors.push(error('sign.params-not-object'));
    return '';
  }
  // Plain code-unit order, as the official clients sort (BTreeMap / Array.prototype.sort), not locale order.
  const keys = Object.keys(params).sort();
  return [`instruction=${instruction}`, ...keys.map((k) => pair(k, params[k], errors, warnings))].join('&');
}

/** The string Backpack signs: `instruction=…&<sorted params>&timestamp=…&window=…`. */
export function signingString(input: SigningInput): StringResult {
  const errors: Finding[] = [];
  const warnings: Finding[] = [];
  const instruction = input.instruction.trim();
  if (instruction === '') errors.push(error('sign.instruction-missing'));
  else if (!NAME.test(instruction)) errors.push(error('sign.instruction-invalid', {instruction}));

  const {timestamp} = input;
  if (!Number.isSafeInteger(timestamp) || timestamp < 0) errors.push(error('sign.timestamp-invalid'));
  else if (timestamp < 1e12) warnings.push(warning('sign.timestamp-seconds', {timestamp}));

  const window = input.window ?? DEFAULT_WINDOW;
  if (!Number.isSafeInteger(window) || window <= 0) errors.push(error('sign.window-invalid'));
  else if (window > MAX_WINDOW) errors.push(error('sign.window-too-large', {window, max: MAX_WINDOW}));

  let blocks: string[] = [];
  const params = input.params ?? {};
  if (Array.isArray(params)) {
    if (instruction !== BATCH_INSTRUCTION)
      errors.push(error('sign.batch-instruction', {instruction: BATCH_INSTRUCTION}));
    else if (params.length === 0) errors.push(error('sign.batch-empty'));
    else blocks = params.map((order) => block(instruction, order, errors, warnings));
  } else {
    blocks = [block(instruction, params, errors, warnings)];
  }
  if (errors.length > 0) return {ok: false, errors};
  return {ok: true, signingString: [...blocks, `timestamp=${timestamp}`, `window=${window}`].join('&'), warnings};
}

/** Signs a request with the API secret (base64 seed) and returns the four headers Backpack expects. */
export function signRequest(secret: string, input: SigningInput): SignResult {
  const seed = importSeed(secret);
  const built = signingString(input);
  const errors = [...(seed.ok ? [] : [error('sign.bad-secret'), seed.error]), ...(built.ok ? [] : built.errors)];
  if (!seed.ok || !built.ok) return {ok: false, errors};
  const signature = encodeBase64(ed.sign(utf8(built.signingString), seed.bytes));
  return {
    ok: true,
    signingString: built.signingString,
    signature,
    headers: {
      'X-API-Key': seed.publicKey,
      'X-Signature': signature,
      'X-Timestamp': String(input.timestamp),
      'X-Window': String(input.window ?? DEFAULT_WINDOW),
    },
    warnings: built.warnings,
  };
}

/** Whether `signature` (base64, 64 bytes) is a valid ED25519 signature of the UTF-8 string by `publicKey`. */
export function verifyRequest(publicKey: string, signingString: string, signature: string): VerifyResult {
  const errors: Finding[] = [];
  const key = decodeBase64Strict(publicKey.trim());
  const sig = decodeBase64Strict(signature.trim());
  if (!key || key.length !== 32) errors.push(error('sign.bad-public-key'));
  if (!sig || sig.length !== 64) errors.push(error('sign.bad-signature'));
  if (!key || !sig || errors.length > 0) return {ok: false, errors};
  // RFC 8032 rules (not ZIP-215): a signature that passes here passes in any strict verifier.
  return {ok: true, valid: ed.verify(sig, utf8(signingString), key, {zip215: false})};
}

export {firstDifference} from '../core/textDiff';

/** The value of `timestamp=` in a pasted signing string (the last one), if there is one. */
export function timestampIn(text: string): number | undefined {
  const match = /(?:^|&)timestamp=(\d{1,16})(?:&|$)/.exec(text.trim());
  return match ? Number(match[1]) : undefined;
}

/** Likely causes of "invalid signature", read from a bot's own signing string. */
export function diagnoseSigningString(text: string): Finding[] {
  const found: Finding[] = [];
  if (text !== text.trim()) found.push(warning('sign.check.whitespace'));
  const pairs = text
    .trim()
    .split('&')
    .map((p) => p.split('=')[0]);
  if (pairs[0] !== 'instruction') found.push(warning('sign.check.no-instruction'));
  if (!pairs.includes('timestamp')) found.push(warning('sign.check.no-timestamp'));
  if (!pairs.includes('window')) found.push(warning('sign.check.no-window'));
  if (/=(?:True|False|TRUE|FALSE)(?:&|$)/.test(text)) found.push(warning('sign.check.boolean-case'));
  if (/%[0-9A-Fa-f]{2}/.test(text)) found.push(warning('sign.check.url-encoded'));
  // Within each instruction block the keys must be in order.
  let previous = '';
  for (const key of pairs) {
    if (key === 'instruction' || key === 'timestamp' || key === 'window') {
      previous = '';
      continue;
    }
    if (key < previous) {
      found.push(warning('sign.check.unsorted', {key}));
      break;
    }
    previous = key;
  }
  return found;
}

export interface ParamRow {
  key: string;
  value: string;
}

export type ParamsResult = {ok: true; params: Params | Params[]} | {ok: false; errors: Finding[]};

/** Parameters typed as rows: blank rows are skipped, true/false become booleans, everything else stays text. */
export function paramsFromRows(rows: readonly ParamRow[]): ParamsResult {
  const params: Params = {};
  const errors: Finding[] = [];
  for (const row of rows) {
    const key = row.key.trim();
    if (key === '' && row.value === '') continue;
    if (Object.prototype.hasOwnProperty.call(params, key)) {
      errors.push(error('sign.param-duplicate', {key}));
      continue;
    }
    params[key] = /^(?:true|false)$/i.test(row.value) ? row.value.toLowerCase() === 'true' : row.value;
  }
  return errors.length > 0 ? {ok: false, errors} : {ok: true, params};
}

/** Parameters pasted as JSON: an object, or a list of objects for a batch; blank means none. */
export function paramsFromJson(text: string): ParamsResult {
  if (text.trim() === '') return {ok: true, params: {}};
  const parsed = parseJson(text);
  if (!parsed) return {ok: false, errors: [error('sign.json-invalid')]};
  const {value} = parsed;
  if (value === null || typeof value !== 'object') return {ok: false, errors: [error('sign.params-not-object')]};
  return {ok: true, params: value as Params | Params[]};
}
