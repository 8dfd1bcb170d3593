// checkIpList: turns a pasted IP whitelist into checked entries and a clean list for the target exchange.
// Linear apart from one sort: duplicates via a map keyed by network/prefix, covered blocks via a sweep
// over entries sorted by first address (CIDR blocks are either nested or disjoint).
import {parseEntry, type ParsedEntry} from './ipEntry';
import {tokenize} from './ipTokens';
import type {Finding, IpEntry, IpListOptions, IpListReport} from './types';
import {verdictOf} from './verdict';

/** OKX accepts up to 20 addresses per API key. */
export const OKX_MAX_ENTRIES = 20;
/** Far longer than any real exchange whitelist. */
export const HUGE_LIST = 1000;

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
    const findings: Finding[] = [];
    if (token.fullwidth) findings.push({code: 'ip.fullwidth', severity: 'warning'});
    if (token.invisible) findings.push({code: 'ip.invisible', severity: 'warning'});
    findings.push(...result.findings);
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
  for (let i = 0; i < entries.length; i++) {
    if (parsed[i].value !== undefined && !redundant[i]) output.push(parsed[i].value!);
  }

  if (fullwidthSeparator) listFindings.push({code: 'ip.fullwidth', severity: 'warning'});
  if (invisibleSeparator) listFindings.push({code: 'ip.invisible', severity: 'warning'});
  if (entries.length > HUGE_LIST) listFindings.push({code: 'ip.huge-list', severity: 'warning', params: {count: entries.length}});
  if (target === 'okx' && output.length > OKX_MAX_ENTRIES) {
    listFindings.push({code: 'ip.too-many', severity: 'error', params: {count: output.length, max: OKX_MAX_ENTRIES}});
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

/** Flags later duplicates and blocks inside another entry's block; returns which entries to leave out. */
function markRedundant(entries: IpEntry[], parsed: ParsedEntry[]): boolean[] {
  const redundant = new Array<boolean>(entries.length).fill(false);
  const firstByKey = new Map<string, number>();
  const unique: number[] = [];
  for (let i = 0; i < parsed.length; i++) {
    const key = parsed[i].key;
    if (key === undefined) continue;
    const first = firstByKey.get(key);
    if (first === undefined) {
      firstByKey.set(key, i);
      unique.push(i);
    } else {
      redundant[i] = true;
      addFinding(entries[i], i, {code: 'ip.duplicate', severity: 'warning', params: {of: parsed[first].value!}});
    }
  }

  // Broader blocks sort before the blocks they contain (same start, shorter prefix first).
  const prefixOf = (i: number) => Number(parsed[i].key!.slice(parsed[i].key!.indexOf('/') + 1));
  unique.sort((a, b) => {
    const sa = parsed[a].start!;
    const sb = parsed[b].start!;
    return sa < sb ? -1 : sa > sb ? 1 : prefixOf(a) - prefixOf(b);
  });
  let root = -1;
  for (const i of unique) {
    if (root >= 0 && parsed[i].start! <= parsed[root].end!) {
      redundant[i] = true;
      addFinding(entries[i], i, {code: 'ip.covered', severity: 'warning', params: {by: parsed[root].value!}});
    } else {
      root = i;
    }
  }
  return redundant;
}

function addFinding(entry: IpEntry, index: number, finding: Finding) {
  finding.entry = index;
  entry.findings.push(finding);
}
