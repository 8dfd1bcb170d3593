import {useState} from 'react';
import {translate} from '@docusaurus/Translate';
import type {Exchange, Report} from '@site/src/checkers';
import {
  CheckerCard,
  FindingsList,
  MaskedInput,
  SelectField,
  TextField,
  VerdictBanner,
  splitHeadline,
  useCheckerModule,
  usePageLocale,
  usePublishSecret,
} from '@site/src/components/CheckerParts';
import {exchanges} from '@site/src/exchanges';
import type {ExchangeProfile} from '@site/src/profiles/types';
import {useCredentialLabel} from '@site/src/components/CheckerParts/credentialLabel';
import {siteLabel} from '@site/src/components/CheckerParts/exchangeName';
import {CleanedValues} from './CleanedValues';
import {useKeyPairReport} from './useKeyPairReport';

// Imported on first use, directly (not through the index), so only this checker's code loads.
const loadChecker = () => import('@site/src/checkers/keys/keyPair');

/** The profile of an exchange id, or undefined for 'other'. */
const profileOf = (id: Exchange): ExchangeProfile | undefined =>
  Object.hasOwn(exchanges, id) ? exchanges[id] : undefined;

/** The key is derived from the secret: the checker proves the pair, not just the shapes. */
const derived = (profile?: ExchangeProfile) => profile?.pairProof.value.derive !== undefined;

/** Every exchange whose profile has an API key and a secret, then "another exchange". */
function exchangeOptions(locale: string): {value: Exchange; label: string}[] {
  const profiled = Object.values(exchanges)
    .filter((p) => p.credentials.some((c) => c.id === 'apiKey') && p.credentials.some((c) => c.id === 'apiSecret'))
    .map((p) => ({
      value: p.id,
      label:
        p.pairProof.value.derive === 'ed25519-public'
          ? translate(
              {id: 'keybridge.keyPair.exchange.ed25519', message: '{exchange} (ED25519 key)'},
              {exchange: siteLabel(p, locale)},
            )
          : siteLabel(p, locale),
    }));
  return [
    ...profiled,
    {value: 'other', label: translate({id: 'keybridge.keyPair.exchange.other', message: 'Another exchange'})},
  ];
}

function okSummary(profile?: ExchangeProfile): string {
  return derived(profile)
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
function summaryOf(report: Report, profile?: ExchangeProfile): string | null {
  switch (report.verdict) {
    case 'empty':
      return translate({id: 'keybridge.keyPair.empty', message: 'Paste the API key and secret above to check them.'});
    case 'ok':
      return okSummary(profile);
    case 'error':
      return report.findings.length === 0
        ? translate({id: 'keybridge.keyPair.failed', message: 'These values could not be checked.'})
        : null;
    default:
      return null;
  }
}

/**
 * Checks that an API key, its secret (and passphrase) are complete, in the right fields and one pair.
 * `exchange` (an exchange id from the profiles, or 'other') preselects the exchange; the choice lists
 * every profile with a key and a secret, so a new exchange needs no change here.
 */
export default function KeyPairCheck({exchange: initialExchange = 'backpack'}: {exchange?: Exchange}) {
  const locale = usePageLocale();
  const [exchange, setExchange] = useState<Exchange>(initialExchange);
  const profile = profileOf(exchange);
  const hasPassphrase = profile?.credentials.some((c) => c.id === 'passphrase') === true;
  const [apiKey, setApiKey] = useState('');
  const [apiSecret, setApiSecret] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const {module, load} = useCheckerModule(loadChecker);
  const report = useKeyPairReport(
    {
      exchange,
      apiKey,
      apiSecret,
      passphrase: hasPassphrase ? passphrase : undefined,
    },
    module?.checkKeyPair,
  );
  const {headline, rest} = splitHeadline(report?.findings ?? []);
  // An exchange whose "key" is a wallet address and whose "secret" is a wallet's private key (Hyperliquid):
  // the fields are named for what goes in them.
  const walletPair = profile?.pairProof.value.derive === 'evm-address';
  const keyLabel = useCredentialLabel(exchange, 'apiKey');
  const secretLabel = useCredentialLabel(exchange, 'apiSecret');
  const passphraseLabel = useCredentialLabel(exchange, 'passphrase');
  // An Ed25519 secret (Backpack's) is known to the other checkers on the page (a public key checker then
  // calls it a secret).
  usePublishSecret(
    profile?.pairProof.value.derive === 'ed25519-public' ? (report?.cleaned?.secret ?? apiSecret) : undefined,
  );

  return (
    <CheckerCard
      label={translate({id: 'keybridge.keyPair.region', message: 'Key and secret checker'})}
      onFirstUse={load}>
      <SelectField
        label={translate({id: 'keybridge.keyPair.exchange', message: 'Exchange'})}
        value={exchange}
        options={exchangeOptions(locale)}
        onChange={setExchange}
      />
      <TextField
        label={
          walletPair
            ? translate({id: 'keybridge.keyPair.accountAddress', message: 'Account address'})
            : (keyLabel ?? translate({id: 'keybridge.keyPair.apiKey', message: 'API Key'}))
        }
        value={apiKey}
        onChange={setApiKey}
      />
      <MaskedInput
        label={
          walletPair
            ? translate({id: 'keybridge.keyPair.walletPrivateKey', message: "API wallet's private key"})
            : (secretLabel ?? translate({id: 'keybridge.keyPair.apiSecret', message: 'API Secret'}))
        }
        value={apiSecret}
        onChange={setApiSecret}
      />
      {hasPassphrase ? (
        <MaskedInput
          label={passphraseLabel ?? translate({id: 'keybridge.keyPair.passphrase', message: 'Passphrase'})}
          hint={translate({
            id: 'keybridge.keyPair.passphraseHint',
            message: 'The passphrase you chose when creating the key. The exchange never shows it.',
          })}
          value={passphrase}
          onChange={setPassphrase}
        />
      ) : null}
      <VerdictBanner verdict={report?.verdict ?? 'pending'} headline={headline}>
        {report ? summaryOf(report, profile) : null}
      </VerdictBanner>
      <FindingsList findings={rest} />
      {report?.cleaned ? <CleanedValues cleaned={report.cleaned} /> : null}
    </CheckerCard>
  );
}
