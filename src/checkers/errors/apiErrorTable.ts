// What the error explainer knows beyond the exchange profiles: the kinds of error, phrases that name a
// kind whatever the exchange, ccxt's message for a missing passphrase, and exchanges that have no profile
// yet (so their texts are not read as a profiled exchange's). Every exchange's own codes, texts, fields
// and names are in its profile (src/exchanges/*.ts, `errors` and `replies`). Sources of what is here:
// - ccxt (ts/src/base/Exchange.ts, checkRequiredCredentials): `<id> requires "password" credential` when a
//   key needs a passphrase and none is set (freqtrade issue 11492 for okx; ccxt issue 25142 for bitget);
//   older versions said requires `password` (ccxt issue 9288). ccxt names a passphrase "password".
// - BitMEX's "This request has expired - `expires` is in the past" (ccxt pull 6178) and its api-expires
//   header (https://www.bitmex.com/app/apiKeysUsage); Bybit's retCode field and X-BAPI- headers
//   (https://bybit-exchange.github.io/docs/v5/guide); Binance's X-MBX-APIKEY header
//   (https://github.com/binance/binance-spot-api-docs/blob/master/rest-api.md).
import type {ErrorCause} from '../../profiles/types';

/** The kind of an explained error: `apierror.<kind>` is its finding. */
export type ApiErrorKind = ErrorCause;

/** An exchange id from the profiles. */
export type ApiExchange = string;

/** ccxt's error when the bot's settings have no passphrase (ccxt calls it "password"). */
export const CCXT_MISSING_PASSWORD = /requires\s*["'`]password["'`](?:\s*credential)?/i;

/**
 * Phrases that name a kind of error whatever the exchange or terminal, in English and Chinese, tried in
 * this order (the first match wins). These are our own patterns over what readers paste, not quotes.
 * They are tried on the text with the profiles' header names taken out.
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
 * Exchanges without a profile, named or recognisable by their own fields and headers: their texts are not
 * read as a profiled exchange's (BitMEX, for one, also says "This request has expired"). An entry whose id
 * has a profile is skipped: the profile's hints and replies then say the same.
 */
export const UNPROFILED: readonly {id: string; pattern: RegExp; codeFields?: readonly string[]}[] = [
  {id: 'bitmex', pattern: /\bbitmex\b|`expires`|\bapi-expires\b/i},
  {id: 'bybit', pattern: /\bbybit\b|\bretCode\b|\bret_code\b|X-BAPI-/i, codeFields: ['retCode', 'ret_code']},
  {id: 'binance', pattern: /\bbinance\b|X-MBX-APIKEY/i},
  {id: 'bitget', pattern: /\bbitget\b/i},
  {id: 'blofin', pattern: /\bblofin\b/i},
  {id: 'hyperliquid', pattern: /\bhyperliquid\b/i},
  {
    id: 'others',
    pattern: /\b(?:kucoin|kraken|coinbase|bitfinex|gate\.?io|mexc|htx|huobi|deribit)\b/i,
  },
];
