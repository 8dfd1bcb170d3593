import Translate from '@docusaurus/Translate';
import styles from './styles.module.css';

function LockIcon() {
  return (
    <svg className={styles.lock} viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M8 1a3.5 3.5 0 0 0-3.5 3.5V6H4a1 1 0 0 0-1 1v7a1 1 0 0 0 1 1h8a1 1 0 0 0 1-1V7a1 1 0 0 0-1-1h-.5V4.5A3.5 3.5 0 0 0 8 1Zm-2 3.5a2 2 0 1 1 4 0V6H6V4.5Z"
      />
    </svg>
  );
}

export type PrivacyKind = 'check' | 'tool';

/** The privacy line with its lock: for a checker (what you paste) or a key tool (what you type or generate). */
export function PrivacyNote({kind = 'check'}: {kind?: PrivacyKind}) {
  return (
    <p className={styles.privacy}>
      <LockIcon />
      {kind === 'tool' ? (
        <Translate id="keybridge.keyGenerator.privacy">
          Runs only in this browser: nothing you type or generate here is sent anywhere or saved.
        </Translate>
      ) : (
        <Translate id="keybridge.checker.privacy">
          Checked only in this browser — nothing you paste is sent or saved.
        </Translate>
      )}
    </p>
  );
}
