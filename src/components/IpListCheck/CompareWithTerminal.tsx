import {useMemo, useState} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import type {IpEntry} from '@site/src/checkers';
import {CopyButton, TextField, useCheckerModule, useSettledInput} from '@site/src/components/CheckerParts';
import {INSILICO_SERVER_IPS} from '@site/src/data/insilicoServerIps';
import {MAX_ROWS} from './EntriesTable';
import {loadIpChecker} from './loadChecker';
import styles from './styles.module.css';

function AddressList({values}: {values: readonly string[]}) {
  return (
    <ul className={styles.compareList}>
      {values.slice(0, MAX_ROWS).map((v) => (
        <li key={v}>
          <code>{v}</code>
        </li>
      ))}
      {values.length > MAX_ROWS ? <li>…</li> : null}
    </ul>
  );
}

/** A second box for the terminal's list: which of its addresses yours still lacks, and which of yours are extra. */
export function CompareWithTerminal({mine}: {mine: readonly IpEntry[]}) {
  const [text, setText] = useState('');
  const deferred = useSettledInput(text);
  // The checker loads on the widget's first use (a focus in this box counts).
  const {module: checker} = useCheckerModule(loadIpChecker);
  const theirs = useMemo(() => (checker ? checker.checkIpList(deferred, {target: 'generic'}).entries : []), [checker, deferred]);
  const {missing, extra} = useMemo(() => (checker ? checker.compareLists(mine, theirs) : {missing: [], extra: []}), [checker, mine, theirs]);
  const hasTheirs = theirs.some((e) => e.value);

  return (
    <div className={styles.compare}>
      <p className={styles.outputHeading}>
        <Translate id="keybridge.ipList.compare.heading">Compare with the terminal's list</Translate>
      </p>
      <TextField
        label={translate({id: 'keybridge.ipList.compare.label', message: "The terminal's list"})}
        hint={translate({
          id: 'keybridge.ipList.compare.hint',
          message: 'Paste the addresses your terminal asks you to whitelist, or fill in the Insilico Terminal list.',
        })}
        value={text}
        onChange={setText}
        rows={4}
      />
      <p className={styles.exampleRow}>
        <button type="button" className="button button--sm button--outline button--primary" onClick={() => setText(INSILICO_SERVER_IPS.join('\n'))}>
          <Translate id="keybridge.ipList.compare.example">Use Insilico Terminal's server list</Translate>
        </button>{' '}
        <span className={styles.exampleNote}>
          <Translate id="keybridge.ipList.compare.exampleNote">
            20 addresses from the terminal's setup guide; if in doubt, check the terminal's own page for the current list.
          </Translate>
        </span>
      </p>
      {hasTheirs ? (
        <div className={styles.compareResult} role="status" aria-live="polite" data-testid="compare-result">
          {missing.length === 0 ? (
            <p className={styles.allPresent}>
              <Translate id="keybridge.ipList.compare.allPresent">Every address in the terminal's list is covered by yours.</Translate>
            </p>
          ) : (
            <div data-testid="compare-missing">
              <p className={styles.compareHeading}>
                {translate(
                  {id: 'keybridge.ipList.compare.missing', message: 'Still missing from your list: {count}'},
                  {count: missing.length},
                )}{' '}
                <CopyButton
                  text={missing.join('\n')}
                  label={translate({id: 'keybridge.ipList.compare.copyMissing', message: 'Copy the missing addresses'})}
                />
              </p>
              <AddressList values={missing} />
            </div>
          )}
          {extra.length > 0 ? (
            <div data-testid="compare-extra">
              <p className={styles.compareHeading}>
                {translate(
                  {id: 'keybridge.ipList.compare.extra', message: "In your list but not in the terminal's: {count}"},
                  {count: extra.length},
                )}
              </p>
              <AddressList values={extra} />
            </div>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
