// The error explainer on the exchanges whose profiles came after it read profiles: Binance, Bybit, Bitget,
// BloFin and Hyperliquid, as JSON replies, ccxt exception texts and bot log lines. Texts are copied from
// the exchanges' error tables and from public issues (named beside each case); a number inside an
// unrelated message (a price, a quantity) is never a code.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {explainError, describe} from '../../src/checkers';
import '../../src/checkers/errors/apiErrorMessages';

interface Case {
  name: string;
  input: string;
  context?: {exchange?: string; whitelist?: string};
  exchange?: string;
  code?: string;
  /** Every finding's code, in order. */
  findings: string[];
}

const cases: Case[] = [
  // Binance (https://github.com/binance/binance-spot-api-docs/blob/master/errors.md).
  {
    name: 'Binance -1021 as a JSON reply',
    input: '{"code":-1021,"msg":"Timestamp for this request is outside of the recvWindow."}',
    exchange: 'binance',
    code: '-1021',
    findings: ['apierror.timestamp'],
  },
  {
    name: 'Binance -1022 as ccxt raises it (nautilus_trader issue 3614)',
    input: 'binance {"code":-1022,"msg":"Signature for this request is not valid."}',
    exchange: 'binance',
    code: '-1022',
    findings: ['apierror.signature'],
  },
  {
    name: 'Binance -2014 in a freqtrade log (freqtrade issue 5606)',
    input:
      'freqtrade.exchange.common - WARNING - _load_async_markets() returned exception: "Error in reload_markets due to AuthenticationError. Message: binance {"code":-2014,"msg":"API-key format invalid."}"',
    exchange: 'binance',
    code: '-2014',
    findings: ['apierror.invalid-key'],
  },
  {
    name: 'Binance -2015: key, IP and permission, each a finding, with the address futures names (ccxt issue 7822)',
    input:
      'binanceusdm {"code":-2015,"msg":"Invalid API-key, IP, or permissions for action, request ip: 185.93.111.189"}',
    exchange: 'binance',
    code: '-2015',
    findings: ['apierror.invalid-key', 'apierror.ip-not-whitelisted', 'apierror.permission', 'apierror.ip-seen'],
  },
  {
    name: 'Binance -2015 with the whitelist: the address is not in it',
    input: 'binance {"code":-2015,"msg":"Invalid API-key, IP, or permissions for action, request ip: 185.93.111.189"}',
    context: {whitelist: '203.0.113.7'},
    exchange: 'binance',
    code: '-2015',
    findings: ['apierror.invalid-key', 'apierror.ip-not-whitelisted', 'apierror.permission', 'apierror.ip-not-listed'],
  },
  {
    name: 'Binance -1002 with the exchange chosen',
    input: '-1002 You are not authorized to execute this request.',
    context: {exchange: 'binance'},
    exchange: 'binance',
    code: '-1002',
    findings: ['apierror.permission'],
  },
  {
    name: 'Binance: a bare -2015 with Binance chosen',
    input: '-2015',
    context: {exchange: 'binance'},
    exchange: 'binance',
    code: '-2015',
    findings: ['apierror.invalid-key', 'apierror.ip-not-whitelisted', 'apierror.permission'],
  },
  // Bybit V5 (https://bybit-exchange.github.io/docs/v5/error).
  {
    name: 'Bybit 10002 as a reply',
    input:
      '{"retCode":10002,"retMsg":"invalid request, please check your server timestamp or recv_window param. req_timestamp[1700000000000],server_timestamp[1700000006000],recv_window[5000]","result":{},"retExtInfo":{},"time":1700000006000}',
    exchange: 'bybit',
    code: '10002',
    findings: ['apierror.timestamp'],
  },
  {
    name: 'Bybit 10003 as ccxt raises it (sieblyio/bybit-api issue 285)',
    input: 'bybit {"retCode":10003,"retMsg":"API key is invalid.","result":{},"retExtInfo":{},"time":1690000000000}',
    exchange: 'bybit',
    code: '10003',
    findings: ['apierror.invalid-key', 'apierror.demo-key', 'apierror.expired-key'],
  },
  {
    name: 'Bybit 10004 (sieblyio/bybit-api issue 87)',
    input:
      '{"retCode":10004,"retMsg":"error sign! origin_string[1690000000000XXXXXXXXXX5000category=linear]","result":{},"time":1690000000000}',
    exchange: 'bybit',
    code: '10004',
    findings: ['apierror.signature'],
  },
  {
    name: 'Bybit 10005 with ret_code (older replies)',
    input: '{"ret_code":10005,"ret_msg":"Permission denied, please check your API key permissions."}',
    exchange: 'bybit',
    code: '10005',
    findings: ['apierror.permission'],
  },
  {
    name: 'Bybit 10010 in a bot log (sieblyio/bybit-api issue 555)',
    input:
      '2025-03-01 12:00:00 ERROR bybit {"retCode":10010,"retMsg":"Unmatched IP, please check your API key\'s bound IP addresses.","result":{}}',
    exchange: 'bybit',
    code: '10010',
    findings: ['apierror.ip-not-whitelisted'],
  },
  {
    name: 'Bybit 33004',
    input: '{"retCode":33004,"retMsg":"Your api key has expired","result":{}}',
    exchange: 'bybit',
    code: '33004',
    findings: ['apierror.expired-key'],
  },
  {
    name: "Bybit -2015 is Bybit's expired key, not Binance's three causes",
    input: 'bybit {"retCode":-2015,"retMsg":"Your api key has expired"}',
    exchange: 'bybit',
    code: '-2015',
    findings: ['apierror.expired-key'],
  },
  // Bitget.
  {
    name: 'Bitget 40037 as ccxt raises it (ccxt pull 19778)',
    input: 'bitget {"code":"40037","msg":"Apikey does not exist","requestTime":1690000000000,"data":null}',
    exchange: 'bitget',
    code: '40037',
    findings: ['apierror.invalid-key'],
  },
  {
    name: 'Bitget 40009 (BitgetLimited/v3-bitget-api-sdk issue 7)',
    input: '{"code":"40009","msg":"sign signature error","requestTime":1690000000000,"data":null}',
    context: {exchange: 'bitget'},
    exchange: 'bitget',
    code: '40009',
    findings: ['apierror.signature'],
  },
  {
    name: 'Bitget 40012: the key or the passphrase',
    input: 'bitget {"code":"40012","msg":"apikey/password is incorrect"}',
    exchange: 'bitget',
    code: '40012',
    findings: ['apierror.invalid-key', 'apierror.passphrase'],
  },
  // BloFin.
  {
    name: 'BloFin 152401',
    input:
      'blofin {"code":"152401","msg":"Access key does not exist, Please go to the API Management page and check if it exists and is in an active state."}',
    exchange: 'blofin',
    code: '152401',
    findings: ['apierror.invalid-key'],
  },
  {
    name: 'BloFin 152407: a repeated nonce',
    input: '{"code":"152407","msg":"Repeated nonce, Reusing within 60 seconds is not allowed."}',
    context: {exchange: 'blofin'},
    exchange: 'blofin',
    code: '152407',
    findings: ['apierror.repeated-nonce'],
  },
  // Hyperliquid: no codes, the text tells (ccxt issue 26484).
  {
    name: 'Hyperliquid: unknown API wallet',
    input:
      'hyperliquid {"status":"err","response":"User or API Wallet 0x0123456789abcdef0123456789abcdef01234567 does not exist."}',
    exchange: 'hyperliquid',
    // Not approved or pruned, the other network (testnet), or a signing bug: the profile names all three.
    findings: ['apierror.unknown-signer', 'apierror.demo-key', 'apierror.signature'],
  },
  // Numbers inside other messages are not codes.
  {
    name: 'a price of 10004.5 in a Bybit order log is not 10004',
    input: 'bybit order rejected: Tried to buy amount 0.01 at rate 10004.5. Insufficient balance.',
    exchange: 'bybit',
    findings: ['apierror.unrecognised'],
  },
  {
    name: 'a quantity of 50113.4 is not OKX 50113',
    input: 'Order failed: quantity 50113.4 exceeds the maximum order size',
    findings: ['apierror.unrecognised'],
  },
];

for (const {name, input, context, exchange, code, findings} of cases) {
  test(`explainError: ${name}`, () => {
    const report = explainError(input, context);
    assert.deepEqual(
      report.findings.map((f) => f.code),
      findings,
    );
    assert.equal(report.exchange, exchange);
    assert.equal(report.findings[0].params?.code, code);
    for (const f of report.findings)
      for (const lang of ['en', 'zh-Hans'] as const) {
        const text = describe(f, lang);
        assert.doesNotMatch(text, /\{\{|apierror\./, `${f.code} ${lang}`);
      }
  });
}
