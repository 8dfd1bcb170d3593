// explainError: turns what a terminal, bot or exchange said (a JSON body, a log line, an English or Chinese
// message, or a bare code) into which exchange it is, what went wrong among the reader's values, and the
// guide step that fixes it. The known texts are data in apiErrorTable.ts; routes in apiErrorGuides.ts.
import {SIGNERS, guideFor} from './apiErrorGuides';
import {
  BACKPACK_MESSAGES,
  CCXT_MISSING_PASSWORD,
  EXCHANGE_HINTS,
  HEADER_NAMES,
  OKX_CODES,
  OKX_SITES,
  OTHER_EXCHANGES,
  PHRASES,
  type ApiErrorKind,
  type ApiExchange,
  type KnownCode,
} from './apiErrorTable';
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

interface ReadCode {
  code: string;
  /** Bybit's field: the code is Bybit's, whatever the number. */
  bybit?: true;
}

// Where exchanges and bots put an error code. Whitespace runs are bounded so that no pattern backtracks
// over a long run (each stays linear in the text).
// A field of the reply: JSON "code":"50113" or "code":50113, a Python or JavaScript dict as logs print
// it ('code': '50113', code: '50113'), OKX's per-order sCode, Bybit's retCode.
const CODE_FIELD =
  /(?<![\w-])["']?(code|sCode|retCode|ret_code)["']?[ \t]{0,4}[:=][ \t]{0,4}["']?(-?\d{1,7})(?!\d|\.\d)/g;
// A code standing as a code: "code 50113", "error 50113:", "Error code: 50113", "错误码 50113". Four
// digits at least, so an HTTP status ("Response code 401") is not read as one; not a date, time or price.
const CODE_WORD =
  /(?<![\w-])(?:error|err|code|错误码|错误代码)(?:[ \t]{0,4}code)?[ \t]{0,4}[:：=#]?[ \t]{0,4}(-?\d{4,6})(?!\d|[.:/-]\d)/gi;
// A code written just before the message, at the start of a line or after a colon:
// "50111 Invalid OK-ACCESS-KEY", "Caused by: 50113:Invalid Sign" (not "50113 USDT", an amount).
const CODE_BEFORE_MESSAGE =
  /(?:^|(?<=[:：][ \t]{0,2}))[ \t]{0,8}(\d{5})(?:[ \t]{1,4}(?![A-Z]{2,6}\b)|[ \t]{0,2}[:：][ \t]{0,2})(?=[A-Za-z\u4e00-\u9fff])/gm;
// The whole text is a code, perhaps after the exchange's name: "50113", "OKX 50113" (tried on the trimmed
// text, and only on a short one: leading whitespace would make the pattern retry at every position).
const CODE_ALONE = /^(?:(?:my)?okx|okex5?)?[ \t]{0,4}[:：]?[ \t]{0,4}(-?\d{4,6})$/i;

/** OKX's envelope codes: 0 is success; 1 and 2 say that orders in `data` failed, each with its sCode. */
const ENVELOPE = new Set(['1', '2']);

/** The error code in the text, read from where exchanges put it; a price or a header is not a code. */
function codeIn(text: string): ReadCode | undefined {
  let envelope: string | undefined;
  for (const m of text.matchAll(CODE_FIELD)) {
    const [, field, value] = m;
    const bybit = field === 'retCode' || field === 'ret_code';
    // Success, and HTTP statuses some replies repeat in a "code" field.
    if (/^-?0+$/.test(value) || /^\d{3}$/.test(value)) continue;
    if (field === 'code' && ENVELOPE.has(value)) {
      envelope ??= value;
      continue;
    }
    return bybit ? {code: value, bybit: true} : {code: value};
  }
  if (envelope !== undefined) return {code: envelope};
  const word = CODE_WORD.exec(text);
  CODE_WORD.lastIndex = 0;
  if (word) return {code: word[1]};
  const line = CODE_BEFORE_MESSAGE.exec(text);
  CODE_BEFORE_MESSAGE.lastIndex = 0;
  if (line) return {code: line[1]};
  const trimmed = text.trim();
  const alone = trimmed.length <= 20 ? CODE_ALONE.exec(trimmed) : null;
  return alone ? {code: alone[1]} : undefined;
}

// Message texts are compared without quotes: OKX's own replies drop the quotes its table puts around
// header names (`Request header OK-ACCESS-PASSPHRASE incorrect.`).
const QUOTES = /["'“”‘’]/g;

/** An OKX message quoted without its code (50110's address part is left out of the comparison). */
function okxMessage(bare: string): KnownCode | undefined {
  return OKX_CODES.find((c) =>
    [c.en, c.zh].some(
      (m) =>
        m !== undefined &&
        m
          .toLowerCase()
          .replace(QUOTES, '')
          .split('{0}')
          .every((part) => bare.includes(part.trim())),
    ),
  );
}

function exchangeNamed(text: string): ApiExchange | 'other' | undefined {
  return (
    EXCHANGE_HINTS.find((h) => h.pattern.test(text))?.exchange ?? (OTHER_EXCHANGES.test(text) ? 'other' : undefined)
  );
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
  /** The exchange's error code, when the text carries one. */
  code?: string;
  /** ccxt said the passphrase ("password" in ccxt) is not set. */
  ccxtPassword?: boolean;
}

/** What the text's messages say, when its code (if any) is not one we know. */
function fromMessages(text: string, named: ApiExchange | 'other' | undefined, context: ExplainContext): Diagnosis {
  const lower = text.toLowerCase();
  const bare = lower.replace(QUOTES, '');
  const chosen = named === 'other' ? undefined : (named ?? context.exchange);
  if (named !== 'other' && named !== 'okx') {
    const backpack = BACKPACK_MESSAGES.find((m) => bare.includes(m.en.toLowerCase()) || text.includes(m.zh));
    if (backpack && (!backpack.shared || chosen === 'backpack')) return {kind: backpack.kind, exchange: 'backpack'};
  }
  const quoted = named === 'other' ? undefined : okxMessage(bare);
  if (quoted) {
    const exchange = chosen ?? (quoted.shared ? undefined : 'okx');
    return {kind: quoted.kind, exchange, code: exchange === 'okx' ? quoted.code : undefined};
  }
  if (CCXT_MISSING_PASSWORD.test(text)) return {kind: 'passphrase', exchange: chosen, ccxtPassword: true};
  // Header names out: a log that prints OK-ACCESS-PASSPHRASE or X-Timestamp says nothing about the error.
  const words = text.replace(HEADER_NAMES, ' ');
  return {kind: PHRASES.find((p) => p.pattern.test(words))?.kind, exchange: chosen};
}

function diagnose(text: string, context: ExplainContext): Diagnosis {
  const named = exchangeNamed(text);
  const read = codeIn(text);
  if (!read) return fromMessages(text, named, context);
  if (read.bybit) return {...fromMessages(text, 'other', context), code: read.code};
  const known = OKX_BY_CODE.get(read.code);
  if (known && (named === undefined || named === 'okx')) return {kind: known.kind, exchange: 'okx', code: read.code};
  const exchange = named === 'other' ? undefined : (named ?? context.exchange);
  // An OKX code we don't know: say so, rather than guess from words that may be about something else.
  if (exchange === 'okx') return {exchange, code: read.code};
  return {...fromMessages(text, named, context), code: read.code};
}

// Messages can differ per exchange: `params.context` picks the variant (i18next's context, "<key>_<context>"),
// and a key without a variant is the same for every exchange.
function ipFindings(
  text: string,
  exchange: ApiExchange | undefined,
  whitelist: string | undefined,
  guide: string,
): Finding[] {
  const ip = addressIn(text);
  const hasList = whitelist !== undefined && whitelist.trim() !== '';
  if (!ip) return hasList ? [{code: 'apierror.ip-unnamed', severity: 'info', params: {guide}}] : [];
  if (!hasList) return [{code: 'apierror.ip-seen', severity: 'info', params: {ip, guide}}];
  const target: IpTarget = exchange ?? 'generic';
  const {entry, valid} = lookUpAddress(ip, whitelist, target);
  if (valid === 0) return [{code: 'apierror.whitelist-unreadable', severity: 'warning', params: {ip, guide}}];
  if (entry !== undefined) return [{code: 'apierror.ip-listed', severity: 'warning', params: {ip, entry, guide}}];
  const params: Record<string, string | number> = {ip, entries: valid, guide};
  if (exchange) params.context = exchange;
  return [{code: 'apierror.ip-not-listed', severity: 'error', params}];
}

/** The OKX site a log shows the bot connecting to, for a key OKX does not know. */
function siteFinding(text: string): Finding[] {
  const site = OKX_SITES.find((s) => s.pattern.test(text))?.site;
  return site ? [{code: 'apierror.okx-site', severity: 'info', params: {context: site}}] : [];
}

/** Explains an API error message; blank text is 'empty'. Never throws. */
export function explainError(text: string, context: ExplainContext = {}): ErrorReport {
  if (text.trim() === '')
    return {verdict: 'empty', findings: [], ...(context.exchange ? {exchange: context.exchange} : {})};
  const {kind, exchange, code, ccxtPassword} = diagnose(text, context);
  const withExchange = (findings: Finding[]): ErrorReport => ({
    verdict: verdictOf(findings),
    findings,
    ...(exchange ? {exchange} : {}),
  });
  if (!kind) {
    const params: Record<string, string | number> = {guide: guideFor('unrecognised', exchange)};
    if (code !== undefined) Object.assign(params, {code, context: 'code'});
    return withExchange([{code: 'apierror.unrecognised', severity: 'warning', params}]);
  }
  const guide = guideFor(kind, exchange);
  const params: Record<string, string | number> = {guide};
  if (exchange) Object.assign(params, {exchange, context: exchange});
  if (code) params.code = code;
  if ((kind === 'signature' || kind === 'key-pair') && exchange) params.signer = SIGNERS[exchange];
  const extra: Finding[] = [];
  if (kind === 'ip-not-whitelisted') extra.push(...ipFindings(text, exchange, context.whitelist, guide));
  if (ccxtPassword) extra.push({code: 'apierror.ccxt-password', severity: 'info'});
  if (kind === 'invalid-key' && exchange === 'okx') extra.push(...siteFinding(text));
  const ip = extra.find((f) => f.params?.ip !== undefined)?.params?.ip;
  if (ip !== undefined) params.ip = ip;
  const listed = extra[0]?.code;
  if (listed === 'apierror.ip-listed' || listed === 'apierror.ip-not-listed')
    params.listed = listed === 'apierror.ip-listed' ? 'yes' : 'no';
  const severity = kind === 'rate-limit' ? 'warning' : 'error';
  return withExchange([{code: `apierror.${kind}`, severity, params}, ...extra]);
}
