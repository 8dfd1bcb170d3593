// The error explainer, table-driven: OKX's documented codes and messages (English and Chinese, as the v5
// docs word them), JSON bodies, log lines and verbose logs as public issues show them, codes alone,
// Backpack's messages from its API FAQ, other exchanges' texts, unrelated text, and the IP whitelist
// lookup with and without the address.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {explainError, type ExplainContext} from '../../src/checkers';

interface Expected {
  code: string;
  exchange?: string;
  /** The exchange's own error code, when the text carries one. */
  errorCode?: string;
  params?: Record<string, string | number>;
  /** Codes of the findings after the first. */
  more?: string[];
}

const cases: {name: string; input: string; context?: ExplainContext; expected: Expected}[] = [
  // OKX codes alone (v5 docs error table).
  {
    name: 'code alone 50101',
    input: '50101',
    expected: {code: 'apierror.demo-key', exchange: 'okx', errorCode: '50101'},
  },
  {
    name: 'code alone 50102',
    input: '50102',
    expected: {code: 'apierror.timestamp', exchange: 'okx', errorCode: '50102'},
  },
  {
    name: 'code alone 50103',
    input: '50103',
    expected: {code: 'apierror.invalid-key', exchange: 'okx', errorCode: '50103'},
  },
  {
    name: 'code alone 50104',
    input: '50104',
    expected: {code: 'apierror.passphrase', exchange: 'okx', errorCode: '50104'},
  },
  {
    name: 'code alone 50105',
    input: ' 50105\n',
    expected: {code: 'apierror.passphrase', exchange: 'okx', errorCode: '50105'},
  },
  {
    name: 'code alone 50106',
    input: '50106',
    expected: {code: 'apierror.signature', exchange: 'okx', errorCode: '50106'},
  },
  {
    name: 'code alone 50107',
    input: '50107',
    expected: {code: 'apierror.timestamp', exchange: 'okx', errorCode: '50107'},
  },
  {
    name: 'code alone 50110',
    input: '50110',
    expected: {code: 'apierror.ip-not-whitelisted', exchange: 'okx', errorCode: '50110'},
  },
  {
    name: 'code alone 50111',
    input: '50111',
    expected: {code: 'apierror.invalid-key', exchange: 'okx', errorCode: '50111'},
  },
  {
    name: 'code alone 50112',
    input: '50112',
    expected: {code: 'apierror.timestamp', exchange: 'okx', errorCode: '50112'},
  },
  {
    name: 'code alone 50113',
    input: '50113',
    expected: {
      code: 'apierror.signature',
      exchange: 'okx',
      errorCode: '50113',
      params: {signer: '/docs/tools/okx-signer'},
    },
  },
  {
    name: 'code alone 50114',
    input: '50114',
    expected: {code: 'apierror.invalid-key', exchange: 'okx', errorCode: '50114'},
  },
  {
    name: 'code alone 50011',
    input: '50011',
    expected: {code: 'apierror.rate-limit', exchange: 'okx', errorCode: '50011'},
  },
  // JSON bodies.
  {
    name: 'JSON body, bot wording',
    input: '{"code":"50113","data":[],"msg":"Invalid Sign"}',
    expected: {
      code: 'apierror.signature',
      exchange: 'okx',
      errorCode: '50113',
      params: {guide: '/docs/faq#invalid-signature'},
    },
  },
  {
    name: 'JSON body, code as a number',
    input: '{"msg":"Invalid OK-ACCESS-KEY","code":50111}',
    expected: {code: 'apierror.invalid-key', exchange: 'okx', errorCode: '50111'},
  },
  {
    name: 'JSON body 50110 names the address',
    input: '{"code":"50110","msg":"Your IP 203.0.113.9 is not included in your API key\'s IP whitelist."}',
    expected: {
      code: 'apierror.ip-not-whitelisted',
      exchange: 'okx',
      errorCode: '50110',
      params: {ip: '203.0.113.9', guide: '/docs/v5-insilico#ip-whitelist'},
      more: ['apierror.ip-seen'],
    },
  },
  // English messages as OKX words them, without the code.
  {
    name: 'OKX English 50101',
    input: 'APIKey does not match current environment',
    expected: {code: 'apierror.demo-key', exchange: 'okx', errorCode: '50101'},
  },
  {
    name: 'OKX English 50102',
    input: 'Timestamp request expired',
    expected: {code: 'apierror.timestamp', exchange: 'okx', errorCode: '50102'},
  },
  {
    name: 'OKX English 50105',
    input: 'Request header "OK-ACCESS-PASSPHRASE" incorrect',
    expected: {code: 'apierror.passphrase', exchange: 'okx', errorCode: '50105'},
  },
  {
    name: 'OKX English 50112',
    input: 'Invalid OK-ACCESS-TIMESTAMP',
    expected: {code: 'apierror.timestamp', exchange: 'okx', errorCode: '50112'},
  },
  // Chinese messages as OKX words them.
  {
    name: 'OKX Chinese 50101',
    input: 'APIKey 与当前环境不匹配',
    expected: {code: 'apierror.demo-key', exchange: 'okx', errorCode: '50101'},
  },
  {
    name: 'OKX Chinese 50102',
    input: '请求时间戳过期',
    expected: {code: 'apierror.timestamp', exchange: 'okx', errorCode: '50102'},
  },
  {
    name: 'OKX Chinese 50105',
    input: '请求头"OK-ACCESS-PASSPHRASE"错误',
    expected: {code: 'apierror.passphrase', exchange: 'okx', errorCode: '50105'},
  },
  {
    name: 'OKX Chinese 50110 with the address',
    input: '您的IP203.0.113.9不在APIKey绑定IP名单中',
    expected: {
      code: 'apierror.ip-not-whitelisted',
      exchange: 'okx',
      errorCode: '50110',
      params: {ip: '203.0.113.9'},
      more: ['apierror.ip-seen'],
    },
  },
  {
    name: 'OKX Chinese 50111',
    input: '无效的OK-ACCESS-KEY',
    expected: {code: 'apierror.invalid-key', exchange: 'okx', errorCode: '50111'},
  },
  {
    name: 'OKX Chinese 50113 (shared wording: exchange from context)',
    input: '无效的签名',
    context: {exchange: 'okx'},
    expected: {code: 'apierror.signature', exchange: 'okx', errorCode: '50113'},
  },
  {name: 'Chinese signature error without an exchange', input: '签名无效', expected: {code: 'apierror.signature'}},
  // Log lines.
  {
    name: 'log line with an OKX body',
    input:
      '2026-11-20 09:08:57,715 ERROR okx private GET /api/v5/account/balance -> 401 {"msg":"Timestamp request expired","code":"50102"}',
    expected: {code: 'apierror.timestamp', exchange: 'okx', errorCode: '50102'},
  },
  {
    name: 'Backpack bot log (catsats/backpack_exchange issue 16)',
    input:
      "BPX api error { method: 'balanceQuery', numTry: 1, backOff: 1 } HTTPError: Response code 401 (Unauthorized) Request has expired",
    expected: {code: 'apierror.timestamp', exchange: 'backpack'},
  },
  {
    name: 'Backpack signature error names the Backpack signer',
    input: 'Invalid signature',
    context: {exchange: 'backpack'},
    expected: {
      code: 'apierror.signature',
      exchange: 'backpack',
      params: {signer: '/docs/tools/request-signer', guide: '/docs/backpack-tealstreet#invalid-signature'},
    },
  },
  {name: 'generic English rate limit', input: 'HTTP 429 Too Many Requests', expected: {code: 'apierror.rate-limit'}},
  {
    name: 'generic permission',
    input: 'Error: API key has no permission for this endpoint',
    expected: {code: 'apierror.permission'},
  },
  {
    name: 'generic Chinese permission',
    input: '权限不足',
    context: {exchange: 'backpack'},
    expected: {
      code: 'apierror.permission',
      exchange: 'backpack',
      params: {guide: '/docs/backpack-tealstreet#read-only'},
    },
  },
  // Unrelated text.
  {name: 'unrelated text', input: 'hello world', expected: {code: 'apierror.unrecognised'}},
  // A code that is no OKX code we know: named, not explained (OKX's 51008 is an insufficient balance).
  {
    name: 'a code we do not know',
    input: '51008',
    expected: {code: 'apierror.unrecognised', errorCode: '51008', params: {context: 'code'}},
  },
  {name: 'a long number containing a code', input: '1501131', expected: {code: 'apierror.unrecognised'}},
  // The IP lookup.
  {
    name: 'whitelist without the address',
    input: '{"code":"50110","msg":"Your IP 203.0.113.9 is not included in your API key\'s IP whitelist."}',
    context: {whitelist: '18.167.89.125, 18.167.8.216\n43.198.26.42'},
    expected: {
      code: 'apierror.ip-not-whitelisted',
      exchange: 'okx',
      errorCode: '50110',
      params: {ip: '203.0.113.9', listed: 'no'},
      more: ['apierror.ip-not-listed'],
    },
  },
  {
    name: 'whitelist with the address',
    input: '{"code":"50110","msg":"Your IP 203.0.113.9 is not included in your API key\'s IP whitelist."}',
    context: {whitelist: '18.167.89.125 203.0.113.9'},
    expected: {
      code: 'apierror.ip-not-whitelisted',
      exchange: 'okx',
      errorCode: '50110',
      params: {ip: '203.0.113.9', listed: 'yes'},
      more: ['apierror.ip-listed'],
    },
  },
  {
    name: 'a CIDR block covering the address',
    input: '您的IP203.0.113.9不在APIKey绑定IP名单中',
    context: {whitelist: '198.51.100.7，203.0.113.0/24'},
    expected: {
      code: 'apierror.ip-not-whitelisted',
      exchange: 'okx',
      errorCode: '50110',
      params: {ip: '203.0.113.9', listed: 'yes'},
      more: ['apierror.ip-listed'],
    },
  },
  {
    name: 'a CIDR block next to the address but not covering it',
    input: "Your IP 203.0.113.9 is not included in your API key's IP whitelist",
    context: {whitelist: '203.0.112.0/24'},
    expected: {
      code: 'apierror.ip-not-whitelisted',
      exchange: 'okx',
      errorCode: '50110',
      params: {listed: 'no'},
      more: ['apierror.ip-not-listed'],
    },
  },
  {
    name: 'IPv6 address in an IPv6 block',
    input: 'IP 2001:db8:1::5 is not in the allowlist',
    context: {whitelist: '2001:db8::/32'},
    expected: {
      code: 'apierror.ip-not-whitelisted',
      params: {ip: '2001:db8:1::5', listed: 'yes'},
      more: ['apierror.ip-listed'],
    },
  },
  {
    name: 'IP error without the address, list given',
    input: '50110',
    context: {whitelist: '8.8.8.8'},
    expected: {code: 'apierror.ip-not-whitelisted', exchange: 'okx', errorCode: '50110', more: ['apierror.ip-unnamed']},
  },
  {
    name: 'a list with nothing readable',
    input: '50110 Your IP 203.0.113.9 is not included',
    context: {whitelist: 'my servers'},
    expected: {
      code: 'apierror.ip-not-whitelisted',
      exchange: 'okx',
      errorCode: '50110',
      params: {ip: '203.0.113.9'},
      more: ['apierror.whitelist-unreadable'],
    },
  },
];

// Texts as traders and bots hit them. Quoted texts come from the public issues named beside them; the
// verbose logs are built the way ccxt prints them (ccxt issues 24601 and 11109): every request's headers,
// OK-ACCESS-PASSPHRASE among them, then the reply. freqtrade lines follow freqtrade issue 10833, with
// OKX's order replies as public clients show them ({"code":"1",...,"sCode":"51008",...}).
const HEADERS =
  "{'OK-ACCESS-KEY': 'redacted', 'OK-ACCESS-PASSPHRASE': 'redacted', 'OK-ACCESS-TIMESTAMP': '2024-12-19T03:02:12.532Z', 'OK-ACCESS-SIGN': 'redacted', 'User-Agent': 'python-requests/2.32.3', 'Accept-Encoding': 'gzip, deflate', 'Accept': '*/*', 'Connection': 'keep-alive'}";
const verboseLog = (path: string, status: number, reply: string) =>
  [
    `DEBUG:ccxt.base.exchange:GET https://www.okx.com${path}, Request: ${HEADERS} None`,
    'DEBUG:urllib3.connectionpool:Starting new HTTPS connection (1): www.okx.com:443',
    `DEBUG:urllib3.connectionpool:https://www.okx.com:443 "GET ${path} HTTP/1.1" ${status} ${reply.length}`,
    `ERROR:root:Failed to get balance from https://www.okx.com: okx ${reply}`,
  ].join('\n');
const freqtrade = (side: string, rate: string, reply: string) =>
  `2026-11-20 19:05:06,284 - freqtrade.freqtradebot - WARNING - Unable to place order Insufficient funds to create limit ${side} order on market BTC/USDT:USDT. Tried to ${side} amount 0.002 at rate ${rate}.Message: okx ${reply}.`;
const INSUFFICIENT =
  '{"code":"1","data":[{"clOrdId":"e847386590ce4dBC","ordId":"","sCode":"51008","sMsg":"Order failed. Insufficient USDT balance in account.","tag":""}],"msg":"All operations failed"}';

const traderCases: typeof cases = [
  // A header name is not a message.
  {
    name: 'ccxt verbose log, 50119 (ccxt issue 24601): the key, not the passphrase header',
    input: verboseLog('/api/v5/asset/currencies', 401, '{"msg":"API key doesn\'t exist","code":"50119"}'),
    expected: {
      code: 'apierror.invalid-key',
      exchange: 'okx',
      errorCode: '50119',
      params: {context: 'okx'},
      more: ['apierror.okx-site'],
    },
  },
  {
    name: 'ccxt verbose log, a code we do not know: named, not read as the passphrase header',
    input: verboseLog('/api/v5/trade/order', 200, INSUFFICIENT),
    expected: {code: 'apierror.unrecognised', exchange: 'okx', errorCode: '51008', params: {context: 'code'}},
  },
  {
    name: 'ccxt verbose log, 50120',
    input: verboseLog(
      '/api/v5/account/balance',
      200,
      '{"code":"50120","data":[],"msg":"This API key doesn\'t have permission to use this function"}',
    ),
    expected: {code: 'apierror.permission', exchange: 'okx', errorCode: '50120'},
  },
  {
    name: 'ccxt verbose log of a request with no reply: nothing to explain',
    input: `DEBUG:ccxt.base.exchange:GET https://www.okx.com/api/v5/account/balance, Request: ${HEADERS} None\nccxt.base.errors.RequestTimeout: okx GET https://www.okx.com/api/v5/account/balance`,
    expected: {code: 'apierror.unrecognised', exchange: 'okx'},
  },
  {
    name: 'ccxt verbose log, okex5 50113 (ccxt issue 11109)',
    input: `fetch Request: okex5 GET https://www.okex.com/api/v5/asset/currencies RequestHeaders: {'OK-ACCESS-KEY': '...', 'OK-ACCESS-PASSPHRASE': '...', 'OK-ACCESS-TIMESTAMP': '2022-01-02T21:21:57.451Z', 'OK-ACCESS-SIGN': '...'} RequestBody: None\nfetch Response: okex5 GET https://www.okex.com/api/v5/asset/currencies 401 ResponseHeaders: {'Content-Length': '37', 'Expires': '0'} ResponseBody: {"msg":"Invalid Sign","code":"50113"}`,
    expected: {code: 'apierror.signature', exchange: 'okx', errorCode: '50113'},
  },
  // A price is not a code.
  {
    name: 'freqtrade, insufficient funds at rate 50113.4',
    input: freqtrade('buy', '50113.4', INSUFFICIENT),
    expected: {code: 'apierror.unrecognised', exchange: 'okx', errorCode: '51008'},
  },
  {
    name: 'freqtrade, insufficient balance at rate 50110.0 (the reply of ccxt issue 9903)',
    input: freqtrade(
      'sell',
      '50110.0',
      '{"code":"1","data":[{"clOrdId":"e847386590ce4dBC872043441c5fb5a4","ordId":"","sCode":"51119","sMsg":"Order placement failed due to insufficient balance. "}],"msg":""}',
    ),
    expected: {code: 'apierror.unrecognised', exchange: 'okx', errorCode: '51119'},
  },
  {
    name: 'an amount at a price of 50113, no reply',
    input: 'WARNING - Unable to place order: Tried to buy amount 0.01 at rate 50113',
    expected: {code: 'apierror.unrecognised'},
  },
  {
    name: "freqtrade, Bybit retCode with prices (freqtrade issue 10833): Bybit's code, no OKX meaning",
    input:
      '2024-10-23 19:05:06,284 - freqtrade.freqtradebot - WARNING - Unable to place order Insufficient funds to create market sell order on market SOL/USDT. Tried to sell amount 2.099 at rate 171.18.Message: bybit {"retCode":170131,"retMsg":"Insufficient balance.","result":{},"retExtInfo":{},"time":1729710306249}.',
    expected: {code: 'apierror.unrecognised', exchange: 'bybit', errorCode: '170131'},
  },
  // A code standing as a code.
  {
    name: 'code before the message (knowm/XChange issue 4946)',
    input: 'Caused by: 50113:Invalid Sign',
    expected: {code: 'apierror.signature', exchange: 'okx', errorCode: '50113'},
  },
  {
    name: '"Error 50119:" (okxapi/python-okx issue 118)',
    input: "OKX Error 50119: API key doesn't exist",
    expected: {code: 'apierror.invalid-key', exchange: 'okx', errorCode: '50119'},
  },
  {
    name: 'a code at the start of a line (OctoBot issue 3610)',
    input: '50111 Invalid OK-ACCESS-KEY',
    expected: {code: 'apierror.invalid-key', exchange: 'okx', errorCode: '50111'},
  },
  {
    name: 'response_content after an HTTP status (pyted/okx issue 1)',
    input:
      'okx._client.ResponseStatusError: Error response_status_code 401\nresponse_content={"msg":"Invalid OK-ACCESS-KEY","code":"50111"}',
    expected: {code: 'apierror.invalid-key', exchange: 'okx', errorCode: '50111'},
  },
  {
    name: 'a JavaScript object (sieblyio/okx-api issue 22)',
    input: "{ msg: 'Invalid Sign', code: '50113' }",
    expected: {code: 'apierror.signature', exchange: 'okx', errorCode: '50113'},
  },
  {
    name: "OKX's reply drops the quotes around the header name (sieblyio/okx-api issue 116), without its code",
    input: 'Request header OK-ACCESS-PASSPHRASE incorrect.',
    expected: {code: 'apierror.passphrase', exchange: 'okx', errorCode: '50105'},
  },
  // OKX's codes added on 2026-12-05 (v5 docs error table), alone and as OKX words them.
  {
    name: 'code alone 50100',
    input: '50100',
    expected: {code: 'apierror.key-frozen', exchange: 'okx', errorCode: '50100'},
  },
  {
    name: 'code alone 50119',
    input: '50119',
    expected: {code: 'apierror.invalid-key', exchange: 'okx', errorCode: '50119'},
  },
  {
    name: 'code alone 50120',
    input: '50120',
    expected: {code: 'apierror.permission', exchange: 'okx', errorCode: '50120'},
  },
  {
    name: 'code alone 50030',
    input: '50030',
    expected: {code: 'apierror.permission', exchange: 'okx', errorCode: '50030'},
  },
  {
    name: 'code alone 50035',
    input: '50035',
    expected: {code: 'apierror.ip-required', exchange: 'okx', errorCode: '50035'},
  },
  {
    name: 'code alone 50118',
    input: '50118',
    expected: {code: 'apierror.app-not-whitelisted', exchange: 'okx', errorCode: '50118'},
  },
  {
    name: 'OKX English 50100',
    input: 'API frozen, please contact customer service.',
    expected: {code: 'apierror.key-frozen', exchange: 'okx', errorCode: '50100'},
  },
  {
    name: 'OKX English 50030',
    input: "You don't have permission to use this API endpoint",
    expected: {code: 'apierror.permission', exchange: 'okx', errorCode: '50030'},
  },
  {
    name: 'OKX English 50035',
    input: 'This endpoint requires that APIKey must be bound to IP',
    expected: {code: 'apierror.ip-required', exchange: 'okx', errorCode: '50035'},
  },
  {
    name: 'OKX English 50118',
    input: 'To link the app using your API key, your broker needs to share their IP to be whitelisted',
    expected: {code: 'apierror.app-not-whitelisted', exchange: 'okx', errorCode: '50118'},
  },
  {
    name: 'OKX English 50119 (wording others use too: OKX only when chosen)',
    input: "API key doesn't exist",
    context: {exchange: 'okx'},
    expected: {code: 'apierror.invalid-key', exchange: 'okx', errorCode: '50119'},
  },
  {
    name: 'OKX Chinese 50100',
    input: 'Api 已被冻结，请联系客服处理',
    expected: {code: 'apierror.key-frozen', exchange: 'okx', errorCode: '50100'},
  },
  {
    name: 'OKX Chinese 50120',
    input: 'API key 权限不足',
    expected: {code: 'apierror.permission', exchange: 'okx', errorCode: '50120'},
  },
  {
    name: 'OKX Chinese 50030',
    input: '您没有使用此 API 接口的权限',
    expected: {code: 'apierror.permission', exchange: 'okx', errorCode: '50030'},
  },
  {
    name: 'OKX Chinese 50035',
    input: '该接口要求APIKey必须绑定IP',
    expected: {code: 'apierror.ip-required', exchange: 'okx', errorCode: '50035'},
  },
  {
    name: 'OKX Chinese 50118',
    input: '如需将 API key 绑定 App，经纪商需要提供 IP 才能加入白名单',
    expected: {code: 'apierror.app-not-whitelisted', exchange: 'okx', errorCode: '50118'},
  },
  // ccxt's missing passphrase.
  {
    name: 'freqtrade: okx requires "password" credential (freqtrade issue 11492)',
    input: '2025-03-12 09:39:12,511 - freqtrade - ERROR - Message: okx requires "password" credential',
    expected: {
      code: 'apierror.passphrase',
      exchange: 'okx',
      params: {context: 'okx'},
      more: ['apierror.ccxt-password'],
    },
  },
  {
    name: 'bitget requires "password" credential (ccxt issue 25142)',
    input: 'bitget requires "password" credential',
    expected: {code: 'apierror.passphrase', exchange: 'bitget', more: ['apierror.ccxt-password']},
  },
  {
    name: 'older ccxt: requires `password` (ccxt issue 9288)',
    input:
      "raise AuthenticationError('requires `' + key + '`') ccxt.base.errors.AuthenticationError: requires `password`",
    expected: {code: 'apierror.passphrase', more: ['apierror.ccxt-password']},
  },
  // OKX's regional sites.
  {
    name: 'freqtrade with myokx (freqtrade issue 10967): the EEA site',
    input:
      'freqtrade-myokx | 2025-01-20 20:18:49,246 - freqtrade.exchange.common - WARNING - _load_async_markets() returned exception: "Error in reload_markets due to ExchangeError. Message: myokx {"msg":"API key doesn\'t exist","code":"50119"}". Retrying still for 3 times.',
    expected: {code: 'apierror.invalid-key', exchange: 'okx', errorCode: '50119', more: ['apierror.okx-site']},
  },
  {
    name: 'ccxt okx (ccxt issue 26127): www.okx.com',
    input: 'Uncaught ccxt\\ExchangeError: okx {"msg":"API key doesn\'t exist","code":"50119"}',
    expected: {code: 'apierror.invalid-key', exchange: 'okx', errorCode: '50119', more: ['apierror.okx-site']},
  },
  // Backpack's messages (its API FAQ, English and Chinese).
  {
    name: 'Backpack: Invalid X-Signature header',
    input: 'Invalid X-Signature header',
    expected: {
      code: 'apierror.key-pair',
      exchange: 'backpack',
      params: {context: 'backpack', signer: '/docs/tools/request-signer'},
    },
  },
  {
    name: 'Backpack: 无效的 X-Signature 头部',
    input: '无效的 X-Signature 头部',
    expected: {code: 'apierror.key-pair', exchange: 'backpack'},
  },
  {
    name: 'Backpack: a reply with its INVALID_CLIENT_REQUEST code',
    input: '{"code":"INVALID_CLIENT_REQUEST","message":"Invalid X-Signature header"}',
    expected: {code: 'apierror.key-pair', exchange: 'backpack'},
  },
  {
    name: 'Backpack: Request has expired',
    input: '401 Unauthorized: Request has expired',
    expected: {code: 'apierror.timestamp', exchange: 'backpack', params: {context: 'backpack'}},
  },
  {name: 'Backpack: 请求已过期', input: '请求已过期', expected: {code: 'apierror.timestamp', exchange: 'backpack'}},
  {
    name: 'Backpack: Quantity decimal too long',
    input: '{"code":"INVALID_CLIENT_REQUEST","message":"Quantity decimal too long"}',
    expected: {code: 'apierror.order-precision', exchange: 'backpack'},
  },
  {
    name: 'Backpack: 数量小数位过长',
    input: '数量小数位过长',
    expected: {code: 'apierror.order-precision', exchange: 'backpack'},
  },
  {
    name: 'Backpack: 429 Too many requests',
    input: '429 Too many requests',
    context: {exchange: 'backpack'},
    expected: {code: 'apierror.rate-limit', exchange: 'backpack', params: {context: 'backpack'}},
  },
  {
    name: 'Backpack: 请求过多',
    input: '请求过多',
    context: {exchange: 'backpack'},
    expected: {code: 'apierror.rate-limit', exchange: 'backpack'},
  },
  {
    name: 'Backpack: 签名无效',
    input: '签名无效',
    context: {exchange: 'backpack'},
    expected: {code: 'apierror.signature', exchange: 'backpack', params: {context: 'backpack'}},
  },
  // Other exchanges' texts are not OKX's or Backpack's.
  {
    name: 'BitMEX "This request has expired" (ccxt pull request 6178) is not Backpack\'s',
    input: 'This request has expired - `expires` is in the past. Current time: 1574621316',
    expected: {code: 'apierror.timestamp'},
  },
  {
    name: "Binance -2015 (ccxt issue 7822): Binance's code, read from its field",
    input: 'binance {"code":-2015,"msg":"Invalid API-key, IP, or permissions for action, request ip: 185.93.111.189"}',
    expected: {
      code: 'apierror.invalid-key',
      exchange: 'binance',
      errorCode: '-2015',
      more: ['apierror.ip-not-whitelisted', 'apierror.permission', 'apierror.ip-seen'],
    },
  },
];

for (const {name, input, context, expected} of [...cases, ...traderCases]) {
  test(`explainError: ${name}`, () => {
    const report = explainError(input, context);
    const [main, ...rest] = report.findings;
    assert.equal(main.code, expected.code);
    assert.equal(report.exchange, expected.exchange);
    assert.equal(main.params?.code, expected.errorCode);
    for (const [key, value] of Object.entries(expected.params ?? {})) assert.equal(main.params?.[key], value, key);
    assert.deepEqual(
      rest.map((f) => f.code),
      expected.more ?? [],
    );
    assert.equal(typeof main.params?.guide, 'string');
    assert.equal(report.verdict, main.severity === 'error' ? 'error' : 'warning');
  });
}

test('explainError: blank input is empty', () => {
  for (const blank of ['', '   ', '\n\t']) assert.deepEqual(explainError(blank), {verdict: 'empty', findings: []});
});

test('explainError: the text names the exchange over the context', () => {
  assert.equal(explainError('{"code":"50113","msg":"Invalid Sign"}', {exchange: 'backpack'}).exchange, 'okx');
  assert.equal(explainError('something failed', {exchange: 'backpack'}).exchange, 'backpack');
});

test('explainError: the IP on the list is the listed entry, not-listed counts the valid entries', () => {
  const input = "Your IP 203.0.113.9 is not included in your API key's IP whitelist";
  const on = explainError(input, {whitelist: '203.0.113.0/24'}).findings[1];
  assert.equal(on.params?.entry, '203.0.113.0/24');
  const off = explainError(input, {whitelist: '8.8.8.8, 1.1.1.1, nonsense'}).findings[1];
  assert.equal(off.params?.entries, 2);
});
