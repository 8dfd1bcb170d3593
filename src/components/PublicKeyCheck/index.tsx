import {useDeferredValue, useMemo, useState} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import {checkPublicKey, describe} from '@site/src/checkers';
import {
  CheckerCard,
  CopyButton,
  FindingsList,
  TextField,
  VerdictBanner,
  usePageLocale,
  worstFinding,
} from '@site/src/components/CheckerParts';
import styles from './styles.module.css';

/** Checks a pasted Ed25519 public key (Backpack's optional Public Key field) and shows its base64 form. */
export default function PublicKeyCheck() {
  const locale = usePageLocale();
  const [text, setText] = useState('');
  const input = useDeferredValue(text);
  const report = useMemo(() => checkPublicKey(input), [input]);
  const worst = worstFinding(report.findings);

  let summary: string;
  if (report.verdict === 'empty') {
    summary = translate({id: 'keybridge.publicKey.empty', message: 'Paste a public key above to check it.'});
  } else if (worst && worst.severity !== 'info') {
    summary = describe(worst, locale);
  } else {
    summary = translate({id: 'keybridge.publicKey.valid', message: 'This is a valid Ed25519 public key.'});
  }

  return (
    <CheckerCard label={translate({id: 'keybridge.publicKey.region', message: 'Public key checker'})}>
      <TextField
        label={translate({id: 'keybridge.publicKey.label', message: 'Ed25519 public key'})}
        hint={translate({
          id: 'keybridge.publicKey.hint',
          message: 'Base64, base64url, hex, PEM, OpenSSH or a Solana-style address. A private key never belongs here.',
        })}
        value={text}
        onChange={setText}
        rows={3}
      />
      <VerdictBanner verdict={report.verdict}>{summary}</VerdictBanner>
      {report.format ? (
        <p className={styles.format}>
          <Translate id="keybridge.publicKey.format">Detected format:</Translate> <code>{report.format}</code>
        </p>
      ) : null}
      <FindingsList findings={report.findings} />
      {report.normalized ? (
        <div className={styles.normalized}>
          <p className={styles.normalizedLabel}>
            <Translate id="keybridge.publicKey.normalized">Standard base64, the form to paste into Backpack:</Translate>
          </p>
          <div className={styles.normalizedRow}>
            <code className={styles.normalizedValue} data-testid="normalized-key">
              {report.normalized}
            </code>
            <CopyButton
              text={report.normalized}
              label={translate({id: 'keybridge.publicKey.copyNormalized', message: 'Copy the standard base64 key'})}
            />
          </div>
        </div>
      ) : null}
    </CheckerCard>
  );
}
