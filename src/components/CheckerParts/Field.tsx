import {useId, type ReactNode} from 'react';
import styles from './styles.module.css';

interface Props {
  label: ReactNode;
  hint?: ReactNode;
  /** The control, given the id its label points to and the id of the hint that describes it. */
  children: (ids: {id: string; hintId?: string}) => ReactNode;
}

/** A labelled field: the label, an optional hint (linked with aria-describedby by the control) and the control. */
export function Field({label, hint, children}: Props) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      {hint ? (
        <p id={hintId} className={styles.hint}>
          {hint}
        </p>
      ) : null}
      {children({id, hintId})}
    </div>
  );
}
