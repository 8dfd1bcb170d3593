import {useState} from 'react';
import {translate} from '@docusaurus/Translate';
import {describe, type Exchange, type Report} from '@site/src/checkers';
import {
  CheckerCard,
  FindingsList,
  MaskedInput,
  SelectField,
  TextField,
  VerdictBanner,
  usePageLocale,
  worstFinding,
} from '@site/src/components/CheckerParts';
import {useKeyPairReport} from './useKeyPairReport';

function exchangeOptions(): {value: Exchange; label: string}[] {
  return [
    {value: 'backpack', label: translate({id: 'keybridge.keyPair.exchange.backpack', message: 'Backpack (ED25519 key)'})},
    {value: 'okx', label: translate({id: 'keybridge.keyPair.exchange.okx', message: 'V5 passphrase exchange (OKX-style)'})},
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

/** The top line in plain words: the most serious finding, or what "ok" means for this exchange. */
function useSummary(report: Report, exchange: Exchange): string {
  const locale = usePageLocale();
  if (report.verdict === 'empty') {
    return translate({id: 'keybridge.keyPair.empty', message: 'Paste the API key and secret above to check them.'});
  }
  const worst = worstFinding(report.findings);
  if (worst && worst.severity !== 'info') return describe(worst, locale);
  if (report.verdict === 'error') {
    return translate({id: 'keybridge.keyPair.failed', message: 'These values could not be checked.'});
  }
  return okSummary(exchange);
}

/** Checks that an API key, its secret (and passphrase) are complete, in the right fields and one pair. */
export default function KeyPairCheck({exchange: initialExchange = 'backpack'}: {exchange?: Exchange}) {
  const [exchange, setExchange] = useState<Exchange>(initialExchange);
  const [apiKey, setApiKey] = useState('');
  const [apiSecret, setApiSecret] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const report = useKeyPairReport({
    exchange,
    apiKey,
    apiSecret,
    passphrase: exchange === 'okx' ? passphrase : undefined,
  });
  const summary = useSummary(report, exchange);

  return (
    <CheckerCard label={translate({id: 'keybridge.keyPair.region', message: 'API key and secret checker'})}>
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
            message: 'The passphrase you chose when creating the key. The exchange cannot show it again.',
          })}
          value={passphrase}
          onChange={setPassphrase}
        />
      ) : null}
      <VerdictBanner verdict={report.verdict}>{summary}</VerdictBanner>
      <FindingsList findings={report.findings} />
    </CheckerCard>
  );
}
