import type {ReactNode} from 'react';
import clsx from 'clsx';
import {translate} from '@docusaurus/Translate';
import type {Finding, Report} from '@site/src/checkers';
import {describe, describeFix} from '@site/src/checkers/describe';
import {usePageLocale} from './usePageLocale';
import styles from './styles.module.css';

export type Verdict = Report['verdict'];

export function verdictLabel(verdict: Verdict): string {
  switch (verdict) {
    case 'ok':
      return translate({id: 'keybridge.checker.verdict.ok', message: 'Looks good'});
    case 'warning':
      return translate({id: 'keybridge.checker.verdict.warning', message: 'Usable, but read the notes'});
    case 'error':
      return translate({id: 'keybridge.checker.verdict.error', message: 'Needs fixing'});
    default:
      return translate({id: 'keybridge.checker.verdict.empty', message: 'Nothing to check yet'});
  }
}

const ICON: Record<Verdict, string> = {empty: '…', ok: '✓', warning: '!', error: '✗'};

interface Props {
  verdict: Verdict;
  /** The most serious finding, stated in plain words with its fix as the top line. */
  headline?: Finding;
  /** Where the headline problem is, when it belongs to one part of the input (e.g. "Entry 4 (1.2.3.4:443):"). */
  headlineWhere?: string;
  children?: ReactNode;
}

/**
 * The top-line result. It is a polite live region, so screen readers announce a new verdict once the
 * reader pauses typing, without interrupting.
 */
export function VerdictBanner({verdict, headline, headlineWhere, children}: Props) {
  const locale = usePageLocale();
  return (
    <div className={clsx(styles.verdict, verdict !== 'empty' && styles[`tone-${verdict}`])} role="status" aria-live="polite" aria-atomic="true" data-verdict={verdict}>
      <span className={styles.verdictIcon} aria-hidden="true">
        {ICON[verdict]}
      </span>
      <div>
        <strong className={styles.verdictLabel}>{verdictLabel(verdict)}</strong>
        {headline ? (
          <div className={styles.verdictSummary} data-code={headline.code}>
            {headlineWhere ? <span className={styles.headline}>{headlineWhere} </span> : null}
            <span className={styles.headline}>{describe(headline, locale)}</span>{' '}
            <span>{describeFix(headline, locale)}</span>
          </div>
        ) : null}
        {children ? <div className={styles.verdictSummary}>{children}</div> : null}
      </div>
    </div>
  );
}
