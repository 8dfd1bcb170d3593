// OKX request signing, checked against node's own HMAC, with the Secret Key, timestamp and paths from
// OKX's API v5 docs ("REST Authentication"), and the bot mistakes the verifier must name.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {createHmac} from 'node:crypto';
import fc from 'fast-check';
import {okxPrehash, okxSign} from '../../src/checkers';
import {
  checkOkxRequest,
  checkOkxSignature,
  okxSignature,
  parsePrehash,
  asOkxTimestamp,
  type OkxRequest,
} from '../../src/checkers/signing/okxSign';

// OKX API v5 docs, REST Authentication: example Secret Key, timestamp form and GET path with query.
const DOCS_SECRET = '22582BD0CFF14C41EDBF1AB98506286D';
const DOCS_TIMESTAMP = '2020-12-08T09:08:57.715Z';
const DOCS_PATH = '/api/v5/account/balance?ccy=BTC';

/** The reference: HMAC-SHA256 keyed with the secret's text, base64, by node's crypto. */
const nodeSign = (secret: string | Buffer, text: string) =>
  createHmac('sha256', secret).update(text, 'utf8').digest('base64');
const nodeHex = (secret: string | Buffer, text: string) =>
  createHmac('sha256', secret).update(text, 'utf8').digest('hex');

const GET: OkxRequest = {timestamp: DOCS_TIMESTAMP, method: 'GET', requestPath: DOCS_PATH, body: ''};
const ORDER_BODY = '{"instId":"BTC-USDT","tdMode":"cash","side":"buy","ordType":"limit","px":"2.15","sz":"2"}';
const POST: OkxRequest = {
  timestamp: DOCS_TIMESTAMP,
  method: 'POST',
  requestPath: '/api/v5/trade/order',
  body: ORDER_BODY,
};

const prehashCases: {name: string; input: OkxRequest; expected: string}[] = [
  {name: 'GET with its query, no body', input: GET, expected: `${DOCS_TIMESTAMP}GET${DOCS_PATH}`},
  {
    name: 'POST with the body text as is',
    input: POST,
    expected: `${DOCS_TIMESTAMP}POST/api/v5/trade/order${ORDER_BODY}`,
  },
  {name: 'method upper-cased', input: {...GET, method: 'get'}, expected: `${DOCS_TIMESTAMP}GET${DOCS_PATH}`},
  {
    name: 'body undefined is empty',
    input: {timestamp: DOCS_TIMESTAMP, method: 'GET', requestPath: '/api/v5/account/config'},
    expected: `${DOCS_TIMESTAMP}GET/api/v5/account/config`,
  },
  {
    name: 'body spacing kept',
    input: {...POST, body: '{ "a": 1 }'},
    expected: `${DOCS_TIMESTAMP}POST/api/v5/trade/order{ "a": 1 }`,
  },
];
for (const c of prehashCases) test(`okxPrehash: ${c.name}`, () => assert.equal(okxPrehash(c.input), c.expected));

const signCases: {name: string; secret: string; input: OkxRequest}[] = [
  {name: "docs' secret, GET balance", secret: DOCS_SECRET, input: GET},
  {name: "docs' secret, POST order", secret: DOCS_SECRET, input: POST},
  {
    name: 'another secret, Chinese in the body',
    secret: '0123456789ABCDEF0123456789ABCDEF',
    input: {...POST, body: '{"tag":"测试"}'},
  },
  {name: 'a long secret (longer than the HMAC block)', secret: 'A'.repeat(100), input: GET},
];
for (const c of signCases) {
  test(`okxSign matches node's HMAC: ${c.name}`, async () => {
    const r = await okxSign(c.secret, {
      ...c.input,
      apiKey: '37c541a1-0000-0000-0000-10fe7a038418',
      passphrase: 'my pass',
    });
    assert.ok(r.ok, JSON.stringify(r));
    const prehash = c.input.timestamp + c.input.method + c.input.requestPath + (c.input.body ?? '');
    assert.equal(r.prehash, prehash);
    assert.equal(r.signature, nodeSign(c.secret, prehash));
    assert.deepEqual(r.headers, {
      'OK-ACCESS-KEY': '37c541a1-0000-0000-0000-10fe7a038418',
      'OK-ACCESS-SIGN': nodeSign(c.secret, prehash),
      'OK-ACCESS-TIMESTAMP': c.input.timestamp,
      'OK-ACCESS-PASSPHRASE': 'my pass',
    });
  });
}

test('okxSign keys the HMAC with the text of the secret, not its hex bytes', async () => {
  const r = await okxSign(DOCS_SECRET, GET);
  assert.ok(r.ok);
  assert.notEqual(r.signature, nodeSign(Buffer.from(DOCS_SECRET, 'hex'), okxPrehash(GET)));
  assert.equal(r.signature, nodeSign(Buffer.from(DOCS_SECRET, 'utf8'), okxPrehash(GET)));
});

const refusals: {name: string; secret: string; input: OkxRequest; code: string}[] = [
  {name: 'no secret', secret: '  ', input: GET, code: 'okx.secret-missing'},
  {name: 'timestamp in ms', secret: DOCS_SECRET, input: {...GET, timestamp: '1607418537715'}, code: 'okx.timestamp-ms'},
  {
    name: 'timestamp without ms',
    secret: DOCS_SECRET,
    input: {...GET, timestamp: '2020-12-08T09:08:57Z'},
    code: 'okx.timestamp-invalid',
  },
  {
    name: 'impossible date',
    secret: DOCS_SECRET,
    input: {...GET, timestamp: '2020-13-08T09:08:57.715Z'},
    code: 'okx.timestamp-invalid',
  },
  {name: 'unknown method', secret: DOCS_SECRET, input: {...GET, method: 'FETCH'}, code: 'okx.method-invalid'},
  {name: 'no path', secret: DOCS_SECRET, input: {...GET, requestPath: ''}, code: 'okx.path-missing'},
  {
    name: 'full URL',
    secret: DOCS_SECRET,
    input: {...GET, requestPath: 'https://www.okx.com/api/v5/account/balance'},
    code: 'okx.path-has-host',
  },
  {
    name: 'no leading slash',
    secret: DOCS_SECRET,
    input: {...GET, requestPath: 'api/v5/account/balance'},
    code: 'okx.path-invalid',
  },
];
for (const c of refusals) {
  test(`okxSign refuses: ${c.name}`, async () => {
    const r = await okxSign(c.secret, c.input);
    assert.ok(!r.ok);
    assert.ok(
      r.errors.some((f) => f.code === c.code),
      JSON.stringify(r.errors),
    );
  });
}

const warnings: {name: string; secret: string; input: OkxRequest; code: string}[] = [
  {name: 'GET with a body', secret: DOCS_SECRET, input: {...GET, body: '{"ccy":"BTC"}'}, code: 'okx.get-body'},
  {
    name: 'POST body not JSON',
    secret: DOCS_SECRET,
    input: {...POST, body: 'instId=BTC-USDT'},
    code: 'okx.body-not-json',
  },
  {name: 'secret with a trailing space', secret: `${DOCS_SECRET} `, input: GET, code: 'okx.secret-whitespace'},
  {
    name: 'API key pasted as secret',
    secret: '37c541a1-0000-0000-0000-10fe7a038418',
    input: GET,
    code: 'okx.secret-is-key',
  },
  {name: 'lower-case secret', secret: DOCS_SECRET.toLowerCase(), input: GET, code: 'okx.secret-format'},
];
for (const c of warnings) {
  test(`okxSign signs but warns: ${c.name}`, async () => {
    const r = await okxSign(c.secret, c.input);
    assert.ok(r.ok);
    assert.ok(
      r.warnings.some((f) => f.code === c.code),
      JSON.stringify(r.warnings),
    );
    assert.equal(r.signature, nodeSign(c.secret.trim(), okxPrehash(c.input)));
  });
}

test('the request check accepts what OKX documents', () => {
  assert.deepEqual(checkOkxRequest(GET), []);
  assert.deepEqual(checkOkxRequest(POST), []);
});

// ---------------------------------------------------------------------------------------------------
// The verifier: each usual mistake, made the way a bot makes it, is named.

interface MistakeCase {
  name: string;
  request: OkxRequest;
  /** The bot's prehash and how it signs it. */
  theirs: string;
  sign?: (prehash: string) => string;
  code: string;
}
const right = (prehash: string) => nodeSign(DOCS_SECRET, prehash);
const mistakes: MistakeCase[] = [
  {
    name: 'method in lower case',
    request: GET,
    theirs: `${DOCS_TIMESTAMP}get${DOCS_PATH}`,
    code: 'okx.check.method-case',
  },
  {
    name: 'timestamp in milliseconds',
    request: GET,
    theirs: `${Date.parse(DOCS_TIMESTAMP)}GET${DOCS_PATH}`,
    code: 'okx.check.timestamp-ms',
  },
  {
    name: 'timestamp without milliseconds',
    request: GET,
    theirs: `2020-12-08T09:08:57ZGET${DOCS_PATH}`,
    code: 'okx.check.timestamp-format',
  },
  {
    name: 'body with spaces (Python json.dumps)',
    request: POST,
    theirs: `${DOCS_TIMESTAMP}POST/api/v5/trade/order${JSON.stringify(JSON.parse(ORDER_BODY), null, 1).replace(/\n\s*/g, ' ')}`,
    code: 'okx.check.body-spaces',
  },
  {
    name: 'body with keys sorted',
    request: POST,
    theirs: `${DOCS_TIMESTAMP}POST/api/v5/trade/order${JSON.stringify(Object.fromEntries(Object.entries(JSON.parse(ORDER_BODY)).sort()))}`,
    code: 'okx.check.body-key-order',
  },
  {
    name: 'body left out',
    request: POST,
    theirs: `${DOCS_TIMESTAMP}POST/api/v5/trade/order`,
    code: 'okx.check.body-missing',
  },
  {
    name: 'query missing from a GET path',
    request: GET,
    theirs: `${DOCS_TIMESTAMP}GET/api/v5/account/balance`,
    code: 'okx.check.query-missing',
  },
  {
    name: 'host in the path',
    request: GET,
    theirs: `${DOCS_TIMESTAMP}GEThttps://www.okx.com${DOCS_PATH}`,
    code: 'okx.check.path-has-host',
  },
  {name: 'trailing newline', request: GET, theirs: `${DOCS_TIMESTAMP}GET${DOCS_PATH}\n`, code: 'okx.check.whitespace'},
  {name: 'not a prehash at all', request: GET, theirs: 'hello', code: 'okx.check.unreadable'},
  {
    name: 'secret hex-decoded',
    request: GET,
    theirs: okxPrehash(GET),
    sign: (p) => nodeSign(Buffer.from(DOCS_SECRET, 'hex'), p),
    code: 'okx.check.secret-hex-decoded',
  },
  {
    name: 'hex digest base64-encoded',
    request: GET,
    theirs: okxPrehash(GET),
    sign: (p) => Buffer.from(nodeHex(DOCS_SECRET, p)).toString('base64'),
    code: 'okx.check.hex-digest-base64',
  },
  {
    name: 'hex digest sent as is',
    request: GET,
    theirs: okxPrehash(GET),
    sign: (p) => nodeHex(DOCS_SECRET, p),
    code: 'okx.check.signature-hex',
  },
  {
    name: 'another secret',
    request: GET,
    theirs: okxPrehash(GET),
    sign: (p) => nodeSign('FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF', p),
    code: 'okx.check.signature-mismatch',
  },
];
for (const c of mistakes) {
  test(`verifier names the mistake: ${c.name}`, async () => {
    const r = await checkOkxSignature({
      request: c.request,
      theirPrehash: c.theirs,
      theirSignature: (c.sign ?? right)(c.theirs),
      secretKey: DOCS_SECRET,
    });
    const codes = r.findings.map((f) => f.code);
    assert.ok(codes.includes(c.code), `${c.code} not in ${codes.join(', ')}`);
    // A prehash mistake leaves the signing itself right; a signing mistake leaves the prehash right.
    if (c.sign) {
      assert.equal(r.at, -1);
      assert.equal(r.signature, 'invalid');
    } else {
      assert.notEqual(r.at, -1);
      assert.equal(r.signature, 'valid');
    }
  });
}

test('verifier: a right prehash and signature have no findings; the timestamp is taken from the prehash', async () => {
  const timestamp = '2026-11-24T01:02:03.004Z';
  const theirs = okxPrehash({...GET, timestamp});
  const r = await checkOkxSignature({
    request: GET,
    theirPrehash: theirs,
    theirSignature: nodeSign(DOCS_SECRET, theirs),
    secretKey: DOCS_SECRET,
  });
  assert.deepEqual(r.findings, []);
  assert.equal(r.at, -1);
  assert.equal(r.timestamp, timestamp);
  assert.equal(r.signature, 'valid');
});

test('verifier: the first differing character, with a millisecond timestamp compared as the same instant in ISO', async () => {
  const r = await checkOkxSignature({request: GET, theirPrehash: `${DOCS_TIMESTAMP}get${DOCS_PATH}`});
  assert.equal(r.at, DOCS_TIMESTAMP.length);
  assert.equal(r.signature, undefined, 'no secret, no signature verdict');
  const ms = await checkOkxSignature({request: GET, theirPrehash: `1607418537715GET${DOCS_PATH}`});
  assert.equal(ms.expected, `${DOCS_TIMESTAMP}GET${DOCS_PATH}`);
  assert.equal(ms.at, 0);
});

test('parsePrehash and asOkxTimestamp', () => {
  assert.deepEqual(parsePrehash(`${DOCS_TIMESTAMP}POST/api/v5/trade/order${ORDER_BODY}`), {
    timestamp: DOCS_TIMESTAMP,
    method: 'POST',
    path: '/api/v5/trade/order',
    body: ORDER_BODY,
  });
  assert.equal(asOkxTimestamp('1607418537715'), DOCS_TIMESTAMP);
  assert.equal(asOkxTimestamp('1607418537.715'), DOCS_TIMESTAMP);
  assert.equal(asOkxTimestamp('2020-12-08T17:08:57.715+08:00'), DOCS_TIMESTAMP);
  assert.equal(parsePrehash('GET/api'), undefined);
});

test('okxSignature is node HMAC for any text (property)', async () => {
  await fc.assert(
    fc.asyncProperty(fc.string({minLength: 1, maxLength: 64}), fc.string({maxLength: 300}), async (secret, text) => {
      assert.equal(await okxSignature(secret, text), nodeSign(Buffer.from(secret, 'utf8'), text));
    }),
    {numRuns: 200},
  );
});

test('no input throws (property)', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.string({maxLength: 2000}),
      fc.string({maxLength: 200}),
      fc.string({maxLength: 200}),
      async (theirs, sig, path) => {
        const request = {timestamp: DOCS_TIMESTAMP, method: 'GET', requestPath: path, body: ''};
        await checkOkxSignature({request, theirPrehash: theirs, theirSignature: sig, secretKey: DOCS_SECRET});
        await okxSign(sig, {...request, body: theirs});
      },
    ),
    {numRuns: 200},
  );
  const big = 'x'.repeat(100_000);
  await checkOkxSignature({request: {...POST, body: big}, theirPrehash: big, theirSignature: big, secretKey: big});
});

// A body nested 10,000 deep (20 kB): the comparison of the bot's body with the expected one used to
// recurse once per level and threw "Maximum call stack size exceeded".
const deepCases: {name: string; body: string; theirs: string; expected: string}[] = [
  {
    name: 'arrays, bot adds spaces',
    body: '['.repeat(10_000) + ']'.repeat(10_000),
    theirs: '[ '.repeat(10_000) + ']'.repeat(10_000),
    expected: 'okx.check.body-spaces',
  },
  {
    name: 'objects, bot adds spaces',
    body: '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000),
    theirs: '{"a": '.repeat(10_000) + '1' + '}'.repeat(10_000),
    expected: 'okx.check.body-spaces',
  },
  {
    name: 'objects, bot puts the keys in another order',
    body: '{"a":1,"b":' + '['.repeat(10_000) + ']'.repeat(10_000) + '}',
    theirs: '{"b":' + '['.repeat(10_000) + ']'.repeat(10_000) + ',"a":1}',
    expected: 'okx.check.body-key-order',
  },
];
for (const {name, body, theirs, expected} of deepCases) {
  test(`verifier: a body nested 10,000 deep is compared without throwing (${name})`, async () => {
    const result = await checkOkxSignature({
      request: {...POST, body},
      theirPrehash: `${DOCS_TIMESTAMP}POST/api/v5/trade/order${theirs}`,
      theirSignature: nodeSign(DOCS_SECRET, 'x'),
      secretKey: DOCS_SECRET,
    });
    assert.ok(
      result.findings.some((f) => f.code === expected),
      result.findings.map((f) => f.code).join(),
    );
  });
}

test("okxSignature with an empty Secret Key is node's HMAC with an empty key (WebCrypto refuses an empty key)", async () => {
  for (const text of ['', `${DOCS_TIMESTAMP}GET${DOCS_PATH}`])
    assert.equal(await okxSignature('', text), nodeSign('', text));
});
