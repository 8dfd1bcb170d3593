// explainError: turns what a terminal, bot or exchange said (a JSON body, a log line, an English or Chinese
// message, or a bare code) into which exchange it is, what went wrong among the reader's values, and the
// guide step that fixes it. The known texts are data in apiErrorTable.ts; routes in apiErrorGuides.ts.
import {SIGNERS, guideFor} from './apiErrorGuides';
import {BACKPACK_MESSAGES, EXCHANGE_HINTS, OKX_CODES, PHRASES, type ApiErrorKind, type ApiExchange, type KnownCode} from './apiErrorTable';
import type {Finding, IpTarget, Report} from './types';
import {verdictOf} from './verdict';
import {lookUpAddress, singleAddress} from './whitelistLookup';

export type {ApiErrorKind, ApiExchange} from './apiErrorTable';

export interface ExplainContext {
  /** The exchange the reader says the message came from; the text itself wins when it names one. */
  exchange?: ApiExchange;
  /** The key's IP whitelist, in any form the IP whitelist checker takes. */
  whitelist?: string;
}

export type ErrorReport = Report & {exchange?: ApiExchange};

const OKX_BY_CODE = new Map(OKX_CODES.map((c) => [c.code, c]));

/** A known OKX code: first a JSON "code" field, else a five-digit number standing on its own. */
function okxCode(text: string): KnownCode | undefined {
  const field = /"code"\s*:\s*"?(\d{5})(?!\d)/.exec(text);
  if (field && OKX_BY_CODE.has(field[1])) return OKX_BY_CODE.get(field[1]);
  for (const m of text.matchAll(/(?<!\d)5\d{4}(?!\d)/g)) {
    const known = OKX_BY_CODE.get(m[0]);
    if (known) return known;
  }
  return undefined;
}

/** An OKX message quoted without its code (50110's address part is left out of the comparison). */
function okxMessage(lower: string): KnownCode | undefined {
  return OKX_CODES.find((c) =>
    [c.en, c.zh].some((m) => m !== undefined && m.toLowerCase().split('{0}').every((part) => lower.includes(part.trim()))),
  );
}

function exchangeNamed(text: string): ApiExchange | undefined {
  return EXCHANGE_HINTS.find((h) => h.pattern.test(text))?.exchange;
}

// Candidate addresses in a message: dotted quads and colon-separated hex groups; checkIpList decides.
const IPV4_LIKE = /(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])/g;
const IPV6_LIKE = /(?<![0-9a-f:])[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}(?:\.\d{1,3}){0,3}(?![0-9a-f:])/gi;
const MAX_CANDIDATES = 20;

/** The address an IP error names (the first valid one), if any. */
export function addressIn(text: string): string | undefined {
  let tried = 0;
  for (const pattern of [IPV4_LIKE, IPV6_LIKE]) {
    for (const m of text.matchAll(pattern)) {
      if (++tried > MAX_CANDIDATES) return undefined;
      if (!m[0].includes('.') && !m[0].includes('::') && m[0].split(':').length < 8) continue;
      const ip = singleAddress(m[0]);
      if (ip) return ip;
    }
  }
  return undefined;
}

interface Diagnosis {
  kind?: ApiErrorKind;
  exchange?: ApiExchange;
  code?: string;
}

function diagnose(text: string, context: ExplainContext): Diagnosis {
  const lower = text.toLowerCase();
  const named = exchangeNamed(text);
  const coded = okxCode(text);
  if (coded) return {kind: coded.kind, exchange: 'okx', code: coded.code};
  const backpack = BACKPACK_MESSAGES.find((m) => lower.includes(m.text.toLowerCase()));
  if (backpack) return {kind: backpack.kind, exchange: named ?? 'backpack'};
  const quoted = okxMessage(lower);
  const exchange = named ?? (quoted && !quoted.shared ? 'okx' : context.exchange);
  if (quoted) return {kind: quoted.kind, exchange, code: exchange === 'okx' ? quoted.code : undefined};
  const phrase = PHRASES.find((p) => p.pattern.test(text));
  return {kind: phrase?.kind, exchange};
}

function ipFindings(text: string, exchange: ApiExchange | undefined, whitelist: string | undefined, guide: string): Finding[] {
  const ip = addressIn(text);
  const hasList = whitelist !== undefined && whitelist.trim() !== '';
  if (!ip) return hasList ? [{code: 'apierror.ip-unnamed', severity: 'info', params: {guide}}] : [];
  if (!hasList) return [{code: 'apierror.ip-seen', severity: 'info', params: {ip, guide}}];
  const target: IpTarget = exchange ?? 'generic';
  const {entry, valid} = lookUpAddress(ip, whitelist, target);
  if (valid === 0) return [{code: 'apierror.whitelist-unreadable', severity: 'warning', params: {ip, guide}}];
  if (entry !== undefined) return [{code: 'apierror.ip-listed', severity: 'warning', params: {ip, entry, guide}}];
  return [{code: 'apierror.ip-not-listed', severity: 'error', params: {ip, entries: valid, guide}}];
}

/** Explains an API error message; blank text is 'empty'. Never throws. */
export function explainError(text: string, context: ExplainContext = {}): ErrorReport {
  if (text.trim() === '') return {verdict: 'empty', findings: [], ...(context.exchange ? {exchange: context.exchange} : {})};
  const {kind, exchange, code} = diagnose(text, context);
  const withExchange = (findings: Finding[]): ErrorReport => ({
    verdict: verdictOf(findings),
    findings,
    ...(exchange ? {exchange} : {}),
  });
  if (!kind) {
    return withExchange([{code: 'apierror.unrecognised', severity: 'warning', params: {guide: guideFor('unrecognised', exchange)}}]);
  }
  const guide = guideFor(kind, exchange);
  const params: Record<string, string | number> = {guide};
  if (exchange) params.exchange = exchange;
  if (code) params.code = code;
  if (kind === 'signature' && exchange) params.signer = SIGNERS[exchange];
  const extra = kind === 'ip-not-whitelisted' ? ipFindings(text, exchange, context.whitelist, guide) : [];
  const ip = extra.find((f) => f.params?.ip !== undefined)?.params?.ip;
  if (ip !== undefined) params.ip = ip;
  const listed = extra[0]?.code;
  if (listed === 'apierror.ip-listed' || listed === 'apierror.ip-not-listed') params.listed = listed === 'apierror.ip-listed' ? 'yes' : 'no';
  const main: Finding = {code: `apierror.${kind}`, severity: kind === 'rate-limit' ? 'warning' : 'error', params};
  return withExchange([main, ...extra]);
}
