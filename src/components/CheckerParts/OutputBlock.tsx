import type {ReactNode} from 'react';
import {CopyButton} from './CopyButton';
import styles from './styles.module.css';

/** A computed value shown exactly (preformatted, wrapping anywhere) under its label, with a copy button. */
export function OutputBlock({label, value, testId}: {label: ReactNode; value: string; testId: string}) {
  return (
    <div className={styles.output}>
      <div className={styles.outputHead}>
        <span className={styles.label}>{label}</span>
        <CopyButton text={value} />
      </div>
      <pre className={styles.value} data-testid={testId}>
        {value}
      </pre>
    </div>
  );
}
