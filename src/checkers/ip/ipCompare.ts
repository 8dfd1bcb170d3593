// compareWithTerminal: does the clean list cover every address the terminal asks you to whitelist? A
// missing address makes the verdict an error that names it, since the terminal's requests from that
// address would be refused. Where the comparison is the check (a connection guide), a list with no
// terminal's list beside it is reported as checked for form only. O((n + m) log n): blocks become
// [first, last] ranges, sorted once.
import {parseEntry} from './ipEntry';
import {checkIpList} from './ipList';
import type {CompareOptions, Finding, IpListReport, TerminalComparison} from '../core/types';
import {verdictOf} from '../core/verdict';

/** Missing addresses quoted by name in `ip.terminal-missing`; the rest are counted. */
const QUOTED_MISSING = 5;

interface Span {
  value: string;
  /** First and last address as family-tagged fixed-width hex, so string order is address order. */
  first: string;
  last: string;
}

function spanOf(value: string): Span | undefined {
  const p = parseEntry(value);
  if (p.first4 !== undefined) {
    const hex = (n: number) => `4${n.toString(16).padStart(8, '0')}`;
    return {value, first: hex(p.first4), last: hex(p.last4!)};
  }
  if (p.first6 !== undefined) return {value, first: `6${p.first6}`, last: `6${p.last6!}`};
  return undefined;
}

function spans(values: Iterable<string>): Span[] {
  const out: Span[] = [];
  for (const v of new Set(values)) {
    const s = spanOf(v);
    if (s) out.push(s);
  }
  return out.sort((a, b) => (a.first < b.first ? -1 : a.first > b.first ? 1 : 0));
}

/** Index of the last span whose first address is <= key, or -1. */
function lastStartingBefore(sorted: readonly Span[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].first <= key) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Adds list-wide findings at the head of the report, counting `attention` as each finding says. */
function withFindings(
  mine: IpListReport,
  added: Finding[],
  attention: number,
  terminal?: TerminalComparison,
): IpListReport {
  const findings = [...added, ...mine.findings];
  const report: IpListReport = {
    ...mine,
    findings,
    verdict: verdictOf(findings),
    attention: (mine.attention ?? 0) + attention,
  };
  if (terminal) report.terminal = terminal;
  return report;
}

/**
 * Compares the clean list of `mine` with the terminal's list (as pasted) and folds the result in. With
 * `required`, a list compared with nothing (no terminal's list, or none of it readable) gets
 * `ip.terminal-not-compared`: its verdict cannot be "looks good".
 */
export function compareWithTerminal(
  mine: IpListReport,
  terminalText: string,
  options: CompareOptions = {},
): IpListReport {
  const theirs = checkIpList(terminalText, {target: 'generic'});
  const terminalValues = theirs.entries.filter((e) => e.value !== undefined).map((e) => e.value!);
  if (terminalValues.length === 0) {
    if (!options.required || mine.verdict === 'empty') return mine;
    return withFindings(mine, [{code: 'ip.terminal-not-compared', severity: 'warning'}], 1);
  }
  const unreadable = theirs.entries.filter((e) => e.value === undefined).map((e) => e.raw);

  // The clean list holds no duplicates or nested blocks, so its spans are disjoint: a terminal block is
  // covered exactly when the last clean block starting at or before it also ends at or after it.
  // The clean list is joined with the target's separator (a line break, a comma, …): split on anything
  // that is not part of an address or block.
  const clean = spans(mine.output.split(/[^0-9A-Fa-f:./]+/).filter(Boolean));
  const terminal = spans(terminalValues);
  const missing = terminal
    .filter((t) => {
      const i = lastStartingBefore(clean, t.first);
      return i < 0 || clean[i].last < t.last;
    })
    .map((t) => t.value);
  // A clean block is extra when no terminal block overlaps it: with terminal spans sorted by first
  // address, the furthest end among those starting at or before its last address decides.
  const maxLast: string[] = [];
  terminal.forEach((t, i) => maxLast.push(i > 0 && maxLast[i - 1] > t.last ? maxLast[i - 1] : t.last));
  const extra = clean
    .filter((c) => {
      const i = lastStartingBefore(terminal, c.last);
      return i < 0 || maxLast[i] < c.first;
    })
    .map((c) => c.value);

  const comparison: TerminalComparison = {missing, extra, unreadable};
  if (mine.verdict === 'empty' || missing.length === 0) return {...mine, terminal: comparison};
  const quoted = missing.slice(0, QUOTED_MISSING).join(', ') + (missing.length > QUOTED_MISSING ? ', …' : '');
  const finding: Finding = {
    code: 'ip.terminal-missing',
    severity: 'error',
    params: {count: missing.length, entries: quoted},
  };
  return withFindings(mine, [finding], missing.length, comparison);
}
