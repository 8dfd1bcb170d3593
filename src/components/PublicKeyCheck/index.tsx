import {useMemo, useState} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
// Checker modules are imported directly, not through the index, so a page bundles only the checker it uses.
import {checkPublicKey} from '@site/src/checkers/publicKey';
import {
  CheckerCard,
  CopyButton,
  FindingsList,
  TextField,
  VerdictBanner,
  splitHeadline,
  useSettledInput,
} from '@site/src/components/CheckerParts';
import styles from './styles.module.css';

/** Checks a pasted Ed25519 public key (Backpack's optional Public Key field) and shows its base64 form. */
export default function PublicKeyCheck() {
  const [text, setText] = useState('');
  const input = useSettledInput(text);
  const report = useMemo(() => checkPublicKey(input), [input]);
  const {headline, rest} = splitHeadline(report.findings);

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
      <VerdictBanner verdict={report.verdict} headline={headline}>
        {report.verdict === 'empty'
          ? translate({id: 'keybridge.publicKey.empty', message: 'Paste a public key above to check it.'})
          : report.verdict === 'ok'
            ? translate({id: 'keybridge.publicKey.valid', message: 'This is a valid Ed25519 public key.'})
            : null}
      </VerdictBanner>
      {report.format ? (
        <p className={styles.format}>
          <Translate id="keybridge.publicKey.format">Detected format:</Translate> <code>{report.format}</code>
        </p>
      ) : null}
      <FindingsList findings={rest} />
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
