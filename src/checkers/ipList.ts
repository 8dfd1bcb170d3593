// checkIpList: turns a pasted IP whitelist into checked entries and a clean list for the target exchange.
// Linear apart from one sort per address family, which finds both duplicates and covered blocks.
// The clean list holds only entries that are safe to paste: a value, no error, a public address, no
// block broader than the too-broad limit. Duplicates and covered blocks are looked for among those alone,
// so an entry that stays out can never swallow one that belongs in.
import {parseEntry, type ParsedEntry} from './ipEntry';
import {tokenize} from './ipTokens';
import type {Finding, IpEntry, IpListOptions, IpListReport} from './types';
import {verdictOf} from './verdict';

/** OKX accepts up to 20 addresses per API key. */
export const OKX_MAX_ENTRIES = 20;
/** Far longer than any real exchange whitelist. */
export const HUGE_LIST = 1000;
/** Left-out entries quoted by name in `ip.left-out`; the rest are counted. */
const QUOTED_LEFT_OUT = 5;
/** Findings that keep an entry with a value out of the clean list (besides any error). */
const LEAVE_OUT = new Set(['ip.too-broad', 'ip.not-public']);

const stays = (p: ParsedEntry) => p.value !== undefined && !p.findings.some((f) => f.severity === 'error' || LEAVE_OUT.has(f.code));
/** An entry as quoted in a message: a pasted blob without separators can be any length. */
const quote = (raw: string) => (raw.length > 48 ? `${raw.slice(0, 47)}…` : raw);

export function checkIpList(input: string, options: IpListOptions = {}): IpListReport {
  const target = options.target ?? 'generic';
  const {tokens, fullwidthSeparator, invisibleSeparator} = tokenize(input);
  if (tokens.length === 0) return {verdict: 'empty', findings: [], entries: [], output: ''};

  const listFindings: Finding[] = [];
  const entries: IpEntry[] = [];
  const parsed: ParsedEntry[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const result = parseEntry(token.text);
    let findings = result.findings;
    if (token.fullwidth || token.invisible) {
      findings = [];
      if (token.fullwidth) findings.push({code: 'ip.fullwidth', severity: 'warning'});
      if (token.invisible) findings.push({code: 'ip.invisible', severity: 'warning'});
      findings.push(...result.findings);
    }
    for (const f of findings) f.entry = i;
    const entry: IpEntry = {raw: token.raw, findings};
    if (result.value !== undefined) {
      entry.value = result.value;
      entry.kind = result.kind;
    }
    entries.push(entry);
    parsed.push(result);
  }

  const redundant = markRedundant(entries, parsed);
  const output: string[] = [];
  const leftOut: string[] = [];
  let leftOutCount = 0;
  for (let i = 0; i < entries.length; i++) {
    if (!stays(parsed[i])) {
      if (leftOutCount++ < QUOTED_LEFT_OUT) leftOut.push(quote(entries[i].raw));
    } else if (!redundant[i]) output.push(parsed[i].value!);
  }

  if (fullwidthSeparator) listFindings.push({code: 'ip.fullwidth', severity: 'warning'});
  if (invisibleSeparator) listFindings.push({code: 'ip.invisible', severity: 'warning'});
  if (entries.length > HUGE_LIST) listFindings.push({code: 'ip.huge-list', severity: 'warning', params: {count: entries.length}});
  if (target === 'okx' && output.length > OKX_MAX_ENTRIES) {
    listFindings.push({code: 'ip.too-many', severity: 'error', params: {count: output.length, max: OKX_MAX_ENTRIES}});
  }
  if (leftOutCount > 0) {
    const entriesText = leftOutCount > leftOut.length ? `${leftOut.join(', ')}, …` : leftOut.join(', ');
    listFindings.push({code: 'ip.left-out', severity: 'warning', params: {count: leftOutCount, total: entries.length, entries: entriesText}});
  }

  const findings = listFindings.slice();
  for (const entry of entries) for (const f of entry.findings) findings.push(f);
  return {
    verdict: verdictOf(findings),
    findings,
    entries,
    output: output.join(target === 'okx' ? ',' : '\n'),
  };
}

/**
 * Flags duplicates (the same network and prefix as an earlier entry) and blocks inside another entry's
 * block; returns which entries to leave out of the output. One stable sort per family by first address,
 * broader blocks first, then one sweep: CIDR blocks are either nested or disjoint, so a block is covered
 * exactly when it starts inside the last block that was not covered.
 */
function markRedundant(entries: IpEntry[], parsed: ParsedEntry[]): boolean[] {
  const redundant = new Array<boolean>(entries.length).fill(false);
  const v4: number[] = [];
  const v6: number[] = [];
  const sortKey4 = new Float64Array(parsed.length); // first address * 64 + prefix: exact in a double
  for (let i = 0; i < parsed.length; i++) {
    const p = parsed[i];
    if (!stays(p)) continue;
    if (p.first4 !== undefined) {
      sortKey4[i] = p.first4 * 64 + p.prefix!;
      v4.push(i);
    } else v6.push(i);
  }
  // Array.prototype.sort is stable, so among equal blocks the earliest entry comes first.
  v4.sort((a, b) => sortKey4[a] - sortKey4[b]);
  sweep(v4, (a, b) => sortKey4[a] === sortKey4[b], (i, root) => parsed[i].first4! <= parsed[root].last4!);
  v6.sort((a, b) => {
    const fa = parsed[a].first6!;
    const fb = parsed[b].first6!;
    return fa < fb ? -1 : fa > fb ? 1 : parsed[a].prefix! - parsed[b].prefix!;
  });
  sweep(
    v6,
    (a, b) => parsed[a].first6 === parsed[b].first6 && parsed[a].prefix === parsed[b].prefix,
    (i, root) => parsed[i].first6! <= parsed[root].last6!,
  );
  return redundant;

  function sweep(order: number[], same: (a: number, b: number) => boolean, inside: (i: number, root: number) => boolean) {
    let root = -1; // the last block not covered by another
    let group = -1; // the earliest entry of the current run of equal blocks
    for (const i of order) {
      if (group >= 0 && same(i, group)) {
        redundant[i] = true;
        addFinding(entries[i], i, {code: 'ip.duplicate', severity: 'warning', params: {of: parsed[group].value!}});
        continue;
      }
      group = i;
      if (root >= 0 && inside(i, root)) {
        redundant[i] = true;
        addFinding(entries[i], i, {code: 'ip.covered', severity: 'warning', params: {by: parsed[root].value!}});
      } else root = i;
    }
  }
}

function addFinding(entry: IpEntry, index: number, finding: Finding) {
  finding.entry = index;
  entry.findings.push(finding);
}
