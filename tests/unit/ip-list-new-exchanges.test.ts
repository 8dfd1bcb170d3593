// The IP list checker for the exchanges added after it read profiles. Facts from the exchanges' pages:
// Binance's key-creation API takes "max 30" addresses per key
// (https://developers.binance.com/docs/margin_trading/trade/Create-Special-Key-of-Low-Latency-Trading);
// Hyperliquid has no IP binding at all: wallets sign
// (https://hyperliquid.gitbook.io/hyperliquid-docs/for-developers/api/nonces-and-api-wallets); Bybit
// publishes no limit. Addresses are Insilico's published Bitget server list (30 addresses).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {checkIpList, describe} from '../../src/checkers';
import {INSILICO_BITGET_SERVER_IPS} from '../../src/terminals/insilicoBitgetServerIps';

const thirty = [...INSILICO_BITGET_SERVER_IPS];
// A 31st public address (Cloudflare's public resolver).
const thirtyOne = [...thirty, '1.1.1.1'];

test('Hyperliquid: the checker says there is no IP whitelist, and invents no limit', () => {
  const report = checkIpList(thirtyOne.join('\n'), {target: 'hyperliquid'});
  const codes = report.findings.map((f) => f.code);
  assert.equal(codes[0], 'ip.no-whitelist');
  assert.ok(!codes.includes('ip.too-many') && !codes.includes('ip.over-limit'), codes.join());
  for (const lang of ['en', 'zh-Hans'] as const) assert.match(describe(report.findings[0], lang), /Hyperliquid/);
});

test('Binance: 30 addresses fit, the 31st is over its limit of 30', () => {
  assert.equal(thirty.length, 30);
  const fits = checkIpList(thirty.join(','), {target: 'binance'});
  assert.ok(!fits.findings.some((f) => f.code === 'ip.too-many'));
  const over = checkIpList(thirtyOne.join(','), {target: 'binance'});
  const tooMany = over.findings.find((f) => f.code === 'ip.too-many');
  assert.equal(tooMany?.params?.max, 30);
  assert.equal(over.verdict, 'error');
  for (const lang of ['en', 'zh-Hans'] as const) assert.match(describe(tooMany!, lang), /Binance|币安/);
});

test('Bybit: no published limit, so 31 addresses are not called too many', () => {
  const report = checkIpList(thirtyOne.join(','), {target: 'bybit'});
  assert.ok(!report.findings.some((f) => f.code === 'ip.too-many' || f.code === 'ip.no-whitelist'));
});
