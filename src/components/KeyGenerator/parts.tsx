// Small pieces shared by the key kit widgets (KeyGenerator, RequestSigner): private inputs, a masked
// secret field, a copy button, and finding messages in the page's language.
import {useId, useState, type InputHTMLAttributes, type TextareaHTMLAttributes} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type {Finding} from '@site/src/checkers/types';
import {describeFix, describe} from '@site/src/checkers/describe';
import styles from './parts.module.css';

/** Keeps browsers, spell checkers and password managers away from what the reader types. */
export const PRIVATE = {
  autoComplete: 'off',
  spellCheck: false,
  autoCapitalize: 'off',
  autoCorrect: 'off',
  'data-1p-ignore': true,
  'data-lpignore': 'true',
  'data-form-type': 'other',
} as const;

export function PrivateInput(props: InputHTMLAttributes<HTMLInputElement>) {
  return <input {...PRIVATE} {...props} className={props.className ?? styles.input} />;
}

export function PrivateTextarea(props: TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return <textarea {...PRIVATE} {...props} className={props.className ?? styles.textarea} />;
}

/** A secret field: masked until the reader asks to see it. */
export function SecretInput({label, value, onChange, readOnly, testId}: {
  label: React.ReactNode;
  value: string;
  onChange?: (value: string) => void;
  readOnly?: boolean;
  testId?: string;
}) {
  const id = useId();
  const [shown, setShown] = useState(false);
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>{label}</label>
      <div className={styles.row}>
        <PrivateInput
          id={id}
          type={shown ? 'text' : 'password'}
          value={value}
          readOnly={readOnly}
          onChange={(e) => onChange?.(e.target.value)}
          data-testid={testId}
        />
        <button type="button" className="button button--secondary button--sm" aria-pressed={shown} aria-controls={id} onClick={() => setShown(!shown)}>
          {shown ? (
            <Translate id="keybridge.keyGenerator.hide">Hide</Translate>
          ) : (
            <Translate id="keybridge.keyGenerator.show">Show</Translate>
          )}
        </button>
        {readOnly && <CopyButton value={value} />}
      </div>
    </div>
  );
}

/** A read-only value with a label and a copy button. */
export function ReadOnlyValue({label, value, testId}: {label: React.ReactNode; value: string; testId?: string}) {
  const id = useId();
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>{label}</label>
      <div className={styles.row}>
        <PrivateInput id={id} type="text" readOnly value={value} data-testid={testId} className={`${styles.input} ${styles.mono}`} />
        <CopyButton value={value} />
      </div>
    </div>
  );
}

export function CopyButton({value, label}: {value: string; label?: string}) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = () => {
    const clipboard = typeof navigator !== 'undefined' ? navigator.clipboard : undefined;
    if (!clipboard) return setState('failed');
    clipboard.writeText(value).then(
      () => setState('copied'),
      () => setState('failed'),
    );
  };
  const text =
    state === 'copied'
      ? translate({id: 'keybridge.keyGenerator.copied', message: 'Copied'})
      : state === 'failed'
        ? translate({id: 'keybridge.keyGenerator.copyFailed', message: 'Copy failed: select the text and copy it'})
        : (label ?? translate({id: 'keybridge.keyGenerator.copy', message: 'Copy'}));
  return (
    <button type="button" className="button button--secondary button--sm" onClick={copy} disabled={!value} aria-live="polite">
      {text}
    </button>
  );
}

/** Messages for findings, in the page's language. */
export function useFindingText() {
  const {i18n} = useDocusaurusContext();
  const locale = i18n.currentLocale;
  return {
    message: (f: Finding) => describe(f, locale),
    fix: (f: Finding) => describeFix(f, locale),
  };
}

export function FindingList({findings}: {findings: Finding[]}) {
  const {message, fix} = useFindingText();
  if (findings.length === 0) return null;
  return (
    <ul className={styles.findings}>
      {findings.map((f, i) => {
        const how = fix(f);
        return (
          <li key={`${f.code}-${i}`} className={f.severity === 'error' ? styles.error : styles.warning} data-code={f.code}>
            {message(f)}
            {how && how !== f.code && <span className={styles.fix}>{how}</span>}
          </li>
        );
      })}
    </ul>
  );
}

export function PrivacyNote() {
  return (
    <p className={styles.privacy}>
      <Translate id="keybridge.keyGenerator.privacy">
        Runs only in this browser: nothing you type or generate here is sent anywhere or saved.
      </Translate>
    </p>
  );
}
