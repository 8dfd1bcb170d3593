import Translate, {translate} from '@docusaurus/Translate';
import type {IpTarget} from '@site/src/checkers';
import {CopyButton} from '@site/src/components/CheckerParts';
import {MAX_ROWS} from './EntriesTable';
import styles from './styles.module.css';

/** The clean list for the chosen target; for Backpack, one copy button per entry (it takes one at a time). */
export function CleanOutput({output, target}: {output: string; target: IpTarget}) {
  if (output.trim() === '') return null;
  if (target === 'backpack') {
    const lines = output.split(/[\s,]+/).filter(Boolean);
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
      </div>
    );
  }
  return (
    <div className={styles.output}>
      <p className={styles.outputHeading}>
        <Translate id="keybridge.ipList.output.heading">Clean list, ready to paste:</Translate>
      </p>
      <pre className={styles.outputText} data-testid="ip-output">
        {output}
      </pre>
      <CopyButton
        text={output}
        label={translate({id: 'keybridge.ipList.output.copyAll', message: 'Copy the clean list'})}
      />
    </div>
  );
}
