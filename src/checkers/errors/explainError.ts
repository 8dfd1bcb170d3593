// explainError: turns what a terminal, bot or exchange said (a JSON body, a log line, an English or Chinese
// message, or a bare code) into which exchange it is, what went wrong among the reader's values, and the
// guide step that fixes it. Everything about an exchange comes from its profile (src/exchanges): its
// error table, where its replies carry a code, the names and headers that show a text is its. A code is
// always read with its exchange (the same number means different things on different exchanges): the
// exchange is told from the text first, then the code is looked up in that exchange's table.
import {guideFor} from './apiErrorGuides';
import {CCXT_MISSING_PASSWORD, PHRASES, UNPROFILED, type ApiErrorKind, type ApiExchange} from './apiErrorTable';
import {allProfiles, profileOf} from '../core/exchangeProfiles';
import type {ErrorEntry, ExchangeProfile} from '../../profiles/types';
import type {Finding, Report} from '../core/types';
import {verdictOf} from '../core/verdict';
import {lookUpAddress, singleAddress} from '../ip/whitelistLookup';

export type {ApiErrorKind, ApiExchange} from './apiErrorTable';

export interface ExplainContext {
  /** The exchange (an id from the profiles) the reader says the message came from; the text wins when it names one. */
  exchange?: ApiExchange;
  /** The key's IP whitelist, in any form the IP whitelist checker takes. */
  whitelist?: string;
}

export type ErrorReport = Report & {exchange?: ApiExchange};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A name standing alone: not part of a longer word, header or host name. */
const word = (names: readonly string[]) =>
  names.length === 0 ? undefined : new RegExp(`(?<![\\w-])(?:${names.map(escape).join('|')})(?![\\w-])`, 'i');

/**
 * The header names an exchange's signed requests carry. Names the scheme puts in the JSON body
 * (Hyperliquid's "signature", "nonce") are ordinary words, not headers, and are left out.
 */
function headerNames(profile: ExchangeProfile): string[] {
  const {headers, demoHeader, carrier} = profile.signing;
  if (carrier?.value === 'json-body') return [];
  const names: string[] = Object.values(headers.value).filter((h): h is string => typeof h === 'string');
  if (demoHeader) names.push(demoHeader.value.name);
  return names;
}

/** Header names of this exchange that no other profile's requests carry: a log that prints one names it. */
function ownHeaderNames(profile: ExchangeProfile, profiles: readonly ExchangeProfile[]): string[] {
  const others = new Set(
    profiles.filter((p) => p !== profile).flatMap((p) => headerNames(p).map((h) => h.toLowerCase())),
  );
  return headerNames(profile).filter((h) => !others.has(h.toLowerCase()));
}

/** Whether the text names this exchange: its hints, ccxt ids, host names or its own signing headers. */
function names(profile: ExchangeProfile, text: string, profiles: readonly ExchangeProfile[]): boolean {
  const {ccxtIds, hosts} = profile.replies;
  return (
    profile.hints.some((h) => h.test(text)) ||
    word([...ccxtIds, ...ownHeaderNames(profile, profiles)])?.test(text) === true ||
    hosts.some((h) => text.toLowerCase().includes(h.toLowerCase()))
  );
}

type Named = ExchangeProfile | 'other' | undefined;

/** The exchange the text names: a profile, 'other' (an exchange with no profile), or none. */
function exchangeNamed(text: string, profiles: readonly ExchangeProfile[]): Named {
  const profiled = profiles.find((p) => names(p, text, profiles));
  if (profiled) return profiled;
  return UNPROFILED.some((u) => !profileOf(u.id) && u.pattern.test(text)) ? 'other' : undefined;
}

interface ReadCode {
  code: string;
  /** The field it was read from ('code', 'sCode', …), when it was a field. */
  field?: string;
}

/** Fields that hold an error code: 'code', and each profile's and unprofiled exchange's own. */
function codeFields(profiles: readonly ExchangeProfile[]): string[] {
  const fields = new Set(['code']);
  for (const p of profiles) p.replies.codeFields.forEach((f) => fields.add(f));
  for (const u of UNPROFILED) if (!profileOf(u.id)) u.codeFields?.forEach((f) => fields.add(f));
  return [...fields];
}

// Where exchanges and bots put an error code. Whitespace runs are bounded so that no pattern backtracks
// over a long run (each stays linear in the text).
// A field of the reply: JSON "code":"50113" or "code":50113, a Python or JavaScript dict as logs print
// it ('code': '50113', code: '50113'), with the field names the profiles list.
const codeField = (fields: readonly string[]) =>
  new RegExp(
    `(?<![\\w-])["']?(${fields.map(escape).join('|')})["']?[ \\t]{0,4}[:=][ \\t]{0,4}["']?(-?\\d{1,7})(?!\\d|\\.\\d)`,
    'g',
  );
// A code standing as a code: "code 50113", "error 50113:", "Error code: 50113", "错误码 50113". Four
// digits at least, so an HTTP status ("Response code 401") is not read as one; not a date, time or price.
const CODE_WORD =
  /(?<![\w-])(?:error|err|code|错误码|错误代码)(?:[ \t]{0,4}code)?[ \t]{0,4}[:：=#]?[ \t]{0,4}(-?\d{4,6})(?!\d|[.:/-]\d)/gi;
// A code written just before the message, at the start of a line or after a colon:
// "50111 Invalid OK-ACCESS-KEY", "Caused by: 50113:Invalid Sign" (not "50113 USDT", an amount).
const CODE_BEFORE_MESSAGE =
  /(?:^|(?<=[:：][ \t]{0,2}))[ \t]{0,8}(\d{5})(?:[ \t]{1,4}(?![A-Z]{2,6}\b)|[ \t]{0,2}[:：][ \t]{0,2})(?=[A-Za-z\u4e00-\u9fff])/gm;
// The whole text is a code, perhaps after a word (an exchange's name or ccxt id): "50113", "OKX 50113"
// (tried on the trimmed text, and only on a short one: leading whitespace would make the pattern retry
// at every position).
const CODE_ALONE = /^(?:([A-Za-z][A-Za-z0-9]{1,11})[ \t]{0,4}[:：]?[ \t]{0,4})?(-?\d{4,6})$/;

/** The error code in the text, read from where exchanges put it; a price or a header is not a code. */
function codeIn(text: string, profiles: readonly ExchangeProfile[]): ReadCode | undefined {
  const envelopes = new Set(profiles.flatMap((p) => p.replies.envelopeCodes ?? []));
  let envelope: ReadCode | undefined;
  for (const m of text.matchAll(codeField(codeFields(profiles)))) {
    const [, field, value] = m;
    // Success, and HTTP statuses some replies repeat in a "code" field.
    if (/^-?0+$/.test(value) || /^\d{3}$/.test(value)) continue;
    // An envelope's code says only that the items failed: their own codes say why.
    if (field === 'code' && envelopes.has(value)) {
      envelope ??= {code: value, field};
      continue;
    }
    return {code: value, field};
  }
  if (envelope !== undefined) return envelope;
  const found = CODE_WORD.exec(text);
  CODE_WORD.lastIndex = 0;
  if (found) return {code: found[1]};
  const line = CODE_BEFORE_MESSAGE.exec(text);
  CODE_BEFORE_MESSAGE.lastIndex = 0;
  if (line) return {code: line[1]};
  const trimmed = text.trim();
  const alone = trimmed.length <= 20 ? CODE_ALONE.exec(trimmed) : null;
  // A word before the code must name an exchange (it was read as the exchange already).
  if (!alone || (alone[1] !== undefined && exchangeNamed(alone[1], profiles) === undefined)) return undefined;
  return {code: alone[2]};
}

/** The exchange a code field names, when no other exchange uses that field ('code' names none). */
function namedByField(field: string | undefined, profiles: readonly ExchangeProfile[]): Named {
  if (field === undefined || field === 'code') return undefined;
  const owners = profiles.filter((p) => p.replies.codeFields.includes(field));
  if (owners.length === 1) return owners[0];
  const others = UNPROFILED.filter((u) => !profileOf(u.id) && u.codeFields?.includes(field));
  return owners.length === 0 && others.length > 0 ? 'other' : undefined;
}

/** The exchange tells its errors apart by code (not by message, as Backpack does). */
const readsCodes = (p: ExchangeProfile) => p.replies.codeFields.length > 0;

function entriesFor(profile: ExchangeProfile, code: string): ErrorEntry[] {
  return readsCodes(profile) ? profile.errors.filter((e) => e.code === code) : [];
}

// Message texts are compared without quotes: OKX's own replies drop the quotes its table puts around
// header names (`Request header OK-ACCESS-PASSPHRASE incorrect.`).
const QUOTES = /["'“”‘’]/g;

/** How much of an entry's text (English, Chinese or a wording seen in replies) the text quotes; 0 for none. */
function quoted(entry: ErrorEntry, bare: string): number {
  const texts = [entry.en.value, entry.zh?.value, ...(entry.alsoSeen?.value ?? [])];
  let best = 0;
  for (const t of texts) {
    if (t === undefined) continue;
    // {0} stands for a value the exchange fills in (50110's address): the parts around it must be there.
    const parts = t
      .toLowerCase()
      .replace(QUOTES, '')
      .split('{0}')
      .map((part) => part.trim());
    if (parts.every((part) => bare.includes(part))) best = Math.max(best, parts.join('').length);
  }
  return best;
}

interface Match {
  profile: ExchangeProfile;
  entry: ErrorEntry;
  length: number;
}

/** The entries of these profiles whose text the message quotes, the longest quote first. */
function quotedEntries(profiles: readonly ExchangeProfile[], bare: string): Match[] {
  const matches: Match[] = [];
  for (const profile of profiles)
    for (const entry of profile.errors) {
      const length = quoted(entry, bare);
      if (length > 0) matches.push({profile, entry, length});
    }
  return matches.sort((a, b) => b.length - a.length);
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
  /** The kinds the error can be: the first is the main finding, the others are its further documented causes. */
  kinds: ApiErrorKind[];
  exchange?: ExchangeProfile;
  /** The exchange's error code, when the text carries one. */
  code?: string;
  /** ccxt said the passphrase ("password" in ccxt) is not set. */
  ccxtPassword?: boolean;
  /** The code is known to several exchanges and the text names none of them. */
  ambiguous?: ExchangeProfile[];
}

const kindsOf = (entry: ErrorEntry): ApiErrorKind[] => [...new Set([entry.cause, ...(entry.causes ?? [])])];

/** A match as a diagnosis: the entry's code is reported only where the exchange tells errors apart by code. */
function fromMatch({profile, entry}: Match, exchange: ExchangeProfile | undefined): Diagnosis {
  const code = exchange === profile && readsCodes(profile) ? entry.code : undefined;
  return {kinds: kindsOf(entry), exchange, ...(code !== undefined ? {code} : {})};
}

/** What the text's messages say, when its code (if any) does not decide. */
function fromMessages(
  text: string,
  named: Named,
  chosen: ExchangeProfile | undefined,
  profiles: readonly ExchangeProfile[],
): Diagnosis {
  const bare = text.toLowerCase().replace(QUOTES, '');
  if (named !== 'other') {
    if (named) {
      // The text names the exchange: its own texts first; another exchange's text still tells the kind.
      const own = quotedEntries([named], bare)[0];
      if (own) return fromMatch(own, named);
      const other = quotedEntries(
        profiles.filter((p) => p !== named),
        bare,
      )[0];
      if (other) return fromMatch(other, named);
    } else {
      const matches = quotedEntries(profiles, bare);
      // Words only one exchange uses name it, whatever the reader chose; shared words need the choice.
      const own = matches.find((m) => !m.entry.shared) ?? matches.find((m) => m.profile === chosen);
      if (own) return fromMatch(own, own.profile);
      if (matches[0]) return fromMatch(matches[0], chosen);
    }
  }
  const exchange = named === 'other' ? undefined : chosen;
  if (CCXT_MISSING_PASSWORD.test(text)) return {kinds: ['passphrase'], exchange, ccxtPassword: true};
  // Header names out: a log that prints OK-ACCESS-PASSPHRASE or X-Timestamp says nothing about the error.
  const headers = word(profiles.flatMap(headerNames));
  const words = headers ? text.replace(new RegExp(headers.source, 'gi'), ' ') : text;
  const kind = PHRASES.find((p) => p.pattern.test(words))?.kind;
  return {kinds: kind ? [kind] : [], exchange};
}

function diagnose(text: string, context: ExplainContext, profiles: readonly ExchangeProfile[]): Diagnosis {
  const read = codeIn(text, profiles);
  const named = exchangeNamed(text, profiles) ?? namedByField(read?.field, profiles);
  const given = profileOf(context.exchange);
  const chosen = named === 'other' ? undefined : (named ?? given);
  if (!read) return fromMessages(text, named, chosen, profiles);
  const {code} = read;
  const withCode = (d: Diagnosis): Diagnosis => ({...d, code});
  if (named === 'other') return withCode(fromMessages(text, named, undefined, profiles));
  if (named) {
    const entry = entriesFor(named, code)[0];
    if (entry) return {kinds: kindsOf(entry), exchange: named, code};
    // A code of this exchange we don't know: say so, rather than guess from words about something else.
    if (readsCodes(named)) return {kinds: [], exchange: named, code};
    return withCode(fromMessages(text, named, chosen, profiles));
  }
  // No exchange named: the reader's choice, else every exchange whose table has the code.
  const givenEntry = given && entriesFor(given, code)[0];
  if (givenEntry) return {kinds: kindsOf(givenEntry), exchange: given, code};
  const owners = profiles.filter((p) => entriesFor(p, code).length > 0);
  if (owners.length === 1) return {kinds: kindsOf(entriesFor(owners[0], code)[0]), exchange: owners[0], code};
  if (owners.length > 1) return {kinds: [], code, ambiguous: owners};
  const shape = given?.replies.codeShape;
  if (given && readsCodes(given) && (shape === undefined || new RegExp(shape).test(code)))
    return {kinds: [], exchange: given, code};
  return withCode(fromMessages(text, undefined, given, profiles));
}

// Messages can differ per exchange: `params.context` picks the variant (i18next's context, "<key>_<context>"),
// and a key without a variant is the same for every exchange.
function ipFindings(
  text: string,
  exchange: ExchangeProfile | undefined,
  whitelist: string | undefined,
  guide: string,
): Finding[] {
  const ip = addressIn(text);
  const hasList = whitelist !== undefined && whitelist.trim() !== '';
  if (!ip) return hasList ? [{code: 'apierror.ip-unnamed', severity: 'info', params: {guide}}] : [];
  if (!hasList) return [{code: 'apierror.ip-seen', severity: 'info', params: {ip, guide}}];
  const {entry, valid} = lookUpAddress(ip, whitelist, exchange?.id ?? 'generic');
  if (valid === 0) return [{code: 'apierror.whitelist-unreadable', severity: 'warning', params: {ip, guide}}];
  if (entry !== undefined) return [{code: 'apierror.ip-listed', severity: 'warning', params: {ip, entry, guide}}];
  const params: Record<string, string | number> = {ip, entries: valid, guide};
  if (exchange) params.context = exchange.id;
  return [{code: 'apierror.ip-not-listed', severity: 'error', params}];
}

/** The exchange's site a log shows the bot connecting to, where its keys work on one site only. */
function siteFinding(text: string, kind: ApiErrorKind, exchange: ExchangeProfile | undefined): Finding[] {
  const sites = exchange?.replies.sites;
  if (!sites || !sites.causes.includes(kind)) return [];
  const site = sites.list.find((s) => s.pattern.test(text))?.id;
  return site ? [{code: sites.finding, severity: 'info', params: {context: site}}] : [];
}

/** Explains an API error message; blank text is 'empty'. Never throws. */
export function explainError(text: string, context: ExplainContext = {}): ErrorReport {
  const profiles = allProfiles();
  if (text.trim() === '')
    return {verdict: 'empty', findings: [], ...(context.exchange ? {exchange: context.exchange} : {})};
  const {kinds, exchange, code, ccxtPassword, ambiguous} = diagnose(text, context, profiles);
  const withExchange = (findings: Finding[]): ErrorReport => ({
    verdict: verdictOf(findings),
    findings,
    ...(exchange ? {exchange: exchange.id} : {}),
  });
  const [kind, ...further] = kinds;
  if (!kind) {
    const params: Record<string, string | number> = {guide: guideFor('unrecognised', exchange)};
    if (ambiguous)
      Object.assign(params, {
        code: code!,
        context: 'ambiguous',
        exchanges: ambiguous.map((p) => p.site.label).join(', '),
      });
    else if (code !== undefined) Object.assign(params, {code, context: 'code'});
    return withExchange([{code: 'apierror.unrecognised', severity: 'warning', params}]);
  }
  const paramsFor = (k: ApiErrorKind): Record<string, string | number> => {
    const params: Record<string, string | number> = {guide: guideFor(k, exchange)};
    if (exchange) Object.assign(params, {exchange: exchange.id, context: exchange.id});
    if (code) params.code = code;
    if ((k === 'signature' || k === 'key-pair') && exchange?.site.signer) params.signer = exchange.site.signer;
    return params;
  };
  const params = paramsFor(kind);
  const extra: Finding[] = [];
  // The address the exchange saw, wherever the IP whitelist is one of the causes (Binance -2015 names it
  // beside the key and the permissions): with the key's list it tells the causes apart.
  if (kinds.includes('ip-not-whitelisted'))
    extra.push(...ipFindings(text, exchange, context.whitelist, guideFor('ip-not-whitelisted', exchange)));
  if (ccxtPassword) extra.push({code: 'apierror.ccxt-password', severity: 'info'});
  extra.push(...siteFinding(text, kind, exchange));
  const ip = extra.find((f) => f.params?.ip !== undefined)?.params?.ip;
  if (ip !== undefined) params.ip = ip;
  const listed = extra[0]?.code;
  if (listed === 'apierror.ip-listed' || listed === 'apierror.ip-not-listed')
    params.listed = listed === 'apierror.ip-listed' ? 'yes' : 'no';
  const severity = (k: ApiErrorKind) => (k === 'rate-limit' ? 'warning' : 'error');
  // Every further cause the exchange documents for the code is a finding of its own.
  const others: Finding[] = further.map((k) => ({code: `apierror.${k}`, severity: severity(k), params: paramsFor(k)}));
  return withExchange([{code: `apierror.${kind}`, severity: severity(kind), params}, ...others, ...extra]);
}
