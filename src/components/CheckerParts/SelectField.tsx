import {Field} from './Field';
import styles from './styles.module.css';

interface Props<T extends string> {
  label: string;
  value: T;
  options: readonly {value: T; label: string}[];
  onChange: (value: T) => void;
}

export function SelectField<T extends string>({label, value, options, onChange}: Props<T>) {
  return (
    <Field label={label}>
      {({id}) => (
        <select id={id} className={styles.select} value={value} onChange={(e) => onChange(e.target.value as T)}>
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
