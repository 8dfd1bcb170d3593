import {execFileSync} from 'node:child_process';
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {createPrivateKey, createPublicKey, sign as nodeSign, verify as nodeVerify} from 'node:crypto';
import {
  diagnoseSigningString,
  firstDifference,
  numberTexts,
  paramsFromJson,
  paramsFromRows,
  signRequest,
  signingString,
  timestampIn,
  verifyRequest,
  type SigningInput,
} from '../../src/checkers/signing/backpackSign';
import {generateKeyPair} from '../../src/checkers/keys/keygen';

// RFC 8032 §7.1, TEST 1 (empty message).
const RFC = {
  seed: '9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60',
  publicKey: 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a',
  signature:
    'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b',
};
const b64 = (hex: string) => Buffer.from(hex, 'hex').toString('base64');

const DOCS_EXAMPLE = 'instruction=orderCancel&orderId=28&symbol=BTC_USDT&timestamp=1614550000000&window=5000';
const CANCEL: SigningInput = {
  instruction: 'orderCancel',
  params: {symbol: 'BTC_USDT', orderId: 28},
  timestamp: 1614550000000,
};

const nodePublicKey = (base64: string) =>
  createPublicKey({
    key: Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), Buffer.from(base64, 'base64')]),
    format: 'der',
    type: 'spki',
  });
const nodePrivateKey = (base64: string) =>
  createPrivateKey({
    key: Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), Buffer.from(base64, 'base64')]),
    format: 'der',
    type: 'pkcs8',
  });

function stringOf(input: SigningInput): string {
  const r = signingString(input);
  assert.ok(r.ok, JSON.stringify(r));
  return r.signingString;
}
function errorCodes(input: SigningInput): string[] {
  const r = signingString(input);
  assert.ok(!r.ok, `expected an error for ${JSON.stringify(input)}`);
  return r.errors.map((e) => e.code);
}

test("reproduces the docs' orderCancel example exactly, with the default window appended", () => {
  assert.equal(stringOf(CANCEL), DOCS_EXAMPLE);
  assert.equal(stringOf({...CANCEL, window: 5000}), DOCS_EXAMPLE);
  assert.equal(stringOf({...CANCEL, params: {orderId: '28', symbol: 'BTC_USDT'}}), DOCS_EXAMPLE);
});

test('params are sorted by key in code-unit order and values are written as given', () => {
  assert.equal(
    stringOf({
      instruction: 'orderExecute',
      params: {symbol: 'SOL_USDC', side: 'Bid', quantity: '0.50', price: 141.5, orderType: 'Limit'},
      timestamp: 1700000000000,
      window: 10000,
    }),
    'instruction=orderExecute&orderType=Limit&price=141.5&quantity=0.50&side=Bid&symbol=SOL_USDC&timestamp=1700000000000&window=10000',
  );
  assert.equal(
    stringOf({instruction: 'x', params: {b: 1, B: 2, a: 3}, timestamp: 1700000000000}),
    'instruction=x&B=2&a=3&b=1&timestamp=1700000000000&window=5000',
  );
});

test('booleans are signed lowercase', () => {
  assert.equal(
    stringOf({
      instruction: 'orderExecute',
      params: {postOnly: true, reduceOnly: false, symbol: 'SOL_USDC'},
      timestamp: 1700000000000,
    }),
    'instruction=orderExecute&postOnly=true&reduceOnly=false&symbol=SOL_USDC&timestamp=1700000000000&window=5000',
  );
});

test('no params: instruction, timestamp and window only', () => {
  assert.equal(
    stringOf({instruction: 'balanceQuery', timestamp: 1614550000000}),
    'instruction=balanceQuery&timestamp=1614550000000&window=5000',
  );
});

test('window: 60000 allowed, above rejected, non-integer/negative/zero rejected', () => {
  assert.match(stringOf({...CANCEL, window: 60000}), /&window=60000$/);
  assert.deepEqual(errorCodes({...CANCEL, window: 60001}), ['sign.window-too-large']);
  for (const window of [-1, 0, 1.5, NaN, Infinity])
    assert.deepEqual(errorCodes({...CANCEL, window}), ['sign.window-invalid']);
});

test('timestamp must be a non-negative integer; seconds get a warning', () => {
  for (const timestamp of [-1, 1.5, NaN])
    assert.deepEqual(errorCodes({...CANCEL, timestamp}), ['sign.timestamp-invalid']);
  const r = signingString({...CANCEL, timestamp: 1614550000});
  assert.ok(r.ok);
  assert.deepEqual(
    r.warnings.map((w) => w.code),
    ['sign.timestamp-seconds'],
  );
});

test('batch orderExecute: one block per order, timestamp and window once at the end', () => {
  assert.equal(
    stringOf({
      instruction: 'orderExecute',
      params: [
        {symbol: 'SOL_USDC', side: 'Bid', quantity: '1', price: '140', orderType: 'Limit'},
        {symbol: 'SOL_USDC', side: 'Ask', quantity: '1', price: '160', orderType: 'Limit', postOnly: true},
      ],
      timestamp: 1750793021519,
      window: 5000,
    }),
    'instruction=orderExecute&orderType=Limit&price=140&quantity=1&side=Bid&symbol=SOL_USDC' +
      '&instruction=orderExecute&orderType=Limit&postOnly=true&price=160&quantity=1&side=Ask&symbol=SOL_USDC' +
      '&timestamp=1750793021519&window=5000',
  );
  assert.deepEqual(errorCodes({instruction: 'orderCancel', params: [{a: 1}], timestamp: 1750793021519}), [
    'sign.batch-instruction',
  ]);
  assert.deepEqual(errorCodes({instruction: 'orderExecute', params: [], timestamp: 1750793021519}), [
    'sign.batch-empty',
  ]);
  assert.deepEqual(
    errorCodes({instruction: 'orderExecute', params: [{a: 1}, 'x' as never], timestamp: 1750793021519}),
    ['sign.params-not-object'],
  );
});

test('values that cannot be signed unambiguously are rejected with codes naming the key', () => {
  const bad = (params: Record<string, unknown>) => {
    const r = signingString({instruction: 'x', params, timestamp: 1700000000000});
    assert.ok(!r.ok);
    return r.errors.map((e) => [e.code, e.params?.key]);
  };
  assert.deepEqual(bad({filter: {a: 1}}), [['sign.param-nested', 'filter']]);
  assert.deepEqual(bad({ids: [1, 2]}), [['sign.param-nested', 'ids']]);
  assert.deepEqual(bad({price: null}), [['sign.param-null', 'price']]);
  assert.deepEqual(bad({price: Infinity}), [['sign.param-number', 'price']]);
  assert.deepEqual(bad({price: 1e-7}), [['sign.param-number-precision', 'price']]);
  assert.deepEqual(bad({id: 2 ** 60}), [['sign.param-number-precision', 'id']]);
  assert.deepEqual(bad({'a&b': 1}), [['sign.param-key-invalid', 'a&b']]);
  assert.deepEqual(errorCodes({instruction: '', timestamp: 1700000000000}), ['sign.instruction-missing']);
  assert.deepEqual(errorCodes({instruction: 'order Cancel', timestamp: 1700000000000}), ['sign.instruction-invalid']);
});

// numbers and strings the public clients write differently are flagged, with the texts.
// Python's repr is the oracle for Python's form; the Rust form for 0.000001 is serde_json's documented `1e-6`.
const pythonRepr = (values: number[]): string[] =>
  JSON.parse(
    execFileSync(
      'python3',
      ['-c', `import json,sys; print(json.dumps([repr(x) for x in json.loads(sys.argv[1])]))`, JSON.stringify(values)],
      {encoding: 'utf8'},
    ),
  );

const clientCases: {name: string; params: Record<string, unknown>; expected: string[]}[] = [
  {
    name: '0.000001: JavaScript 0.000001, serde 1e-6, Python 1e-06',
    params: {quantity: 0.000001},
    expected: ['sign.param-number-clients'],
  },
  {name: '0.00001: Python writes 1e-05', params: {quantity: 0.00001}, expected: ['sign.param-number-clients']},
  {name: '28.5 is written alike', params: {price: 28.5}, expected: []},
  {name: 'integers are written alike', params: {orderId: 28}, expected: []},
  {name: 'the same amount as a string is fine', params: {quantity: '0.000001'}, expected: []},
  {name: 'a string with a space', params: {clientId: 'my bot'}, expected: ['sign.param-string-clients']},
  {name: 'a string with a quote', params: {clientId: 'a"b'}, expected: ['sign.param-string-clients']},
  {name: 'a string with a backslash', params: {clientId: 'a\\b'}, expected: ['sign.param-string-clients']},
  {name: 'a string with a newline', params: {clientId: 'a\nb'}, expected: ['sign.param-string-clients']},
  {name: 'a plain symbol', params: {symbol: 'BTC_USDT'}, expected: []},
];
for (const c of clientCases) {
  test(`client differences: ${c.name}`, () => {
    const r = signingString({instruction: 'orderExecute', params: c.params, timestamp: 1700000000000});
    assert.ok(r.ok);
    assert.deepEqual(
      r.warnings.map((w) => w.code),
      c.expected,
    );
  });
}

test("numberTexts: Python's form matches python3's repr; JavaScript's is String(n); serde's 1e-6", () => {
  const values = [
    0.000001, 0.00001, 0.0001, 28.5, 1.5e-7, 123456.789, 0.1, -0.000001, 0.000123, 1234.5678, 0.30000000000000004,
  ];
  const repr = pythonRepr(values);
  values.forEach((n, i) => {
    const t = numberTexts(n);
    assert.equal(t.python, repr[i], `python ${n}`);
    assert.equal(t.javascript, String(n));
  });
  assert.equal(numberTexts(0.000001).rust, '1e-6');
  assert.equal(numberTexts(0.0001).rust, '0.0001');
  assert.equal(numberTexts(28.5).rust, '28.5');
});

test('signRequest signs the UTF-8 string; node:crypto verifies it with the raw public key', () => {
  const {seed, publicKey} = generateKeyPair();
  const r = signRequest(seed, CANCEL);
  assert.ok(r.ok);
  assert.equal(r.signingString, DOCS_EXAMPLE);
  assert.equal(Buffer.from(r.signature, 'base64').length, 64);
  assert.deepEqual(r.headers, {
    'X-API-Key': publicKey,
    'X-Signature': r.signature,
    'X-Timestamp': '1614550000000',
    'X-Window': '5000',
  });
  assert.ok(
    nodeVerify(null, Buffer.from(DOCS_EXAMPLE, 'utf8'), nodePublicKey(publicKey), Buffer.from(r.signature, 'base64')),
  );
  assert.ok(
    !nodeVerify(
      null,
      Buffer.from(DOCS_EXAMPLE + 'x', 'utf8'),
      nodePublicKey(publicKey),
      Buffer.from(r.signature, 'base64'),
    ),
  );
  // ED25519 is deterministic: node signs the same bytes to the same signature.
  assert.equal(nodeSign(null, Buffer.from(DOCS_EXAMPLE), nodePrivateKey(seed)).toString('base64'), r.signature);
});

test('non-ASCII values are signed as UTF-8', () => {
  const {seed, publicKey} = generateKeyPair();
  const r = signRequest(seed, {instruction: 'x', params: {clientNote: '买入✓'}, timestamp: 1700000000000});
  assert.ok(r.ok);
  assert.ok(
    nodeVerify(
      null,
      Buffer.from(r.signingString, 'utf8'),
      nodePublicKey(publicKey),
      Buffer.from(r.signature, 'base64'),
    ),
  );
});

test('verifyRequest accepts node-signed signatures and rejects tampered ones', () => {
  for (let i = 0; i < 10; i++) {
    const {seed, publicKey} = generateKeyPair();
    const message = `instruction=orderCancel&orderId=${i}&symbol=BTC_USDT&timestamp=1614550000000&window=5000`;
    const signature = nodeSign(null, Buffer.from(message), nodePrivateKey(seed)).toString('base64');
    assert.deepEqual(verifyRequest(publicKey, message, signature), {ok: true, valid: true});
    assert.deepEqual(verifyRequest(publicKey, message.replace('BTC', 'ETH'), signature), {ok: true, valid: false});
    assert.deepEqual(verifyRequest(generateKeyPair().publicKey, message, signature), {ok: true, valid: false});
  }
});

test('RFC 8032 test 1: signature of the empty message matches and verifies', () => {
  const r = verifyRequest(b64(RFC.publicKey), '', b64(RFC.signature));
  assert.deepEqual(r, {ok: true, valid: true});
  assert.equal(nodeSign(null, Buffer.alloc(0), nodePrivateKey(b64(RFC.seed))).toString('hex'), RFC.signature);
  const signed = signRequest(b64(RFC.seed), CANCEL);
  assert.ok(signed.ok);
  assert.equal(signed.headers['X-API-Key'], b64(RFC.publicKey));
});

test('bad secrets, keys and signatures come back as codes', () => {
  const r = signRequest('no$pe', CANCEL);
  assert.ok(!r.ok);
  assert.deepEqual(
    r.errors.map((e) => e.code),
    ['sign.bad-secret', 'keygen.not-base64'],
  );
  const both = signRequest('', {...CANCEL, window: 70000});
  assert.ok(!both.ok);
  assert.deepEqual(
    both.errors.map((e) => e.code),
    ['sign.bad-secret', 'keygen.empty', 'sign.window-too-large'],
  );
  const {publicKey} = generateKeyPair();
  assert.deepEqual(verifyRequest(publicKey, DOCS_EXAMPLE, 'abc'), {
    ok: false,
    errors: [{code: 'sign.bad-signature', severity: 'error'}],
  });
  assert.deepEqual(verifyRequest(b64('00'.repeat(31)), DOCS_EXAMPLE, b64('00'.repeat(64))), {
    ok: false,
    errors: [{code: 'sign.bad-public-key', severity: 'error'}],
  });
});

test('firstDifference finds the first differing character', () => {
  assert.equal(firstDifference(DOCS_EXAMPLE, DOCS_EXAMPLE), -1);
  assert.equal(firstDifference('abc', 'abd'), 2);
  assert.equal(firstDifference('abc', 'ab'), 2);
  assert.equal(firstDifference('ab', 'abc'), 2);
  assert.equal(
    firstDifference(DOCS_EXAMPLE, DOCS_EXAMPLE.replace('orderId=28&symbol=BTC_USDT', 'symbol=BTC_USDT&orderId=28')),
    'instruction=orderCancel&'.length,
  );
});

test('timestampIn reads the timestamp from a pasted string', () => {
  assert.equal(timestampIn(DOCS_EXAMPLE), 1614550000000);
  assert.equal(timestampIn('instruction=x&window=5000'), undefined);
});

test('diagnoseSigningString names the usual mistakes', () => {
  const codes = (s: string) => diagnoseSigningString(s).map((f) => f.code);
  assert.deepEqual(codes(DOCS_EXAMPLE), []);
  assert.deepEqual(codes('instruction=orderCancel&orderId=28&symbol=BTC_USDT&timestamp=1614550000000'), [
    'sign.check.no-window',
  ]);
  assert.deepEqual(codes('instruction=orderCancel&symbol=BTC_USDT&orderId=28&timestamp=1&window=5000'), [
    'sign.check.unsorted',
  ]);
  assert.deepEqual(codes('instruction=orderExecute&postOnly=True&symbol=A&timestamp=1&window=5000'), [
    'sign.check.boolean-case',
  ]);
  assert.deepEqual(codes('instruction=x&symbol=BTC%5FUSDT&timestamp=1&window=5000\n'), [
    'sign.check.whitespace',
    'sign.check.url-encoded',
  ]);
  assert.deepEqual(codes('orderId=28&window=5000'), ['sign.check.no-instruction', 'sign.check.no-timestamp']);
  // Batch: each block starts over, so two sorted blocks are fine.
  assert.deepEqual(codes('instruction=orderExecute&b=1&z=2&instruction=orderExecute&a=1&timestamp=1&window=5000'), []);
});

test('rows: blank rows skipped, duplicates rejected, true/false become lowercase booleans, numbers stay as typed', () => {
  const r = paramsFromRows([
    {key: 'symbol', value: 'BTC_USDT'},
    {key: '', value: ''},
    {key: 'orderId', value: '28'},
    {key: 'postOnly', value: 'True'},
    {key: 'price', value: '28.50'},
  ]);
  assert.ok(r.ok);
  assert.deepEqual(r.params, {symbol: 'BTC_USDT', orderId: '28', postOnly: true, price: '28.50'});
  assert.equal(
    stringOf({instruction: 'orderExecute', params: r.params, timestamp: 1614550000000}),
    'instruction=orderExecute&orderId=28&postOnly=true&price=28.50&symbol=BTC_USDT&timestamp=1614550000000&window=5000',
  );
  const dup = paramsFromRows([
    {key: 'a', value: '1'},
    {key: 'a ', value: '2'},
  ]);
  assert.ok(!dup.ok);
  assert.deepEqual(dup.errors, [{code: 'sign.param-duplicate', severity: 'error', params: {key: 'a'}}]);
  const noKey = paramsFromRows([{key: ' ', value: '1'}]);
  assert.ok(noKey.ok);
  assert.deepEqual(errorCodes({instruction: 'x', params: noKey.params, timestamp: 1614550000000}), [
    'sign.param-key-invalid',
  ]);
});

test('JSON: object or list; invalid JSON and scalars rejected; blank is no params', () => {
  assert.deepEqual(paramsFromJson(''), {ok: true, params: {}});
  assert.deepEqual(paramsFromJson('{"orderId": 28, "symbol": "BTC_USDT"}'), {
    ok: true,
    params: {orderId: 28, symbol: 'BTC_USDT'},
  });
  assert.deepEqual(paramsFromJson('[{"a": 1}]'), {ok: true, params: [{a: 1}]});
  assert.deepEqual(paramsFromJson('{orderId: 28}'), {
    ok: false,
    errors: [{code: 'sign.json-invalid', severity: 'error'}],
  });
  assert.deepEqual(paramsFromJson('"x"'), {ok: false, errors: [{code: 'sign.params-not-object', severity: 'error'}]});
});
