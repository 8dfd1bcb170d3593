import {useMemo, useState} from 'react';
import {translate} from '@docusaurus/Translate';
import type {IpTarget} from '@site/src/checkers';
import {
  CheckerCard,
  FindingsList,
  SelectField,
  TextField,
  VerdictBanner,
  splitHeadline,
  usePageLocale,
  useSettledInput,
} from '@site/src/components/CheckerParts';
import {siteLabel} from '@site/src/components/CheckerParts/exchangeName';
import {exchanges} from '@site/src/exchanges';
import {CleanOutput} from './CleanOutput';
import {CompareWithTerminal, type TerminalList} from './CompareWithTerminal';
import {EntriesTable} from './EntriesTable';
import {useIpListView} from './useIpListView';
import {shorten} from './shorten';
import styles from './styles.module.css';

/** Every exchange whose profile has whitelist rules, named with the rule that shapes the list, then "another exchange". */
function targetOptions(locale: string): {value: IpTarget; label: string}[] {
  const profiled = Object.values(exchanges).map((profile) => {
    const {id, ipWhitelist} = profile;
    const name = siteLabel(profile, locale);
    const max = ipWhitelist.maxEntries.value;
    const label =
      ipWhitelist.entry.value === 'one-at-a-time'
        ? translate(
            {id: 'keybridge.ipList.target.oneAtATime', message: '{exchange} (entries added one at a time)'},
            {exchange: name},
          )
        : typeof max === 'number'
          ? translate(
              {id: 'keybridge.ipList.target.limit', message: '{exchange} (up to {max} entries)'},
              {exchange: name, max},
            )
          : name;
    return {value: id, label};
  });
  return [
    ...profiled,
    {
      value: 'generic',
      label: translate({id: 'keybridge.ipList.target.generic', message: 'Another exchange (generic check)'}),
    },
  ];
}

interface Props {
  /** An exchange id from the profiles, or 'generic'. */
  target?: IpTarget;
  /** Offer to fill in this terminal's published list; set it only on pages about that terminal. */
  terminalList?: TerminalList;
  /**
   * A connection guide's step, where the comparison with the terminal's list is the check: without
   * that list, the checker reports the list as checked for form only.
   */
  compareRequired?: boolean;
}

/**
 * Checks an IP whitelist as the reader types: every entry, the whole list against the chosen exchange,
 * the clean list to paste, and a comparison with the terminal's list, whose missing addresses make the
 * verdict an error (and whose absence, in a connection guide, keeps it from "looks good"). Long lists are checked in a Web Worker, so typing stays responsive.
 */
export default function IpListCheck({target: initialTarget = 'generic', terminalList, compareRequired = false}: Props) {
  const locale = usePageLocale();
  const [target, setTarget] = useState<IpTarget>(initialTarget);
  const [text, setText] = useState('');
  const [terminalText, setTerminalText] = useState('');
  const input = useSettledInput(text);
  const terminal = useSettledInput(terminalText);
  const {view, checking, pending, load} = useIpListView({text: input, target, terminal, compareRequired});

  // List-wide findings head the banner (the terminal's missing addresses first, as the checker orders
  // them) unless an entry has something worse; then the banner names the entry. What was left out comes
  // last: each left-out entry's own reason is the better headline.
  const ordered = useMemo(() => {
    const list = view.findings.filter((f) => f.entry === undefined);
    return [
      ...list.filter((f) => f.code !== 'ip.left-out'),
      ...view.findings.filter((f) => f.entry !== undefined),
      ...list.filter((f) => f.code === 'ip.left-out'),
    ];
  }, [view]);
  const {headline, rest} = splitHeadline(ordered);
  const listRest = rest.filter((f) => f.entry === undefined);
  const leftOut = view.findings.find((f) => f.code === 'ip.left-out');
  const headlineWhere =
    headline?.entry !== undefined
      ? translate(
          {id: 'keybridge.ipList.headlineWhere', message: 'Entry {number} ({entry}):'},
          {number: headline.entry + 1, entry: shorten(view.entries[headline.entry].raw)},
        )
      : undefined;

  return (
    <CheckerCard label={translate({id: 'keybridge.ipList.region', message: 'IP whitelist checker'})} onFirstUse={load}>
      <SelectField
        label={translate({id: 'keybridge.ipList.target', message: 'Where will this list go?'})}
        value={target}
        options={targetOptions(locale)}
        onChange={setTarget}
      />
      <TextField
        label={translate({id: 'keybridge.ipList.label', message: 'Your IP list'})}
        hint={translate({
          id: 'keybridge.ipList.hint',
          message: 'One per line, or separated by commas or spaces. IPv4, IPv6 and CIDR ranges such as 203.0.113.0/24.',
        })}
        value={text}
        onChange={setText}
        rows={6}
      />
      {checking ? (
        <p className={styles.checking} role="status" data-testid="ip-checking">
          {translate({id: 'keybridge.ipList.checking', message: 'Checking the list…'})}
        </p>
      ) : null}
      <div className={styles.results} aria-busy={checking}>
        <VerdictBanner
          verdict={pending ? 'pending' : view.verdict}
          headline={pending ? undefined : headline}
          headlineWhere={pending ? undefined : headlineWhere}>
          {pending
            ? null
            : view.verdict === 'empty'
              ? translate({id: 'keybridge.ipList.empty', message: 'Paste your IP list above to check it.'})
              : translate(
                  {id: 'keybridge.ipList.summary', message: 'Entries: {count}. Needing attention: {problems}.'},
                  {count: view.entryCount, problems: view.problems},
                )}
        </VerdictBanner>
        <FindingsList findings={listRest} />
        <EntriesTable entries={view.entries} count={view.entryCount} />
        <CleanOutput output={view.output} target={target} leftOut={leftOut} />
      </div>
      <CompareWithTerminal
        text={terminalText}
        onChange={setTerminalText}
        comparison={view.terminal}
        terminalList={terminalList}
      />
    </CheckerCard>
  );
}
