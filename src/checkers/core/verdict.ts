import type {Finding, Report} from './types';

/** The worst severity present; 'info' alone (or nothing) is 'ok'. */
export function verdictOf(findings: readonly Finding[]): Exclude<Report['verdict'], 'empty'> {
  let verdict: Exclude<Report['verdict'], 'empty'> = 'ok';
  for (const f of findings) {
    if (f.severity === 'error') return 'error';
    if (f.severity === 'warning') verdict = 'warning';
  }
  return verdict;
}
