// Signs a request for any exchange whose profile describes its signing scheme (Binance, Bybit, Bitget,
// BloFin …), or checks a bot's own prehash and signature against it; on the tools page the reader
// chooses the exchange among the profiles. Which fields show, what they are
// called and how the result reads all come from the profile's scheme: its prehash template, key form,
// header and parameter names. Every verdict comes from src/checkers. Nothing is sent.
import {useEffect, useState, type ReactNode} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import {exchangeProfile, exchanges} from '@site/src/exchanges';
import type {ExchangeProfile, SigningScheme} from '@site/src/profiles/types';
import type {SignRequestResult} from '@site/src/checkers/signing/signRequest';
import type {SignatureCheckResult} from '@site/src/checkers/signing/checkSignature';
import {
  CheckerCard,
  CopyButton,
  FindingsList,
  FirstDifference,
  MaskedInput,
  Notice,
  OutputBlock,
  SelectField,
  SignerModeChoice,
  SignerVerdict,
  TextField,
  useCheckerModule,
  type SignerMode,
  type SignerVerdictState,
  usePageLocale,
} from '@site/src/components/CheckerParts';
import {siteLabel, useExchangeName} from '@site/src/components/CheckerParts/exchangeName';
import parts from '@site/src/components/CheckerParts/styles.module.css';
import {signerChoices} from './choices';
import styles from './styles.module.css';

// The signer, the checker and their messages are imported on first use.
const loadSigner = () =>
  Promise.all([
    import('@site/src/checkers/signing/signRequest'),
    import('@site/src/checkers/signing/checkSignature'),
    import('@site/src/checkers/signing/messages'),
  ]).then(([sign, check]) => ({...sign, ...check}));

type Method = 'GET' | 'POST';
const MASK = '••••••••';
const FIELD = /\{(\w+)\}/g;

/** Runs an async computation whenever its inputs change; keeps only the latest answer. */
function useLatest<T>(run: () => Promise<T> | undefined, deps: unknown[]): T | undefined {
  const [value, setValue] = useState<T>();
  useEffect(() => {
    let live = true;
    const pending = run();
    if (!pending) setValue(undefined);
    else void pending.then((v) => live && setValue(v));
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return value;
}

/** Now, in the scheme's timestamp form. */
const now = (scheme: SigningScheme) =>
  scheme.timestamp.value === 'iso8601-ms' ? new Date().toISOString() : String(Date.now());

/** What the scheme's template and headers ask of the reader. */
function needs(scheme: SigningScheme) {
  const fields = new Set([...scheme.prehash.value.matchAll(FIELD)].map((m) => m[1]));
  const headers = scheme.headers.value;
  const params = scheme.params?.value;
  return {
    path: fields.has('requestPath') || fields.has('path'),
    window: fields.has('window') || params?.window !== undefined,
    nonce: fields.has('nonce'),
    apiKeySigned: fields.has('apiKey'),
    passphrase: headers.passphrase !== undefined,
    /** Where the window goes: a header or a query parameter, by name. */
    windowName: headers.window ?? params?.window ?? '',
    signatureName: headers.signature ?? params?.signature ?? '',
    signatureInQuery: params !== undefined,
    timestampName: headers.timestamp ?? params?.timestamp ?? '',
  };
}

function algorithmLabel(scheme: SigningScheme): string {
  return scheme.algorithm.value === 'ed25519'
    ? translate({id: 'keybridge.exchangeSigner.algorithm.ed25519', message: 'ED25519 (your own key pair)'})
    : translate({
        id: 'keybridge.exchangeSigner.algorithm.hmac',
        message: 'HMAC-SHA256 (a secret key from the exchange)',
      });
}

function secretLabel(scheme: SigningScheme): string {
  return scheme.key.value === 'ed25519-pkcs8-pem'
    ? translate({
        id: 'keybridge.exchangeSigner.privateKey',
        message: 'Private key (PEM, PKCS#8; used only on this page, to compute the signature)',
      })
    : translate({
        id: 'keybridge.exchangeSigner.secret',
        message: 'Secret key (used only on this page, to compute the signature)',
      });
}

function comparisonText(at: number): string {
  return at === -1
    ? translate({id: 'keybridge.exchangeSigner.same', message: 'Your prehash matches the expected prehash exactly.'})
    : translate(
        {
          id: 'keybridge.exchangeSigner.differsAt',
          message: 'Your prehash differs from the expected one at character {n} (marked).',
        },
        {n: at + 1},
      );
}

interface Answer<T> {
  result: T;
  documented?: 'prehash' | 'signature';
}

function Headers({headers, hidden}: {headers: Record<string, string>; hidden?: string}) {
  const list = Object.entries(headers);
  const shown = list.map(([k, v]) => `${k}: ${k === hidden && v !== '' ? MASK : v}`).join('\n');
  const full = list.map(([k, v]) => `${k}: ${v}`).join('\n');
  return (
    <div className={parts.output}>
      <div className={parts.outputHead}>
        <span className={parts.label}>
          {hidden ? (
            <Translate id="keybridge.exchangeSigner.headersHidden">
              Headers to send (passphrase hidden; Copy copies it in full)
            </Translate>
          ) : (
            <Translate id="keybridge.exchangeSigner.headers">Headers to send</Translate>
          )}
        </span>
        <CopyButton text={full} />
      </div>
      <pre className={parts.value} data-testid="signer-headers">
        {shown}
      </pre>
    </div>
  );
}

function SignResult({
  answer,
  scheme,
  exchangeName,
}: {
  answer: Answer<SignRequestResult> | undefined;
  scheme: SigningScheme;
  exchangeName: string;
}) {
  if (!answer) return null;
  const {result, documented} = answer;
  if (!result.ok) return <FindingsList findings={result.errors} />;
  const need = needs(scheme);
  return (
    <>
      <FindingsList findings={result.warnings} />
      {documented && (
        <Notice tone="ok" data-testid="signer-documented" data-match={documented}>
          {documented === 'signature' ? (
            <Translate id="keybridge.exchangeSigner.documentedSignature" values={{exchange: exchangeName}}>
              {
                'This is the text and the signature printed in {exchange}’s documentation: the signer reproduces its example.'
              }
            </Translate>
          ) : (
            <Translate id="keybridge.exchangeSigner.documentedPrehash" values={{exchange: exchangeName}}>
              {
                'This is the text printed in {exchange}’s documentation. Its docs don’t publish the secret behind their example signature, so only the text can be compared.'
              }
            </Translate>
          )}
        </Notice>
      )}
      <OutputBlock
        testId="signer-prehash"
        value={result.prehash}
        label={<Translate id="keybridge.exchangeSigner.prehash">Prehash (the text that is signed)</Translate>}
      />
      <OutputBlock
        testId="signer-signature"
        value={result.signature}
        label={
          need.signatureInQuery ? (
            <Translate id="keybridge.exchangeSigner.signatureParam" values={{name: need.signatureName}}>
              {'Signature (the {name} parameter, before URL encoding)'}
            </Translate>
          ) : (
            <Translate id="keybridge.exchangeSigner.signatureHeader" values={{name: need.signatureName}}>
              {'Signature ({name})'}
            </Translate>
          )
        }
      />
      <Headers headers={result.headers} hidden={scheme.headers.value.passphrase} />
      {result.query !== undefined && (
        <OutputBlock
          testId="signer-query"
          value={result.query}
          label={
            <Translate id="keybridge.exchangeSigner.query">
              Query string to send (the signature is added last, URL-encoded)
            </Translate>
          }
        />
      )}
      <p className={parts.hint}>
        <Translate id="keybridge.exchangeSigner.clockHint" values={{exchange: exchangeName}}>
          {
            '{exchange} rejects a request whose timestamp is too far from its clock: press “Now” and copy again right before you send it.'
          }
        </Translate>
      </p>
    </>
  );
}

function CheckResult({answer, theirs}: {answer: Answer<SignatureCheckResult> | undefined; theirs: string}) {
  if (!answer) return null;
  const {result} = answer;
  return (
    <>
      {result.expected !== undefined && (
        <OutputBlock
          testId="signer-prehash"
          value={result.expected}
          label={<Translate id="keybridge.exchangeSigner.expectedPrehash">Expected prehash</Translate>}
        />
      )}
      {result.expected !== undefined && result.at !== undefined && (
        <FirstDifference
          expected={result.expected}
          theirs={theirs}
          at={result.at}
          same={comparisonText(result.at)}
          differs={comparisonText(result.at)}
        />
      )}
      <FindingsList findings={result.findings} />
      {result.signature === 'valid' && (
        <Notice tone="ok" data-testid="signer-verify-result" data-valid="true">
          {result.at === -1 ? (
            <Translate id="keybridge.exchangeSigner.validAndSame">
              The signature is right for your prehash and this key, and your prehash is exactly what the exchange
              expects.
            </Translate>
          ) : (
            <Translate id="keybridge.exchangeSigner.validButDifferent">
              The signature is right for your prehash and this key, so your signing code is fine: the prehash itself is
              what needs fixing.
            </Translate>
          )}
        </Notice>
      )}
      {result.signature === 'invalid' && (
        <Notice tone="error" data-testid="signer-verify-result" data-valid="false">
          <Translate id="keybridge.exchangeSigner.invalid">
            The signature is not what the exchange would compute from your prehash with this key (see why above).
          </Translate>
        </Notice>
      )}
    </>
  );
}

function Shown({show, children}: {show: boolean; children: ReactNode}) {
  return show ? <>{children}</> : null;
}

type Signer = Awaited<ReturnType<typeof loadSigner>>;

interface FormProps {
  profile: ExchangeProfile;
  exchangeName: string;
  mode: SignerMode;
  signer: Signer | null;
  load: () => Promise<Signer>;
}

/**
 * The request, key and result of one exchange's scheme. The parent mounts a new one when the reader
 * chooses another exchange, so nothing typed for one exchange (its secret least of all) is carried over.
 */
function SignerForm({profile, exchangeName, mode, signer, load}: FormProps) {
  const schemes = [profile.signing, ...(profile.moreSigning ?? [])];
  const [schemeIndex, setSchemeIndex] = useState(0);
  const scheme = schemes[schemeIndex];
  const need = needs(scheme);

  const [method, setMethod] = useState<Method>('GET');
  const [path, setPath] = useState('');
  const [query, setQuery] = useState('');
  const [body, setBody] = useState('');
  const [timestamp, setTimestamp] = useState('');
  const defaultWindow = scheme.clockWindow.value;
  const [windowText, setWindow] = useState(
    defaultWindow !== 'unknown' && 'defaultMs' in defaultWindow ? String(defaultWindow.defaultMs) : '',
  );
  const [nonce, setNonce] = useState('');
  const [apiKey, setApiKey] = useState('');
  const [secret, setSecret] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [theirs, setTheirs] = useState('');
  const [theirSignature, setTheirSignature] = useState('');

  // The clock and a fresh nonce are read after hydration, so the server render and the first client render agree.
  useEffect(() => {
    setTimestamp(now(scheme));
    if (need.nonce) setNonce(globalThis.crypto.randomUUID());
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const example = scheme.exampleRequest?.value;
  const fillExample = () => {
    if (!example) return;
    setMethod(example.method === 'POST' ? 'POST' : 'GET');
    setPath(example.path ?? '');
    setQuery(example.query ?? '');
    setBody(example.body ?? '');
    setTimestamp(example.timestamp);
    if (example.window !== undefined) setWindow(String(example.window));
    if (example.nonce !== undefined) setNonce(example.nonce);
    setApiKey(example.apiKey ?? '');
    if (example.secret !== undefined) setSecret(example.secret);
    void load();
  };

  const windowMs = /^\d+$/.test(windowText.trim()) ? Number(windowText.trim()) : undefined;
  const request = {
    exchange: profile.id,
    scheme: scheme.id,
    timestamp: timestamp.trim(),
    method,
    path: need.path ? path.trim() : undefined,
    query: query.trim(),
    body: method === 'POST' ? body : '',
    window: need.window ? windowMs : undefined,
    nonce: need.nonce ? nonce : undefined,
    apiKey,
  };
  const deps = [signer, mode, schemeIndex, timestamp, method, path, query, body, windowText, nonce, apiKey, secret];

  const signed = useLatest<Answer<SignRequestResult>>(
    () =>
      signer && mode === 'sign' && secret.trim() !== ''
        ? signer.signRequest({...request, secret, passphrase}).then((result) => ({
            result,
            documented: result.ok
              ? signer.matchesDocumentedExample(request, result.prehash, result.signature)
              : undefined,
          }))
        : undefined,
    [...deps, passphrase],
  );
  const checked = useLatest<Answer<SignatureCheckResult>>(
    () =>
      signer && mode === 'check' && theirs !== ''
        ? signer
            .checkSignature({request: {...request, secret}, theirPrehash: theirs, theirSignature})
            .then((result) => ({result}))
        : undefined,
    [...deps, theirs, theirSignature],
  );
  const bare = signer && mode === 'sign' && secret.trim() === '' ? signer.prehashOf(request) : undefined;

  const needSecret = translate({
    id: 'keybridge.exchangeSigner.needSecret',
    message: 'Enter your key to see the signature and the headers.',
  });
  const verdict: SignerVerdictState = (() => {
    if (mode === 'sign') {
      if (secret.trim() === '') return {kind: 'hint', text: needSecret};
      if (!signed) return {kind: 'pending'};
      return signed.result.ok ? {kind: 'signed', notes: signed.result.warnings.length > 0} : {kind: 'error'};
    }
    if (theirs === '') return {kind: 'none'};
    if (!checked) return {kind: 'pending'};
    const {result} = checked;
    if (result.at === undefined) return {kind: 'error'};
    return {kind: 'checked', comparison: comparisonText(result.at), signature: result.signature};
  })();
  const theirTimestamp = mode === 'check' ? checked?.result.timestamp : undefined;

  return (
    <>
      {schemes.length > 1 && (
        <SelectField
          label={translate({id: 'keybridge.exchangeSigner.keyType', message: 'Key type'})}
          value={String(schemeIndex)}
          onChange={(v) => setSchemeIndex(Number(v))}
          options={schemes.map((s, i) => ({value: String(i), label: algorithmLabel(s)}))}
        />
      )}
      {example && (
        <p>
          <button
            type="button"
            className="button button--secondary button--sm"
            onClick={fillExample}
            data-testid="signer-example">
            <Translate id="keybridge.exchangeSigner.fillExample" values={{exchange: exchangeName}}>
              {'Fill in {exchange}’s documented example'}
            </Translate>
          </button>
        </p>
      )}

      <h3 className={parts.heading}>
        <Translate id="keybridge.requestSigner.requestHeading">The request</Translate>
      </h3>
      <SelectField
        label={translate({id: 'keybridge.okxSigner.method', message: 'Method'})}
        value={method}
        onChange={setMethod}
        options={[
          {value: 'GET', label: 'GET'},
          {value: 'POST', label: 'POST'},
        ]}
      />
      <Shown show={need.path}>
        <TextField
          label={<Translate id="keybridge.exchangeSigner.path">Request path (without the query string)</Translate>}
          value={path}
          onChange={setPath}
          testId="signer-path"
        />
      </Shown>
      <TextField
        label={
          <Translate id="keybridge.exchangeSigner.queryField">Query string (the part after “?”, if any)</Translate>
        }
        hint={
          need.signatureInQuery ? (
            <Translate id="keybridge.exchangeSigner.queryParamsHint" values={{timestamp: need.timestampName}}>
              {'Leave out {timestamp} and the signature: the signer adds them from the fields below.'}
            </Translate>
          ) : undefined
        }
        value={query}
        onChange={setQuery}
        rows={3}
        testId="signer-query-input"
      />
      {method === 'POST' && (
        <TextField
          label={<Translate id="keybridge.okxSigner.body">Body, exactly as it will be sent</Translate>}
          hint={
            <Translate id="keybridge.okxSigner.bodyHint">
              Signed character for character, spaces and key order included: paste the text your bot sends, not the
              object it was made from.
            </Translate>
          }
          value={body}
          onChange={setBody}
          rows={4}
          testId="signer-body"
        />
      )}
      <TextField
        label={
          scheme.timestamp.value === 'iso8601-ms' ? (
            <Translate id="keybridge.okxSigner.timestamp">Timestamp (ISO 8601, UTC, with milliseconds)</Translate>
          ) : (
            <Translate id="keybridge.exchangeSigner.timestampMs" values={{name: need.timestampName}}>
              {'Timestamp ({name}, milliseconds since 1970)'}
            </Translate>
          )
        }
        hint={
          theirTimestamp !== undefined ? (
            <Translate id="keybridge.okxSigner.timestampFromYours">Taken from your prehash below.</Translate>
          ) : undefined
        }
        value={theirTimestamp ?? timestamp}
        onChange={theirTimestamp !== undefined ? undefined : setTimestamp}
        inputMode="numeric"
        testId="signer-timestamp"
        actions={
          <button
            type="button"
            className="button button--secondary button--sm"
            onClick={() => setTimestamp(now(scheme))}
            disabled={theirTimestamp !== undefined}>
            <Translate id="keybridge.requestSigner.now">Now</Translate>
          </button>
        }
      />
      <Shown show={need.window}>
        <TextField
          label={
            <Translate id="keybridge.exchangeSigner.window" values={{name: need.windowName}}>
              {'Time window in milliseconds ({name})'}
            </Translate>
          }
          value={windowText}
          onChange={setWindow}
          inputMode="numeric"
          testId="signer-window"
        />
      </Shown>
      <Shown show={need.nonce}>
        <TextField
          label={
            <Translate id="keybridge.exchangeSigner.nonce" values={{name: scheme.headers.value.nonce ?? ''}}>
              {'Nonce ({name}): a new unique text for every request'}
            </Translate>
          }
          value={nonce}
          onChange={setNonce}
          testId="signer-nonce"
          actions={
            <button
              type="button"
              className="button button--secondary button--sm"
              onClick={() => setNonce(globalThis.crypto.randomUUID())}>
              <Translate id="keybridge.exchangeSigner.newNonce">New</Translate>
            </button>
          }
        />
      </Shown>

      <h3 className={parts.heading}>
        <Translate id="keybridge.okxSigner.keyHeading">Your API key</Translate>
      </h3>
      <Shown show={mode === 'sign' || need.apiKeySigned}>
        <TextField
          label={
            <Translate id="keybridge.exchangeSigner.apiKey" values={{name: scheme.headers.value.key}}>
              {'API key (sent as {name})'}
            </Translate>
          }
          value={apiKey}
          onChange={setApiKey}
          testId="signer-api-key"
        />
      </Shown>
      <MaskedInput
        testId="signer-secret"
        value={secret}
        onChange={setSecret}
        label={secretLabel(scheme)}
        hint={
          mode === 'check' ? (
            <Translate id="keybridge.exchangeSigner.secretCheckHint">
              Needed to check the signature; without it only the prehash is compared.
            </Translate>
          ) : undefined
        }
      />
      <Shown show={mode === 'sign' && need.passphrase}>
        <MaskedInput
          testId="signer-passphrase"
          value={passphrase}
          onChange={setPassphrase}
          label={translate(
            {id: 'keybridge.exchangeSigner.passphrase', message: 'Passphrase (sent as {name})'},
            {name: scheme.headers.value.passphrase ?? ''},
          )}
        />
      </Shown>
      <Shown show={mode === 'check'}>
        <TextField
          label={
            <Translate id="keybridge.okxSigner.theirPrehash">Your bot’s prehash (the exact text it signs)</Translate>
          }
          value={theirs}
          onChange={setTheirs}
          rows={3}
          testId="signer-their-prehash"
        />
        <TextField
          label={
            <Translate id="keybridge.exchangeSigner.theirSignature" values={{name: need.signatureName}}>
              {'Your bot’s signature ({name})'}
            </Translate>
          }
          value={theirSignature}
          onChange={setTheirSignature}
          testId="signer-their-signature"
        />
      </Shown>

      <section
        className={styles.results}
        aria-label={translate({id: 'keybridge.requestSigner.resultHeading', message: 'Result'})}>
        <h3 className={parts.heading}>
          <Translate id="keybridge.requestSigner.resultHeading">Result</Translate>
        </h3>
        <SignerVerdict state={verdict} />
        {mode === 'sign' ? (
          secret.trim() === '' ? (
            <>
              {bare?.ok === false && <FindingsList findings={bare.errors} />}
              {bare?.ok && signer?.matchesDocumentedExample(request, bare.prehash, '') && (
                <Notice tone="ok" data-testid="signer-documented" data-match="prehash">
                  <Translate id="keybridge.exchangeSigner.documentedText" values={{exchange: exchangeName}}>
                    {'This is the text printed in {exchange}’s documentation.'}
                  </Translate>
                </Notice>
              )}
              {bare?.ok && (
                <OutputBlock
                  testId="signer-prehash"
                  value={bare.prehash}
                  label={<Translate id="keybridge.exchangeSigner.prehash">Prehash (the text that is signed)</Translate>}
                />
              )}
              <p className={parts.hint}>{needSecret}</p>
            </>
          ) : (
            <SignResult answer={signed} scheme={scheme} exchangeName={exchangeName} />
          )
        ) : theirs === '' ? (
          <p className={parts.hint}>
            <Translate id="keybridge.okxSigner.needPrehash">
              Paste the prehash your bot signs to compare it with the expected one.
            </Translate>
          </p>
        ) : (
          <CheckResult answer={checked} theirs={theirs} />
        )}
      </section>
    </>
  );
}

/**
 * Signs a request for one exchange (`exchange`, on that exchange's guide), or, without `exchange`, for the
 * one the reader chooses among the profiles that name a signer (see ./choices).
 */
export default function ExchangeSigner({exchange}: {exchange?: string}) {
  const locale = usePageLocale();
  const choices = signerChoices(Object.values(exchanges));
  const [chosen, setChosen] = useState(exchange ?? choices[0].id);
  const profile = exchangeProfile(chosen)!;
  const exchangeName = useExchangeName(chosen) ?? chosen;
  const [mode, setMode] = useState<SignerMode>('sign');
  const {module: signer, load} = useCheckerModule(loadSigner);

  return (
    <CheckerCard
      testId="exchange-signer"
      label={translate(
        {id: 'keybridge.exchangeSigner.region', message: '{exchange} request signer'},
        {exchange: exchangeName},
      ).trim()}
      privacy="tool"
      onFirstUse={load}>
      {exchange === undefined && (
        <SelectField
          label={translate({id: 'keybridge.checker.exchange', message: 'Exchange'})}
          hint={translate({
            id: 'keybridge.exchangeSigner.exchangeHint',
            message: 'The fields below follow the exchange’s signing rules. Choosing another exchange clears them.',
          })}
          value={chosen}
          onChange={setChosen}
          options={choices.map((p) => ({value: p.id, label: siteLabel(p, locale)}))}
          testId="signer-exchange"
        />
      )}
      <SignerModeChoice value={mode} onChange={setMode} />
      <SignerForm key={chosen} profile={profile} exchangeName={exchangeName} mode={mode} signer={signer} load={load} />
    </CheckerCard>
  );
}
