import {useMemo, useState} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import type {PublicKeyCandidate, PublicKeyReport} from '@site/src/checkers/core/types';
import {
  CheckerCard,
  CopyButton,
  FindingsList,
  SelectField,
  TextField,
  VerdictBanner,
  splitHeadline,
  useCheckerModule,
  useKnownSecrets,
  useSettledInput,
  usePageLocale,
} from '@site/src/components/CheckerParts';
import {useExchangeName} from '@site/src/components/CheckerParts/exchangeName';
import {publicKeyExchanges, publicKeyOptions, widgetTarget} from '@site/src/components/CheckerParts/publicKeyExchanges';
import styles from './styles.module.css';

// Imported on first use, directly (not through the index), so only this checker's code loads.
const loadChecker = () => import('@site/src/checkers/keys/publicKey');
const EMPTY: PublicKeyReport = {verdict: 'empty', findings: []};

/**
 * Checks a pasted Ed25519 public key (Backpack's optional Public Key field) and shows its base64 form.
 * A secret generated or typed on the same page (the key generator) is known to the checker, so pasting
 * it here is caught, and its public key is confirmed.
 *
 * `target`: the exchange the key is for (its profile says which form its field takes: Binance a PEM
 * public key). Without it, Backpack's base64 form. `choose` (the tools page): the reader chooses the
 * exchange among the profiles that take a public key the user made.
 */
export default function PublicKeyCheck({target: fixed, choose = false}: {target?: string; choose?: boolean}) {
  const locale = usePageLocale();
  const [picked, setPicked] = useState(() => (choose ? publicKeyExchanges()[0]?.id : undefined));
  const target = picked === undefined ? fixed : widgetTarget(picked);
  const exchange = useExchangeName(target);
  const [text, setText] = useState('');
  const input = useSettledInput(text);
  const {module, load} = useCheckerModule(loadChecker);
  const knownSecrets = useKnownSecrets();
  // Null while the checker is loading (there is input, no verdict yet).
  const report = useMemo(
    () =>
      module
        ? module.checkPublicKey(input, target === undefined ? {knownSecrets} : {knownSecrets, target})
        : input === ''
          ? EMPTY
          : null,
    [module, input, knownSecrets, target],
  );
  const {headline, rest} = splitHeadline(report?.findings ?? []);

  return (
    <CheckerCard
      label={translate({id: 'keybridge.publicKey.region', message: 'Public key checker'})}
      onFirstUse={load}
      testId={target === undefined && !choose ? undefined : 'public-key-check'}>
      {picked !== undefined && (
        <SelectField
          label={translate({id: 'keybridge.checker.exchange', message: 'Exchange'})}
          value={picked}
          options={publicKeyOptions(locale)}
          onChange={setPicked}
          testId="public-key-exchange"
        />
      )}
      <TextField
        label={translate({id: 'keybridge.publicKey.label', message: 'ED25519 public key'})}
        hint={translate({
          id: 'keybridge.publicKey.hint',
          message:
            'Base64, base64url, hex, PEM, OpenSSH, JWK or a Solana-style address. A private key never belongs here.',
        })}
        value={text}
        onChange={setText}
        rows={3}
      />
      <VerdictBanner verdict={report?.verdict ?? 'pending'} headline={headline}>
        {report?.verdict === 'empty'
          ? translate({id: 'keybridge.publicKey.empty', message: 'Paste a public key above to check it.'})
          : report?.verdict === 'ok'
            ? translate({id: 'keybridge.publicKey.valid', message: 'This is a valid ED25519 public key.'})
            : null}
      </VerdictBanner>
      {report ? <Details report={report} rest={rest} exchange={exchange} /> : null}
    </CheckerCard>
  );
}

/** What the checker found beyond the verdict: the format, the other findings, the key to paste. */
function Details({
  report,
  rest,
  exchange,
}: {
  report: PublicKeyReport;
  rest: PublicKeyReport['findings'];
  exchange?: string;
}) {
  return (
    <>
      {report.format ? (
        <p className={styles.format}>
          <Translate id="keybridge.publicKey.format">Detected format:</Translate> <code>{report.format}</code>
        </p>
      ) : null}
      <FindingsList findings={rest} />
      {report.normalized ? (
        <div className={styles.normalized}>
          <p className={styles.normalizedLabel}>
            {exchange === undefined ? normalizedLabel(report) : targetLabel(report, exchange)}
          </p>
          <div className={styles.normalizedRow}>
            <code className={styles.normalizedValue} data-testid="normalized-key">
              {report.normalized}
            </code>
            <CopyButton
              text={report.normalized}
              label={
                exchange === undefined
                  ? translate({id: 'keybridge.publicKey.copyNormalized', message: 'Copy the standard base64 key'})
                  : translate(
                      {id: 'keybridge.publicKey.copyForExchange', message: 'Copy the key in the form {exchange} takes'},
                      {exchange},
                    )
              }
            />
          </div>
        </div>
      ) : null}
      {report.candidates ? <Candidates candidates={report.candidates} /> : null}
    </>
  );
}

/** What the value below is: the key as it stands, the key to paste instead, or the public half of a private key. */
// Findings that mean a private key or secret was pasted: the value shown is its public key.
const PRIVATE_CODES = new Set([
  'pubkey.private-key',
  'pubkey.private-key-in-paste',
  'pubkey.labelled-secret',
  'pubkey.known-secret',
]);

function normalizedLabel(report: PublicKeyReport): string {
  if (report.findings.some((f) => PRIVATE_CODES.has(f.code))) {
    return translate({
      id: 'keybridge.publicKey.derived',
      message: 'The public key that belongs to this private key, in standard base64. Paste this into Backpack instead:',
    });
  }
  if (report.findings.some((f) => f.code === 'pubkey.may-be-secret')) {
    // Never "paste this" for a value that may be the secret: the reader decides which it is.
    return translate({
      id: 'keybridge.publicKey.ifPublic',
      message:
        'Only if this is the public key you generated (not a secret), paste this into Backpack (standard base64):',
    });
  }
  if (report.verdict === 'ok') {
    return translate({
      id: 'keybridge.publicKey.normalized',
      message: 'Standard base64, the form to paste into Backpack:',
    });
  }
  return translate({
    id: 'keybridge.publicKey.pasteInstead',
    message: 'Paste this into Backpack instead (standard base64):',
  });
}

/** The same labels for an exchange target, whose form (raw base64 or PEM) the checker has already applied. */
function targetLabel(report: PublicKeyReport, exchange: string): string {
  if (report.findings.some((f) => PRIVATE_CODES.has(f.code)))
    return translate(
      {
        id: 'keybridge.publicKey.target.derived',
        message: 'The public key that belongs to this private key, in the form {exchange} takes. Paste this instead:',
      },
      {exchange},
    );
  if (report.findings.some((f) => f.code === 'pubkey.may-be-secret'))
    return translate(
      {
        id: 'keybridge.publicKey.target.ifPublic',
        message: 'Only if this is the public key you generated (not a secret), paste this into {exchange}:',
      },
      {exchange},
    );
  if (report.verdict === 'ok')
    return translate(
      {id: 'keybridge.publicKey.target.normalized', message: 'The form to paste into {exchange}:'},
      {exchange},
    );
  return translate(
    {id: 'keybridge.publicKey.target.pasteInstead', message: 'Paste this into {exchange} instead:'},
    {exchange},
  );
}

/** The two keys an ambiguous value can be; the reader picks the one that matches where it came from. */
function Candidates({candidates}: {candidates: PublicKeyCandidate[]}) {
  return (
    <div className={styles.normalized} data-testid="candidates">
      <p className={styles.normalizedLabel}>
        <Translate id="keybridge.publicKey.candidates">
          Two different keys, one for each reading. Copy only the one that matches where your key came from:
        </Translate>
      </p>
      <ul className={styles.candidates}>
        {candidates.map((c) => (
          <li key={c.format} className={styles.candidate}>
            <span className={styles.candidateLabel}>{candidateLabel(c)}</span>
            <div className={styles.normalizedRow}>
              <code className={styles.normalizedValue} data-testid="candidate-key" data-format={c.format}>
                {c.normalized}
              </code>
              <CopyButton text={c.normalized} label={copyLabel(c)} />
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}

function candidateLabel(c: PublicKeyCandidate): string {
  return c.format === 'base58'
    ? translate({id: 'keybridge.publicKey.candidate.base58', message: 'Read as base58 (a Solana address):'})
    : translate({id: 'keybridge.publicKey.candidate.base64', message: 'Read as base64 (for example the x of a JWK):'});
}

function copyLabel(c: PublicKeyCandidate): string {
  return c.format === 'base58'
    ? translate({id: 'keybridge.publicKey.copyCandidate.base58', message: 'Copy the key read as base58'})
    : translate({id: 'keybridge.publicKey.copyCandidate.base64', message: 'Copy the key read as base64'});
}
