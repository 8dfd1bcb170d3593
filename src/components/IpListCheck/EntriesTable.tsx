import {memo} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import type {IpEntry} from '@site/src/checkers';
import {FindingsList, severityLabel, worstFinding} from '@site/src/components/CheckerParts';
import {Address} from './Address';
import {MAX_ROWS} from './maxRows';
import {shorten} from './shorten';
import styles from './styles.module.css';

/** Longest entry text shown in its row (rows have more room than the banner). */
const ROW_TEXT_MAX = 64;

function statusOf(entry: IpEntry): 'ok' | 'info' | 'warning' | 'error' {
  return worstFinding(entry.findings)?.severity ?? 'ok';
}

/** One row per entry (the first MAX_ROWS of `count`) with its status in words and what is wrong with it. */
export const EntriesTable = memo(function EntriesTable({entries, count}: {entries: readonly IpEntry[]; count: number}) {
  if (entries.length === 0) return null;
  const shown = entries.slice(0, MAX_ROWS);
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table}>
        <caption className={styles.caption}>
          <Translate id="keybridge.ipList.table.caption">Each entry</Translate>
        </caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">
              <Translate id="keybridge.ipList.table.entry">Entry</Translate>
            </th>
            <th scope="col">
              <Translate id="keybridge.ipList.table.result">Result</Translate>
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.map((entry, i) => {
            const status = statusOf(entry);
            return (
              <tr key={i} data-status={status}>
                <td>{i + 1}</td>
                <td>
                  <code className={styles.entry}>
                    <Address text={shorten(entry.raw, ROW_TEXT_MAX)} />
                  </code>
                  {entry.value && entry.value !== entry.raw ? (
                    <div className={styles.cleaned}>
                      →{' '}
                      <code className={styles.address}>
                        <Address text={entry.value} />
                      </code>
                    </div>
                  ) : null}
                </td>
                <td>
                  <span className={styles[`status-${status}`]}>{severityLabel(status === 'info' ? 'ok' : status)}</span>
                  <FindingsList findings={entry.findings} compact />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {count > MAX_ROWS ? (
        <p className={styles.more}>
          {translate(
            {id: 'keybridge.ipList.table.more', message: '…and {count} more, not shown here.'},
            {count: count - MAX_ROWS},
          )}
        </p>
      ) : null}
    </div>
  );
});
