// One signer for every exchange: the exchange's profile says what text is signed (its prehash template),
// with what (HMAC-SHA256 keyed with the secret's text, or Ed25519 with the base64 seed), how the signature
// is written (./encodings: hex, base64, or base64 of the hex text) and which headers carry it. Nothing
// here names an exchange. A scheme it cannot rebuild (a wallet's EIP-712 signature) is reported as such.
//
// HMAC templates are filled field by field: {timestamp} {METHOD} {requestPath} (path, then ?query when
// there is one) {path} {query} {body} {apiKey} {window} {nonce}. An Ed25519 template with {instruction}
// is the instruction-and-sorted-parameters form, built by ../backpackSign (batch orders, booleans and
// number formatting are its business).
import {signRequest as signInstruction, type Params} from '../backpackSign';
import {exchangeProfile} from '../../exchanges';
import type {ExchangeProfile} from '../../profiles/types';
import type {Finding} from '../types';
import {hmacSha256} from './hmac';
import {isHmacEncoding, SIGNATURE_ENCODINGS} from './encodings';

export interface SignRequestInput {
  /** An exchange id from the profiles, or a profile itself. */
  exchange: string | ExchangeProfile;
  secret: string;
  /** As the exchange's scheme writes it: ISO 8601 with milliseconds, or milliseconds since 1970. */
  timestamp: string | number;
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

export type SignRequestResult =
  | {ok: true; prehash: string; signature: string; headers: Record<string, string>; warnings: Finding[]}
  | {ok: false; errors: Finding[]};

const error = (code: string, params?: Finding['params']): Finding =>
  params ? {code, severity: 'error', params} : {code, severity: 'error'};

const ISO_MS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const EPOCH_MS = /^\d{13}$/;
const FIELD = /\{(\w+)\}/g;

function profileOf(exchange: string | ExchangeProfile): ExchangeProfile | undefined {
  return typeof exchange === 'string' ? exchangeProfile(exchange) : exchange;
}

/** The exact text an HMAC scheme signs, or the names of the fields its template needs and did not get. */
function fillTemplate(template: string, input: SignRequestInput): {text: string} | {missing: string[]} {
  const path = input.path ?? '';
  const query = (input.query ?? '').replace(/^\?/, '');
  const values: Record<string, string | undefined> = {
    timestamp: String(input.timestamp),
    METHOD: input.method?.toUpperCase(),
    requestPath: input.path === undefined ? undefined : query ? `${path}?${query}` : path,
    path: input.path,
    query,
    body: input.body ?? '',
    apiKey: input.apiKey,
    window: input.window === undefined ? undefined : String(input.window),
    nonce: input.nonce,
  };
  const missing = [...template.matchAll(FIELD)]
    .map((m) => m[1])
    .filter((name) => !values[name] && name !== 'body' && name !== 'query');
  if (missing.length > 0) return {missing: [...new Set(missing)]};
  return {text: template.replace(FIELD, (_, name: string) => values[name] ?? '')};
}

export async function signRequest(input: SignRequestInput): Promise<SignRequestResult> {
  const profile = profileOf(input.exchange);
  if (!profile) return {ok: false, errors: [error('sign.unknown-exchange', {exchange: String(input.exchange)})]};
  const scheme = profile.signing;
  const secret = input.secret.trim();
  if (!secret) return {ok: false, errors: [error('sign.secret-missing')]};
  const timestamp = String(input.timestamp);
  const form = scheme.timestamp.value;
  if (!(form === 'iso8601-ms' ? ISO_MS : EPOCH_MS).test(timestamp))
    return {ok: false, errors: [error('sign.timestamp-form', {form})]};
  const names = scheme.headers.value;

  if (scheme.algorithm.value === 'ed25519') {
    const signed = signInstruction(secret, {
      instruction: input.instruction ?? '',
      params: input.params,
      timestamp: Number(timestamp),
      window: input.window,
    });
    if (!signed.ok) return signed;
    const headers: Record<string, string> = {
      [names.key]: signed.headers['X-API-Key'],
      [names.signature]: signed.signature,
      [names.timestamp]: timestamp,
    };
    if (names.window) headers[names.window] = signed.headers['X-Window'];
    return {ok: true, prehash: signed.signingString, signature: signed.signature, headers, warnings: signed.warnings};
  }

  const encoding = scheme.encoding.value;
  if (scheme.algorithm.value !== 'hmac-sha256' || !isHmacEncoding(encoding))
    return {ok: false, errors: [error('sign.unsupported-scheme', {exchange: profile.id})]};
  const filled = fillTemplate(scheme.prehash.value, input);
  if ('missing' in filled)
    return {ok: false, errors: filled.missing.map((field) => error('sign.field-missing', {field}))};
  const digest = await hmacSha256(secret, filled.text);
  const signature = SIGNATURE_ENCODINGS[encoding](digest);
  const headers: Record<string, string> = {
    [names.key]: input.apiKey?.trim() ?? '',
    [names.signature]: signature,
    [names.timestamp]: timestamp,
  };
  if (names.passphrase) headers[names.passphrase] = input.passphrase ?? '';
  if (names.window && input.window !== undefined) headers[names.window] = String(input.window);
  if (names.nonce && input.nonce !== undefined) headers[names.nonce] = input.nonce;
  return {ok: true, prehash: filled.text, signature, headers, warnings: []};
}
