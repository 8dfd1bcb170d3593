// The error messages the explainer recognises, as data. Only texts with a source are listed here; each
// row names it. Sources:
// - OKX API v5 docs, "Error Code" → REST API → Public (https://www.okx.com/docs-v5/en/#error-code-rest-api-public)
//   and its Chinese edition (https://www.okx.com/docs-v5/zh/#error-code-rest-api-public), checked 2026-11-24
//   and 2026-12-05: 50011 (HTTP 429), 50030, 50035 (HTTP 403), 50100 (HTTP 400), 50101–50114 (HTTP 401),
//   50118–50120, in English and Chinese. The Chinese 50101–50114 are also quoted in pyted/okx issue 1.
// - 50011 "Rate limit reached…": also OKX's Web3 API error tables
//   (https://web3.okx.com/build/docs/waas/dex-error-code), which reuse the code with the same meaning.
// - "Invalid Sign": OKX's own 50113 response text (the table says "Invalid signature"), e.g.
//   {"msg":"Invalid Sign","code":50113} in jane-cloud/Open-API-SDK-V5 issue 3.
// - Backpack's API FAQ (https://support.backpack.exchange/exchange/api-and-developer-docs/faqs, Chinese:
//   https://support.backpack.exchange/support-docs/cn/jiao-yi-suo/api-yu-kai-fa-zhe-wen-dang/chang-jian-wen-ti-jie-da),
//   checked 2026-12-05: "Invalid signature", "Request has expired", "Invalid X-Signature header",
//   "Quantity decimal too long", HTTP 429 "Too many requests", and the rate limit (per sub-account: 2000
//   requests a minute on REST endpoints, 30 on historical market data). "Request has expired" with 401
//   Unauthorized also appears in a bot's log, catsats/backpack_exchange issue 16.
// - ccxt (ts/src/base/Exchange.ts, checkRequiredCredentials): `<id> requires "password" credential` when a
//   key needs a passphrase and none is set (freqtrade issue 11492 for okx; ccxt issue 25142 for bitget);
//   older versions said requires `password` (ccxt issue 9288). ccxt names OKX's passphrase "password".
// - OKX's regional sites: ccxt's `myokx` (ts/src/myokx.ts) is OKX's EEA site, hostname eea.okx.com (web
//   my.okx.com); a key created there gives 50119 "API key doesn't exist" on www.okx.com (ccxt issue 24601,
//   hummingbot issue 7447, okxapi/python-okx issues 92 and 118, which quotes OKX support).

export type ApiErrorKind =
  | 'signature'
  | 'key-pair'
  | 'timestamp'
  | 'ip-not-whitelisted'
  | 'ip-required'
  | 'app-not-whitelisted'
  | 'invalid-key'
  | 'key-frozen'
  | 'passphrase'
  | 'demo-key'
  | 'permission'
  | 'rate-limit'
  | 'order-precision';

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

/** OKX REST error codes (v5 docs, error table). */
export const OKX_CODES: readonly KnownCode[] = [
  {
    code: '50011',
    kind: 'rate-limit',
    en: 'Rate limit reached. Please refer to API documentation and throttle requests accordingly',
  },
  {
    code: '50030',
    kind: 'permission',
    en: "You don't have permission to use this API endpoint",
    zh: '您没有使用此 API 接口的权限',
  },
  {
    code: '50035',
    kind: 'ip-required',
    en: 'This endpoint requires that APIKey must be bound to IP',
    zh: '该接口要求APIKey必须绑定IP',
  },
  {
    code: '50100',
    kind: 'key-frozen',
    en: 'API frozen, please contact customer service',
    zh: 'Api 已被冻结，请联系客服处理',
  },
  {code: '50101', kind: 'demo-key', en: 'APIKey does not match current environment', zh: 'APIKey 与当前环境不匹配'},
  {code: '50102', kind: 'timestamp', en: 'Timestamp request expired', zh: '请求时间戳过期'},
  {
    code: '50103',
    kind: 'invalid-key',
    en: 'Request header "OK-ACCESS-KEY" cannot be empty',
    zh: '请求头"OK-ACCESS-KEY"不能为空',
  },
  {
    code: '50104',
    kind: 'passphrase',
    en: 'Request header "OK-ACCESS-PASSPHRASE" cannot be empty',
    zh: '请求头"OK-ACCESS-PASSPHRASE"不能为空',
  },
  {
    code: '50105',
    kind: 'passphrase',
    en: 'Request header "OK-ACCESS-PASSPHRASE" incorrect',
    zh: '请求头"OK-ACCESS-PASSPHRASE"错误',
  },
  {
    code: '50106',
    kind: 'signature',
    en: 'Request header "OK-ACCESS-SIGN" cannot be empty',
    zh: '请求头"OK-ACCESS-SIGN"不能为空',
  },
  {
    code: '50107',
    kind: 'timestamp',
    en: 'Request header "OK-ACCESS-TIMESTAMP" cannot be empty',
    zh: '请求头"OK-ACCESS-TIMESTAMP"不能为空',
  },
  {
    code: '50110',
    kind: 'ip-not-whitelisted',
    en: "Your IP {0} is not included in your API key's IP whitelist",
    zh: '您的IP{0}不在APIKey绑定IP名单中',
  },
  {code: '50111', kind: 'invalid-key', en: 'Invalid OK-ACCESS-KEY', zh: '无效的OK-ACCESS-KEY'},
  {code: '50112', kind: 'timestamp', en: 'Invalid OK-ACCESS-TIMESTAMP', zh: '无效的OK-ACCESS-TIMESTAMP'},
  {code: '50113', kind: 'signature', en: 'Invalid signature', zh: '无效的签名', shared: true},
  // "Invalid authorization": OKX does not say more; the key, secret and passphrase are what authorise a
  // request, so it is explained as a credential the exchange does not accept.
  {code: '50114', kind: 'invalid-key', en: 'Invalid authorization', zh: '无效的授权', shared: true},
  {
    code: '50118',
    kind: 'app-not-whitelisted',
    en: 'To link the app using your API key, your broker needs to share their IP to be whitelisted',
    zh: '如需将 API key 绑定 App，经纪商需要提供 IP 才能加入白名单',
  },
  {code: '50119', kind: 'invalid-key', en: "API key doesn't exist", zh: 'API key 不存在', shared: true},
  {
    code: '50120',
    kind: 'permission',
    en: "This API key doesn't have permission to use this function",
    zh: 'API key 权限不足',
  },
];

export interface KnownMessage {
  en: string;
  zh: string;
  kind: ApiErrorKind;
  /** Wording other exchanges use too: the message is Backpack's only when the text or the reader says so. */
  shared?: true;
}

/** Backpack's messages, from its API FAQ (see the top of this file), most specific first. */
export const BACKPACK_MESSAGES: readonly KnownMessage[] = [
  {en: 'Invalid X-Signature header', zh: '无效的 X-Signature 头部', kind: 'key-pair'},
  {en: 'Request has expired', zh: '请求已过期', kind: 'timestamp'},
  {en: 'Quantity decimal too long', zh: '数量小数位过长', kind: 'order-precision'},
  {en: 'Invalid signature', zh: '签名无效', kind: 'signature', shared: true},
  {en: 'Too many requests', zh: '请求过多', kind: 'rate-limit', shared: true},
];

/** ccxt's error when the bot's settings have no passphrase (ccxt calls it "password"). */
export const CCXT_MISSING_PASSWORD = /requires\s*["'`]password["'`](?:\s*credential)?/i;

/**
 * Phrases that name a kind of error whatever the exchange or terminal, in English and Chinese, tried in
 * this order (the first match wins). These are our own patterns over what readers paste, not quotes.
 * They are tried on the text with header names taken out (see HEADER_NAMES).
 */
export const PHRASES: readonly {kind: ApiErrorKind; pattern: RegExp}[] = [
  {
    kind: 'ip-not-whitelisted',
    pattern:
      /\bIP\b[^\n]{0,80}?(?:white ?list|allow ?list|not (?:allowed|included|bound|authori[sz]ed))|(?:white ?list|allow ?list)[^\n]{0,40}?\bIP\b|IP\s*(?:白名单|名单)|不在[^\n]{0,20}白名单/i,
  },
  {
    kind: 'demo-key',
    pattern:
      /does not match (?:the )?current environment|与当前环境不匹配|simulated trading|demo trading|模拟盘|模拟交易/i,
  },
  {kind: 'passphrase', pattern: /passphrase|口令|密码短语/i},
  {kind: 'timestamp', pattern: /request has expired|timestamp|recv_?window|时间戳|时间不同步/i},
  {
    kind: 'signature',
    pattern:
      /invalid sign(?:ature)?\b|signature (?:is )?(?:invalid|mismatch|verification failed)|签名(?:无效|错误|验证失败)|无效的签名/i,
  },
  {
    kind: 'invalid-key',
    pattern:
      /invalid (?:api[ _-]?key|OK-ACCESS-KEY)|api[ _-]?key (?:does not exist|doesn't exist|not found|is invalid)|无效的\s*(?:API\s*Key|APIKey|OK-ACCESS-KEY)|API\s*Key\s*不存在/i,
  },
  {
    kind: 'permission',
    pattern:
      /\b(?:no|insufficient|missing) permission|permission denied|not (?:have|has) (?:the )?permission|read[ -]only|权限不足|没有权限|无权限/i,
  },
  {kind: 'rate-limit', pattern: /rate limit|too many requests|\b429\b|请求(?:过于)?频繁|请求过多|限速|频率限制/i},
];

/**
 * Request header names, as a verbose log prints every request's headers (ccxt: 'OK-ACCESS-PASSPHRASE':
 * '…'). A header's name says which exchange the request went to, never what went wrong.
 */
export const HEADER_NAMES = /\bOK-ACCESS-[A-Z]+|\bX-(?:API-Key|Signature|Timestamp|Window)\b|\bx-simulated-trading\b/gi;

/** Words that say which exchange a text comes from (ccxt's ids okx, myokx and the older okex5 included). */
export const EXCHANGE_HINTS: readonly {exchange: ApiExchange; pattern: RegExp}[] = [
  {exchange: 'okx', pattern: /\b(?:my)?okx\b|\bokex5?\b|OK-ACCESS-|欧易|x-simulated-trading/i},
  {exchange: 'backpack', pattern: /backpack|\bbpx\b|X-API-Key|X-Signature|X-Timestamp|X-Window/i},
];

/**
 * Other exchanges, named or recognisable by their own fields and headers: their texts are not read as
 * OKX's or Backpack's (BitMEX, for one, also says "This request has expired - `expires` is in the past").
 */
export const OTHER_EXCHANGES =
  /\b(?:bitmex|bybit|binance|bitget|blofin|hyperliquid|kucoin|kraken|coinbase|bitfinex|gate\.?io|mexc|htx|huobi|deribit)\b|`expires`|\bapi-expires\b|\bretCode\b|\bret_code\b|X-MBX-APIKEY|X-BAPI-/i;

/** Which OKX site a log shows the bot connecting to (OKX's keys work only on the site that made them). */
export const OKX_SITES: readonly {site: 'eea' | 'global'; pattern: RegExp}[] = [
  {site: 'eea', pattern: /\bmyokx\b|\b(?:eea|my)\.okx\.com\b/i},
  // ccxt's okx (not myokx) writes its id before the reply: `okx {"msg":…}`; it connects to www.okx.com.
  {site: 'global', pattern: /\bwww\.okx\.com\b|(?<![\w.-])okx \{/i},
];
