import {useMemo, useState} from 'react';
import {translate} from '@docusaurus/Translate';
import type {IpListReport, IpTarget} from '@site/src/checkers';
import {
  CheckerCard,
  FindingsList,
  SelectField,
  TextField,
  VerdictBanner,
  splitHeadline,
  useCheckerModule,
  useSettledInput,
} from '@site/src/components/CheckerParts';
import {CleanOutput} from './CleanOutput';
import {CompareWithTerminal} from './CompareWithTerminal';
import {EntriesTable} from './EntriesTable';
import {loadIpChecker} from './loadChecker';

const NOTHING: IpListReport = {verdict: 'empty', findings: [], entries: [], output: ''};

function targetOptions(): {value: IpTarget; label: string}[] {
  return [
    {value: 'backpack', label: translate({id: 'keybridge.ipList.target.backpack', message: 'Backpack (entries added one at a time)'})},
    {value: 'okx', label: translate({id: 'keybridge.ipList.target.okx', message: 'V5 passphrase exchange, OKX-style (up to 20)'})},
    {value: 'generic', label: translate({id: 'keybridge.ipList.target.generic', message: 'Another exchange (generic check)'})},
  ];
}

/** An entry as quoted in the banner: a pasted blob without separators can be any length. */
function shorten(raw: string, max = 48): string {
  return raw.length > max ? `${raw.slice(0, max - 1)}…` : raw;
}

/**
 * Checks an IP whitelist as the reader types: every entry, the whole list against the chosen exchange,
 * the clean list to paste, and a comparison with the terminal's list. Checking runs on a deferred copy of
 * the text, so typing in a long list stays responsive.
 */
export default function IpListCheck({target: initialTarget = 'generic'}: {target?: IpTarget}) {
  const [target, setTarget] = useState<IpTarget>(initialTarget);
  const [text, setText] = useState('');
  const input = useSettledInput(text);
  const {module: checker, load} = useCheckerModule(loadIpChecker);
  // Until the checker has arrived (it loads on first use), an empty report; the banner says "Checking…".
  const pending = !checker && input !== '';
  const report = useMemo(() => (checker ? checker.checkIpList(input, {target}) : NOTHING), [checker, input, target]);

  const problems = report.entries.filter((e) => e.findings.some((f) => f.severity !== 'info')).length;
  // List-wide findings go first, so they head the banner unless an entry has something worse (say, a
  // port on one entry beside full-width commas that were fixed for you); then the banner names the entry.
  const byListFirst = useMemo(
    () => [...report.findings.filter((f) => f.entry === undefined), ...report.findings.filter((f) => f.entry !== undefined)],
    [report],
  );
  const {headline, rest} = splitHeadline(byListFirst);
  const listRest = rest.filter((f) => f.entry === undefined);
  const headlineWhere =
    headline?.entry !== undefined
      ? translate(
          {id: 'keybridge.ipList.headlineWhere', message: 'Entry {number} ({entry}):'},
          {number: headline.entry + 1, entry: shorten(report.entries[headline.entry].raw)},
        )
      : undefined;

  return (
    <CheckerCard label={translate({id: 'keybridge.ipList.region', message: 'IP whitelist checker'})} onFirstUse={load}>
      <SelectField
        label={translate({id: 'keybridge.ipList.target', message: 'Where will this list go?'})}
        value={target}
        options={targetOptions()}
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
      <VerdictBanner verdict={pending ? 'pending' : report.verdict} headline={headline} headlineWhere={headlineWhere}>
        {pending ? null : report.verdict === 'empty'
          ? translate({id: 'keybridge.ipList.empty', message: 'Paste your IP list above to check it.'})
          : translate(
              {id: 'keybridge.ipList.summary', message: 'Entries: {count}. Needing attention: {problems}.'},
              {count: report.entries.length, problems},
            )}
      </VerdictBanner>
      <FindingsList findings={listRest} />
      <EntriesTable entries={report.entries} />
      <CleanOutput output={report.output} target={target} />
      <CompareWithTerminal mine={report.entries} />
    </CheckerCard>
  );
}
