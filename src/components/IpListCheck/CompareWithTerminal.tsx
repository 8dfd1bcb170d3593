import type {ReactNode} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import type {TerminalComparison} from '@site/src/checkers';
import {CopyButton, TextField} from '@site/src/components/CheckerParts';
import {INSILICO_SERVER_IPS} from '@site/src/data/insilicoServerIps';
import {INSILICO_BITGET_SERVER_IPS} from '@site/src/terminals/insilicoBitgetServerIps';
import {Address} from './Address';
import {MAX_ROWS} from './maxRows';
import {shorten} from './shorten';
import styles from './styles.module.css';

/**
 * Terminal lists the widget can fill in; only offered where that terminal and exchange are the subject.
 * 'insilico': the OKX list from a third-party guide; 'insilico-bitget': Insilico's own list for Bitget.
 */
export type TerminalList = 'insilico' | 'insilico-bitget';

function AddressList({values, testId}: {values: readonly string[]; testId?: string}) {
  return (
    <ul className={styles.compareList} data-testid={testId}>
      {values.slice(0, MAX_ROWS).map((v) => (
        <li key={v}>
          <code className={styles.address}>
            <Address text={v} />
          </code>
        </li>
      ))}
      {values.length > MAX_ROWS ? <li>…</li> : null}
    </ul>
  );
}

/** One group of the comparison: its heading (with an optional action beside it) and its addresses. */
function CompareGroup({
  testId,
  heading,
  values,
  action,
}: {
  testId: string;
  heading: string;
  values: readonly string[];
  action?: ReactNode;
}) {
  return (
    <div data-testid={testId}>
      <p className={styles.compareHeading}>
        {heading}
        {action ? <> {action}</> : null}
      </p>
      <AddressList values={values} />
    </div>
  );
}

interface Props {
  text: string;
  onChange: (text: string) => void;
  /** The comparison, once the terminal's list holds an address. */
  comparison?: TerminalComparison;
  /** Offer to fill in this terminal's list (a page about that terminal only). */
  terminalList?: TerminalList;
}

/**
 * A second box for the terminal's list. The verdict above already counts what is missing (the checker
 * decides); here the reader sees which addresses, copies them, and sees which of theirs are extra.
 */
export function CompareWithTerminal({text, onChange, comparison, terminalList}: Props) {
  return (
    <div className={styles.compare}>
      <p className={styles.outputHeading}>
        <Translate id="keybridge.ipList.compare.heading">Compare with the terminal's list</Translate>
      </p>
      <TextField
        label={translate({id: 'keybridge.ipList.compare.label', message: "The terminal's list"})}
        hint={translate({
          id: 'keybridge.ipList.compare.hint',
          message: 'Paste the addresses your terminal asks you to whitelist (its settings page shows them).',
        })}
        value={text}
        onChange={onChange}
        rows={4}
      />
      {terminalList === 'insilico' ? (
        <p className={styles.exampleRow}>
          <button
            type="button"
            className={`button button--sm button--outline button--primary ${styles.exampleButton}`}
            onClick={() => onChange(INSILICO_SERVER_IPS.join('\n'))}>
            <Translate id="keybridge.ipList.compare.example">
              Fill in the 20 addresses a third-party guide lists for Insilico Terminal
            </Translate>
          </button>{' '}
          <span className={styles.exampleNote}>
            <Translate id="keybridge.ipList.compare.exampleNote">
              From a third-party guide to OKX V5 API keys, not from Insilico Terminal's own docs, and it may be out of
              date. For the current list, see the terminal's own page, “Creating an OKX API Key” in Insilico Terminal's
              docs.
            </Translate>
          </span>
        </p>
      ) : null}
      {terminalList === 'insilico-bitget' ? (
        <p className={styles.exampleRow}>
          <button
            type="button"
            className={`button button--sm button--outline button--primary ${styles.exampleButton}`}
            onClick={() => onChange(INSILICO_BITGET_SERVER_IPS.join('\n'))}>
            <Translate id="keybridge.ipList.compare.exampleBitget">
              Fill in Insilico Terminal's 30 addresses for Bitget
            </Translate>
          </button>{' '}
          <span className={styles.exampleNote}>
            <Translate id="keybridge.ipList.compare.exampleBitgetNote">
              From Insilico Terminal's own guide, “Creating a Bitget API Key” (updated 14 August 2023; checked 5
              December 2026). If the terminal's page now shows a different list, use that one.
            </Translate>
          </span>
        </p>
      ) : null}
      {comparison ? (
        <div className={styles.compareResult} role="status" aria-live="polite" data-testid="compare-result">
          {comparison.missing.length === 0 ? (
            <p className={styles.allPresent}>
              <Translate id="keybridge.ipList.compare.allPresent">
                Every address in the terminal's list is covered by yours.
              </Translate>
            </p>
          ) : (
            <CompareGroup
              testId="compare-missing"
              heading={translate(
                {id: 'keybridge.ipList.compare.missing', message: 'Still missing from your list: {count}'},
                {count: comparison.missing.length},
              )}
              values={comparison.missing}
              action={
                <CopyButton
                  text={comparison.missing.join('\n')}
                  label={translate({id: 'keybridge.ipList.compare.copyMissing', message: 'Copy the missing addresses'})}
                />
              }
            />
          )}
          {comparison.extra.length > 0 ? (
            <CompareGroup
              testId="compare-extra"
              heading={translate(
                {id: 'keybridge.ipList.compare.extra', message: "In your list but not in the terminal's: {count}"},
                {count: comparison.extra.length},
              )}
              values={comparison.extra}
            />
          ) : null}
          {comparison.unreadable.length > 0 ? (
            <CompareGroup
              testId="compare-unreadable"
              heading={translate(
                {
                  id: 'keybridge.ipList.compare.unreadable',
                  message: "Not read as addresses in the terminal's list: {count}",
                },
                {count: comparison.unreadable.length},
              )}
              values={comparison.unreadable.map((raw) => shorten(raw))}
            />
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
