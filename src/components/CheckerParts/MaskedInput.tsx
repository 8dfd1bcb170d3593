import {useId, useState} from 'react';
import {translate} from '@docusaurus/Translate';
import {privateFieldProps} from './privateFieldProps';
import styles from './styles.module.css';

interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
}

/** A labelled one-line field for a secret: hidden by default, with a Show/Hide toggle. */
export function MaskedInput({label, value, onChange, hint}: Props) {
  const id = useId();
  const [shown, setShown] = useState(false);
  const toggleLabel = shown
    ? translate({id: 'keybridge.checker.hideLabel', message: 'Hide {label}'}, {label})
    : translate({id: 'keybridge.checker.showLabel', message: 'Show {label}'}, {label});
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
      <div className={styles.maskedRow}>
        <input
          id={id}
          className={styles.input}
          type={shown ? 'text' : 'password'}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-describedby={hint ? `${id}-hint` : undefined}
          {...privateFieldProps}
        />
        <button
          type="button"
          className="button button--sm button--secondary"
          aria-controls={id}
          aria-label={toggleLabel}
          onClick={() => setShown(!shown)}>
          {shown
            ? translate({id: 'keybridge.checker.hide', message: 'Hide'})
            : translate({id: 'keybridge.checker.show', message: 'Show'})}
        </button>
      </div>
    </div>
  );
}
