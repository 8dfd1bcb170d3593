import {useId} from 'react';
import clsx from 'clsx';
import {privateFieldProps} from './privateFieldProps';
import styles from './styles.module.css';

interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  /** Rows for a textarea; omit for a one-line input. */
  rows?: number;
  monospace?: boolean;
}

/** A labelled, visible field (textarea or one-line input) with the private-field attributes. */
export function TextField({label, value, onChange, hint, rows, monospace = true}: Props) {
  const id = useId();
  const common = {
    id,
    value,
    className: clsx(styles.input, monospace && styles.mono),
    'aria-describedby': hint ? `${id}-hint` : undefined,
    ...privateFieldProps,
  };
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className={styles.hint}>
          {hint}
        </p>
      ) : null}
      {rows ? (
        <textarea {...common} rows={rows} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} type="text" onChange={(e) => onChange(e.target.value)} />
      )}
    </div>
  );
}
