// checkDualKey: two keys from the same account entered together, as a terminal that asks for a trading
// key and a second, read-only key (Tealstreet with Binance, per its terminal profile). Each key is
// checked as checkKeyPair checks one; across the two, the same value in two places is an error: the same
// API key or secret twice means the second key was never created, and a value of one key in the other
// key's fields means the four values were mixed up. Which key is read-only is a permission only the
// exchange shows, so a clean result says where to look rather than claiming it.
import {checkKeyPair} from './keyPair';
import type {Finding, KeyPairInput, KeyPairReport, Report} from '../core/types';
import {verdictOf} from '../core/verdict';
import './dualKeyMessages';

/** One key's values, without the exchange (the same for both keys). */
export type KeyValues = Omit<KeyPairInput, 'exchange'>;

export interface DualKeyInput {
  exchange: KeyPairInput['exchange'];
  /** The key that trades, bound to the terminal's addresses. */
  trading: KeyValues;
  /** The read-only key, with no IP binding. */
  second: KeyValues;
}

export interface DualKeyReport extends Report {
  /** Each key's own report, as checkKeyPair gives it; `findings` holds what concerns both keys. */
  trading: KeyPairReport;
  second: KeyPairReport;
}

const blank = (values: KeyValues) =>
  [values.apiKey, values.apiSecret, values.passphrase ?? ''].every((v) => v.trim() === '');

/** The value as the pair check reads it: its cleaned form when it had stray characters. */
const readValue = (raw: string, cleaned: string | undefined) => cleaned ?? raw.trim();

export async function checkDualKey(input: DualKeyInput): Promise<DualKeyReport> {
  const [trading, second] = await Promise.all([
    checkKeyPair({exchange: input.exchange, ...input.trading}),
    checkKeyPair({exchange: input.exchange, ...input.second}),
  ]);
  const findings: Finding[] = [];
  const tradingBlank = blank(input.trading);
  const secondBlank = blank(input.second);
  if (tradingBlank && secondBlank) return {verdict: 'empty', findings, trading, second};

  if (secondBlank) findings.push({code: 'dualkey.second-empty', severity: 'error'});
  else if (tradingBlank) findings.push({code: 'dualkey.trading-empty', severity: 'error'});
  else {
    const t = {
      key: readValue(input.trading.apiKey, trading.cleaned?.key),
      secret: readValue(input.trading.apiSecret, trading.cleaned?.secret),
    };
    const s = {
      key: readValue(input.second.apiKey, second.cleaned?.key),
      secret: readValue(input.second.apiSecret, second.cleaned?.secret),
    };
    const same = (a: string, b: string) => a !== '' && a === b;
    if (same(t.key, s.key)) findings.push({code: 'dualkey.same-key', severity: 'error'});
    if (same(t.secret, s.secret)) findings.push({code: 'dualkey.same-secret', severity: 'error'});
    if (same(t.key, s.secret) || same(t.secret, s.key)) findings.push({code: 'dualkey.crossed', severity: 'error'});
  }

  const all = [...findings, ...trading.findings, ...second.findings];
  const verdict = verdictOf(all);
  // Both keys are complete and distinct: what no value can show is which one is read-only.
  if (verdict !== 'error' && !tradingBlank && !secondBlank)
    findings.push({code: 'dualkey.permissions-unseen', severity: 'info', params: {exchange: input.exchange}});
  return {verdict, findings, trading, second};
}
