import type {ReactNode} from 'react';
import clsx from 'clsx';
import {translate} from '@docusaurus/Translate';
import type {Finding, Report} from '@site/src/checkers';
import {useDescribe} from './useCheckerModule';
import {usePageLocale} from './usePageLocale';
import styles from './styles.module.css';

export type Verdict = Report['verdict'];

/** 'pending': there is input, and the checker code that judges it is still loading. */
export function verdictLabel(verdict: Verdict | 'pending'): string {
  switch (verdict) {
    case 'pending':
      return translate({id: 'keybridge.checker.verdict.pending', message: 'Checking…'});
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

const ICON: Record<Verdict | 'pending', string> = {empty: '…', pending: '…', ok: '✓', warning: '!', error: '✗'};

interface Props {
  verdict: Verdict | 'pending';
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
export function VerdictBanner({verdict: given, headline, headlineWhere, children: summary}: Props) {
  const locale = usePageLocale();
  const messages = useDescribe(headline !== undefined);
  // A verdict is shown only with its words: until the messages arrive, it is still being checked.
  const verdict = headline && !messages ? 'pending' : given;
  const children = verdict === 'pending' ? null : summary;
  return (
    <div
      className={clsx(styles.verdict, verdict !== 'empty' && verdict !== 'pending' && styles[`tone-${verdict}`])}
      role="status"
      aria-live="polite"
      aria-atomic="true"
      data-verdict={verdict}>
      <span className={styles.verdictIcon} aria-hidden="true">
        {ICON[verdict]}
      </span>
      <div>
        <strong className={styles.verdictLabel}>{verdictLabel(verdict)}</strong>
        {headline && messages ? (
          <div className={styles.verdictSummary} data-code={headline.code}>
            {headlineWhere ? <span className={styles.headline}>{headlineWhere} </span> : null}
            <span className={styles.headline}>{messages.describe(headline, locale)}</span>{' '}
            <span>{messages.describeFix(headline, locale)}</span>
          </div>
        ) : null}
        {children ? <div className={styles.verdictSummary}>{children}</div> : null}
      </div>
    </div>
  );
}
