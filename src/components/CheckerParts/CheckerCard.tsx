import type {ReactNode} from 'react';
import {PrivacyNote, type PrivacyKind} from './PrivacyNote';
import styles from './styles.module.css';

interface Props {
  label: string;
  children: ReactNode;
  /** Which privacy line: a checker's (the default) or a key tool's. */
  privacy?: PrivacyKind;
  testId?: string;
}

/** The frame every checker and key tool sits in: a labelled region with the privacy line on top. */
export function CheckerCard({label, children, privacy, testId}: Props) {
  return (
    <section className={styles.card} aria-label={label} data-testid={testId}>
      <PrivacyNote kind={privacy} />
      {children}
    </section>
  );
}
