import {useState} from 'react';
import {translate} from '@docusaurus/Translate';
import type {DualKeyReport, Exchange, Finding, KeyPairReport} from '@site/src/checkers';
import {
  CheckerCard,
  FindingsList,
  MaskedInput,
  TextField,
  VerdictBanner,
  useCheckerModule,
  worstFinding,
} from '@site/src/components/CheckerParts';
import {useAsyncReport} from '@site/src/components/CheckerParts/useAsyncReport';
import {useCredentialLabel} from '@site/src/components/CheckerParts/credentialLabel';
import {CleanedValues} from '@site/src/components/KeyPairCheck/CleanedValues';
import styles from './styles.module.css';

// Imported on first use, directly (not through the index), so only this checker's code loads.
const loadChecker = () => import('@site/src/checkers/keys/dualKey');

type Which = 'trading' | 'second';
interface Values {
  apiKey: string;
  apiSecret: string;
}
const NONE: Values = {apiKey: '', apiSecret: ''};
const EMPTY_PAIR: KeyPairReport = {verdict: 'empty', findings: []};
const EMPTY: DualKeyReport = {verdict: 'empty', findings: [], trading: EMPTY_PAIR, second: EMPTY_PAIR};

function keyName(which: Which): string {
  return which === 'trading'
    ? translate({id: 'keybridge.dualKey.trading', message: 'Trading key'})
    : translate({id: 'keybridge.dualKey.second', message: 'Read-only key'});
}

const ORDER = {error: 0, warning: 1, info: 2} as const;

/**
 * The banner's top line: the most serious finding, those about both keys first, then the trading key's,
 * then the read-only key's; with the key it belongs to.
 */
function headlineOf(report: DualKeyReport): {finding?: Finding; where?: Which} {
  let best: {finding?: Finding; where?: Which} = {};
  const groups: [Finding[], Which | undefined][] = [
    [report.findings, undefined],
    [report.trading.findings, 'trading'],
    [report.second.findings, 'second'],
  ];
  for (const [findings, where] of groups) {
    const worst = worstFinding(findings);
    if (!worst || worst.severity === 'info') continue;
    if (!best.finding || ORDER[worst.severity] < ORDER[best.finding.severity]) best = {finding: worst, where};
  }
  return best;
}

function summaryOf(report: DualKeyReport, headline?: Finding): string | null {
  if (report.verdict === 'empty')
    return translate({
      id: 'keybridge.dualKey.empty',
      message: 'Paste the API key and secret key of both keys above to check them.',
    });
  if (report.verdict === 'ok')
    return translate({id: 'keybridge.dualKey.ok', message: 'Both keys are complete and they are two different keys.'});
  if (!headline && report.verdict === 'error')
    return translate({id: 'keybridge.keyPair.failed', message: 'These values could not be checked.'});
  return null;
}

/**
 * Checks a trading key and a read-only key entered together, as a terminal's form asks for two keys
 * from one account: each key's values, and that the two are really two keys. `exchange` is an exchange id
 * from the profiles; the fields are named as that exchange names them.
 */
export default function DualKeyCheck({exchange}: {exchange: Exchange}) {
  const [trading, setTrading] = useState<Values>(NONE);
  const [second, setSecond] = useState<Values>(NONE);
  const {module, load} = useCheckerModule(loadChecker);
  const blank = [trading.apiKey, trading.apiSecret, second.apiKey, second.apiSecret].every((v) => v.trim() === '');
  const report = useAsyncReport(
    {exchange, trading, second},
    JSON.stringify([exchange, trading, second]),
    blank,
    EMPTY,
    module?.checkDualKey,
  );
  const headline = report ? headlineOf(report) : {};
  const without = (findings: Finding[]) => findings.filter((f) => f !== headline.finding);

  return (
    <CheckerCard
      label={translate({id: 'keybridge.dualKey.region', message: 'Trading and read-only key checker'})}
      onFirstUse={load}>
      <KeyFields exchange={exchange} which="trading" values={trading} onChange={setTrading} />
      <KeyFields exchange={exchange} which="second" values={second} onChange={setSecond} />
      <VerdictBanner
        verdict={report?.verdict ?? 'pending'}
        headline={headline.finding}
        headlineWhere={
          headline.where
            ? translate({id: 'keybridge.dualKey.where', message: '{key}:'}, {key: keyName(headline.where)})
            : undefined
        }>
        {report ? summaryOf(report, headline.finding) : null}
      </VerdictBanner>
      {report ? (
        <>
          <FindingsList findings={without(report.findings)} />
          <KeyFindings which="trading" report={report.trading} findings={without(report.trading.findings)} />
          <KeyFindings which="second" report={report.second} findings={without(report.second.findings)} />
        </>
      ) : null}
    </CheckerCard>
  );
}

function KeyFields({
  exchange,
  which,
  values,
  onChange,
}: {
  exchange: Exchange;
  which: Which;
  values: Values;
  onChange: (values: Values) => void;
}) {
  const keyLabel = useCredentialLabel(exchange, 'apiKey');
  const secretLabel = useCredentialLabel(exchange, 'apiSecret');
  return (
    <fieldset className={styles.key}>
      <legend className={styles.legend}>{keyName(which)}</legend>
      <TextField
        label={keyLabel ?? translate({id: 'keybridge.keyPair.apiKey', message: 'API Key'})}
        value={values.apiKey}
        onChange={(apiKey) => onChange({...values, apiKey})}
      />
      <MaskedInput
        label={secretLabel ?? translate({id: 'keybridge.keyPair.apiSecret', message: 'API Secret'})}
        value={values.apiSecret}
        onChange={(apiSecret) => onChange({...values, apiSecret})}
      />
    </fieldset>
  );
}

/** One key's own findings and cleaned values, under its name. */
function KeyFindings({which, report, findings}: {which: Which; report: KeyPairReport; findings: Finding[]}) {
  if (findings.length === 0 && !report.cleaned) return null;
  return (
    <div className={styles.keyFindings} data-testid={`dual-key-${which}`}>
      <p className={styles.keyFindingsTitle}>{keyName(which)}</p>
      <FindingsList findings={findings} />
      {report.cleaned ? <CleanedValues cleaned={report.cleaned} /> : null}
    </div>
  );
}
