// signRequest: one signer for every exchange, driven by the exchange's profile. Each case is checked
// against node's own crypto (HMAC, Ed25519 verify) or a documented example, never against the signer.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {createHmac, createPublicKey, generateKeyPairSync, verify} from 'node:crypto';
import {describe, describeFix} from '../../src/checkers/describe';
import '../../src/checkers/signing/messages';
import {signRequest, type SignRequestInput} from '../../src/checkers/signing/signRequest';
import {okxSign} from '../../src/checkers/okxSign';
import {backpack, okx} from '../../src/exchanges';
import type {ExchangeProfile} from '../../src/profiles/types';
import {from} from '../../src/profiles/sourced';
import en from '../../src/checkers/locales/signing/en.json';
import zhHans from '../../src/checkers/locales/signing/zh-Hans.json';

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
