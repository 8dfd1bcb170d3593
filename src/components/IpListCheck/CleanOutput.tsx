import Translate, {translate} from '@docusaurus/Translate';
import type {IpTarget} from '@site/src/checkers';
import {CopyButton} from '@site/src/components/CheckerParts';
import {MAX_ROWS} from './EntriesTable';
import styles from './styles.module.css';

/**
 * The clean list for the chosen target; for Backpack, one copy button per entry (it takes one at a time).
 * Only the first MAX_ROWS entries are drawn, so a pasted dump cannot stall the page on layout; the copy
 * button still copies the whole list.
 */
export function CleanOutput({output, target}: {output: string; target: IpTarget}) {
  if (output.trim() === '') return null;
  const lines = output.split(/[\s,]+/).filter(Boolean);
  const hidden = lines.length - MAX_ROWS;
  const more =
    hidden > 0 ? (
      <p className={styles.more}>
        {translate(
          {id: 'keybridge.ipList.output.more', message: '…and {count} more, not shown here.'},
          {count: hidden},
        )}
      </p>
    ) : null;
  if (target === 'backpack') {
    return (
      <div className={styles.output}>
        <p className={styles.outputHeading}>
          <Translate id="keybridge.ipList.output.backpack">Add these to Backpack one at a time:</Translate>
        </p>
        <ol className={styles.lines}>
          {lines.slice(0, MAX_ROWS).map((line, i) => (
            <li key={i}>
              <code>{line}</code>
              <CopyButton
                text={line}
                label={translate({id: 'keybridge.ipList.output.copyOne', message: 'Copy {entry}'}, {entry: line})}
              />
            </li>
          ))}
        </ol>
        {more}
      </div>
    );
  }
  return (
    <div className={styles.output}>
      <p className={styles.outputHeading}>
        <Translate id="keybridge.ipList.output.heading">Clean list, ready to paste:</Translate>
      </p>
      <pre className={styles.outputText} data-testid="ip-output">
        {hidden > 0 ? lines.slice(0, MAX_ROWS).join(target === 'okx' ? ',' : '\n') : output}
      </pre>
      {more}
      <CopyButton
        text={output}
        label={translate({id: 'keybridge.ipList.output.copyAll', message: 'Copy the clean list'})}
      />
    </div>
  );
}
