import type {ReactNode} from 'react';
import {PrivacyNote} from './PrivacyNote';
import styles from './styles.module.css';

interface Props {
  label: string;
  children: ReactNode;
  /** Wording of the privacy line, when the checkers' default does not fit the tool. */
  privacy?: ReactNode;
  testId?: string;
}

/** The frame every checker and key tool sits in: a labelled region with the privacy line on top. */
export function CheckerCard({label, children, privacy, testId}: Props) {
  return (
    <section className={styles.card} aria-label={label} data-testid={testId}>
      <PrivacyNote>{privacy}</PrivacyNote>
      {children}
    </section>
  );
}
