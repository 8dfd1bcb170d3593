// Generates an ED25519 key pair in the browser, in the forms Backpack or another exchange's profile asks
// for, or shows the public key of a Backpack seed the reader already has. Nothing leaves the page: the download is a Blob made on click and revoked right after.
import {useEffect, useRef, useState} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import type {ExchangeKeyPair, KeyPair} from '@site/src/checkers/keys/keygen';
import {useExchangeName} from '@site/src/components/CheckerParts/exchangeName';
import {publicKeyExchanges, publicKeyOptions, widgetTarget} from '@site/src/components/CheckerParts/publicKeyExchanges';
import {
  CheckerCard,
  CopyButton,
  Field,
  FindingsList,
  MaskedInput,
  Notice,
  PrivateInput,
  PrivateTextarea,
  SelectField,
  TextField,
  useCheckerModule,
  usePublishSecret,
  usePageLocale,
} from '@site/src/components/CheckerParts';
import parts from '@site/src/components/CheckerParts/styles.module.css';
import styles from './styles.module.css';

// Imported on first use (a press or focus in the card), with the key kit's messages.
const loadKeygen = () =>
  Promise.all([import('@site/src/checkers/keys/keygen'), import('@site/src/checkers/keys/keykitMessages')]).then(
    ([keygen]) => keygen,
  );
type Keygen = Awaited<ReturnType<typeof loadKeygen>>;

function download(pair: KeyPair) {
  const text = [
    translate({
      id: 'keybridge.keyGenerator.fileTitle',
      message: 'Backpack API key pair (made in your browser by KeyBridge)',
    }),
    '',
    translate({
      id: 'keybridge.keyGenerator.filePlainText',
      message:
        'This file holds your API secret in plain text: anyone who can read it can use your key. Move the secret into a password manager, then delete this file.',
    }),
    '',
    translate({
      id: 'keybridge.keyGenerator.filePublic',
      message: 'Public key (paste into Backpack’s Public Key field; this is also your API key):',
    }),
    pair.publicKey,
    '',
    translate({
      id: 'keybridge.keyGenerator.fileSecret',
      message: 'API secret (private seed; give it only to your terminal, never share it):',
    }),
    pair.seed,
    '',
  ].join('\n');
  const url = URL.createObjectURL(new Blob([text], {type: 'text/plain;charset=utf-8'}));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'backpack-api-key.txt';
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** The private key alone, as the PEM file an exchange's docs and SDKs load (nothing else in it). */
function downloadPem(pem: string, name: string) {
  const url = URL.createObjectURL(new Blob([`${pem}\n`], {type: 'application/x-pem-file'}));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** A multi-line private key: dots until Show is pressed, then the whole PEM block, read-only. */
function MaskedPem({label, value, testId}: {label: string; value: string; testId: string}) {
  const [shown, setShown] = useState(false);
  const toggleLabel = shown
    ? translate({id: 'keybridge.checker.hideLabel', message: 'Hide {label}'}, {label})
    : translate({id: 'keybridge.checker.showLabel', message: 'Show {label}'}, {label});
  return (
    <Field label={label}>
      {({id, hintId}) => (
        <div className={parts.fieldRow}>
          {shown ? (
            <PrivateTextarea id={id} value={value} rows={5} readOnly aria-describedby={hintId} data-testid={testId} />
          ) : (
            <PrivateInput
              id={id}
              type="password"
              value={value}
              readOnly
              aria-describedby={hintId}
              data-testid={testId}
            />
          )}
          <span className={parts.fieldButtons}>
            <button
              type="button"
              className="button button--sm button--secondary"
              aria-controls={id}
              aria-pressed={shown}
              aria-label={toggleLabel}
              onClick={() => setShown(!shown)}>
              {shown
                ? translate({id: 'keybridge.checker.hide', message: 'Hide'})
                : translate({id: 'keybridge.checker.show', message: 'Show'})}
            </button>
            <CopyButton text={value} />
          </span>
        </div>
      )}
    </Field>
  );
}

/**
 * A generated secret exists only on this page, so nothing here replaces it without asking: after
 * generating, focus moves to the new pair (not to a button that would replace it), and "Generate another"
 * first asks, with "Keep this key pair" focused.
 */
type Pair = KeyPair | ExchangeKeyPair;

interface GenerateProps {
  load: () => Promise<Keygen>;
  target?: string;
  /** The pair made for this target, kept by the parent so that choosing another exchange loses none. */
  pair: Pair | undefined;
  setPair: (pair: Pair) => void;
}

function Generate({load, target, pair, setPair}: GenerateProps) {
  const exchange = useExchangeName(target) ?? '';
  // For an exchange target: the public key in the form its field takes, and the private key as it is kept.
  const forExchange = pair && 'toPaste' in pair ? pair : undefined;
  const [confirming, setConfirming] = useState(false);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const keepButton = useRef<HTMLButtonElement>(null);
  const regenerateButton = useRef<HTMLButtonElement>(null);
  // Focus moves to a pair just made, not to one shown again when the reader comes back to its exchange.
  const madeNow = useRef(false);
  // The public key checker on the same page then knows this secret: pasting it there is an error.
  usePublishSecret(pair?.seed);
  useEffect(() => {
    if (pair && madeNow.current) resultHeading.current?.focus();
    madeNow.current = false;
  }, [pair]);
  useEffect(() => {
    if (confirming) keepButton.current?.focus();
  }, [confirming]);
  const generate = () => {
    setConfirming(false);
    void load().then((keygen) => {
      madeNow.current = true;
      setPair((target !== undefined && keygen.generateKeyPairFor(target)) || keygen.generateKeyPair());
    });
  };
  const keep = () => {
    setConfirming(false);
    regenerateButton.current?.focus();
  };
  return (
    <section className={styles.part} aria-labelledby="kb-keygen-new">
      <h3 id="kb-keygen-new" className={parts.heading}>
        <Translate id="keybridge.keyGenerator.newHeading">Generate a new key pair</Translate>
      </h3>
      {!pair && (
        <button type="button" className="button button--primary" onClick={generate} data-testid="keygen-generate">
          <Translate id="keybridge.keyGenerator.generate">Generate key pair</Translate>
        </button>
      )}
      <div aria-live="polite" className={styles.result}>
        {pair && (
          <>
            <h4 ref={resultHeading} tabIndex={-1} className={styles.resultHeading} data-testid="keygen-result-heading">
              <Translate id="keybridge.keyGenerator.resultHeading">Your new key pair</Translate>
            </h4>
            {forExchange ? (
              <>
                <TextField
                  testId="keygen-public"
                  value={forExchange.toPaste}
                  rows={forExchange.toPaste.split('\n').length + 2}
                  label={
                    <Translate id="keybridge.keyGenerator.exchangePublicLabel" values={{exchange}}>
                      {'Public key: paste this into {exchange} when you create the API key'}
                    </Translate>
                  }
                  actions={<CopyButton text={forExchange.toPaste} />}
                />
                <MaskedPem
                  testId="keygen-secret"
                  value={forExchange.toKeep}
                  label={translate({
                    id: 'keybridge.keyGenerator.exchangePrivateLabel',
                    message: 'Private key: keep it yourself; it signs your requests and never goes to the exchange',
                  })}
                />
                <Notice tone="warning" role="note">
                  <Translate id="keybridge.keyGenerator.exchangeWarning" values={{exchange}}>
                    {
                      'The private key is shown only here and is not stored anywhere. Save it now, for example in your password manager: once you leave or reload this page it is gone, and {exchange} never sees it.'
                    }
                  </Translate>
                </Notice>
              </>
            ) : (
              <>
                <TextField
                  testId="keygen-public"
                  value={pair.publicKey}
                  rows={2}
                  label={
                    <Translate id="keybridge.keyGenerator.publicLabel">
                      Public key: paste into Backpack’s Public Key field
                    </Translate>
                  }
                  actions={<CopyButton text={pair.publicKey} />}
                />
                <MaskedInput
                  testId="keygen-secret"
                  value={pair.seed}
                  label={translate({
                    id: 'keybridge.keyGenerator.secretLabel',
                    message: 'API secret (private seed): give this to your terminal',
                  })}
                  actions={<CopyButton text={pair.seed} />}
                />
                <Notice tone="warning" role="note">
                  <Translate id="keybridge.keyGenerator.warning">
                    The secret is shown only here and is not stored anywhere. Save it now, for example in your password
                    manager: once you leave or reload this page it is gone, and Backpack never sees it.
                  </Translate>
                </Notice>
              </>
            )}
            <div className={styles.actions}>
              <button
                type="button"
                className="button button--secondary"
                onClick={() =>
                  forExchange ? downloadPem(forExchange.toKeep, `${target}-private-key.pem`) : download(pair)
                }
                data-testid="keygen-download">
                {forExchange ? (
                  <Translate id="keybridge.keyGenerator.downloadPem">Download the private key as a .pem file</Translate>
                ) : (
                  <Translate id="keybridge.keyGenerator.download">
                    Download as a text file (the secret in plain text)
                  </Translate>
                )}
              </button>
              <button
                type="button"
                className="button button--secondary"
                ref={regenerateButton}
                onClick={() => setConfirming(true)}
                aria-expanded={confirming}
                data-testid="keygen-regenerate">
                <Translate id="keybridge.keyGenerator.regenerate">Generate another key pair</Translate>
              </button>
            </div>
            <p className={parts.hint}>
              {forExchange ? (
                <Translate id="keybridge.keyGenerator.downloadPemHint">
                  The .pem file holds the private key unencrypted, readable by anyone who opens it: keep it where only
                  you and your bot can read it, or protect it with a password before you use it.
                </Translate>
              ) : (
                <Translate id="keybridge.keyGenerator.downloadHint">
                  The text file holds the secret in plain text, readable by anyone who opens it: keep it only until the
                  secret is in your password manager.
                </Translate>
              )}
            </p>
            {confirming && (
              <div
                role="group"
                aria-labelledby="kb-keygen-replace"
                className={styles.confirm}
                data-testid="keygen-confirm">
                <p id="kb-keygen-replace">
                  <Translate id="keybridge.keyGenerator.replaceQuestion">
                    Replace this key pair? Its secret exists only on this page: unless you have saved it, it is lost for
                    good.
                  </Translate>
                </p>
                <div className={styles.actions}>
                  <button
                    ref={keepButton}
                    type="button"
                    className="button button--primary"
                    onClick={keep}
                    data-testid="keygen-keep">
                    <Translate id="keybridge.keyGenerator.keep">Keep this key pair</Translate>
                  </button>
                  <button
                    type="button"
                    className="button button--danger"
                    onClick={generate}
                    data-testid="keygen-replace">
                    <Translate id="keybridge.keyGenerator.replace">Replace it with a new pair</Translate>
                  </button>
                </div>
              </div>
            )}
          </>
        )}
      </div>
    </section>
  );
}

function Import({keygen}: {keygen: Keygen | null}) {
  const [seed, setSeed] = useState('');
  // Null until the code has arrived (it starts loading when the field is focused).
  const result = keygen && seed.trim() !== '' ? keygen.importSeed(seed) : null;
  usePublishSecret(result?.ok ? result.seed : undefined);
  return (
    <section className={styles.part} aria-labelledby="kb-keygen-import">
      <h3 id="kb-keygen-import" className={parts.heading}>
        <Translate id="keybridge.keyGenerator.importHeading">Already have an API secret? See its public key</Translate>
      </h3>
      <MaskedInput
        testId="keygen-import"
        value={seed}
        onChange={setSeed}
        label={translate({id: 'keybridge.keyGenerator.importLabel', message: 'API secret (44 characters of base64)'})}
      />
      <div aria-live="polite" className={styles.result}>
        {result?.ok ? (
          <TextField
            testId="keygen-import-public"
            value={result.publicKey}
            rows={2}
            label={
              <Translate id="keybridge.keyGenerator.importPublic">
                Its public key (the API key that goes with it)
              </Translate>
            }
            actions={<CopyButton text={result.publicKey} />}
          />
        ) : (
          result && <FindingsList findings={[result.error]} />
        )}
      </div>
    </section>
  );
}

/**
 * `target`: an exchange id whose profile says which form its public-key field takes (Binance: a PEM
 * public key, with a PKCS#8 PEM private key to keep). Without it, Backpack's base64 key and secret.
 * `choose` (the tools page): the reader chooses the exchange among the profiles that take a public key
 * the user made; a pair made for one exchange stays on the page when another is chosen.
 */
export default function KeyGenerator({
  showImport = true,
  target: fixed,
  choose = false,
}: {
  showImport?: boolean;
  target?: string;
  choose?: boolean;
}) {
  const locale = usePageLocale();
  const {module: keygen, load} = useCheckerModule(loadKeygen);
  const [picked, setPicked] = useState(() => (choose ? publicKeyExchanges()[0]?.id : undefined));
  const target = picked === undefined ? fixed : widgetTarget(picked);
  const [pairs, setPairs] = useState<Record<string, Pair>>({});
  const slot = target ?? '';
  return (
    <CheckerCard
      onFirstUse={load}
      testId="key-generator"
      label={translate({id: 'keybridge.keyGenerator.region', message: 'Key pair generator'})}
      privacy="tool">
      {picked !== undefined && (
        <SelectField
          label={translate({id: 'keybridge.checker.exchange', message: 'Exchange'})}
          hint={translate({
            id: 'keybridge.keyGenerator.exchangeHint',
            message: 'A key pair you made for one exchange stays here when you choose another.',
          })}
          value={picked}
          options={publicKeyOptions(locale)}
          onChange={setPicked}
          testId="keygen-exchange"
        />
      )}
      <Generate
        key={slot}
        load={load}
        target={target}
        pair={pairs[slot]}
        setPair={(pair) => setPairs((all) => ({...all, [slot]: pair}))}
      />
      {showImport && target === undefined && <Import keygen={keygen} />}
    </CheckerCard>
  );
}
