import type {ReactNode} from 'react';
import {Field} from './Field';
import {PrivateInput, PrivateTextarea} from './PrivateInput';
import styles from './styles.module.css';

interface Props {
  label: ReactNode;
  value: string;
  /** Omit for a read-only field. */
  onChange?: (value: string) => void;
  hint?: ReactNode;
  /** Rows for a textarea; omit for a one-line input. */
  rows?: number;
  monospace?: boolean;
  inputMode?: 'numeric' | 'text';
  testId?: string;
  /** Buttons shown next to the field, e.g. a CopyButton. */
  actions?: ReactNode;
}

/** A labelled, visible field (textarea or one-line input) with the private-field attributes. */
export function TextField({label, value, onChange, hint, rows, monospace = true, inputMode, testId, actions}: Props) {
  return (
    <Field label={label} hint={hint}>
      {({id, hintId}) => {
        const common = {
          id,
          value,
          monospace,
          readOnly: onChange === undefined,
          'aria-describedby': hintId,
          'data-testid': testId,
        };
        const field = rows ? (
          <PrivateTextarea {...common} rows={rows} onChange={(e) => onChange?.(e.target.value)} />
        ) : (
          <PrivateInput {...common} inputMode={inputMode} onChange={(e) => onChange?.(e.target.value)} />
        );
        return actions ? (
          <div className={styles.fieldRow}>
            {field}
            <span className={styles.fieldButtons}>{actions}</span>
          </div>
        ) : (
          field
        );
      }}
    </Field>
  );
}
