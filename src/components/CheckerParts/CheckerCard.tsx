import type {ReactNode} from 'react';
import {PrivacyNote} from './PrivacyNote';
import styles from './styles.module.css';

/** The frame every checker sits in: a labelled region with the privacy line on top. */
export function CheckerCard({label, children}: {label: string; children: ReactNode}) {
  return (
    <section className={styles.card} aria-label={label}>
      <PrivacyNote />
      {children}
    </section>
  );
}
