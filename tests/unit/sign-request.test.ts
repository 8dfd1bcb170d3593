// signRequest: one signer for every exchange, driven by the exchange's profile. Each case is checked
// against node's own crypto (HMAC, Ed25519 verify) or a documented example, never against the signer.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {createHmac, createPublicKey, generateKeyPairSync, verify} from 'node:crypto';
import {describe, describeFix} from '../../src/checkers/core/describe';
import '../../src/checkers/signing/messages';
import {signRequest, type SignRequestInput} from '../../src/checkers/signing/signRequest';
import {okxSign} from '../../src/checkers/signing/okxSign';
import {backpack, binance, bybit, okx} from '../../src/exchanges';
import type {ExchangeProfile} from '../../src/profiles/types';
import {from} from '../../src/profiles/sourced';
import en from '../../src/checkers/signing/locales/en.json';
import zhHans from '../../src/checkers/signing/locales/zh-Hans.json';

const hmac = (key: string, text: string, enc: 'base64' | 'hex') => createHmac('sha256', key).update(text).digest(enc);

// OKX API v5 docs, "REST Authentication": the example secret and timestamp.
const OKX_SECRET = '22582BD0CFF14C41EDBF1AB98506286D';
const OKX_TS = '2020-12-08T09:08:57.715Z';

// An Ed25519 key pair from node's crypto; Backpack's secret is the base64 of the 32-byte seed.
const {privateKey, publicKey} = generateKeyPairSync('ed25519');
const seed = Buffer.from(privateKey.export({format: 'jwk'}).d!, 'base64url').toString('base64');
const pub = Buffer.from(publicKey.export({format: 'jwk'}).x!, 'base64url').toString('base64');

// A made-up exchange in the shape of Bybit's V5 scheme (timestamp + key + recvWindow + query, hex): it
// needs no code of its own, only a profile.
const doc = from('https://example.com/api-docs', '2026-12-05');
const fake: ExchangeProfile = {
  ...okx,
  id: 'fake',
  signing: {
    algorithm: doc('hmac-sha256'),
    key: doc('secret-text-utf8'),
    prehash: doc('{timestamp}{apiKey}{window}{query}'),
    encoding: doc('hex'),
    timestamp: doc('epoch-ms'),
    headers: doc({key: 'X-FAKE-KEY', signature: 'X-FAKE-SIGN', timestamp: 'X-FAKE-TS', window: 'X-FAKE-WINDOW'}),
    clockWindow: doc({defaultMs: 5000, maxMs: 60000}),
  },
};

interface Case {
  name: string;
  input: SignRequestInput;
  prehash: string;
  /** The signature node computes for that prehash. */
  signature: (prehash: string) => string;
  headers: Record<string, string>;
}

const CASES: Case[] = [
  {
    name: 'OKX GET with a query string (the docs example)',
    input: {
      exchange: 'okx',
      secret: OKX_SECRET,
      timestamp: OKX_TS,
      method: 'get',
      path: '/api/v5/account/balance',
      query: 'ccy=BTC',
      apiKey: 'k',
      passphrase: 'p',
    },
    prehash: `${OKX_TS}GET/api/v5/account/balance?ccy=BTC`,
    signature: (text) => hmac(OKX_SECRET, text, 'base64'),
    headers: {'OK-ACCESS-KEY': 'k', 'OK-ACCESS-TIMESTAMP': OKX_TS, 'OK-ACCESS-PASSPHRASE': 'p'},
  },
  {
    name: 'OKX POST with a JSON body, signed exactly as sent',
    input: {
      exchange: okx,
      secret: OKX_SECRET,
      timestamp: OKX_TS,
      method: 'POST',
      path: '/api/v5/trade/order',
      body: '{"instId":"BTC-USDT","sz":"1"}',
    },
    prehash: `${OKX_TS}POST/api/v5/trade/order{"instId":"BTC-USDT","sz":"1"}`,
    signature: (text) => hmac(OKX_SECRET, text, 'base64'),
    headers: {'OK-ACCESS-TIMESTAMP': OKX_TS},
  },
  {
    name: 'a profile the site does not ship (hex over timestamp + key + window + query)',
    input: {
      exchange: fake,
      secret: 'fake-secret',
      timestamp: 1658384314791,
      apiKey: 'XXXXXXXXXX',
      window: 5000,
      query: 'category=option&symbol=BTC-29JUL22-25000-C',
    },
    prehash: '1658384314791XXXXXXXXXX5000category=option&symbol=BTC-29JUL22-25000-C',
    signature: (text) => hmac('fake-secret', text, 'hex'),
    headers: {'X-FAKE-KEY': 'XXXXXXXXXX', 'X-FAKE-TS': '1658384314791', 'X-FAKE-WINDOW': '5000'},
  },
];

for (const c of CASES) {
  test(`signRequest: ${c.name}`, async () => {
    const result = await signRequest(c.input);
    assert.ok(result.ok, JSON.stringify(result));
    assert.equal(result.prehash, c.prehash);
    assert.equal(result.signature, c.signature(c.prehash));
    for (const [name, value] of Object.entries(c.headers)) assert.equal(result.headers[name], value, name);
    assert.equal(
      Object.values(result.headers).filter((v) => v === result.signature).length,
      1,
      'one header carries the signature',
    );
  });
}

test('signRequest agrees with okxSign, which stays as it is', async () => {
  const input = {
    timestamp: OKX_TS,
    method: 'GET',
    requestPath: '/api/v5/account/balance?ccy=BTC',
    apiKey: 'k',
    passphrase: 'p',
  };
  const old = await okxSign(OKX_SECRET, input);
  const now = await signRequest({
    exchange: 'okx',
    secret: OKX_SECRET,
    timestamp: OKX_TS,
    method: 'GET',
    path: '/api/v5/account/balance?ccy=BTC',
    apiKey: 'k',
    passphrase: 'p',
  });
  assert.ok(old.ok && now.ok);
  assert.equal(now.signature, old.signature);
  assert.deepEqual(now.headers, old.headers);
});

test("signRequest: Backpack's documented signing string, and a signature node's Ed25519 verifies", async () => {
  const result = await signRequest({
    exchange: backpack,
    secret: seed,
    timestamp: 1614550000000,
    instruction: 'orderCancel',
    params: {symbol: 'BTC_USDT', orderId: 28},
  });
  assert.ok(result.ok, JSON.stringify(result));
  assert.equal(result.prehash, backpack.signing.example!.value);
  assert.ok(
    verify(
      null,
      Buffer.from(result.prehash),
      createPublicKey(publicKey.export({format: 'pem', type: 'spki'})),
      Buffer.from(result.signature, 'base64'),
    ),
  );
  assert.equal(result.headers['X-API-Key'], pub);
  assert.equal(result.headers['X-Signature'], result.signature);
  assert.equal(result.headers['X-Window'], '5000');
});

// Binance's REST docs (rest-api.md, "SIGNED Endpoint Examples for POST /api/v3/order", HMAC Keys),
// https://github.com/binance/binance-spot-api-docs/blob/master/rest-api.md, copied 2026-12-05.
const BINANCE_SECRET = 'NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j';
const BINANCE_KEY = 'vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A';
const BINANCE_CASES: {
  name: string;
  query: string;
  timestamp: number;
  window?: number;
  payload: string;
  signature: string;
}[] = [
  {
    name: 'the ASCII example, timestamp and recvWindow already in the query',
    query:
      'symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559',
    timestamp: 1499827319559,
    payload:
      'symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559',
    signature: 'c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71',
  },
  {
    name: 'the same request, recvWindow and timestamp added by the signer',
    query: 'symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1',
    timestamp: 1499827319559,
    window: 5000,
    payload:
      'symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559',
    signature: 'c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71',
  },
  {
    name: 'the non-ASCII example: the symbol is percent-encoded before signing',
    query:
      'symbol=１２３４５６&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559',
    timestamp: 1499827319559,
    payload:
      'symbol=%EF%BC%91%EF%BC%92%EF%BC%93%EF%BC%94%EF%BC%95%EF%BC%96&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559',
    signature: 'e1353ec6b14d888f1164ae9af8228a3dbd508bc82eb867db8ab6046442f33ef3',
  },
];

for (const c of BINANCE_CASES) {
  test(`signRequest: Binance HMAC, ${c.name} (the documented signature)`, async () => {
    const result = await signRequest({
      exchange: 'binance',
      secret: BINANCE_SECRET,
      apiKey: BINANCE_KEY,
      timestamp: c.timestamp,
      window: c.window,
      method: 'POST',
      path: '/api/v3/order',
      query: c.query,
    });
    assert.ok(result.ok, JSON.stringify(result));
    assert.equal(result.verdict, 'ok');
    assert.equal(result.prehash, c.payload);
    assert.equal(result.signature, c.signature);
    assert.deepEqual(result.headers, {'X-MBX-APIKEY': BINANCE_KEY});
    assert.equal(result.query, `${c.payload}&signature=${c.signature}`);
  });
}

test('signRequest: Binance Ed25519 with a PKCS#8 PEM private key, verified by node (every paste form)', async () => {
  const pair = generateKeyPairSync('ed25519');
  const pem = pair.privateKey.export({format: 'pem', type: 'pkcs8'}).toString();
  const body = pem.replace(/-----[A-Z ]+-----/g, '').replace(/\s+/g, '');
  // The Ed25519 example's private key is not published (rest-api.md): node's verify is the judge.
  const payload =
    'symbol=BTCUSDT&side=SELL&type=LIMIT&timeInForce=GTC&quantity=1&price=0.2&timestamp=1668481559918&recvWindow=5000';
  const forms = [pem, pem.replace(/\n/g, '\r\n'), `  ${pem.replace(/\n/g, '\n  ')}  `, body];
  for (const secret of forms) {
    const result = await signRequest({
      exchange: binance,
      secret,
      apiKey: '4yNzx3yWC5bS6YTwEkSRaC0nRmSQIIStAUOh1b6kqaBrTLIhjCpI5lJH8q8R8WNO',
      timestamp: 1668481559918,
      scheme: 'ed25519',
      query: payload,
    });
    assert.ok(result.ok, JSON.stringify(result));
    assert.equal(result.scheme, 'ed25519');
    assert.equal(result.prehash, payload);
    assert.ok(verify(null, Buffer.from(payload), pair.publicKey, Buffer.from(result.signature, 'base64')));
    assert.equal(result.query, `${payload}&signature=${encodeURIComponent(result.signature)}`);
  }
  // Without `scheme`, a PEM private key picks the Ed25519 scheme by its form.
  const picked = await signRequest({exchange: 'binance', secret: pem, timestamp: 1668481559918, query: payload});
  assert.ok(picked.ok && picked.scheme === 'ed25519');
});

test('signRequest: Bybit GET and POST, checked against node HMAC-SHA256 hex', async () => {
  // Bybit's guide prints the GET prehash; its signature cannot be reproduced (no secret published).
  const get = await signRequest({
    exchange: 'bybit',
    secret: 'bybit-test-secret',
    apiKey: 'XXXXXXXXXX',
    timestamp: 1658384314791,
    window: 5000,
    method: 'GET',
    path: '/v5/order/realtime',
    query: 'category=option&symbol=BTC-29JUL22-25000-C',
  });
  assert.ok(get.ok, JSON.stringify(get));
  assert.equal(get.prehash, bybit.signing.example!.value);
  assert.equal(get.signature, hmac('bybit-test-secret', get.prehash, 'hex'));
  assert.deepEqual(get.headers, {
    'X-BAPI-API-KEY': 'XXXXXXXXXX',
    'X-BAPI-SIGN': get.signature,
    'X-BAPI-TIMESTAMP': '1658384314791',
    'X-BAPI-RECV-WINDOW': '5000',
  });
  const body = '{"category":"linear","symbol":"BTCUSDT","side":"Buy","orderType":"Market","qty":"0.001"}';
  const post = await signRequest({
    exchange: bybit,
    secret: 'bybit-test-secret',
    apiKey: 'XXXXXXXXXX',
    timestamp: 1658385579423,
    window: 5000,
    method: 'POST',
    path: '/v5/order/create',
    body,
  });
  assert.ok(post.ok);
  assert.equal(post.prehash, `1658385579423XXXXXXXXXX5000${body}`);
  assert.equal(post.signature, hmac('bybit-test-secret', post.prehash, 'hex'));
});

const KEY_REFUSED: {name: string; secret: () => string; code: string}[] = [
  {
    name: 'an encrypted PEM private key',
    secret: () =>
      generateKeyPairSync('ed25519')
        .privateKey.export({format: 'pem', type: 'pkcs8', cipher: 'aes-256-cbc', passphrase: 'pw'})
        .toString(),
    code: 'sign.key-encrypted',
  },
  {
    name: 'a PEM public key',
    secret: () => generateKeyPairSync('ed25519').publicKey.export({format: 'pem', type: 'spki'}).toString(),
    code: 'sign.key-public',
  },
  {
    name: 'an RSA private key',
    secret: () =>
      generateKeyPairSync('rsa', {modulusLength: 1024}).privateKey.export({format: 'pem', type: 'pkcs8'}).toString(),
    code: 'sign.key-not-ed25519',
  },
];

for (const c of KEY_REFUSED) {
  test(`signRequest (Binance Ed25519) refuses ${c.name}`, async () => {
    const result = await signRequest({
      exchange: 'binance',
      scheme: 'ed25519',
      secret: c.secret(),
      timestamp: 1668481559918,
      query: 'a=1',
    });
    assert.equal(result.ok, false);
    assert.equal(result.verdict, 'error');
    assert.deepEqual(
      result.findings.map((f) => f.code),
      [c.code],
    );
  });
}

const REFUSED: {name: string; input: SignRequestInput; codes: string[]}[] = [
  {
    name: 'an exchange with no profile',
    input: {exchange: 'nowhere', secret: 's', timestamp: OKX_TS},
    codes: ['sign.unknown-exchange'],
  },
  {
    name: 'no secret',
    input: {exchange: 'okx', secret: '  ', timestamp: OKX_TS, method: 'GET', path: '/'},
    codes: ['sign.secret-missing'],
  },
  {
    name: 'milliseconds where OKX signs ISO 8601',
    input: {exchange: 'okx', secret: OKX_SECRET, timestamp: 1607418537715, method: 'GET', path: '/'},
    codes: ['sign.timestamp-form'],
  },
  {
    name: 'no method or path',
    input: {exchange: 'okx', secret: OKX_SECRET, timestamp: OKX_TS},
    codes: ['sign.field-missing', 'sign.field-missing'],
  },
  {
    name: 'a Binance query whose timestamp differs from the one being signed',
    input: {exchange: 'binance', secret: 's', timestamp: 1499827319559, query: 'symbol=LTCBTC&timestamp=1499827319000'},
    codes: ['sign.param-mismatch'],
  },
  {
    name: 'a Binance query that already carries a signature',
    input: {exchange: 'binance', secret: 's', timestamp: 1499827319559, query: 'symbol=LTCBTC&signature=abc'},
    codes: ['sign.signature-in-query'],
  },
  {
    name: 'a key type the exchange does not offer',
    input: {exchange: 'binance', scheme: 'rsa', secret: 's', timestamp: 1499827319559},
    codes: ['sign.unknown-scheme'],
  },
  {
    name: 'the fake scheme without its key and window',
    input: {exchange: fake, secret: 's', timestamp: 1658384314791},
    codes: ['sign.field-missing', 'sign.field-missing'],
  },
];

for (const c of REFUSED) {
  test(`signRequest refuses ${c.name}, with a message in both languages`, async () => {
    const result = await signRequest(c.input);
    assert.equal(result.ok, false);
    if (result.ok) return;
    assert.deepEqual(
      result.errors.map((f) => f.code),
      c.codes,
    );
    for (const f of result.errors) {
      for (const lng of ['en', 'zh-Hans'] as const) {
        assert.doesNotMatch(describe(f, lng), /^sign\.|\{\{/, `${f.code} ${lng}`);
        assert.doesNotMatch(describeFix(f, lng), /^sign\.|\{\{/, `${f.code}.fix ${lng}`);
      }
    }
  });
}

test('signing messages: the same codes in both languages', () => {
  assert.deepEqual(Object.keys(zhHans).sort(), Object.keys(en).sort());
});
