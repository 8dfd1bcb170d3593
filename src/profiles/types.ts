// The schema of exchange and terminal profiles: everything the site knows about an exchange or a
// terminal, as data. Every fact is a Sourced<T>: its value, the page that states it and the day someone
// last read it there. A fact no source states is the value 'unknown', still with the page that was read
// and found silent, so checkers and pages say "check the exchange's page" instead of guessing.
//
// Fields that are not facts about the outside world (ids, finding codes, site routes, our reading of a
// cause, our advice) are plain values; tests/unit/profiles.test.ts lists which keys those are.

/** A day in YYYY-MM-DD form. */
export type CheckedDate = string;

/** A fact, where it is published, and when it was last checked there. */
export interface Sourced<T> {
  value: T;
  /** https URL of the page that states the fact (or, for 'unknown', the page that was read and is silent). */
  source: string;
  /** YYYY-MM-DD: the day the fact was last seen on that page. */
  checked: CheckedDate;
  /** The same page in Simplified Chinese, where the publisher has one: Chinese pages cite it instead. */
  sourceZh?: string;
  /** The source is neither the exchange nor the terminal: wherever the fact is shown, say where it comes from. */
  thirdParty?: true;
  /** How the value was read from the source, for whoever checks it next (not shown on the site). */
  note?: string;
}

/** No source states this: say so and send the reader to the exchange's or terminal's own page. */
export type Unknown = 'unknown';
export type Maybe<T> = T | Unknown;

/** A label as the screen shows it, each language from its own page ('unknown' where no page shows it). */
export interface OnScreen<T = string> {
  en: Sourced<Maybe<T>>;
  zh: Sourced<Maybe<T>>;
}

// ---------------------------------------------------------------------------------------------------
// Exchanges

/** 'apiKey' | 'apiSecret' | 'passphrase', and whatever a later exchange issues. */
export type CredentialId = string;

/** What a credential looks like, as documented or as every published example shows it. */
export type CredentialFormat =
  /** Standard base64 (with padding) of exactly `bytes` bytes; `tolerated`: other lengths some clients accept. */
  | {kind: 'base64'; bytes: number; tolerated?: readonly number[]}
  /**
   * Matches `pattern` (a RegExp source, anchored). `conclusive`: every example has this shape and it is a
   * standard one (a UUID, fixed-length hex), so a value of another shape is an error even with basis
   * 'examples'.
   */
  | {kind: 'pattern'; pattern: string; conclusive?: true}
  /** Chosen by the user; no published rule. */
  | {kind: 'user-chosen'};

export interface Credential {
  id: CredentialId;
  /** The field's name in the exchange's own UI. */
  label: OnScreen;
  /** Issued by the exchange, or chosen by the user when creating the key (a passphrase). */
  issuedBy: 'exchange' | 'user';
  /** Without it no request can be signed. */
  required: true | false;
  /**
   * The format: 'documented' when the exchange states it; 'examples' when it is only what every published
   * example shows (then a mismatch is a hint, never an error).
   */
  format: Sourced<Maybe<CredentialFormat & {basis: 'documented' | 'examples'}>>;
  /** Values the exchange publishes as examples. */
  examples?: Sourced<readonly string[]>;
  /** The signing scheme (its `id`) that uses this credential, where an exchange offers several key types. */
  scheme?: string;
  /**
   * How the exchange's key list shows the value with part of it hidden, as a RegExp source (anchored), so
   * a copy of that preview is called masked. Characters no key has (*, •, …) are called masked anyway;
   * 'unknown' when no page shows the list.
   */
  masked?: Sourced<Maybe<string>>;
}

/**
 * How a key and secret pasted in the wrong fields, or not belonging together, can be proven:
 * 'derivation' (the key is computed from the secret), 'format' (the two have shapes that tell them apart),
 * or 'none'.
 */
export interface PairProof {
  swap: 'derivation' | 'format' | 'none';
  mismatch: 'derivation' | 'none';
  /**
   * How the key is computed from the secret, where swap or mismatch is 'derivation': the checkers know each
   * recipe by this name ('ed25519-public': the key is the Ed25519 public key of the secret's 32-byte seed,
   * both in the credentials' format; 'evm-address': the key field holds an Ethereum account address and
   * the secret an Ethereum private key, whose address is computed, as on Hyperliquid, where it must NOT be
   * the account's when the key is an API wallet's).
   */
  derive?: 'ed25519-public' | 'evm-address';
}

export interface IpWhitelistRules {
  /** Where the list is set: in the key-creation form, or on the key after it exists. */
  setAt: Sourced<Maybe<'create-form' | 'after-creation'>>;
  /** 'list': one field takes several entries; 'one-at-a-time': each entry is added on its own. */
  entry: Sourced<Maybe<'list' | 'one-at-a-time'>>;
  /** Characters that separate entries in one field (for 'list'). */
  separators: Sourced<Maybe<readonly string[]>>;
  maxEntries: Sourced<Maybe<number>>;
  cidr: Sourced<Maybe<boolean>>;
  ipv6: Sourced<Maybe<boolean>>;
  /**
   * false: the exchange has no IP whitelist at all (Hyperliquid signs with a wallet, not a key), so a checker
   * says so instead of checking a list, and the rules above are 'unknown'. Absent: the exchange has one.
   */
  available?: Sourced<boolean>;
}

/** A rule that ends or limits a key on its own. */
export interface ExpiryRule {
  /** The key's state that starts the clock. */
  when: {ipBound: boolean; permissions: readonly PermissionId[]; environment: 'live' | 'demo' | 'any'};
  days: number;
  /**
   * Days counted from the last authenticated use, from creation, from when the permission was turned
   * on, or from a change of the account's password.
   */
  counting: 'idle' | 'since-creation' | 'since-enabled' | 'since-password-change';
  /** The key is deleted, stops working, or loses the permission (it is unticked). */
  effect: 'deleted' | 'expires' | 'permission-removed';
}

export type PermissionId = string;

export interface Permission {
  id: PermissionId;
  label: OnScreen;
  /**
   * Advice for a terminal's key (editorial): it must have this permission, must never have it, or needs
   * it only for some markets.
   */
  forTerminal: 'required' | 'never' | 'optional';
  /** The permission's name in the exchange's API, where the API names permissions (Bybit: ContractTrade.Order). */
  apiName?: Sourced<string>;
}

export interface MenuPath {
  /** e.g. 'create-key', 'manage-keys', 'demo-key', 'ip-whitelist'. */
  id: string;
  platform: 'web' | 'app';
  /** The labels clicked in turn, as each language's UI shows them. */
  steps: OnScreen<readonly string[]>;
  /** A page that opens the place directly. */
  directUrl?: Sourced<string>;
}

/**
 * A placeholder template of the exact text that is signed: `{timestamp}`, `{METHOD}` (upper case),
 * `{requestPath}` (with the query string), `{body}` (exactly as sent), `{instruction}`, `{params}`
 * (k=v sorted by key, joined by &), `{window}`, `{apiKey}`, `{nonce}`, `{query}` (the query string as
 * given), and `{signedQuery}` (the query string with the scheme's `params` timestamp and window in it).
 * 'unknown' where the scheme signs no text (EIP-712 typed data).
 */
export type PrehashTemplate = string;

/** A request as an exchange's docs print it for their signing example. */
export interface SigningExample {
  timestamp: string;
  method?: string;
  path?: string;
  query?: string;
  body?: string;
  window?: number;
  apiKey?: string;
  nonce?: string;
  /** Where the docs publish the secret of their example (then `signature` is what it must give). */
  secret?: string;
  signature?: string;
}

export interface SigningScheme {
  /** Which key type this is ('hmac', 'ed25519'), where an exchange offers several (editorial). */
  id?: string;
  /** 'eip712-secp256k1': an Ethereum wallet signs EIP-712 typed data (no HMAC, no text template). */
  algorithm: Sourced<'hmac-sha256' | 'ed25519' | 'eip712-secp256k1'>;
  /**
   * What keys the HMAC or signs: the secret's text as UTF-8, the Ed25519 seed decoded from base64, the
   * user's own Ed25519 private key as a PKCS#8 PEM file, or an Ethereum private key (0x + 64 hex).
   */
  key: Sourced<'secret-text-utf8' | 'ed25519-seed-base64' | 'ed25519-pkcs8-pem' | 'evm-private-key-hex'>;
  prehash: Sourced<PrehashTemplate>;
  /**
   * The signature as sent: base64 or hex of the HMAC's bytes; 'base64-of-hex': base64 of the lower-case hex
   * text of the HMAC (the hex string's characters are encoded, not its bytes); 'eip712-rsv': r, s and v in
   * the request's JSON body.
   */
  encoding: Sourced<'base64' | 'hex' | 'base64-of-hex' | 'eip712-rsv'>;
  timestamp: Sourced<'iso8601-ms' | 'epoch-ms'>;
  /** Header names, by role (the signature and timestamp are absent where they travel in `params`). */
  headers: Sourced<{
    key: string;
    signature?: string;
    timestamp?: string;
    passphrase?: string;
    window?: string;
    nonce?: string;
  }>;
  /** Query parameters that carry the signature, timestamp and window instead of headers (appended in this order). */
  params?: Sourced<{signature: string; timestamp: string; window?: string}>;
  /** Characters outside ASCII in the signed text are percent-encoded (UTF-8) before signing. */
  nonAscii?: Sourced<'percent-encode'>;
  /** Whether the exchange compares the signature's letters case-insensitively (hex). */
  caseInsensitive?: Sourced<boolean>;
  /** Where the names in `headers` are: HTTP headers (the default when absent), or fields of the JSON body. */
  carrier?: Sourced<'headers' | 'json-body'>;
  /**
   * A value the client makes up for each request and signs ({nonce} in the template): a string that must
   * not repeat within `reuseWindowMs`.
   */
  nonce?: Sourced<{form: 'unique-string'; reuseWindowMs: Maybe<number>}>;
  /** How far the timestamp may be from the exchange's clock, in ms: a fixed value, or a window the request sets. */
  clockWindow: Sourced<Maybe<{fixedMs: number} | {defaultMs: number; maxMs: Maybe<number>; aheadMs?: number}>>;
  /** A documented example of the signed text. */
  example?: Sourced<string>;
  /**
   * The documented request behind `example`, field by field, so a signer can fill it in and show that it
   * reproduces the exchange's own text (and, where the docs publish the secret too, its signature).
   */
  exampleRequest?: Sourced<SigningExample>;
  /** The header a demo-trading request carries, where the exchange has demo keys. */
  demoHeader?: Sourced<{name: string; value: string}>;
}

/** Why a request failed, in the reader's terms; `apierror.<cause>` is the explainer's finding. */
export type ErrorCause =
  | 'signature'
  | 'timestamp'
  | 'ip-not-whitelisted'
  | 'invalid-key'
  | 'passphrase'
  | 'demo-key'
  | 'permission'
  | 'expired-key'
  | 'rate-limit'
  /** The exchange has blocked the address the request came from (not a whitelist miss). */
  | 'ip-banned'
  /** A nonce the exchange has already seen within its window (BloFin's ACCESS-NONCE). */
  | 'repeated-nonce'
  /** The exchange knows no wallet by the address that signed (Hyperliquid's API wallets). */
  | 'unknown-signer'
  /** The signature was made with another key pair than the key's (Backpack's "Invalid X-Signature header"). */
  | 'key-pair'
  /** The endpoint takes only keys bound to IP addresses, and this one has none. */
  | 'ip-required'
  /** The app a key is to be bound to has not had its servers whitelisted by the exchange. */
  | 'app-not-whitelisted'
  /** The exchange froze the key; nothing the reader typed causes it. */
  | 'key-frozen'
  /** An order's quantity or price has more decimals than the market takes (the key is fine). */
  | 'order-precision';

export interface ErrorEntry {
  /**
   * What tells this error apart in a response, unique within the exchange: the exchange's code where it
   * gives each error its own (OKX), else the message (Backpack gives several errors one code, `category`).
   */
  code: string;
  /** The exchange's own text; `{0}` stands for a value it fills in. */
  en: Sourced<string>;
  zh?: Sourced<string>;
  /** The exchange's own Traditional Chinese text, where it publishes no Simplified Chinese one (Bybit: zh-TW). */
  zhHant?: Sourced<string>;
  /** Other wordings of the same error seen in replies (OKX answers 50113 with "Invalid Sign"). */
  alsoSeen?: Sourced<readonly string[]>;
  http?: Sourced<number>;
  /** The code shared by several messages (Backpack: INVALID_CLIENT_REQUEST). */
  category?: Sourced<string>;
  /** Our reading of what the reader's values did wrong. */
  cause: ErrorCause;
  /**
   * Every cause the one code can stand for, `cause` first, where the exchange documents several (Binance
   * -2015: key, IP or permission) or does not say which (Bitget 40012: the key or the passphrase). Each is
   * a finding.
   */
  causes?: readonly ErrorCause[];
  /** The market the text is seen on, where the exchange's table says so (Binance futures, Bybit spot/derivatives). */
  market?: Sourced<string>;
  /** The finding whose `.fix` message says what to do (today `apierror.<cause>`). */
  fix: string;
  /** The guide step that fixes it: a locale-free route with the heading id. */
  guide: string;
  /** Other exchanges use the same words, so the text alone does not name this exchange. */
  shared?: true;
}

export interface ExchangeProfile {
  /** The exchange id the checkers take: 'backpack', 'okx', … */
  id: string;
  /** The exchange's name as it writes it in each language. */
  name: {en: Sourced<string>; zh: Sourced<Maybe<string>>};
  credentials: readonly Credential[];
  pairProof: Sourced<PairProof>;
  ipWhitelist: IpWhitelistRules;
  expiry: Sourced<Maybe<readonly ExpiryRule[]>>;
  /** The key-creation form's fields, in order, as the exchange labels them. */
  keyForm: readonly {id: string; label: OnScreen}[];
  /** Whether the exchange lets a key be bound to a listed third-party app instead of a manual whitelist. */
  thirdPartyApps: Sourced<Maybe<boolean>>;
  permissions: readonly Permission[];
  menus: readonly MenuPath[];
  signing: SigningScheme;
  /** Other key types the exchange offers, each with its own scheme (`signing` is the one a guide uses by default). */
  moreSigning?: readonly SigningScheme[];
  /**
   * The form of the Ed25519 public key the exchange takes, where the user brings their own key pair:
   * base64 of the raw 32 bytes (Backpack) or a PEM SubjectPublicKeyInfo file (Binance).
   */
  publicKeyForm?: Sourced<Maybe<'raw32-base64' | 'spki-pem'>>;
  errors: readonly ErrorEntry[];
  /** Words in a pasted message that say it comes from this exchange (editorial, not a fact). */
  hints: readonly RegExp[];
  /** How the error explainer reads this exchange's replies (editorial: our reading of its documented replies). */
  replies: ErrorReplies;
  /**
   * Site routes (editorial): the guide step per cause (a cause without one falls back to `unrecognised`'s
   * page), and the signer that rebuilds a request (none where the site has no signer for the exchange).
   */
  site: {
    guides: {readonly [K in ErrorCause]?: string} & {readonly unrecognised: string};
    signer?: string;
    /** The exchange's short name in the site's widgets (options, "{exchange} request signer"). */
    label: string;
    /** The short name in Chinese where the exchange writes its own (币安); else `label` serves both languages. */
    labelZh?: string;
  };
}

/**
 * Where an exchange's replies carry an error code and what in a pasted text shows the text is this
 * exchange's. A code is always read together with its exchange: the same number means different things on
 * different exchanges, so the explainer first tells the exchange from the text (these names, the hints,
 * the signing headers), then reads the code against that exchange's table.
 */
export interface ErrorReplies {
  /**
   * Fields of a JSON reply (or of a dict as a log prints it) that hold the error code: 'code', 'sCode',
   * 'retCode'. Empty when the exchange tells its errors apart by message, not code (then `errors[].code`
   * is the message). A field no other profile lists names this exchange.
   */
  codeFields: readonly string[];
  /** RegExp source (anchored) every error code of this exchange matches: OKX five digits, Binance a negative number. */
  codeShape?: string;
  /** Values in a code field that say "the items' own codes say what failed" (OKX's 1 and 2 over per-order sCodes). */
  envelopeCodes?: readonly string[];
  /** ccxt's ids for this exchange, which ccxt writes before the reply it raises (`okx {"code":…}`). */
  ccxtIds: readonly string[];
  /** Host names of the API and the website, as a log prints the URL. */
  hosts: readonly string[];
  /**
   * Sites of the exchange that keep their own keys: when a log shows which one a bot connects to and the
   * error is one of `causes`, the finding `finding` is added with the site's id as its context.
   */
  sites?: {
    finding: string;
    causes: readonly ErrorCause[];
    list: readonly {id: string; pattern: RegExp}[];
  };
}

// ---------------------------------------------------------------------------------------------------
// Terminals

/** 'third-party-app': the exchange's own app list binds the key to the terminal; 'manual-ip': the user whitelists its addresses. */
export type ConnectMethod = 'third-party-app' | 'manual-ip';

/** A field of the terminal's add-key form, in order; `label` as the terminal prints it. */
export interface FormField {
  id: 'name' | 'color' | 'apiKey' | 'apiSecret' | 'passphrase' | 'encryptionPassword';
  label: Sourced<Maybe<string>>;
}

/** A list of server addresses to whitelist, with where it is published. */
export interface ServerIpList {
  id: string;
  addresses: Sourced<readonly string[]>;
}

export type TerminalRule =
  /** Two keys for one account: one read-write bound to the terminal's addresses, one read-only with no whitelist. */
  | {
      kind: 'dual-key';
      trading: {permission: 'read-write'; ipWhitelist: 'terminal-ips'};
      second: {permission: 'read-only'; ipWhitelist: 'none'};
    }
  | {kind: 'ip-whitelist-mandatory'}
  /** The terminal's own instruction for the exchange's passphrase (not necessarily the exchange's rule). */
  | {kind: 'passphrase'; minLength: number; charset: 'letters-digits'};

/** How a terminal supports one exchange. */
export interface TerminalSupport {
  connect: Sourced<Maybe<readonly ConnectMethod[]>>;
  /** Where the terminal shows the addresses to whitelist for 'manual-ip'. */
  ipsShown?: Sourced<Maybe<'add-key-window' | 'guide'>>;
  serverIps?: readonly ServerIpList[];
  /** The terminal's own guide for this exchange. */
  guide: Sourced<Maybe<string>>;
  fields?: Sourced<Maybe<readonly FormField[]>>;
  rules?: readonly Sourced<TerminalRule>[];
}

export interface SupportedExchange extends TerminalSupport {
  /** An exchange id with a profile in src/exchanges. */
  exchange: string;
}

/** An exchange the terminal supports that has no profile here yet: by name, never by profile id. */
export interface PendingExchange extends TerminalSupport {
  name: string;
  /** Whether the terminal supports it at all, where that is in doubt. */
  supported?: Sourced<Maybe<true>>;
}

export interface TerminalProfile {
  id: string;
  name: Sourced<string>;
  docs: Sourced<string>;
  /** Where keys are added in the terminal. */
  addKey: OnScreen<readonly string[]>;
  /** Fields every add-key form has, before the exchange's own. */
  fields?: Sourced<Maybe<readonly FormField[]>>;
  /** How the terminal keeps keys. */
  storage: Sourced<'terminal-servers-encrypted' | 'browser-storage-encrypted'>;
  /** Keys copied to the terminal's servers so that other devices see them, where the user asks for it. */
  keySync?: Sourced<'opt-in'>;
  /** The terminal's own password that encrypts keys, where it has one. */
  encryptionPassword?: Sourced<{
    required: boolean;
    chosenBy: 'user';
    storedByTerminal: false;
    cachedHours: number;
    remember: 'browser-local-storage';
  }>;
  exchanges: readonly SupportedExchange[];
  pending: readonly PendingExchange[];
}
