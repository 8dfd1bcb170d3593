// Builds and signs an OKX v5 request in the browser, or checks a bot's own prehash and signature against
// what OKX expects. Nothing is sent: the curl command is text to copy.
import {useEffect, useState} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import {
  checkOkxRequest,
  checkOkxSignature,
  okxPrehash,
  okxSign,
  okxTimestamp,
  parsePrehash,
  asOkxTimestamp,
  type OkxCheckResult,
  type OkxRequest,
  type OkxSignResult,
} from '@site/src/checkers/signing/okxSign';
import {
  CheckerCard,
  SignerModeChoice,
  type SignerMode,
  CopyButton,
  FindingsList,
  FirstDifference,
  MaskedInput,
  Notice,
  OutputBlock,
  SelectField,
  SignerVerdict,
  type SignerVerdictState,
  TextField,
  useCheckerModule,
} from '@site/src/components/CheckerParts';
import parts from '@site/src/components/CheckerParts/styles.module.css';
import {PASSPHRASE_VARIABLE, okxCurlCommand, okxHeaderList} from './curl';
import styles from './styles.module.css';

// The messages (and i18next behind them) are imported on first use; until then no finding is shown.
const loadMessages = () => import('@site/src/checkers/signing/okxMessages');

type Method = 'GET' | 'POST';

const EXAMPLE: Record<Method, {path: string; body: string}> = {
  GET: {path: '/api/v5/account/balance?ccy=BTC', body: ''},
  POST: {
    path: '/api/v5/trade/order',
    body: '{"instId":"BTC-USDT","tdMode":"cash","side":"buy","ordType":"limit","px":"2.15","sz":"2"}',
  },
};
const MASK = '••••••••';

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

function Headers({signed, demo}: {signed: Extract<OkxSignResult, {ok: true}>; demo: boolean}) {
  const list = okxHeaderList(signed.headers, demo);
  const shown = list.map(([k, v]) => `${k}: ${k === 'OK-ACCESS-PASSPHRASE' && v !== '' ? MASK : v}`).join('\n');
  const full = list.map(([k, v]) => `${k}: ${v}`).join('\n');
  return (
    <div className={parts.output}>
      <div className={parts.outputHead}>
        <span className={parts.label}>
          <Translate id="keybridge.okxSigner.headers">
            Headers to send (passphrase hidden; Copy copies it in full)
          </Translate>
        </span>
        <CopyButton text={full} />
      </div>
      <pre className={parts.value} data-testid="okx-headers">
        {shown}
      </pre>
    </div>
  );
}

function SignResult({answer, demo}: {answer: {request: OkxRequest; signed: OkxSignResult} | undefined; demo: boolean}) {
  if (!answer) return null;
  const {request, signed} = answer;
  if (!signed.ok) return <FindingsList findings={signed.errors} />;
  const curl = okxCurlCommand({
    method: request.method,
    requestPath: request.requestPath,
    body: request.body ?? '',
    headers: signed.headers,
    demo,
  });
  return (
    <>
      <FindingsList findings={signed.warnings} />
      <OutputBlock
        testId="okx-prehash"
        value={signed.prehash}
        label={<Translate id="keybridge.okxSigner.prehash">Prehash (the text that is signed)</Translate>}
      />
      <OutputBlock
        testId="okx-signature"
        value={signed.signature}
        label={<Translate id="keybridge.okxSigner.signature">Signature (OK-ACCESS-SIGN)</Translate>}
      />
      <Headers signed={signed} demo={demo} />
      <OutputBlock
        testId="okx-curl"
        value={curl}
        label={
          <Translate id="keybridge.okxSigner.curl">
            curl command (copy and run it yourself; this page sends nothing)
          </Translate>
        }
      />
      <p className={parts.hint}>
        {translate(
          {
            id: 'keybridge.okxSigner.curlHint',
            message:
              'The command reads the passphrase from the shell variable {variable}, so it is not shown or kept in your shell history: run read -rs {variable} first and type it. OKX rejects a request whose timestamp is too old: press “Now” and copy again right before you run it.',
          },
          {variable: PASSPHRASE_VARIABLE},
        )}
      </p>
    </>
  );
}

function comparisonText(at: number): string {
  return at === -1
    ? translate({id: 'keybridge.okxSigner.same', message: 'Your prehash matches the expected prehash exactly.'})
    : translate(
        {
          id: 'keybridge.okxSigner.differsAt',
          message: 'Your prehash differs from the expected one at character {n} (marked).',
        },
        {n: at + 1},
      );
}

function needSecretText(): string {
  return translate({
    id: 'keybridge.okxSigner.needSecret',
    message: 'Enter your secret key to see the signature, headers and curl command.',
  });
}

function CheckResult({answer}: {answer: {theirs: string; result: OkxCheckResult} | undefined}) {
  if (!answer) return null;
  const {theirs, result} = answer;
  return (
    <>
      <OutputBlock
        testId="okx-prehash"
        value={result.expected}
        label={<Translate id="keybridge.okxSigner.expectedPrehash">Expected prehash</Translate>}
      />
      <FirstDifference
        expected={result.expected}
        theirs={theirs}
        at={result.at}
        same={comparisonText(result.at)}
        differs={comparisonText(result.at)}
      />
      <FindingsList findings={result.findings} />
      {result.signature === 'valid' && (
        <Notice tone="ok" data-testid="okx-verify-result" data-valid="true">
          {result.at === -1 ? (
            <Translate id="keybridge.okxSigner.validAndSame">
              The signature is right for your prehash and this secret key, and your prehash is exactly what OKX expects.
            </Translate>
          ) : (
            <Translate id="keybridge.okxSigner.validButDifferent">
              The signature is right for your prehash and this secret key, so your signing code is fine: the prehash
              itself is what needs fixing.
            </Translate>
          )}
        </Notice>
      )}
      {result.signature === 'invalid' && (
        <Notice tone="error" data-testid="okx-verify-result" data-valid="false">
          <Translate id="keybridge.okxSigner.invalid">
            The signature is not what OKX would compute from your prehash with this secret key (see why above).
          </Translate>
        </Notice>
      )}
    </>
  );
}

export default function OkxSigner() {
  const [mode, setMode] = useState<SignerMode>('sign');
  const [method, setMethod] = useState<Method>('GET');
  const [path, setPath] = useState(EXAMPLE.GET.path);
  const [body, setBody] = useState(EXAMPLE.POST.body);
  const [timestamp, setTimestamp] = useState('');
  const [apiKey, setApiKey] = useState('');
  const [secret, setSecret] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [demo, setDemo] = useState(false);
  const [theirs, setTheirs] = useState('');
  const [theirSignature, setTheirSignature] = useState('');
  const {module: messages, load} = useCheckerModule(loadMessages);

  // The clock is read after hydration, so the server-rendered page and the first client render agree.
  useEffect(() => setTimestamp(okxTimestamp()), []);

  const changeMethod = (next: Method) => {
    if (path === EXAMPLE[method].path) setPath(EXAMPLE[next].path);
    setMethod(next);
  };

  const sentBody = method === 'GET' ? '' : body;
  const parsed = mode === 'check' ? parsePrehash(theirs) : undefined;
  const theirTimestamp = parsed ? asOkxTimestamp(parsed.timestamp) : undefined;
  const request: OkxRequest = {timestamp: theirTimestamp ?? timestamp, method, requestPath: path, body: sentBody};

  // Each answer keeps the input it was computed from, so what is shown always belongs together.
  const signed = useLatest(
    () =>
      messages && mode === 'sign' && secret.trim() !== '' && timestamp !== ''
        ? okxSign(secret, {...request, apiKey, passphrase}).then((result) => ({request, signed: result}))
        : undefined,
    [messages, mode, secret, timestamp, method, path, sentBody, apiKey, passphrase],
  );
  const checked = useLatest(
    () =>
      messages && mode === 'check' && theirs !== ''
        ? checkOkxSignature({request, theirPrehash: theirs, theirSignature, secretKey: secret}).then((result) => ({
            theirs,
            result,
          }))
        : undefined,
    [messages, mode, theirs, theirSignature, secret, timestamp, method, path, sentBody],
  );
  const requestProblems = checkOkxRequest(request);
  const verdict: SignerVerdictState = (() => {
    if (mode === 'sign') {
      if (secret.trim() === '')
        return requestProblems.some((f) => f.severity === 'error')
          ? {kind: 'error'}
          : {kind: 'hint', text: needSecretText()};
      if (!signed) return {kind: 'pending'};
      return signed.signed.ok ? {kind: 'signed', notes: signed.signed.warnings.length > 0} : {kind: 'error'};
    }
    if (theirs === '') return {kind: 'none'};
    if (!checked) return {kind: 'pending'};
    const {result} = checked;
    return {
      kind: 'checked',
      comparison: comparisonText(result.at),
      signature: result.signature === 'valid' || result.signature === 'invalid' ? result.signature : undefined,
    };
  })();

  return (
    <CheckerCard
      testId="okx-signer"
      label={translate({id: 'keybridge.okxSigner.region', message: 'OKX request signer'})}
      privacy="tool"
      onFirstUse={load}>
      <SignerModeChoice value={mode} onChange={setMode} />

      <h3 className={parts.heading}>
        <Translate id="keybridge.requestSigner.requestHeading">The request</Translate>
      </h3>
      <SelectField
        label={translate({id: 'keybridge.okxSigner.method', message: 'Method'})}
        value={method}
        onChange={changeMethod}
        options={[
          {value: 'GET', label: 'GET'},
          {value: 'POST', label: 'POST'},
        ]}
      />
      <TextField
        label={<Translate id="keybridge.okxSigner.path">Request path, with the query string for a GET</Translate>}
        value={path}
        onChange={setPath}
        testId="okx-path"
      />
      {method === 'POST' ? (
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
          testId="okx-body"
        />
      ) : (
        <p className={parts.hint}>
          <Translate id="keybridge.okxSigner.noBody">
            A GET request has no body: its parameters are in the query string of the path.
          </Translate>
        </p>
      )}
      <TextField
        label={<Translate id="keybridge.okxSigner.timestamp">Timestamp (ISO 8601, UTC, with milliseconds)</Translate>}
        hint={
          theirTimestamp !== undefined ? (
            <Translate id="keybridge.okxSigner.timestampFromYours">Taken from your prehash below.</Translate>
          ) : undefined
        }
        value={theirTimestamp ?? timestamp}
        onChange={theirTimestamp !== undefined ? undefined : setTimestamp}
        testId="okx-timestamp"
        actions={
          <button
            type="button"
            className="button button--secondary button--sm"
            onClick={() => setTimestamp(okxTimestamp())}
            disabled={theirTimestamp !== undefined}>
            <Translate id="keybridge.requestSigner.now">Now</Translate>
          </button>
        }
      />

      <h3 className={parts.heading}>
        <Translate id="keybridge.okxSigner.keyHeading">Your API key</Translate>
      </h3>
      {mode === 'sign' && (
        <TextField
          label={<Translate id="keybridge.okxSigner.apiKey">API Key (sent as OK-ACCESS-KEY)</Translate>}
          value={apiKey}
          onChange={setApiKey}
          testId="okx-api-key"
        />
      )}
      <MaskedInput
        testId="okx-secret"
        value={secret}
        onChange={setSecret}
        label={translate({
          id: 'keybridge.okxSigner.secret',
          message: 'Secret key (used only on this page, to compute the signature)',
        })}
        hint={
          mode === 'check' ? (
            <Translate id="keybridge.okxSigner.secretCheckHint">
              Needed to check the signature: an HMAC can only be checked with the same secret key.
            </Translate>
          ) : undefined
        }
      />
      {mode === 'sign' ? (
        <>
          <MaskedInput
            testId="okx-passphrase"
            value={passphrase}
            onChange={setPassphrase}
            label={translate({
              id: 'keybridge.okxSigner.passphrase',
              message: 'Passphrase (sent as OK-ACCESS-PASSPHRASE)',
            })}
          />
          <label className={styles.switch}>
            <input type="checkbox" checked={demo} onChange={(e) => setDemo(e.target.checked)} data-testid="okx-demo" />{' '}
            <Translate id="keybridge.okxSigner.demo">
              Demo-trading key (adds the header x-simulated-trading: 1)
            </Translate>
          </label>
        </>
      ) : (
        <>
          <TextField
            label={
              <Translate id="keybridge.okxSigner.theirPrehash">Your bot’s prehash (the exact text it signs)</Translate>
            }
            value={theirs}
            onChange={setTheirs}
            rows={3}
            testId="okx-their-prehash"
          />
          <TextField
            label={<Translate id="keybridge.okxSigner.theirSignature">Your bot’s signature (OK-ACCESS-SIGN)</Translate>}
            value={theirSignature}
            onChange={setTheirSignature}
            testId="okx-their-signature"
          />
        </>
      )}

      <section className={styles.results} aria-labelledby="kb-okx-signer-result">
        <h3 id="kb-okx-signer-result" className={parts.heading}>
          <Translate id="keybridge.requestSigner.resultHeading">Result</Translate>
        </h3>
        <SignerVerdict state={verdict} />
        {mode === 'sign' ? (
          secret.trim() === '' ? (
            <>
              <FindingsList findings={messages ? requestProblems : []} />
              {requestProblems.every((f) => f.severity !== 'error') && timestamp !== '' && (
                <OutputBlock
                  testId="okx-prehash"
                  value={okxPrehash(request)}
                  label={<Translate id="keybridge.okxSigner.prehash">Prehash (the text that is signed)</Translate>}
                />
              )}
              <p className={parts.hint}>{needSecretText()}</p>
            </>
          ) : (
            <SignResult answer={signed} demo={demo} />
          )
        ) : theirs === '' ? (
          <p className={parts.hint}>
            <Translate id="keybridge.okxSigner.needPrehash">
              Paste the prehash your bot signs to compare it with the expected one.
            </Translate>
          </p>
        ) : (
          <CheckResult answer={checked} />
        )}
      </section>
    </CheckerCard>
  );
}
