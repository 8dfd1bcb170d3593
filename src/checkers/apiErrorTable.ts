// The error messages the explainer recognises, as data. Only texts with a source are listed here; each
// row names it. Sources (all checked 2026-11-24):
// - OKX API v5 docs, "Error Code" → REST API → Public (https://www.okx.com/docs-v5/en/#error-code-rest-api-public)
//   and its Chinese edition (https://www.okx.com/docs-v5/zh/#error-code-rest-api-public): 50101–50114 in
//   English and Chinese, HTTP 401. The Chinese texts are also quoted verbatim in pyted/okx issue 1.
// - 50011 "Rate limit reached…" (HTTP 429): the same v5 table, and OKX's own Web3 API error tables
//   (https://web3.okx.com/build/docs/waas/dex-error-code), which reuse the code with the same meaning.
// - "Invalid Sign": how bots and terminals shorten 50113; the body shape
//   {"code":"50113","data":[],"msg":"Invalid Sign"} is the v5 REST response format (code, msg, data).
// - Backpack "Request has expired" with 401 Unauthorized: a bot's log in
//   https://github.com/catsats/backpack_exchange/issues/16 (the X-Timestamp fell outside X-Window; see
//   docs.backpack.exchange, Authentication). No other Backpack error text is quoted: we found none in
//   Backpack's docs, its Rust client (backpack-exchange/bpx-api-client) or ccxt (ts/src/backpack.ts, whose
//   error table is empty), so other Backpack messages are recognised only by the generic phrases below.

export type ApiErrorKind =
  | 'signature'
  | 'timestamp'
  | 'ip-not-whitelisted'
  | 'invalid-key'
  | 'passphrase'
  | 'demo-key'
  | 'permission'
  | 'rate-limit';

export type ApiExchange = 'backpack' | 'okx';

export interface KnownCode {
  code: string;
  kind: ApiErrorKind;
  /** The message as OKX words it, English and Chinese ({0} is the address in 50110). */
  en: string;
  zh?: string;
  /** Wording other exchanges use too, so on its own it does not show the message is OKX's. */
  shared?: true;
}

/** OKX REST error codes (v5 docs, error table; HTTP 401 except 50011, which is 429). */
export const OKX_CODES: readonly KnownCode[] = [
  {code: '50011', kind: 'rate-limit', en: 'Rate limit reached. Please refer to API documentation and throttle requests accordingly'},
  {code: '50101', kind: 'demo-key', en: 'APIKey does not match current environment', zh: 'APIKey 与当前环境不匹配'},
  {code: '50102', kind: 'timestamp', en: 'Timestamp request expired', zh: '请求时间戳过期'},
  {code: '50103', kind: 'invalid-key', en: 'Request header "OK-ACCESS-KEY" cannot be empty', zh: '请求头"OK-ACCESS-KEY"不能为空'},
  {code: '50104', kind: 'passphrase', en: 'Request header "OK-ACCESS-PASSPHRASE" cannot be empty', zh: '请求头"OK-ACCESS-PASSPHRASE"不能为空'},
  {code: '50105', kind: 'passphrase', en: 'Request header "OK-ACCESS-PASSPHRASE" incorrect', zh: '请求头"OK-ACCESS-PASSPHRASE"错误'},
  {code: '50106', kind: 'signature', en: 'Request header "OK-ACCESS-SIGN" cannot be empty', zh: '请求头"OK-ACCESS-SIGN"不能为空'},
  {code: '50107', kind: 'timestamp', en: 'Request header "OK-ACCESS-TIMESTAMP" cannot be empty', zh: '请求头"OK-ACCESS-TIMESTAMP"不能为空'},
  {code: '50110', kind: 'ip-not-whitelisted', en: "Your IP {0} is not included in your API key's IP whitelist", zh: '您的IP{0}不在APIKey绑定IP名单中'},
  {code: '50111', kind: 'invalid-key', en: 'Invalid OK-ACCESS-KEY', zh: '无效的OK-ACCESS-KEY'},
  {code: '50112', kind: 'timestamp', en: 'Invalid OK-ACCESS-TIMESTAMP', zh: '无效的OK-ACCESS-TIMESTAMP'},
  {code: '50113', kind: 'signature', en: 'Invalid signature', zh: '无效的签名', shared: true},
  // "Invalid authorization": OKX does not say more; the key, secret and passphrase are what authorise a
  // request, so it is explained as a credential the exchange does not accept.
  {code: '50114', kind: 'invalid-key', en: 'Invalid authorization', zh: '无效的授权', shared: true},
];

/** Backpack messages with a source (see the top of this file). */
export const BACKPACK_MESSAGES: readonly {text: string; kind: ApiErrorKind}[] = [
  {text: 'Request has expired', kind: 'timestamp'},
];

/**
 * Phrases that name a kind of error whatever the exchange or terminal, in English and Chinese, tried in
 * this order (the first match wins). These are our own patterns over what readers paste, not quotes.
 */
export const PHRASES: readonly {kind: ApiErrorKind; pattern: RegExp}[] = [
  {kind: 'ip-not-whitelisted', pattern: /\bIP\b[^\n]{0,80}?(?:white ?list|allow ?list|not (?:allowed|included|bound|authori[sz]ed))|(?:white ?list|allow ?list)[^\n]{0,40}?\bIP\b|IP\s*(?:白名单|名单)|不在[^\n]{0,20}白名单/i},
  {kind: 'demo-key', pattern: /does not match (?:the )?current environment|与当前环境不匹配|simulated trading|demo trading|模拟盘|模拟交易/i},
  {kind: 'passphrase', pattern: /passphrase|口令/i},
  {kind: 'timestamp', pattern: /request has expired|timestamp|recv_?window|时间戳|时间不同步/i},
  {kind: 'signature', pattern: /invalid sign(?:ature)?\b|signature (?:is )?(?:invalid|mismatch|verification failed)|签名(?:无效|错误|验证失败)|无效的签名/i},
  {kind: 'invalid-key', pattern: /invalid (?:api[ _-]?key|OK-ACCESS-KEY)|api[ _-]?key (?:does not exist|doesn't exist|not found|is invalid)|无效的\s*(?:API\s*Key|APIKey|OK-ACCESS-KEY)|API\s*Key\s*不存在/i},
  {kind: 'permission', pattern: /\b(?:no|insufficient|missing) permission|permission denied|not (?:have|has) (?:the )?permission|read[ -]only|权限不足|没有权限|无权限/i},
  {kind: 'rate-limit', pattern: /rate limit|too many requests|\b429\b|请求(?:过于)?频繁|限速|频率限制/i},
];

/** Words that say which exchange a text comes from. */
export const EXCHANGE_HINTS: readonly {exchange: ApiExchange; pattern: RegExp}[] = [
  {exchange: 'okx', pattern: /\bokx\b|\bokex\b|OK-ACCESS-|欧易|x-simulated-trading/i},
  {exchange: 'backpack', pattern: /backpack|\bbpx\b|X-API-Key|X-Signature|X-Timestamp|X-Window/i},
];
