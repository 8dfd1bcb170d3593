// signRequest for Bitget and BloFin, through their profiles. Expected values come from outside the signer:
// node's own HMAC over the text each exchange's docs describe, and signatures computed by BloFin's official
// Python SDK (blofin-sdk-python, BaseClient._sign_request at commit df75d51, run on 2026-12-05 with the
// inputs below). Bitget's docs print example prehashes but no secret, so no example signature can be
// reproduced: node's HMAC is the reference.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {createHmac} from 'node:crypto';
import '../../src/checkers/signing/messages';
import {describe} from '../../src/checkers/core/describe';
import {signRequest, type SignRequestInput} from '../../src/checkers/signing/signRequest';
import {okx} from '../../src/exchanges';
import type {ExchangeProfile} from '../../src/profiles/types';
import {from} from '../../src/profiles/sourced';

const hmac = (key: string, text: string) => createHmac('sha256', key).update(text);
/** Bitget: base64 of the HMAC's 32 bytes. */
const base64Hmac = (key: string, text: string) => hmac(key, text).digest('base64');
/** BloFin: base64 of the 64 characters of the HMAC's lower-case hex. */
const base64OfHex = (key: string, text: string) =>
  Buffer.from(hmac(key, text).digest('hex'), 'utf8').toString('base64');

const BITGET_SECRET = 'bitget-test-secret';
const BLOFIN_SECRET = 'blofin-test-secret-1';
const TS = '1704038400000';
const UUID = '5f1c2b9e-3d4a-4b8e-9c7d-1a2b3c4d5e6f';
/** The POST body as BloFin's SDK signs it (Python's json.dumps, which puts a space after ":" and ","). */
const BLOFIN_ORDER =
  '{"instId": "BTC-USDT", "marginMode": "isolated", "side": "buy", "orderType": "limit", "price": "35000", "size": "0.1"}';

interface Case {
  name: string;
  input: SignRequestInput;
  prehash: string;
  /** The signature from outside the signer. */
  signature: string;
  headers: Record<string, string>;
}

const CASES: Case[] = [
  {
    name: 'Bitget GET with a query string: "?" and the query after the path',
    input: {
      exchange: 'bitget',
      secret: BITGET_SECRET,
      timestamp: TS,
      method: 'get',
      path: '/api/v2/mix/market/depth',
      query: 'limit=20&symbol=BTCUSDT',
      apiKey: 'k',
      passphrase: 'p',
    },
    prehash: `${TS}GET/api/v2/mix/market/depth?limit=20&symbol=BTCUSDT`,
    signature: base64Hmac(BITGET_SECRET, `${TS}GET/api/v2/mix/market/depth?limit=20&symbol=BTCUSDT`),
    headers: {'ACCESS-KEY': 'k', 'ACCESS-TIMESTAMP': TS, 'ACCESS-PASSPHRASE': 'p'},
  },
  {
    name: 'Bitget GET without a query: no "?"',
    input: {
      exchange: 'bitget',
      secret: BITGET_SECRET,
      timestamp: TS,
      method: 'GET',
      path: '/api/v2/spot/account/assets',
    },
    prehash: `${TS}GET/api/v2/spot/account/assets`,
    signature: base64Hmac(BITGET_SECRET, `${TS}GET/api/v2/spot/account/assets`),
    headers: {'ACCESS-TIMESTAMP': TS},
  },
  {
    name: 'Bitget POST: the body exactly as sent',
    input: {
      exchange: 'bitget',
      secret: BITGET_SECRET,
      timestamp: TS,
      method: 'POST',
      path: '/api/v2/mix/order/place-order',
      body: '{"symbol":"BTCUSDT","size":"8"}',
    },
    prehash: `${TS}POST/api/v2/mix/order/place-order{"symbol":"BTCUSDT","size":"8"}`,
    signature: base64Hmac(BITGET_SECRET, `${TS}POST/api/v2/mix/order/place-order{"symbol":"BTCUSDT","size":"8"}`),
    headers: {'ACCESS-TIMESTAMP': TS},
  },
  {
    name: 'BloFin GET: path with query, METHOD, timestamp, nonce (the SDK signature)',
    input: {
      exchange: 'blofin',
      secret: BLOFIN_SECRET,
      timestamp: TS,
      nonce: UUID,
      method: 'get',
      path: '/api/v1/asset/balances',
      query: 'accountType=futures',
      apiKey: 'k',
      passphrase: 'p',
    },
    prehash: `/api/v1/asset/balances?accountType=futuresGET${TS}${UUID}`,
    signature: 'YWQ5NTVjMTRiNTUyN2U1ZmJmMDQ3ZTVhNWI3ZDRkN2NlOTRjYjVhOGE4OWNlOTE0ZmE5MDkwMzYzNGZmMGNlYw==',
    headers: {'ACCESS-KEY': 'k', 'ACCESS-TIMESTAMP': TS, 'ACCESS-NONCE': UUID, 'ACCESS-PASSPHRASE': 'p'},
  },
  {
    name: 'BloFin POST with the timestamp as nonce, as the SDK sends it (the SDK signature)',
    input: {
      exchange: 'blofin',
      secret: BLOFIN_SECRET,
      timestamp: TS,
      nonce: TS,
      method: 'POST',
      path: '/api/v1/trade/order',
      body: BLOFIN_ORDER,
    },
    prehash: `/api/v1/trade/orderPOST${TS}${TS}${BLOFIN_ORDER}`,
    signature: 'YmNlNjhlNDExMjBmZTkxMWVmYTRiY2E1NTkyMDY0NTA5OWFjNzAyZGU1Yzc5YTJmZWQyMzNkYWIwNzZlNzdjNA==',
    headers: {'ACCESS-TIMESTAMP': TS, 'ACCESS-NONCE': TS},
  },
];

for (const c of CASES) {
  test(`signRequest: ${c.name}`, async () => {
    const result = await signRequest(c.input);
    assert.ok(result.ok, JSON.stringify(result));
    assert.equal(result.prehash, c.prehash);
    assert.equal(result.signature, c.signature);
    assert.equal(result.headers['ACCESS-SIGN'], c.signature);
    for (const [name, value] of Object.entries(c.headers)) assert.equal(result.headers[name], value, name);
  });
}

test('BloFin: the SDK signatures are node HMACs, hex text then base64 (not base64 of the bytes)', async () => {
  for (const c of CASES.filter((x) => x.input.exchange === 'blofin')) {
    assert.equal(c.signature, base64OfHex(BLOFIN_SECRET, c.prehash));
    assert.notEqual(c.signature, base64Hmac(BLOFIN_SECRET, c.prehash));
    assert.equal(c.signature.length, 88);
  }
});

const ERRORS: {name: string; input: SignRequestInput; codes: string[]}[] = [
  {
    name: 'BloFin without a nonce: the nonce is signed, so it is asked for',
    input: {exchange: 'blofin', secret: BLOFIN_SECRET, timestamp: TS, method: 'GET', path: '/api/v1/asset/balances'},
    codes: ['sign.field-missing'],
  },
  {
    name: 'Bitget with an ISO 8601 timestamp: Bitget signs milliseconds',
    input: {
      exchange: 'bitget',
      secret: BITGET_SECRET,
      timestamp: '2024-01-01T00:00:00.000Z',
      method: 'GET',
      path: '/x',
    },
    codes: ['sign.timestamp-form'],
  },
  {
    name: 'Bitget with the timestamp in seconds',
    input: {exchange: 'bitget', secret: BITGET_SECRET, timestamp: '1704038400', method: 'GET', path: '/x'},
    codes: ['sign.timestamp-form'],
  },
  {
    name: 'Hyperliquid: a wallet signs EIP-712 data, which this signer does not rebuild',
    input: {exchange: 'hyperliquid', secret: `0x${'11'.repeat(32)}`, timestamp: TS},
    codes: ['sign.unsupported-scheme'],
  },
];

for (const {name, input, codes} of ERRORS) {
  test(`signRequest refuses: ${name}`, async () => {
    const result = await signRequest(input);
    assert.equal(result.ok, false);
    if (result.ok) return;
    assert.deepEqual(
      result.errors.map((f) => f.code),
      codes,
    );
    for (const f of result.errors)
      for (const locale of ['en', 'zh-Hans']) assert.doesNotMatch(describe(f, locale), /^sign\./, locale);
  });
}

test('the nonce field and base64-of-hex come from the profile, not from the exchange’s name', async () => {
  const doc = from('https://example.com/api-docs', '2026-12-05');
  const fake: ExchangeProfile = {
    ...okx,
    id: 'fake-nonce',
    signing: {
      algorithm: doc('hmac-sha256'),
      key: doc('secret-text-utf8'),
      prehash: doc('{nonce}|{timestamp}|{body}'),
      encoding: doc('base64-of-hex'),
      timestamp: doc('epoch-ms'),
      headers: doc({key: 'X-K', signature: 'X-S', timestamp: 'X-T', nonce: 'X-N'}),
      clockWindow: doc('unknown'),
    },
  };
  const result = await signRequest({exchange: fake, secret: 's', timestamp: TS, nonce: 'n-1', body: '{}'});
  assert.ok(result.ok);
  assert.equal(result.prehash, `n-1|${TS}|{}`);
  assert.equal(result.signature, base64OfHex('s', `n-1|${TS}|{}`));
  assert.equal(result.headers['X-N'], 'n-1');
});
