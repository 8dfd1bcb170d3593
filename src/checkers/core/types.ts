// The contract shared by the checkers and the widgets that show their results.

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  /** Stable identifier, e.g. `ip.port`; also the i18next key of its message (`<code>.fix` for the fix). */
  code: string;
  severity: Severity;
  params?: Record<string, string | number>;
  /** Index of the list entry this finding is about (IP list only). */
  entry?: number;
}

export interface Report {
  /** 'empty' for blank input, else the worst severity present ('info' alone is 'ok'). */
  verdict: 'empty' | 'ok' | 'warning' | 'error';
  findings: Finding[];
}

/** 'jwk': a JSON Web Key object; 'byte-array': a JSON list of byte values (the Solana CLI's id.json). */
export type PublicKeyFormat = 'base64' | 'base64url' | 'hex' | 'base58' | 'pem' | 'openssh' | 'jwk' | 'byte-array';

/** One reading of an ambiguous value: the format it would be in, and the key as standard base64. */
export interface PublicKeyCandidate {
  format: PublicKeyFormat;
  normalized: string;
}

export interface PublicKeyReport extends Report {
  format?: PublicKeyFormat;
  /**
   * Standard base64 of the 32 key bytes: the value to paste. For a private key, its public key, given
   * only when it could be checked against the private key. Never set when `candidates` is.
   */
  normalized?: string;
  /** Set with `pubkey.ambiguous`: the value reads as two different usable keys, one per format. */
  candidates?: PublicKeyCandidate[];
}

/**
 * Where an IP list goes: an exchange id from the profiles ('backpack', 'okx', …), whose whitelist rules
 * decide the verdict and the clean list, or 'generic' (any exchange: no limit, one entry per line).
 */
export type IpTarget = string;
export type IpKind = 'ipv4' | 'ipv6' | 'cidr4' | 'cidr6';

export interface IpListOptions {
  target?: IpTarget;
}

export interface CompareOptions {
  /**
   * The comparison is the check (a connection guide's step): without a terminal's list to compare,
   * the report says the list was checked for form only (`ip.terminal-not-compared`).
   */
  required?: boolean;
}

export interface IpEntry {
  raw: string;
  value?: string;
  kind?: IpKind;
  findings: Finding[];
}

export interface IpListReport extends Report {
  entries: IpEntry[];
  /**
   * The clean list, ready to paste for the chosen target: it re-checks with no finding, and keeps the
   * target's rules from its profile (OKX: at most 20 entries, comma-separated; Backpack: one entry per
   * line, as it takes one at a time).
   */
  output: string;
  /**
   * How many things need the reader's attention: entries with a warning or an error, plus each
   * list-wide problem (each missing terminal address counts one). 0 exactly when the verdict is 'ok'
   * or 'empty', so a summary built on it never contradicts the verdict. Always set by checkIpList and
   * compareWithTerminal (optional only so that the published contract stays as it was).
   */
  attention?: number;
  /** Set by compareWithTerminal when a terminal's list was given. */
  terminal?: TerminalComparison;
}

export interface TerminalComparison {
  /** Addresses and blocks of the terminal's list that the clean list does not cover. */
  missing: string[];
  /** Entries of the clean list that overlap nothing in the terminal's list. */
  extra: string[];
  /** Entries of the terminal's list that are not addresses, so were not compared. */
  unreadable: string[];
}

/** An exchange id from the profiles ('backpack', 'okx', …), or 'other' for an exchange with no profile. */
export type Exchange = string;

export interface KeyPairReport extends Report {
  /**
   * The API key and the secret with stray characters removed (spaces, quotes, a label, full-width and
   * zero-width characters), for each field that had them and whose cleaned value has the right shape:
   * the values to paste into the terminal.
   */
  cleaned?: {key?: string; secret?: string};
}

export interface KeyPairInput {
  exchange: Exchange;
  apiKey: string;
  apiSecret: string;
  passphrase?: string;
}
