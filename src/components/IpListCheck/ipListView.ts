// What the widget draws, computed the same way on the main thread (short lists) and in the worker (long
// ones): the checker's report with the terminal comparison folded in, cut to the rows the widget shows,
// so a megabyte paste never sends a hundred thousand entry objects back to the page.
import {compareWithTerminal} from '@site/src/checkers/ip/ipCompare';
import {checkIpList} from '@site/src/checkers/ip/ipList';
import type {Finding, IpEntry, IpListReport, IpTarget, TerminalComparison} from '@site/src/checkers';

import {MAX_ROWS} from './maxRows';

export interface IpListRequest {
  text: string;
  target: IpTarget;
  terminal: string;
  /** The comparison with the terminal's list is the check (a connection guide's step). */
  compareRequired: boolean;
}

export interface IpListView {
  verdict: IpListReport['verdict'];
  /** List-wide findings and those of the shown entries. */
  findings: Finding[];
  /** The first MAX_ROWS entries. */
  entries: IpEntry[];
  entryCount: number;
  /** What needs attention, as the checker counts it (never 0 under a warning or an error). */
  problems: number;
  output: string;
  terminal?: TerminalComparison;
}

export function computeView({text, target, terminal, compareRequired}: IpListRequest): IpListView {
  const report = compareWithTerminal(checkIpList(text, {target}), terminal, {required: compareRequired});
  return {
    verdict: report.verdict,
    findings: report.findings.filter((f) => f.entry === undefined || f.entry < MAX_ROWS),
    entries: report.entries.slice(0, MAX_ROWS),
    entryCount: report.entries.length,
    problems: report.attention ?? 0,
    output: report.output,
    terminal: report.terminal,
  };
}
