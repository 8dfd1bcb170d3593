import clsx from 'clsx';
import {translate} from '@docusaurus/Translate';
import type {Finding, Severity} from '@site/src/checkers';
import {useDescribe} from './useCheckerModule';
import {usePageLocale} from './usePageLocale';
import styles from './styles.module.css';

export function severityLabel(severity: Severity | 'ok'): string {
  switch (severity) {
    case 'error':
      return translate({id: 'keybridge.checker.severity.error', message: 'Error'});
    case 'warning':
      return translate({id: 'keybridge.checker.severity.warning', message: 'Warning'});
    case 'info':
      return translate({id: 'keybridge.checker.severity.info', message: 'Note'});
    default:
      return translate({id: 'keybridge.checker.severity.ok', message: 'OK'});
  }
}

/**
 * One finding: its severity in words (never colour alone), the message, and how to fix it. `compact`
 * (inside a table row that already states the status) leaves out the severity word.
 */
export function FindingItem({finding, compact = false}: {finding: Finding; compact?: boolean}) {
  const locale = usePageLocale();
  const messages = useDescribe();
  // Until the messages arrive (a moment after the first keystroke at most), the banner says "Checking…".
  if (!messages) return null;
  const {describe, describeFix} = messages;
  const fix = describeFix(finding, locale);
  return (
    <li className={clsx(styles.finding, styles[`finding-${finding.severity}`])} data-code={finding.code}>
      {compact ? null : <span className={styles.severity}>{severityLabel(finding.severity)}</span>}
      <span className={styles.message}>{describe(finding, locale)}</span>
      {fix ? <span className={styles.fix}>{fix}</span> : null}
    </li>
  );
}

export function FindingsList({findings, compact = false}: {findings: readonly Finding[]; compact?: boolean}) {
  if (findings.length === 0) return null;
  return (
    <ul className={clsx(styles.findings, compact && styles.findingsCompact)}>
      {findings.map((finding, i) => (
        <FindingItem key={`${finding.code}-${i}`} finding={finding} compact={compact} />
      ))}
    </ul>
  );
}

const ORDER: Record<Severity, number> = {error: 0, warning: 1, info: 2};

/** The most serious finding (first of its severity). */
export function worstFinding(findings: readonly Finding[]): Finding | undefined {
  let worst: Finding | undefined;
  for (const f of findings) if (!worst || ORDER[f.severity] < ORDER[worst.severity]) worst = f;
  return worst;
}

/**
 * Splits findings into the headline of the verdict (the worst error or warning, if any) and the rest,
 * so the banner states the main problem and its fix and the list below does not repeat it.
 */
export function splitHeadline(findings: readonly Finding[]): {headline?: Finding; rest: Finding[]} {
  const worst = worstFinding(findings);
  if (!worst || worst.severity === 'info') return {rest: findings.slice()};
  return {headline: worst, rest: findings.filter((f) => f !== worst)};
}
