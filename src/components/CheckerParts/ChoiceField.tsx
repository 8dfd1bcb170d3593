import {useId, type ReactNode} from 'react';
import styles from './styles.module.css';

interface Props<T extends string> {
  legend: ReactNode;
  value: T;
  options: [T, ReactNode][];
  onChange: (value: T) => void;
}

/** A row of radio buttons in a fieldset: one choice among a few, e.g. "Sign a request" / "Check my bot's signature". */
export function ChoiceField<T extends string>({legend, value, options, onChange}: Props<T>) {
  const name = useId();
  return (
    <fieldset className={styles.choice}>
      <legend className={styles.label}>{legend}</legend>
      {options.map(([option, label]) => (
        <label key={option} className={styles.option}>
          <input type="radio" name={name} value={option} checked={value === option} onChange={() => onChange(option)} />{' '}
          {label}
        </label>
      ))}
    </fieldset>
  );
}
