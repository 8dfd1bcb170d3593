import Translate from '@docusaurus/Translate';
import styles from './styles.module.css';

export function PrivacyNote() {
  return (
    <p className={styles.privacy}>
      <span aria-hidden="true">🔒 </span>
      <Translate id="keybridge.checker.privacy">
        Checked only in this browser — nothing you paste is sent or saved.
      </Translate>
    </p>
  );
}
