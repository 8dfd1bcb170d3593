// One signer for every exchange: the exchange's profile says what text is signed (its prehash template),
// with what (HMAC-SHA256 keyed with the secret's text, Ed25519 with a base64 seed or a PKCS#8 PEM
// private key), how the signature is written (./encodings: hex, base64, or base64 of the hex text) and
// where it goes (headers, or query parameters). Nothing here names an exchange. A scheme it cannot
// rebuild (a wallet's EIP-712 signature) is reported as such.
//
// Templates are filled field by field: {timestamp} {METHOD} {requestPath} (path, then ?query when
// there is one) {path} {query} {signedQuery} (the query with the scheme's timestamp and window
// parameters in it) {body} {apiKey} {window} {nonce}. An Ed25519 template with {instruction} is the
// instruction-and-sorted-parameters form, built by ./backpackSign (batch orders, booleans and number
// formatting are its business).
import {signRequest as signInstruction, type Params} from './backpackSign';
import {utf8} from '../core/encodings';
import {error} from '../core/findings';
import {ed} from '../keys/ed25519';
import {exchangeProfile} from '../../exchanges';
import type {ExchangeProfile, SigningScheme} from '../../profiles/types';
import type {Finding, Report} from '../core/types';
import {isHmacEncoding, SIGNATURE_ENCODINGS} from './encodings';
import {hmacSha256} from './hmac';
import {readPrivatePem} from './pem';
import {EPOCH_MS, ISO_MS} from './timestamps';

export interface SignRequestInput {
  /** An exchange id from the profiles, or a profile itself. */
  exchange: string | ExchangeProfile;
  /** The secret, or the private key (a base64 seed or a PKCS#8 PEM file, as the scheme takes it). */
  secret: string;
  /** As the exchange's scheme writes it: ISO 8601 with milliseconds, or milliseconds since 1970. */
  timestamp: string | number;
  /** The key type (`SigningScheme.id`) where the exchange offers several; else chosen by the secret's form. */
  scheme?: string;
  apiKey?: string;
  passphrase?: string;
  window?: number;
  nonce?: string;
  method?: string;
  path?: string;
  query?: string;
  body?: string;
  instruction?: string;
  params?: Params | Params[];
}

interface Signed {
  ok: true;
  prehash: string;
  signature: string;
  headers: Record<string, string>;
  /** Where the scheme sends the signature in the query: the query string to send, signature included. */
  query?: string;
  /** The key type used (`SigningScheme.id`), where the exchange offers several. */
  scheme?: string;
  warnings: Finding[];
}

/** The signers' Report: `verdict` and `findings`, plus the signed request or the errors that stopped it. */
export type SignRequestResult = (Report & Signed) | (Report & {ok: false; errors: Finding[]});

const FIELD = /\{(\w+)\}/g;

export function profileOf(exchange: string | ExchangeProfile): ExchangeProfile | undefined {
  return typeof exchange === 'string' ? exchangeProfile(exchange) : exchange;
}

/** Every signing scheme of a profile: the default one first. */
export function schemesOf(profile: ExchangeProfile): SigningScheme[] {
  return [profile.signing, ...(profile.moreSigning ?? [])];
}

/** The scheme asked for by id, or the one whose key form fits the secret (a PEM file), or the default. */
export function pickScheme(profile: ExchangeProfile, secret: string, id?: string): SigningScheme | undefined {
  const all = schemesOf(profile);
  if (id !== undefined) return all.find((s) => s.id === id);
  const pem = /-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(secret);
  return all.find((s) => (s.key.value === 'ed25519-pkcs8-pem') === pem) ?? profile.signing;
}

const failed = (errors: Finding[]): SignRequestResult => ({ok: false, verdict: 'error', findings: errors, errors});

/** Characters outside ASCII, percent-encoded as UTF-8. */
const percentEncodeNonAscii = (text: string) => text.replace(/[^\x00-\x7F]+/gu, (run) => encodeURIComponent(run));

/** The value of one parameter in a query string, or undefined. */
function paramValue(query: string, name: string): string | undefined {
  for (const pair of query.split('&')) {
    const at = pair.indexOf('=');
    if ((at === -1 ? pair : pair.slice(0, at)) === name) return at === -1 ? '' : pair.slice(at + 1);
  }
  return undefined;
}

/** The query with the scheme's window and timestamp parameters in it (added at the end when absent). */
function signedQuery(
  scheme: SigningScheme,
  query: string,
  timestamp: string,
  window: number | undefined,
): {text: string} | {errors: Finding[]} {
  const names = scheme.params?.value;
  if (!names) return {text: query};
  const parts = query === '' ? [] : [query];
  const errors: Finding[] = [];
  if (names.window) {
    const given = paramValue(query, names.window);
    if (given === undefined && window !== undefined) parts.push(`${names.window}=${window}`);
    else if (given !== undefined && window !== undefined && given !== String(window))
      errors.push(error('sign.param-mismatch', {param: names.window, query: given, value: String(window)}));
  }
  const given = paramValue(query, names.timestamp);
  if (given === undefined) parts.push(`${names.timestamp}=${timestamp}`);
  else if (given !== timestamp)
    errors.push(error('sign.param-mismatch', {param: names.timestamp, query: given, value: timestamp}));
  if (paramValue(query, names.signature) !== undefined)
    errors.push(error('sign.signature-in-query', {param: names.signature}));
  return errors.length > 0 ? {errors} : {text: parts.join('&')};
}

/** The exact text a scheme signs, or the names of the fields its template needs and did not get. */
function fillTemplate(
  scheme: SigningScheme,
  input: SignRequestInput,
  timestamp: string,
): {text: string; signedQuery?: string} | {errors: Finding[]} {
  const template = scheme.prehash.value;
  const path = input.path ?? '';
  const query = (input.query ?? '').replace(/^\?/, '');
  let withParams: string | undefined;
  if (template.includes('{signedQuery}')) {
    const built = signedQuery(scheme, query, timestamp, input.window);
    if ('errors' in built) return built;
    withParams = built.text;
  }
  const values: Record<string, string | undefined> = {
    timestamp,
    METHOD: input.method?.toUpperCase(),
    requestPath: input.path === undefined ? undefined : query ? `${path}?${query}` : path,
    path: input.path,
    query,
    signedQuery: withParams,
    body: input.body ?? '',
    apiKey: input.apiKey?.trim(),
    window: input.window === undefined ? undefined : String(input.window),
    nonce: input.nonce,
  };
  const optional = new Set(['body', 'query', 'signedQuery']);
  const missing = [...template.matchAll(FIELD)].map((m) => m[1]).filter((name) => !values[name] && !optional.has(name));
  if (missing.length > 0) return {errors: [...new Set(missing)].map((field) => error('sign.field-missing', {field}))};
  const encode = (t: string) => (scheme.nonAscii?.value === 'percent-encode' ? percentEncodeNonAscii(t) : t);
  const text = encode(template.replace(FIELD, (_, name: string) => values[name] ?? ''));
  return withParams === undefined ? {text} : {text, signedQuery: encode(withParams)};
}

/** The signature of `text` under the scheme's algorithm and key form, or why the key cannot sign. */
async function sign(
  scheme: SigningScheme,
  secret: string,
  text: string,
): Promise<{signature: string} | {error: Finding}> {
  const encoding = scheme.encoding.value;
  if (!isHmacEncoding(encoding)) return {error: error('sign.unsupported-scheme', {exchange: scheme.id ?? ''})};
  if (scheme.algorithm.value === 'hmac-sha256')
    return {signature: SIGNATURE_ENCODINGS[encoding](await hmacSha256(secret, text))};
  const key = readPrivatePem(secret);
  if ('error' in key) return key;
  // ed25519-seed-base64 and ed25519-pkcs8-pem: both read by readPrivatePem (a bare seed or a PEM file).
  const signature = ed.sign(utf8(text), key.seed);
  return {signature: SIGNATURE_ENCODINGS[encoding](signature)};
}

/** The text a scheme signs for this request, without signing it: no secret is needed. */
export type PrehashResult =
  | {ok: true; prehash: string; signedQuery?: string; scheme: SigningScheme; profile: ExchangeProfile}
  | {ok: false; errors: Finding[]};

/**
 * The exact text the exchange expects to be signed for this request (the scheme by `input.scheme`, or by
 * the secret's form when one is given). Schemes that build their text from an instruction and parameters,
 * or that sign no text (a wallet's EIP-712 data), are reported as unsupported here.
 */
export function prehashOf(input: Omit<SignRequestInput, 'secret'> & {secret?: string}): PrehashResult {
  const profile = profileOf(input.exchange);
  if (!profile) return {ok: false, errors: [error('sign.unknown-exchange', {exchange: String(input.exchange)})]};
  const scheme = pickScheme(profile, (input.secret ?? '').trim(), input.scheme);
  if (!scheme) return {ok: false, errors: [error('sign.unknown-scheme', {scheme: String(input.scheme)})]};
  const timestamp = String(input.timestamp);
  const form = scheme.timestamp.value;
  if (!(form === 'iso8601-ms' ? ISO_MS : EPOCH_MS).test(timestamp))
    return {ok: false, errors: [error('sign.timestamp-form', {form})]};
  const rebuildable = scheme.algorithm.value === 'hmac-sha256' || scheme.algorithm.value === 'ed25519';
  if (!rebuildable || !isHmacEncoding(scheme.encoding.value) || scheme.prehash.value.includes('{instruction}'))
    return {ok: false, errors: [error('sign.unsupported-scheme', {exchange: profile.id})]};
  const filled = fillTemplate(scheme, {...input, secret: input.secret ?? ''}, timestamp);
  if ('errors' in filled) return {ok: false, errors: filled.errors};
  return {ok: true, prehash: filled.text, signedQuery: filled.signedQuery, scheme, profile};
}

/** The signature of `text` as the scheme writes it, or why the secret cannot sign. */
export async function signText(
  scheme: SigningScheme,
  secret: string,
  text: string,
): Promise<{signature: string} | {error: Finding}> {
  return sign(scheme, secret.trim(), text);
}

export async function signRequest(input: SignRequestInput): Promise<SignRequestResult> {
  const profile = profileOf(input.exchange);
  if (!profile) return failed([error('sign.unknown-exchange', {exchange: String(input.exchange)})]);
  const secret = input.secret.trim();
  if (!secret) return failed([error('sign.secret-missing')]);
  const scheme = pickScheme(profile, secret, input.scheme);
  if (!scheme) return failed([error('sign.unknown-scheme', {scheme: String(input.scheme)})]);
  const timestamp = String(input.timestamp);
  const form = scheme.timestamp.value;
  if (!(form === 'iso8601-ms' ? ISO_MS : EPOCH_MS).test(timestamp))
    return failed([error('sign.timestamp-form', {form})]);
  const names = scheme.headers.value;
  const id = scheme.id === undefined ? {} : {scheme: scheme.id};

  if (scheme.prehash.value.includes('{instruction}')) {
    const signed = signInstruction(secret, {
      instruction: input.instruction ?? '',
      params: input.params,
      timestamp: Number(timestamp),
      window: input.window,
    });
    if (!signed.ok) return failed(signed.errors);
    const headers: Record<string, string> = {[names.key]: signed.headers['X-API-Key']};
    if (names.signature) headers[names.signature] = signed.signature;
    if (names.timestamp) headers[names.timestamp] = timestamp;
    if (names.window) headers[names.window] = signed.headers['X-Window'];
    return {
      ok: true,
      verdict: signed.warnings.some((f) => f.severity === 'warning') ? 'warning' : 'ok',
      findings: signed.warnings,
      prehash: signed.signingString,
      signature: signed.signature,
      headers,
      ...id,
      warnings: signed.warnings,
    };
  }

  const rebuildable = scheme.algorithm.value === 'hmac-sha256' || scheme.algorithm.value === 'ed25519';
  if (!rebuildable || !isHmacEncoding(scheme.encoding.value))
    return failed([error('sign.unsupported-scheme', {exchange: profile.id})]);
  const filled = fillTemplate(scheme, input, timestamp);
  if ('errors' in filled) return failed(filled.errors);
  const signed = await sign(scheme, secret, filled.text);
  if ('error' in signed) return failed([signed.error]);
  const {signature} = signed;
  const headers: Record<string, string> = {[names.key]: input.apiKey?.trim() ?? ''};
  if (names.signature) headers[names.signature] = signature;
  if (names.timestamp) headers[names.timestamp] = timestamp;
  if (names.passphrase) headers[names.passphrase] = input.passphrase ?? '';
  if (names.window && input.window !== undefined) headers[names.window] = String(input.window);
  if (names.nonce && input.nonce !== undefined) headers[names.nonce] = input.nonce;
  const inQuery = scheme.params?.value;
  const sent = filled.signedQuery ? `${filled.signedQuery}&` : '';
  const query = inQuery ? `${sent}${inQuery.signature}=${encodeURIComponent(signature)}` : undefined;
  return {
    ok: true,
    verdict: 'ok',
    findings: [],
    prehash: filled.text,
    signature,
    headers,
    ...(query === undefined ? {} : {query}),
    ...id,
    warnings: [],
  };
}
