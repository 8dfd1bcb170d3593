import type {ReactNode} from 'react';
import {Field} from './Field';
import styles from './styles.module.css';

interface Props<T extends string> {
  label: string;
  value: T;
  options: readonly {value: T; label: string}[];
  onChange: (value: T) => void;
  hint?: ReactNode;
  testId?: string;
}

export function SelectField<T extends string>({label, value, options, onChange, hint, testId}: Props<T>) {
  return (
    <Field label={label} hint={hint}>
      {({id, hintId}) => (
        <select
          id={id}
          className={styles.select}
          value={value}
          onChange={(e) => onChange(e.target.value as T)}
          aria-describedby={hintId}
          data-testid={testId}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
