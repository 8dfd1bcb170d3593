import {useState, type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import {Field} from './Field';
import {PrivateInput} from './PrivateInput';
import styles from './styles.module.css';

interface Props {
  label: string;
  value: string;
  /** Omit for a read-only field (e.g. a generated secret). */
  onChange?: (value: string) => void;
  hint?: ReactNode;
  testId?: string;
  /** More buttons after the Show/Hide toggle, e.g. a CopyButton. */
  actions?: ReactNode;
}

/** A labelled one-line field for a secret: hidden by default, with a Show/Hide toggle. */
export function MaskedInput({label, value, onChange, hint, testId, actions}: Props) {
  const [shown, setShown] = useState(false);
  const toggleLabel = shown
    ? translate({id: 'keybridge.checker.hideLabel', message: 'Hide {label}'}, {label})
    : translate({id: 'keybridge.checker.showLabel', message: 'Show {label}'}, {label});
  return (
    <Field label={label} hint={hint}>
      {({id, hintId}) => (
        <div className={styles.fieldRow}>
          <PrivateInput
            id={id}
            type={shown ? 'text' : 'password'}
            value={value}
            readOnly={onChange === undefined}
            onChange={(e) => onChange?.(e.target.value)}
            aria-describedby={hintId}
            data-testid={testId}
          />
          <span className={styles.fieldButtons}>
            <button
              type="button"
              className="button button--sm button--secondary"
              aria-controls={id}
              aria-pressed={shown}
              aria-label={toggleLabel}
              onClick={() => setShown(!shown)}>
              {shown
                ? translate({id: 'keybridge.checker.hide', message: 'Hide'})
                : translate({id: 'keybridge.checker.show', message: 'Show'})}
            </button>
            {actions}
          </span>
        </div>
      )}
    </Field>
  );
}
