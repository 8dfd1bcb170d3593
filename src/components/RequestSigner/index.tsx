// Builds and signs a Backpack request in the browser, or checks a bot's own signing string and
// signature against what Backpack expects. Nothing is sent: the curl command is text to copy.
import {useEffect, useState} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import {
  diagnoseSigningString,
  firstDifference,
  paramsFromJson,
  paramsFromRows,
  signRequest,
  signingString,
  timestampIn,
  verifyRequest,
  type ParamRow,
  type ParamsResult,
  type SigningInput,
  type SignResult as SignResultType,
  type VerifyResult,
} from '@site/src/checkers/signing/backpackSign';
import type {Finding} from '@site/src/checkers/core/types';
import {
  CheckerCard,
  ChoiceField as Choice,
  SignerModeChoice,
  type SignerMode,
  FindingsList,
  FirstDifference,
  MaskedInput,
  Notice,
  OutputBlock as Output,
  PrivateInput,
  SignerVerdict,
  type SignerVerdictState,
  TextField,
  useCheckerModule,
} from '@site/src/components/CheckerParts';
import parts from '@site/src/components/CheckerParts/styles.module.css';
import {curlCommand} from './curl';
import styles from './styles.module.css';

type ParamsMode = 'rows' | 'json';

/** Whole numbers only; anything else becomes NaN so the checker reports it. Blank means "not given". */
function wholeNumber(text: string): number | undefined {
  const t = text.trim();
  if (t === '') return undefined;
  return /^-?\d+$/.test(t) ? Number(t) : NaN;
}

function Rows({rows, onChange}: {rows: ParamRow[]; onChange: (rows: ParamRow[]) => void}) {
  const set = (i: number, row: Partial<ParamRow>) => onChange(rows.map((r, j) => (j === i ? {...r, ...row} : r)));
  return (
    <div className={styles.rows}>
      {rows.map((row, i) => (
        <div key={i} className={styles.paramRow}>
          <PrivateInput
            value={row.key}
            placeholder={translate({id: 'keybridge.requestSigner.paramName', message: 'name'})}
            aria-label={translate(
              {id: 'keybridge.requestSigner.paramNameLabel', message: 'Parameter {n} name'},
              {n: i + 1},
            )}
            onChange={(e) => set(i, {key: e.target.value})}
            data-testid={`param-key-${i}`}
          />
          <PrivateInput
            value={row.value}
            placeholder={translate({id: 'keybridge.requestSigner.paramValue', message: 'value'})}
            aria-label={translate(
              {id: 'keybridge.requestSigner.paramValueLabel', message: 'Parameter {n} value'},
              {n: i + 1},
            )}
            onChange={(e) => set(i, {value: e.target.value})}
            data-testid={`param-value-${i}`}
          />
          <button
            type="button"
            className="button button--secondary button--sm"
            aria-label={translate(
              {id: 'keybridge.requestSigner.removeParamLabel', message: 'Remove parameter {n}'},
              {n: i + 1},
            )}
            onClick={() => onChange(rows.filter((_, j) => j !== i))}>
            ✕
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button button--secondary button--sm"
        onClick={() => onChange([...rows, {key: '', value: ''}])}>
        <Translate id="keybridge.requestSigner.addParam">Add parameter</Translate>
      </button>
    </div>
  );
}

// The messages (and i18next behind them) are imported on first use; until then no finding is shown.
const loadMessages = () => import('@site/src/checkers/keys/keykitMessages');

function needSecretText(): string {
  return translate({
    id: 'keybridge.requestSigner.needSecret',
    message: 'Enter your API secret to see the signature, headers and curl command.',
  });
}

function SignResult({
  signed,
  input,
  params,
}: {
  signed: SignResultType | undefined;
  input: SigningInput;
  params: SigningInput['params'];
}) {
  if (!signed) return <p className={parts.hint}>{needSecretText()}</p>;
  if (!signed.ok)
    return (
      <FindingsList
        findings={signed.errors.filter((f) => f.code.startsWith('keygen.') || f.code === 'sign.bad-secret')}
      />
    );
  const headers = Object.entries(signed.headers)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n');
  const curl = curlCommand(input.instruction.trim(), params ?? {}, signed);
  return (
    <>
      <Output
        testId="signature"
        value={signed.signature}
        label={<Translate id="keybridge.requestSigner.signature">Signature (X-Signature)</Translate>}
      />
      <Output
        testId="headers"
        value={headers}
        label={<Translate id="keybridge.requestSigner.headers">Headers to send</Translate>}
      />
      <Output
        testId="curl"
        value={curl.command}
        label={
          <Translate id="keybridge.requestSigner.curl">
            curl command (copy and run it yourself; this page sends nothing)
          </Translate>
        }
      />
      <p className={parts.hint}>
        {curl.known ? (
          <Translate id="keybridge.requestSigner.curlTime">
            Backpack rejects a request that arrives outside the window after its timestamp: press “Now” and copy again
            right before you run it.
          </Translate>
        ) : (
          <Translate id="keybridge.requestSigner.curlUnknown">
            We do not know the endpoint for this instruction: replace METHOD and /PATH with the ones in Backpack’s API
            reference.
          </Translate>
        )}
      </p>
    </>
  );
}

/** The comparison of the bot's string with the expected one, and the signature check when both values are given. */
function checkTheirs(
  expected: string,
  theirs: string,
  signature: string,
  apiKey: string,
): {at: number; verified?: VerifyResult} {
  const at = firstDifference(expected, theirs);
  const canVerify = signature.trim() !== '' && apiKey.trim() !== '';
  return {at, verified: canVerify ? verifyRequest(apiKey, theirs, signature) : undefined};
}

function comparisonText(at: number): string {
  return at === -1
    ? translate({id: 'keybridge.requestSigner.same', message: 'Your string matches the expected string exactly.'})
    : translate(
        {
          id: 'keybridge.requestSigner.differsAt',
          message: 'Your string differs from the expected one at character {n} (marked).',
        },
        {n: at + 1},
      );
}

function Check({
  expected,
  theirs,
  at,
  verified,
}: {
  expected: string;
  theirs: string;
  at: number;
  verified?: VerifyResult;
}) {
  if (theirs === '') return null;
  const diagnosis = diagnoseSigningString(theirs);
  let verdict: React.ReactNode = null;
  let verdictFindings: Finding[] = [];
  if (verified && !verified.ok) verdictFindings = verified.errors;
  else if (verified?.ok)
    verdict = verified.valid ? (
      <Notice tone="ok" data-testid="verify-result" data-valid="true">
        {at === -1 ? (
          <Translate id="keybridge.requestSigner.validAndSame">
            The signature is valid for your string and API key, and your string is exactly what Backpack expects.
          </Translate>
        ) : (
          <Translate id="keybridge.requestSigner.validButDifferent">
            The signature is valid for your string and API key, so your signing code is fine: the string itself is what
            needs fixing.
          </Translate>
        )}
      </Notice>
    ) : (
      <Notice tone="error" data-testid="verify-result" data-valid="false">
        <Translate id="keybridge.requestSigner.invalid">
          The signature does not verify for this string and API key. Either it was made with a different secret (not the
          one that belongs to this API key), or different bytes were signed than the string you pasted (extra
          characters, another encoding, or the signature was encoded as hex).
        </Translate>
      </Notice>
    );
  return (
    <>
      <FirstDifference
        expected={expected}
        theirs={theirs}
        at={at}
        same={comparisonText(at)}
        differs={comparisonText(at)}
      />
      <FindingsList findings={diagnosis} />
      {verdict}
      <FindingsList findings={verdictFindings} />
    </>
  );
}

export default function RequestSigner() {
  const [mode, setMode] = useState<SignerMode>('sign');
  const [instruction, setInstruction] = useState('orderCancel');
  const [paramsMode, setParamsMode] = useState<ParamsMode>('rows');
  const [rows, setRows] = useState<ParamRow[]>([
    {key: 'orderId', value: '28'},
    {key: 'symbol', value: 'BTC_USDT'},
  ]);
  const [json, setJson] = useState('');
  const [timestamp, setTimestamp] = useState('');
  const [windowText, setWindowText] = useState('5000');
  const [secret, setSecret] = useState('');
  const [theirs, setTheirs] = useState('');
  const [theirSignature, setTheirSignature] = useState('');
  const [theirKey, setTheirKey] = useState('');
  const {module: messages, load} = useCheckerModule(loadMessages);

  // The clock is read after hydration, so the server-rendered page and the first client render agree.
  useEffect(() => setTimestamp(String(Date.now())), []);

  const switchParams = (next: ParamsMode) => {
    if (next === 'json' && json.trim() === '') {
      const fromRows = paramsFromRows(rows);
      if (fromRows.ok) setJson(JSON.stringify(fromRows.params, null, 2));
    }
    setParamsMode(next);
  };

  const parsed: ParamsResult = paramsMode === 'rows' ? paramsFromRows(rows) : paramsFromJson(json);
  const theirTimestamp = mode === 'check' ? timestampIn(theirs) : undefined;
  const input: SigningInput = {
    instruction,
    params: parsed.ok ? parsed.params : {},
    timestamp: theirTimestamp ?? wholeNumber(timestamp) ?? NaN,
    window: wholeNumber(windowText),
  };
  const built = signingString(input);
  const problems = [...(parsed.ok ? [] : parsed.errors), ...(built.ok ? built.warnings : built.errors)];
  const ready = parsed.ok && built.ok;
  const signed = ready && mode === 'sign' && messages && secret.trim() !== '' ? signRequest(secret, input) : undefined;
  const checked =
    ready && mode === 'check' && messages && theirs !== ''
      ? checkTheirs(built.signingString, theirs, theirSignature, theirKey)
      : undefined;
  const verdict: SignerVerdictState = (() => {
    if (!messages && (secret !== '' || theirs !== '')) return {kind: 'pending'};
    if (problems.some((f) => f.severity === 'error')) return {kind: 'error'};
    if (mode === 'sign') {
      if (secret.trim() === '') return {kind: 'hint', text: needSecretText()};
      if (!signed?.ok) return {kind: 'error'};
      return {kind: 'signed', notes: problems.length > 0};
    }
    if (!checked) return {kind: 'none'};
    const {verified} = checked;
    return {
      kind: 'checked',
      comparison: comparisonText(checked.at),
      signature: verified === undefined ? undefined : !verified.ok ? 'error' : verified.valid ? 'valid' : 'invalid',
    };
  })();

  return (
    <CheckerCard
      testId="request-signer"
      label={translate({id: 'keybridge.requestSigner.region', message: 'Backpack request signer'})}
      privacy="tool"
      onFirstUse={load}>
      <SignerModeChoice value={mode} onChange={setMode} />

      <h3 className={parts.heading}>
        <Translate id="keybridge.requestSigner.requestHeading">The request</Translate>
      </h3>
      <TextField
        label={<Translate id="keybridge.requestSigner.instruction">Instruction</Translate>}
        value={instruction}
        onChange={setInstruction}
        testId="instruction"
      />
      <Choice
        legend={<Translate id="keybridge.requestSigner.paramsAs">Parameters</Translate>}
        value={paramsMode}
        onChange={switchParams}
        options={[
          [
            'rows',
            <Translate key="r" id="keybridge.requestSigner.paramsRows">
              Name and value rows
            </Translate>,
          ],
          [
            'json',
            <Translate key="j" id="keybridge.requestSigner.paramsJson">
              Paste JSON
            </Translate>,
          ],
        ]}
      />
      {paramsMode === 'rows' ? (
        <Rows rows={rows} onChange={setRows} />
      ) : (
        <TextField
          label={
            <Translate id="keybridge.requestSigner.json">
              Parameters as JSON: an object, or a list of orders for a batch orderExecute
            </Translate>
          }
          hint={
            <Translate id="keybridge.requestSigner.jsonHint">
              Numbers are written the way JavaScript writes them (28.50 becomes 28.5). Put amounts in quotes to keep
              them exactly as your bot sends them.
            </Translate>
          }
          value={json}
          onChange={setJson}
          rows={6}
          testId="params-json"
        />
      )}
      <div className={styles.pair}>
        <TextField
          label={<Translate id="keybridge.requestSigner.timestamp">Timestamp (ms)</Translate>}
          hint={
            theirTimestamp !== undefined ? (
              <Translate id="keybridge.requestSigner.timestampFromYours">Taken from your string below.</Translate>
            ) : undefined
          }
          inputMode="numeric"
          value={theirTimestamp !== undefined ? String(theirTimestamp) : timestamp}
          onChange={theirTimestamp !== undefined ? undefined : setTimestamp}
          testId="timestamp"
          actions={
            <button
              type="button"
              className="button button--secondary button--sm"
              onClick={() => setTimestamp(String(Date.now()))}
              disabled={theirTimestamp !== undefined}>
              <Translate id="keybridge.requestSigner.now">Now</Translate>
            </button>
          }
        />
        <TextField
          label={<Translate id="keybridge.requestSigner.window">Window (ms, default 5000, at most 60000)</Translate>}
          inputMode="numeric"
          value={windowText}
          onChange={setWindowText}
          testId="window"
        />
      </div>

      {mode === 'sign' ? (
        <MaskedInput
          testId="secret"
          value={secret}
          onChange={setSecret}
          label={translate({id: 'keybridge.requestSigner.secret', message: 'API secret'})}
        />
      ) : (
        <>
          <TextField
            label={<Translate id="keybridge.requestSigner.theirString">Your bot’s signing string</Translate>}
            value={theirs}
            onChange={setTheirs}
            rows={3}
            testId="their-string"
          />
          <TextField
            label={
              <Translate id="keybridge.requestSigner.theirSignature">Your bot’s signature (X-Signature)</Translate>
            }
            value={theirSignature}
            onChange={setTheirSignature}
            testId="their-signature"
          />
          <TextField
            label={<Translate id="keybridge.requestSigner.theirKey">Your API key (X-API-Key)</Translate>}
            value={theirKey}
            onChange={setTheirKey}
            testId="their-key"
          />
        </>
      )}

      <section className={styles.results} aria-labelledby="kb-signer-result">
        <h3 id="kb-signer-result" className={parts.heading}>
          <Translate id="keybridge.requestSigner.resultHeading">Result</Translate>
        </h3>
        <SignerVerdict state={verdict} />
        <FindingsList findings={messages ? problems : []} />
        {built.ok && (
          <Output
            testId="signing-string"
            value={built.signingString}
            label={
              mode === 'sign' ? (
                <Translate id="keybridge.requestSigner.signingString">Signing string</Translate>
              ) : (
                <Translate id="keybridge.requestSigner.expectedString">Expected signing string</Translate>
              )
            }
          />
        )}
        {ready && mode === 'sign' && (messages || secret.trim() === '') && (
          <SignResult signed={signed} input={input} params={input.params} />
        )}
        {checked && built.ok && (
          <Check expected={built.signingString} theirs={theirs} at={checked.at} verified={checked.verified} />
        )}
      </section>
    </CheckerCard>
  );
}
