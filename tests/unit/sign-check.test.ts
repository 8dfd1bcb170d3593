// checkSignature: a bot's prehash and signature against what the exchange's profile says is signed.
// Expected values come from outside the checker: Binance's documented HMAC example (rest-api.md, the
// secret and signature it prints), Bybit's documented GET prehash (v5 guide), node's HMAC and node's
// Ed25519 keys and signatures.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {createHmac, generateKeyPairSync, sign} from 'node:crypto';
import {describe, describeFix} from '../../src/checkers/core/describe';
import '../../src/checkers/signing/messages';
import {checkSignature, type SignatureCheckInput} from '../../src/checkers/signing/checkSignature';

// Binance rest-api.md, "SIGNED Endpoint Examples for POST /api/v3/order" (HMAC keys), copied 2026-12-05.
const BINANCE_SECRET = 'NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j';
const BINANCE_QUERY = 'symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1';
const BINANCE_PAYLOAD = `${BINANCE_QUERY}&recvWindow=5000&timestamp=1499827319559`;
const BINANCE_SIGNATURE = 'c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71';
// Bybit v5 guide, the GET example's prehash (its secret is not published).
const BYBIT_PREHASH = '1658384314791XXXXXXXXXX5000category=option&symbol=BTC-29JUL22-25000-C';

const binanceRequest = {
  exchange: 'binance',
  scheme: 'hmac',
  secret: BINANCE_SECRET,
  timestamp: '1499827319000', // the reader's field: the bot's own timestamp is read from its prehash
  window: 5000,
  method: 'POST',
  path: '/api/v3/order',
  query: BINANCE_QUERY,
};
const bybitRequest = {
  exchange: 'bybit',
  secret: 'bybit-test-secret',
  apiKey: 'XXXXXXXXXX',
  timestamp: '1658384000000',
  window: 5000,
  method: 'GET',
  path: '/v5/order/realtime',
  query: 'category=option&symbol=BTC-29JUL22-25000-C',
};
const hmac = (key: string, text: string) => createHmac('sha256', key).update(text);

interface Case {
  name: string;
  input: SignatureCheckInput;
  expected: string;
  at: number;
  signature?: 'valid' | 'invalid';
  codes: string[];
}

const CASES: Case[] = [
  {
    name: "Binance: the documented payload and signature, timestamp read from the bot's text",
    input: {request: binanceRequest, theirPrehash: BINANCE_PAYLOAD, theirSignature: BINANCE_SIGNATURE},
    expected: BINANCE_PAYLOAD,
    at: -1,
    signature: 'valid',
    codes: [],
  },
  {
    name: 'Binance: HMAC hex in upper case is accepted (Binance: not case-sensitive)',
    input: {request: binanceRequest, theirPrehash: BINANCE_PAYLOAD, theirSignature: BINANCE_SIGNATURE.toUpperCase()},
    expected: BINANCE_PAYLOAD,
    at: -1,
    signature: 'valid',
    codes: [],
  },
  {
    name: 'Binance: timestamp before recvWindow, the first difference named',
    input: {
      request: binanceRequest,
      theirPrehash: `${BINANCE_QUERY}&timestamp=1499827319559&recvWindow=5000`,
      theirSignature: hmac(BINANCE_SECRET, `${BINANCE_QUERY}&timestamp=1499827319559&recvWindow=5000`).digest('hex'),
    },
    expected: BINANCE_PAYLOAD,
    at: BINANCE_QUERY.length + 1,
    signature: 'valid',
    codes: [],
  },
  {
    name: 'Binance: a wrong signature (one character changed)',
    input: {
      request: binanceRequest,
      theirPrehash: BINANCE_PAYLOAD,
      theirSignature: `${BINANCE_SIGNATURE.slice(0, -1)}0`,
    },
    expected: BINANCE_PAYLOAD,
    at: -1,
    signature: 'invalid',
    codes: ['sign.check.signature-mismatch'],
  },
  {
    name: 'Binance: the right HMAC written as Base64',
    input: {
      request: binanceRequest,
      theirPrehash: BINANCE_PAYLOAD,
      theirSignature: Buffer.from(BINANCE_SIGNATURE, 'hex').toString('base64'),
    },
    expected: BINANCE_PAYLOAD,
    at: -1,
    signature: 'invalid',
    codes: ['sign.check.encoding-base64'],
  },
  {
    name: 'Bybit: the documented prehash, the timestamp read from its start',
    input: {
      request: bybitRequest,
      theirPrehash: BYBIT_PREHASH,
      theirSignature: hmac('bybit-test-secret', BYBIT_PREHASH).digest('hex'),
    },
    expected: BYBIT_PREHASH,
    at: -1,
    signature: 'valid',
    codes: [],
  },
  {
    name: 'Bybit: recv_window left out, the first difference at the window',
    input: {
      request: bybitRequest,
      theirPrehash: '1658384314791XXXXXXXXXXcategory=option&symbol=BTC-29JUL22-25000-C',
    },
    expected: BYBIT_PREHASH,
    at: '1658384314791XXXXXXXXXX'.length,
    codes: [],
  },
  {
    name: 'Bybit: the timestamp in seconds',
    input: {request: bybitRequest, theirPrehash: '1658384314XXXXXXXXXX5000category=option&symbol=BTC-29JUL22-25000-C'},
    expected: '1658384000000XXXXXXXXXX5000category=option&symbol=BTC-29JUL22-25000-C',
    at: '1658384'.length,
    codes: ['sign.check.timestamp-seconds'],
  },
  {
    name: 'Bybit: a line break after the text, and Base64 where Bybit wants hex',
    input: {
      request: bybitRequest,
      theirPrehash: `${BYBIT_PREHASH}\n`,
      theirSignature: hmac('bybit-test-secret', `${BYBIT_PREHASH}\n`).digest('base64'),
    },
    expected: BYBIT_PREHASH,
    at: BYBIT_PREHASH.length,
    signature: 'invalid',
    codes: ['sign.check.whitespace', 'sign.check.encoding-base64'],
  },
  {
    name: 'Bitget: hex where Bitget wants Base64',
    input: {
      request: {exchange: 'bitget', secret: 's', timestamp: '1704038400000', method: 'GET', path: '/api/v2/x'},
      theirPrehash: '1704038400000GET/api/v2/x',
      theirSignature: hmac('s', '1704038400000GET/api/v2/x').digest('hex'),
    },
    expected: '1704038400000GET/api/v2/x',
    at: -1,
    signature: 'invalid',
    codes: ['sign.check.encoding-hex'],
  },
  {
    name: 'BloFin: Base64 of the bytes where BloFin wants Base64 of the hex text',
    input: {
      request: {
        exchange: 'blofin',
        secret: 's',
        timestamp: '1704038400000',
        nonce: 'n-1',
        method: 'GET',
        path: '/api/v1/asset/balances',
      },
      theirPrehash: '/api/v1/asset/balancesGET1704038400000n-1',
      theirSignature: hmac('s', '/api/v1/asset/balancesGET1704038400000n-1').digest('base64'),
    },
    expected: '/api/v1/asset/balancesGET1704038400000n-1',
    at: -1,
    signature: 'invalid',
    codes: ['sign.check.encoding-base64'],
  },
];

for (const c of CASES) {
  test(`checkSignature: ${c.name}`, async () => {
    const result = await checkSignature(c.input);
    assert.equal(result.expected, c.expected);
    assert.equal(result.at, c.at);
    assert.equal(result.signature, c.signature);
    assert.deepEqual(
      result.findings.map((f) => f.code),
      c.codes,
    );
    for (const f of result.findings)
      for (const lng of ['en', 'zh-Hans'] as const) {
        assert.doesNotMatch(describe(f, lng), /^sign\.|\{\{|format\./, `${f.code} ${lng}`);
        assert.doesNotMatch(describeFix(f, lng), /^sign\.|\{\{|format\./, `${f.code}.fix ${lng}`);
      }
  });
}

test('checkSignature: Binance Ed25519, a node signature of the prehash is valid, also as sent in the URL', async () => {
  const pair = generateKeyPairSync('ed25519');
  const pem = pair.privateKey.export({format: 'pem', type: 'pkcs8'}).toString();
  const payload =
    'symbol=BTCUSDT&side=SELL&type=LIMIT&timeInForce=GTC&quantity=1&price=0.2&recvWindow=5000&timestamp=1668481559918';
  const signature = sign(null, Buffer.from(payload), pair.privateKey).toString('base64');
  const request = {
    exchange: 'binance',
    scheme: 'ed25519',
    secret: pem,
    timestamp: '1668481559000',
    window: 5000,
    query: 'symbol=BTCUSDT&side=SELL&type=LIMIT&timeInForce=GTC&quantity=1&price=0.2',
  };
  for (const theirs of [signature, encodeURIComponent(signature)]) {
    const result = await checkSignature({request, theirPrehash: payload, theirSignature: theirs});
    assert.equal(result.at, -1);
    assert.equal(result.timestamp, '1668481559918');
    assert.equal(result.signature, 'valid');
    assert.deepEqual(result.findings, []);
  }
  // Another key pair's signature of the same text.
  const other = sign(null, Buffer.from(payload), generateKeyPairSync('ed25519').privateKey).toString('base64');
  const wrong = await checkSignature({request, theirPrehash: payload, theirSignature: other});
  assert.equal(wrong.signature, 'invalid');
  // A public key where the private key belongs: said, and no verdict on the signature.
  const pub = await checkSignature({
    request: {...request, secret: pair.publicKey.export({format: 'pem', type: 'spki'}).toString()},
    theirPrehash: payload,
    theirSignature: signature,
  });
  assert.equal(pub.signature, undefined);
  assert.deepEqual(
    pub.findings.map((f) => f.code),
    ['sign.key-public'],
  );
});

test('checkSignature: without the secret, the prehash is still compared', async () => {
  const result = await checkSignature({
    request: {...bybitRequest, secret: ''},
    theirPrehash: BYBIT_PREHASH,
    theirSignature: 'abc',
  });
  assert.equal(result.at, -1);
  assert.equal(result.signature, undefined);
});

// The profiles' example requests (what the signer's "documented example" button fills in) give the texts
// and signatures the exchanges print.
const DOCUMENTED: {exchange: string; prehash: string; signature?: string}[] = [
  {exchange: 'binance', prehash: BINANCE_PAYLOAD, signature: BINANCE_SIGNATURE},
  {exchange: 'bybit', prehash: BYBIT_PREHASH},
];

for (const d of DOCUMENTED) {
  test(`the ${d.exchange} profile's example request gives the documented text`, async () => {
    const {exchangeProfile} = await import('../../src/exchanges');
    const {signRequest, prehashOf} = await import('../../src/checkers/signing/signRequest');
    const scheme = exchangeProfile(d.exchange)!.signing;
    const example = scheme.exampleRequest!.value;
    const input = {...example, exchange: d.exchange, scheme: scheme.id};
    const built = prehashOf(input);
    assert.ok(built.ok);
    assert.equal(built.prehash, d.prehash);
    if (d.signature) {
      const signed = await signRequest({...input, secret: example.secret!});
      assert.ok(signed.ok);
      assert.equal(signed.signature, d.signature);
    }
  });
}

test('matchesDocumentedExample: Binance text and signature, Bybit text only, anything else nothing', async () => {
  const {matchesDocumentedExample} = await import('../../src/checkers/signing/checkSignature');
  const binance = {exchange: 'binance', scheme: 'hmac'};
  assert.equal(matchesDocumentedExample(binance, BINANCE_PAYLOAD, BINANCE_SIGNATURE), 'signature');
  assert.equal(matchesDocumentedExample(binance, BINANCE_PAYLOAD, '00'), 'prehash');
  assert.equal(matchesDocumentedExample(binance, `${BINANCE_PAYLOAD}&x=1`, BINANCE_SIGNATURE), undefined);
  assert.equal(matchesDocumentedExample({exchange: 'bybit'}, BYBIT_PREHASH, 'ab'), 'prehash');
  assert.equal(matchesDocumentedExample({exchange: 'bitget'}, BYBIT_PREHASH, 'ab'), undefined);
});
