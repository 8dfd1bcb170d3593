import Translate, {translate} from '@docusaurus/Translate';
import type {Finding, IpTarget} from '@site/src/checkers';
import {CopyButton, usePageLocale} from '@site/src/components/CheckerParts';
import {siteLabel} from '@site/src/components/CheckerParts/exchangeName';
import {exchanges} from '@site/src/exchanges';
import {Address} from './Address';
import {MAX_ROWS} from './maxRows';
import styles from './styles.module.css';

/** "19 of 20 entries; left out: 18.167.243.999", from the list-wide ip.left-out finding. */
function LeftOut({finding}: {finding?: Finding}) {
  if (!finding?.params) return null;
  const {count, total, entries} = finding.params as {count: number; total: number; entries: string};
  return (
    <p className={styles.leftOut} data-testid="ip-left-out">
      {translate(
        {id: 'keybridge.ipList.output.leftOut', message: '{kept} of {total} entries; left out: {entries}'},
        {kept: total - count, total, entries},
      )}
    </p>
  );
}

/**
 * The clean list for the chosen target; for an exchange that takes one entry at a time (its profile says
 * so: Backpack), one copy button per entry.
 * Only the first MAX_ROWS entries are drawn, so a pasted dump cannot stall the page on layout; the copy
 * button still copies the whole list. Beside it, what was left out.
 */
export function CleanOutput({output, target, leftOut}: {output: string; target: IpTarget; leftOut?: Finding}) {
  const locale = usePageLocale();
  if (output.trim() === '') {
    return leftOut ? (
      <div className={styles.output}>
        <LeftOut finding={leftOut} />
      </div>
    ) : null;
  }
  const lines = output.split(/[^0-9A-Fa-f:./]+/).filter(Boolean);
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
  const profile = Object.hasOwn(exchanges, target) ? exchanges[target] : undefined;
  if (profile?.ipWhitelist.entry.value === 'one-at-a-time') {
    return (
      <div className={styles.output}>
        <p className={styles.outputHeading}>
          <Translate id="keybridge.ipList.output.oneAtATime" values={{exchange: siteLabel(profile, locale)}}>
            {'Add these to {exchange} one at a time:'}
          </Translate>
        </p>
        <LeftOut finding={leftOut} />
        <ol className={styles.lines}>
          {lines.slice(0, MAX_ROWS).map((line, i) => (
            <li key={i}>
              <code className={styles.address}>
                <Address text={line} />
              </code>
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
  // The separator the checker joined the list with: the first one the exchange's profile names.
  const separators = profile?.ipWhitelist.separators.value;
  const separator =
    profile?.ipWhitelist.entry.value === 'list' && Array.isArray(separators) && separators.length > 0
      ? separators[0]
      : '\n';
  const shown = hidden > 0 ? lines.slice(0, MAX_ROWS) : lines;
  return (
    <div className={styles.output}>
      <p className={styles.outputHeading}>
        <Translate id="keybridge.ipList.output.heading">Clean list, ready to paste:</Translate>
      </p>
      <LeftOut finding={leftOut} />
      {/* Focusable, so a keyboard user can scroll a long list. */}
      <pre
        className={styles.outputText}
        data-testid="ip-output"
        // A scrollable region must be reachable from the keyboard (axe: scrollable-region-focusable).
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
        role="region"
        aria-label={translate({id: 'keybridge.ipList.output.label', message: 'Clean list'})}>
        {shown.map((line, i) => (
          <span key={i}>
            {i > 0 ? (
              <>
                {separator}
                <wbr />
              </>
            ) : null}
            <Address text={line} />
          </span>
        ))}
      </pre>
      {more}
      <CopyButton
        text={output}
        label={translate({id: 'keybridge.ipList.output.copyAll', message: 'Copy the clean list'})}
      />
    </div>
  );
}
