// Explains what a terminal, bot or exchange said: which exchange, what it means, the likely cause among
// the reader's values, the fix and the guide step. All the judging is explainError's; this only shows it.
import {useEffect, useMemo, useRef, useState} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import type {ApiExchange} from '@site/src/checkers/errors/explainError';
import type {Finding} from '@site/src/checkers/core/types';
import {
  CheckerCard,
  FindingsList,
  SelectField,
  TextField,
  usePageLocale,
  useCheckerModule,
  useSettledInput,
  verdictLabel,
} from '@site/src/components/CheckerParts';
import {siteLabel, siteLabelInSentence} from '@site/src/components/CheckerParts/exchangeName';
import {exchanges} from '@site/src/exchanges';
import {ClockCheck} from './ClockCheck';
import styles from './styles.module.css';

// Imported on first use, directly (not through the index), so this page does not load the key checkers.
const loadChecker = () =>
  Promise.all([
    import('@site/src/checkers/errors/explainError'),
    import('@site/src/checkers/errors/apiErrorMessages'),
    import('@site/src/checkers/core/describe'),
  ]).then(([{explainError}, {describeCause}, {describe, describeExchange, describeFix}]) => ({
    explainError,
    describeCause,
    describe,
    describeExchange,
    describeFix,
  }));
type Checker = Awaited<ReturnType<typeof loadChecker>>;

type ExchangeChoice = ApiExchange | 'auto';

/** "Tell from the message", then every exchange whose profile has an error table. */
function exchangeOptions(locale: string): {value: ExchangeChoice; label: string}[] {
  return [
    {value: 'auto', label: translate({id: 'keybridge.errorExplainer.exchange.auto', message: 'Tell from the message'})},
    ...Object.values(exchanges)
      .filter((p) => p.errors.length > 0)
      .map((p) => ({value: p.id, label: siteLabel(p, locale)})),
  ];
}

/** The exchange's short name in the widgets, or undefined for an id with no profile. */
const labelOf = (exchange: ApiExchange | undefined, locale: string) =>
  exchange !== undefined && Object.hasOwn(exchanges, exchange) ? siteLabel(exchanges[exchange], locale) : undefined;

/**
 * The exchange's name in the result: as the checker's messages write it in this locale (币安 in Chinese),
 * else its short label.
 */
function exchangeLine(
  exchange: ApiExchange | undefined,
  code: string | number | undefined,
  inLocale: string | undefined,
  locale: string,
): string {
  const name = labelOf(exchange, locale) !== undefined ? (inLocale ?? labelOf(exchange, locale)) : undefined;
  if (!name)
    return translate({
      id: 'keybridge.errorExplainer.exchange.unknown',
      message: 'Not clear from the message (choose one above if you know it)',
    });
  if (code === undefined) return name;
  return translate(
    {id: 'keybridge.errorExplainer.exchange.withCode', message: '{exchange}, error code {code}'},
    {exchange: name, code},
  );
}

function signerName(exchange: ApiExchange, locale: string): string {
  const profile = Object.hasOwn(exchanges, exchange) ? exchanges[exchange] : undefined;
  return translate(
    {id: 'keybridge.errorExplainer.signer.name', message: '{exchange} request signer'},
    {exchange: profile ? siteLabelInSentence(profile, locale) : exchange},
  );
}

function Explanation({main, exchange, checker}: {main: Finding; exchange?: ApiExchange; checker: Checker}) {
  const locale = usePageLocale();
  const {describe, describeCause, describeFix} = checker;
  const params = main.params ?? {};
  const cause = describeCause(main, locale);
  return (
    <dl className={styles.facts}>
      <dt>
        <Translate id="keybridge.errorExplainer.exchange">Exchange</Translate>
      </dt>
      <dd data-testid="explained-exchange">
        {exchangeLine(exchange, params.code, exchange && checker.describeExchange(exchange, locale), locale)}
      </dd>
      <dt>
        <Translate id="keybridge.errorExplainer.meaning">What it means</Translate>
      </dt>
      <dd className={styles.meaning}>{describe(main, locale)}</dd>
      {cause ? (
        <>
          <dt>
            <Translate id="keybridge.errorExplainer.cause">Likely cause</Translate>
          </dt>
          <dd>{cause}</dd>
        </>
      ) : null}
      <dt>
        <Translate id="keybridge.errorExplainer.fix">Fix</Translate>
      </dt>
      <dd>
        {describeFix(main, locale)}
        {/* Chinese needs no space after its full stop. */}
        {locale.startsWith('zh') ? null : ' '}
        {typeof params.guide === 'string' ? (
          <Link to={params.guide} data-testid="guide-link">
            <Translate id="keybridge.errorExplainer.guide">Open the guide step that fixes it</Translate>
          </Link>
        ) : null}
        {typeof params.signer === 'string' && exchange ? (
          <>
            {' · '}
            <Link to={params.signer} data-testid="signer-link">
              <Translate id="keybridge.errorExplainer.signer" values={{signer: signerName(exchange, locale)}}>
                {'Compare your request with the {signer}'}
              </Translate>
            </Link>
          </>
        ) : null}
      </dd>
    </dl>
  );
}

/**
 * The error explainer. `exchange` (an exchange id from the profiles) preselects the exchange, for
 * embedding in one exchange's guide; the message itself still wins when it names another. The choice
 * lists every profile with an error table, so a new exchange needs no change here.
 *
 * `label` names the widget for screen readers when a page holds more than one explainer (each landmark
 * needs its own name); pages pass it already in their language.
 */
export default function ErrorExplainer({exchange: initialExchange, label}: {exchange?: ApiExchange; label?: string}) {
  const [text, setText] = useState('');
  const [choice, setChoice] = useState<ExchangeChoice>(initialExchange ?? 'auto');
  const [whitelist, setWhitelist] = useState('');
  const [listOpen, setListOpen] = useState(false);
  // The button that opens the whitelist field goes away as it opens it: focus moves into the new field,
  // not to the page's start.
  const listRef = useRef<HTMLDivElement>(null);
  const focusList = useRef(false);
  useEffect(() => {
    if (!listOpen || !focusList.current) return;
    focusList.current = false;
    listRef.current?.querySelector('textarea')?.focus();
  }, [listOpen]);
  const openList = () => {
    focusList.current = true;
    setListOpen(true);
  };
  const message = useSettledInput(text);
  const list = useSettledInput(whitelist);
  const {module: checker, load} = useCheckerModule(loadChecker);
  // Null while the checker is loading (there is input, no verdict yet).
  const report = useMemo(
    () =>
      checker
        ? checker.explainError(message, {
            exchange: choice === 'auto' ? undefined : choice,
            whitelist: listOpen ? list : undefined,
          })
        : message === ''
          ? {verdict: 'empty' as const, findings: [], exchange: undefined}
          : null,
    [checker, message, choice, list, listOpen],
  );
  const [main, ...rest] = report?.findings ?? [];
  const kind = main?.code;
  const locale = usePageLocale();

  return (
    <CheckerCard
      label={label ?? translate({id: 'keybridge.errorExplainer.region', message: 'Error explainer'})}
      onFirstUse={load}>
      <TextField
        label={translate({id: 'keybridge.errorExplainer.label', message: 'What the terminal, bot or exchange said'})}
        hint={translate({
          id: 'keybridge.errorExplainer.hint',
          message: 'A JSON reply, a log line, a message in English or Chinese, or just the error code.',
        })}
        value={text}
        onChange={setText}
        rows={4}
        testId="error-text"
      />
      <SelectField
        label={translate({id: 'keybridge.errorExplainer.exchangeSelect', message: 'Exchange (optional)'})}
        value={choice}
        options={exchangeOptions(locale)}
        onChange={setChoice}
      />
      {kind === 'apierror.ip-not-whitelisted' && !listOpen ? (
        <p>
          <button type="button" className="button button--secondary button--sm" onClick={openList}>
            <Translate id="keybridge.errorExplainer.checkList">Check my IP whitelist</Translate>
          </button>
        </p>
      ) : null}
      {listOpen ? (
        <div ref={listRef}>
          <TextField
            label={translate({id: 'keybridge.errorExplainer.whitelist', message: "Your key's IP whitelist (optional)"})}
            hint={translate({
              id: 'keybridge.errorExplainer.whitelistHint',
              message:
                'Paste the list saved on the key, as the exchange shows it, to see whether the address in the message is on it.',
            })}
            value={whitelist}
            onChange={setWhitelist}
            rows={3}
            testId="error-whitelist"
          />
        </div>
      ) : null}
      <div
        className={styles.result}
        role="status"
        aria-live="polite"
        aria-atomic="true"
        data-verdict={report?.verdict ?? 'pending'}
        data-code={kind}>
        {!report ? (
          <p className={styles.empty}>{verdictLabel('pending')}</p>
        ) : main && checker ? (
          <>
            <Explanation main={main} exchange={report.exchange} checker={checker} />
            <FindingsList findings={rest} />
          </>
        ) : (
          <p className={styles.empty}>
            <Translate id="keybridge.errorExplainer.empty">
              Paste an error above to see what it means and how to fix it.
            </Translate>
          </p>
        )}
      </div>
      {kind === 'apierror.timestamp' ? <ClockCheck /> : null}
    </CheckerCard>
  );
}
