import {useState} from 'react';
import {translate} from '@docusaurus/Translate';
import type {Exchange, KeyPairReport, Report} from '@site/src/checkers';
import {
  CheckerCard,
  CopyButton,
  FindingsList,
  MaskedInput,
  SelectField,
  TextField,
  VerdictBanner,
  splitHeadline,
  useCheckerModule,
  usePublishSecret,
} from '@site/src/components/CheckerParts';
import parts from '@site/src/components/CheckerParts/styles.module.css';
import {useKeyPairReport} from './useKeyPairReport';
import styles from './styles.module.css';

// Imported on first use, directly (not through the index), so only this checker's code loads.
const loadChecker = () => import('@site/src/checkers/keyPair');

function exchangeOptions(): {value: Exchange; label: string}[] {
  return [
    {
      value: 'backpack',
      label: translate({id: 'keybridge.keyPair.exchange.backpack', message: 'Backpack (ED25519 key)'}),
    },
    {value: 'okx', label: translate({id: 'keybridge.keyPair.exchange.okx', message: 'OKX'})},
    {value: 'other', label: translate({id: 'keybridge.keyPair.exchange.other', message: 'Another exchange'})},
  ];
}

function okSummary(exchange: Exchange): string {
  return exchange === 'backpack'
    ? translate({
        id: 'keybridge.keyPair.ok.backpack',
        message: 'The secret produces this API key, so the two belong together and are in the right fields.',
      })
    : translate({
        id: 'keybridge.keyPair.ok.other',
        message: 'The values have the expected shape. Only the exchange can confirm that they belong together.',
      });
}

/** The top line when no finding heads it: nothing pasted yet, or what "ok" means for this exchange. */
function summaryOf(report: Report, exchange: Exchange): string | null {
  switch (report.verdict) {
    case 'empty':
      return translate({id: 'keybridge.keyPair.empty', message: 'Paste the API key and secret above to check them.'});
    case 'ok':
      return okSummary(exchange);
    case 'error':
      return report.findings.length === 0
        ? translate({id: 'keybridge.keyPair.failed', message: 'These values could not be checked.'})
        : null;
    default:
      return null;
  }
}

/** Checks that an API key, its secret (and passphrase) are complete, in the right fields and one pair. */
export default function KeyPairCheck({exchange: initialExchange = 'backpack'}: {exchange?: Exchange}) {
  const [exchange, setExchange] = useState<Exchange>(initialExchange);
  const [apiKey, setApiKey] = useState('');
  const [apiSecret, setApiSecret] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const {module, load} = useCheckerModule(loadChecker);
  const report = useKeyPairReport(
    {
      exchange,
      apiKey,
      apiSecret,
      passphrase: exchange === 'okx' ? passphrase : undefined,
    },
    module?.checkKeyPair,
  );
  const {headline, rest} = splitHeadline(report?.findings ?? []);
  // A Backpack secret is known to the other checkers on the page (a public key checker then calls it a secret).
  usePublishSecret(exchange === 'backpack' ? (report?.cleaned?.secret ?? apiSecret) : undefined);

  return (
    <CheckerCard
      label={translate({id: 'keybridge.keyPair.region', message: 'Key and secret checker'})}
      onFirstUse={load}>
      <SelectField
        label={translate({id: 'keybridge.keyPair.exchange', message: 'Exchange'})}
        value={exchange}
        options={exchangeOptions()}
        onChange={setExchange}
      />
      <TextField
        label={translate({id: 'keybridge.keyPair.apiKey', message: 'API Key'})}
        value={apiKey}
        onChange={setApiKey}
      />
      <MaskedInput
        label={translate({id: 'keybridge.keyPair.apiSecret', message: 'API Secret'})}
        value={apiSecret}
        onChange={setApiSecret}
      />
      {exchange === 'okx' ? (
        <MaskedInput
          label={translate({id: 'keybridge.keyPair.passphrase', message: 'Passphrase'})}
          hint={translate({
            id: 'keybridge.keyPair.passphraseHint',
            message: 'The passphrase you chose when creating the key. The exchange never shows it.',
          })}
          value={passphrase}
          onChange={setPassphrase}
        />
      ) : null}
      <VerdictBanner verdict={report?.verdict ?? 'pending'} headline={headline}>
        {report ? summaryOf(report, exchange) : null}
      </VerdictBanner>
      <FindingsList findings={rest} />
      {report?.cleaned ? <CleanedValues cleaned={report.cleaned} /> : null}
    </CheckerCard>
  );
}

/**
 * The key and secret without the characters the checker removed (a label, spaces, quotes, full-width or
 * invisible characters), to paste into the terminal: invisible characters come back with every copy of
 * the original. The secret stays hidden until the reader shows it.
 */
function CleanedValues({cleaned}: {cleaned: NonNullable<KeyPairReport['cleaned']>}) {
  return (
    <div className={styles.cleaned} data-testid="pair-cleaned">
      <p className={parts.hint}>
        {translate({
          id: 'keybridge.keyPair.cleaned',
          message: 'Without the removed characters, ready to paste into the terminal:',
        })}
      </p>
      {cleaned.key !== undefined ? (
        <div className={styles.cleanedKey}>
          <span className={styles.cleanedLabel}>
            {translate({id: 'keybridge.keyPair.cleanedKey', message: 'Cleaned API key'})}
          </span>
          <div className={styles.cleanedRow}>
            <code className={styles.cleanedValue} data-testid="pair-cleaned-key">
              {cleaned.key}
            </code>
            <CopyButton
              text={cleaned.key}
              label={translate({id: 'keybridge.keyPair.copyCleanedKey', message: 'Copy the cleaned API key'})}
            />
          </div>
        </div>
      ) : null}
      {cleaned.secret !== undefined ? (
        <MaskedInput
          testId="pair-cleaned-secret"
          value={cleaned.secret}
          label={translate({id: 'keybridge.keyPair.cleanedSecret', message: 'Cleaned secret'})}
          actions={
            <CopyButton
              text={cleaned.secret}
              label={translate({id: 'keybridge.keyPair.copyCleanedSecret', message: 'Copy the cleaned secret'})}
            />
          }
        />
      ) : null}
    </div>
  );
}
