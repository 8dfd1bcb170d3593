// checkIpList: turns a pasted IP whitelist into checked entries and a clean list for the target exchange.
// The target's whitelist rules come from its profile (src/exchanges): how many entries it takes, how they
// are separated, whether CIDR blocks and IPv6 are taken. A rule no source states is not guessed: the
// report says to check the exchange's page.
// Linear apart from one sort per address family, which finds both duplicates and covered blocks.
// The clean list holds only entries that are safe to paste: a value, no error, a public address, no
// block broader than the too-broad limit. Duplicates and covered blocks are looked for among those alone,
// so an entry that stays out can never swallow one that belongs in.
import {known, profileOf} from '../core/exchangeProfiles';
import {parseEntry, type ParsedEntry} from './ipEntry';
import {tokenize, type Token} from './ipTokens';
import type {IpWhitelistRules} from '../../profiles/types';
import type {Finding, IpEntry, IpKind, IpListOptions, IpListReport} from '../core/types';
import {verdictOf} from '../core/verdict';

/** Far longer than any real exchange whitelist. */
export const HUGE_LIST = 1000;
/**
 * Entries checked one by one at most; the rest of a pasted dump is counted, reported and left out. This
 * bounds the work on any input by the work on 100,000 entries.
 */
export const MAX_CHECKED = 100_000;
/** Distinct entries whose parse is remembered for their repeats. */
const MAX_REMEMBERED = 10_000;
/** Left-out entries quoted by name in `ip.left-out`; the rest are counted. */
const QUOTED_LEFT_OUT = 5;
/** List-wide findings about entries that carry findings of their own: not counted again as needing attention. */
const RESTATES_ENTRIES = new Set(['ip.left-out', 'ip.too-many']);
/** Findings that keep an entry with a value out of the clean list (besides any error). */
const LEAVE_OUT = new Set(['ip.too-broad', 'ip.not-public']);

const stays = (p: ParsedEntry) =>
  p.value !== undefined && !p.findings.some((f) => f.severity === 'error' || LEAVE_OUT.has(f.code));
/** An entry as quoted in a message: a pasted blob without separators can be any length. */
const quote = (raw: string) => (raw.length > 48 ? `${raw.slice(0, 47)}…` : raw);

/** What the target takes, from its profile; a generic target takes any number, one per line. */
interface Rules {
  exchange?: string;
  limit: number;
  separator: string;
  /** true: taken; false: not taken; undefined: no source says. */
  cidr?: boolean;
  ipv6?: boolean;
  /** The exchange has no IP whitelist at all (its profile says so): there is no list to set. */
  none?: boolean;
}

function rulesOf(target: string): Rules {
  const profile = profileOf(target);
  if (!profile) return {limit: Infinity, separator: '\n', cidr: true, ipv6: true};
  const rules: IpWhitelistRules = profile.ipWhitelist;
  const separators = known(rules.separators) ?? [];
  // One entry at a time: one per line, each copied on its own. A list: the first separator the exchange names.
  const separator = known(rules.entry) === 'list' && separators.length > 0 ? separators[0] : '\n';
  return {
    exchange: profile.id,
    limit: known(rules.maxEntries) ?? Infinity,
    separator,
    cidr: known(rules.cidr),
    ipv6: known(rules.ipv6),
    ...(rules.available?.value === false ? {none: true} : {}),
  };
}

const isCidr = (kind?: IpKind) => kind === 'cidr4' || kind === 'cidr6';
const isV6 = (kind?: IpKind) => kind === 'ipv6' || kind === 'cidr6';

/** The target does not take this kind of entry (its profile says so). */
function refused(rules: Rules, kind: IpKind | undefined, index: number): Finding | undefined {
  const params = {exchange: rules.exchange ?? ''};
  if (rules.ipv6 === false && isV6(kind))
    return {code: 'ip.ipv6-not-accepted', severity: 'error', params, entry: index};
  if (rules.cidr === false && isCidr(kind))
    return {code: 'ip.cidr-not-accepted', severity: 'error', params, entry: index};
  return undefined;
}

export function checkIpList(input: string, options: IpListOptions = {}): IpListReport {
  const target = options.target ?? 'generic';
  const rules = rulesOf(target);
  const entries: IpEntry[] = [];
  // What the duplicate sweep needs of each entry that goes into the clean list, in flat arrays so that
  // a long paste does not keep a parsed object per entry alive.
  const kept: Kept = {v4: [], v6: new Map(), first4: [], last4: [], prefix: [], keep: []};
  const parsed = new Map<string, ParsedEntry>();
  const {fullwidthSeparator, invisibleSeparator, skipped} = tokenize(
    input,
    (token) => {
      const i = entries.length;
      // A repeated entry is parsed once; its findings are copied per entry (their params are shared,
      // never changed), so a dump of the same few addresses costs little more than reading it.
      let result = parsed.get(token.text);
      const repeat = result !== undefined;
      if (result === undefined) {
        result = parseEntry(token.text);
        if (parsed.size < MAX_REMEMBERED) parsed.set(token.text, result);
      }
      const findings = entryFindings(result.findings, repeat, token, i);
      const refusal = result.value !== undefined ? refused(rules, result.kind, i) : undefined;
      const entry: IpEntry = {raw: token.raw, findings: refusal ? [...findings, refusal] : findings};
      if (result.value !== undefined) {
        entry.value = result.value;
        entry.kind = result.kind;
      }
      entries.push(entry);
      const keep = !refusal && stays(result);
      kept.keep.push(keep);
      const isV4 = keep && result.first4 !== undefined;
      // One element per entry, so the arrays stay packed.
      kept.first4.push(isV4 ? result.first4! : 0);
      kept.last4.push(isV4 ? result.last4! : 0);
      kept.prefix.push(isV4 ? result.prefix! : 0);
      if (isV4) kept.v4.push(i);
      else if (keep) kept.v6.set(i, result);
    },
    MAX_CHECKED,
  );
  if (entries.length === 0) return {verdict: 'empty', findings: [], entries: [], output: '', attention: 0};
  const listFindings: Finding[] = [];

  const coveredBy = markRedundant(entries, kept);
  // The clean entries in the order pasted; past the target's limit (OKX: 20) they are left out, and so
  // is any entry merged into one of those. The reader sees which, and can reorder the list to choose.
  const limit = rules.limit;
  const overLimit = new Uint8Array(entries.length);
  let clean = 0;
  const overNames: string[] = [];
  for (let i = 0; i < entries.length; i++) {
    if (!kept.keep[i] || coveredBy[i] >= 0 || ++clean <= limit) continue;
    overLimit[i] = 1;
    if (overNames.length <= QUOTED_LEFT_OUT) overNames.push(entries[i].value!);
  }
  const output: string[] = [];
  const leftOut: string[] = [];
  let leftOutCount = 0;
  let overParams: {max: number; exchange: string} | undefined;
  for (let i = 0; i < entries.length; i++) {
    if (!kept.keep[i]) {
      if (leftOutCount++ < QUOTED_LEFT_OUT) leftOut.push(quote(entries[i].raw));
      continue;
    }
    let root = i;
    while (coveredBy[root] >= 0) root = coveredBy[root];
    if (overLimit[root]) {
      overParams ??= {max: limit, exchange: rules.exchange ?? ''};
      addFinding(entries[i], i, {code: 'ip.over-limit', severity: 'error', params: overParams});
      if (leftOutCount++ < QUOTED_LEFT_OUT) leftOut.push(quote(entries[i].raw));
    } else if (root === i) output.push(entries[i].value!);
  }

  if (fullwidthSeparator) listFindings.push({code: 'ip.fullwidth', severity: 'warning'});
  if (invisibleSeparator) listFindings.push({code: 'ip.invisible', severity: 'warning'});
  const total = entries.length + skipped;
  if (total > HUGE_LIST) listFindings.push({code: 'ip.huge-list', severity: 'warning', params: {count: total}});
  if (skipped > 0)
    listFindings.push({code: 'ip.not-checked', severity: 'warning', params: {count: skipped, max: MAX_CHECKED}});
  if (clean > limit) {
    const names =
      overNames.length > QUOTED_LEFT_OUT
        ? `${overNames.slice(0, QUOTED_LEFT_OUT).join(', ')}, …`
        : overNames.join(', ');
    listFindings.push({
      code: 'ip.too-many',
      severity: 'error',
      params: {count: clean, max: limit, entries: names, exchange: rules.exchange ?? ''},
    });
  }
  // An exchange with no IP whitelist: say so first, and nothing about what its list would take.
  if (rules.none)
    listFindings.unshift({code: 'ip.no-whitelist', severity: 'warning', params: {exchange: rules.exchange!}});
  // Kinds of entry in the clean list that no source says the target takes: say so, once for the list.
  else if (rules.exchange !== undefined && (rules.cidr === undefined || rules.ipv6 === undefined)) {
    let blocks = 0;
    let v6 = 0;
    for (let i = 0; i < entries.length; i++) {
      if (!kept.keep[i]) continue;
      if (isCidr(entries[i].kind)) blocks++;
      if (isV6(entries[i].kind)) v6++;
    }
    const params = (count: number) => ({count, exchange: rules.exchange!});
    if (rules.cidr === undefined && blocks > 0)
      listFindings.push({code: 'ip.cidr-unverified', severity: 'info', params: params(blocks)});
    if (rules.ipv6 === undefined && v6 > 0)
      listFindings.push({code: 'ip.ipv6-unverified', severity: 'info', params: params(v6)});
  }
  leftOutCount += skipped;
  if (leftOutCount > 0) {
    const entriesText = leftOutCount > leftOut.length ? `${leftOut.join(', ')}, …` : leftOut.join(', ');
    listFindings.push({
      code: 'ip.left-out',
      severity: 'warning',
      params: {count: leftOutCount, total, entries: entriesText},
    });
  }

  const findings = listFindings.slice();
  let attention = 0;
  for (const entry of entries) {
    let problem = false;
    for (const f of entry.findings) {
      findings.push(f);
      if (f.severity !== 'info') problem = true;
    }
    if (problem) attention++;
  }
  for (const f of listFindings) if (f.severity !== 'info' && !RESTATES_ENTRIES.has(f.code)) attention++;
  return {
    verdict: verdictOf(findings),
    findings,
    entries,
    output: output.join(rules.separator),
    attention,
  };
}

/**
 * Flags duplicates (the same network and prefix as an earlier entry) and blocks inside another entry's
 * block. One stable sort per family by first address,
 * broader blocks first, then one sweep: CIDR blocks are either nested or disjoint, so a block is covered
 * exactly when it starts inside the last block that was not covered. Returns, per entry, the entry it
 * repeats or lies inside (-1 for none); following those links ends at an entry of the clean list.
 */
function markRedundant(entries: IpEntry[], kept: Kept): Int32Array {
  const coveredBy = new Int32Array(entries.length).fill(-1);
  const {first4, last4, prefix} = kept;
  const v4 = kept.v4;
  const sortKey4 = new Float64Array(entries.length); // first address * 64 + prefix: exact in a double
  for (const i of v4) sortKey4[i] = first4[i] * 64 + prefix[i];
  // Array.prototype.sort is stable, so among equal blocks the earliest entry comes first.
  v4.sort((a, b) => sortKey4[a] - sortKey4[b]);
  sweep(
    v4,
    (a, b) => sortKey4[a] === sortKey4[b],
    (i, root) => first4[i] <= last4[root],
  );
  const p6 = kept.v6;
  const v6 = [...p6.keys()];
  v6.sort((a, b) => {
    const fa = p6.get(a)!.first6!;
    const fb = p6.get(b)!.first6!;
    return fa < fb ? -1 : fa > fb ? 1 : p6.get(a)!.prefix! - p6.get(b)!.prefix!;
  });
  sweep(
    v6,
    (a, b) => p6.get(a)!.first6 === p6.get(b)!.first6 && p6.get(a)!.prefix === p6.get(b)!.prefix,
    (i, root) => p6.get(i)!.first6! <= p6.get(root)!.last6!,
  );
  return coveredBy;

  function sweep(
    order: number[],
    same: (a: number, b: number) => boolean,
    inside: (i: number, root: number) => boolean,
  ) {
    let root = -1; // the last block not covered by another
    let group = -1; // the earliest entry of the current run of equal blocks
    // One params object per group and per covering block, shared by their findings (never mutated).
    let ofParams: {of: string} | undefined;
    let byParams: {by: string} | undefined;
    for (const i of order) {
      if (group >= 0 && same(i, group)) {
        coveredBy[i] = group;
        ofParams ??= {of: entries[group].value!};
        addFinding(entries[i], i, {code: 'ip.duplicate', severity: 'warning', params: ofParams});
        continue;
      }
      group = i;
      ofParams = undefined;
      if (root >= 0 && inside(i, root)) {
        coveredBy[i] = root;
        byParams ??= {by: entries[root].value!};
        addFinding(entries[i], i, {code: 'ip.covered', severity: 'warning', params: byParams});
      } else {
        root = i;
        byParams = undefined;
      }
    }
  }
}

/** Entries that go into the clean list: their indexes and blocks (IPv4 as numbers, IPv6 parsed). */
interface Kept {
  keep: boolean[];
  v4: number[];
  first4: number[];
  last4: number[];
  prefix: number[];
  v6: Map<number, ParsedEntry>;
}

function addFinding(entry: IpEntry, index: number, finding: Finding) {
  finding.entry = index;
  // A new array of the exact size: push would give every such entry a 16-slot backing store.
  entry.findings = entry.findings.length === 0 ? [finding] : [...entry.findings, finding];
}

/**
 * The findings of entry `index`: the cleaning it needed, then those of its parse, each marked with the
 * index. A first parse's findings are the entry's own; a repeat's are copied. Built at their exact
 * size: a pasted dump can hold a hundred thousand of these.
 */
function entryFindings(parsed: Finding[], repeat: boolean, token: Token, index: number): Finding[] {
  const {fullwidth, invisible, spaced} = token;
  if (!repeat && !fullwidth && !invisible && !spaced) {
    for (const f of parsed) f.entry = index;
    return parsed;
  }
  const findings = new Array<Finding>((fullwidth ? 1 : 0) + (invisible ? 1 : 0) + (spaced ? 1 : 0) + parsed.length);
  let n = 0;
  if (spaced) findings[n++] = {code: 'ip.space-inside', severity: 'warning', entry: index};
  if (fullwidth) findings[n++] = {code: 'ip.fullwidth', severity: 'warning', entry: index};
  if (invisible) findings[n++] = {code: 'ip.invisible', severity: 'warning', entry: index};
  for (const f of parsed) {
    if (!repeat) {
      f.entry = index;
      findings[n++] = f;
    } else if (f.params) findings[n++] = {code: f.code, severity: f.severity, params: f.params, entry: index};
    else findings[n++] = {code: f.code, severity: f.severity, entry: index};
  }
  return findings;
}
