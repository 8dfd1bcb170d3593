// Property tests: every public entry point of the checkers (src/checkers/index.ts) and of the modules the
// widgets load directly (okxSign, backpackSign, keygen, the explainer's messages) answers any input up
// to 1 MB without throwing, and gives a well-formed result. Speed is judged in tests/bench, not here.
// Inputs: random text, random fragments repeated up to 1 MB, and the shapes that once froze or crashed a
// checker: long runs of whitespace inside text, repeated separators, brackets nested hundreds of
// thousands deep, one long line.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import * as checkers from '../../src/checkers';
import * as okx from '../../src/checkers/signing/okxSign';
import * as backpack from '../../src/checkers/signing/backpackSign';
import * as keygen from '../../src/checkers/keys/keygen';
import * as apiErrorMessages from '../../src/checkers/errors/apiErrorMessages';
import '../../src/checkers/signing/okxMessages';
import '../../src/checkers/keys/keykitMessages';
import {b64, K1} from './checkers-fixtures';

const MB = 1_000_000;
const VERDICTS = ['empty', 'ok', 'warning', 'error'];

const UNITS = [
  ...'0123456789abcdefABCDEF.:/%-_+=&[]{}()",\'` \t\n\r*\\',
  '\u3000',
  '\u00a0',
  '\u200b',
  '\ufeff',
  '，',
  '。',
  '１',
  '．',
  '：',
  '-----BEGIN ',
  'PRIVATE KEY-----',
  'ssh-ed25519 ',
  '{"code":"',
  '"code":',
  'sCode',
  'code ',
  'error ',
  '50113',
  '50110.0',
  'OK-ACCESS-PASSPHRASE',
  'passphrase',
  'Your IP ',
  'IP whitelist',
  '203.0.113.9',
  '::ffff:',
  '/24',
  'instruction=',
  '&timestamp=',
  '=True',
  'window=',
  '2020-12-08T09:08:57.715Z',
  'POST',
  '/api/v5/',
  'Invalid Sign',
  'Request has expired',
  'myokx ',
  b64(K1.pub),
];
const someText = (maxLength: number) =>
  fc.oneof(
    fc.string({maxLength}),
    fc.string({unit: 'binary', maxLength}),
    fc.string({unit: fc.constantFrom(...UNITS), maxLength}),
  );
/** Up to 1 MB: a random fragment repeated, or one of the shapes above around a random fragment. */
const bigText = fc
  .tuple(
    someText(40),
    fc.integer({min: 0, max: MB}),
    fc.constantFrom('repeat', 'space-run', 'zero-width-run', 'nested', 'nested-objects', 'separators', 'line'),
  )
  .map(([fragment, length, shape]) => {
    const f = fragment || 'x';
    const half = Math.floor(length / 2);
    switch (shape) {
      case 'space-run':
        return (f + ' '.repeat(length) + f).slice(0, MB);
      case 'zero-width-run':
        return (f + '\u200b \t'.repeat(Math.ceil(length / 3)) + f).slice(0, MB);
      case 'nested':
        return '['.repeat(half) + f + ']'.repeat(half);
      case 'nested-objects':
        return '{"a":'.repeat(Math.floor(length / 6)) + '1' + '}'.repeat(Math.floor(length / 6));
      case 'separators':
        return [',', '&', '=', ':', '.', '-', '\n'][length % 7].repeat(length) + f;
      case 'line':
        return 'A'.repeat(length);
      default:
        return f.repeat(Math.ceil(length / f.length)).slice(0, length);
    }
  });
const text = fc.oneof({weight: 3, arbitrary: someText(300)}, {weight: 2, arbitrary: bigText});
const BIG_RUNS = {numRuns: 12};

function wellFormed(report: {verdict: string; findings: checkers.Finding[]}) {
  assert.ok(VERDICTS.includes(report.verdict), report.verdict);
  assert.ok(Array.isArray(report.findings));
  for (const f of report.findings.slice(0, 20)) {
    for (const locale of ['en', 'zh-Hans']) assert.equal(typeof checkers.describe(f, locale), 'string');
  }
}

test('every entry point is covered here', () => {
  const covered = new Set([
    ...[
      'checkPublicKey',
      'checkIpList',
      'compareWithTerminal',
      'checkKeyPair',
      'checkDualKey',
      'describe',
      'describeFix',
      'explainError',
      'okxPrehash',
      'okxSign',
      'prehashOf',
      'checkSignature',
    ],
    ...[
      'okxTimestamp',
      'checkOkxRequest',
      'cleanOkxSecret',
      'okxSignature',
      'checkOkxSignature',
      'parsePrehash',
      'asOkxTimestamp',
    ],
    ...[
      'numberTexts',
      'signingString',
      'signRequest',
      'verifyRequest',
      'firstDifference',
      'timestampIn',
      'diagnoseSigningString',
      'paramsFromRows',
      'paramsFromJson',
    ],
    ...['generateKeyPair', 'generateKeyPairFor', 'publicKeyOf', 'importSeed', 'describeCause'],
  ]);
  const functions = [checkers, okx, backpack, keygen, apiErrorMessages].flatMap((m) =>
    Object.entries(m)
      .filter(([, v]) => typeof v === 'function')
      .map(([name]) => name),
  );
  assert.deepEqual(
    [...new Set(functions)].filter((name) => !covered.has(name)),
    [],
  );
});

test('checkPublicKey, checkIpList, compareWithTerminal: any text up to 1 MB', () => {
  fc.assert(
    fc.property(
      text,
      fc.constantFrom('generic' as const, 'okx' as const, 'backpack' as const),
      text,
      (input, target, terminal) => {
        wellFormed(checkers.checkPublicKey(input));
        const list = checkers.checkIpList(input, {target});
        wellFormed(list);
        assert.equal(typeof list.output, 'string');
        const compared = checkers.compareWithTerminal(checkers.checkIpList('18.167.89.125', {target}), terminal);
        wellFormed(compared);
        wellFormed(checkers.compareWithTerminal(list, '18.167.89.125, 18.167.8.216'));
      },
    ),
    BIG_RUNS,
  );
});

test('checkKeyPair: any key, secret and passphrase up to 1 MB', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom('backpack' as const, 'okx' as const, 'other' as const),
      text,
      text,
      fc.option(text, {nil: undefined}),
      async (exchange, apiKey, apiSecret, passphrase) => {
        wellFormed(await checkers.checkKeyPair({exchange, apiKey, apiSecret, passphrase}));
      },
    ),
    BIG_RUNS,
  );
});

test('checkDualKey: any four values up to 1 MB', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom('binance' as const, 'backpack' as const, 'other' as const),
      text,
      text,
      text,
      text,
      async (exchange, a, b, c, d) => {
        const report = await checkers.checkDualKey({
          exchange,
          trading: {apiKey: a, apiSecret: b},
          second: {apiKey: c, apiSecret: d},
        });
        wellFormed(report);
        wellFormed(report.trading);
        wellFormed(report.second);
      },
    ),
    BIG_RUNS,
  );
});

test('explainError and its messages: any text and whitelist up to 1 MB', () => {
  fc.assert(
    fc.property(
      text,
      fc.option(text, {nil: undefined}),
      fc.constantFrom(undefined, 'okx' as const, 'backpack' as const),
      (input, whitelist, exchange) => {
        const report = checkers.explainError(input, {whitelist, exchange});
        wellFormed(report);
        for (const f of report.findings) {
          for (const locale of ['en', 'zh-Hans']) {
            assert.notEqual(checkers.describeFix(f, locale), `${f.code}.fix`);
            assert.equal(typeof apiErrorMessages.describeCause(f, locale), 'string');
          }
        }
      },
    ),
    BIG_RUNS,
  );
});

test('describe, describeFix, describeCause: any code and params', () => {
  fc.assert(
    fc.property(text, text, fc.constantFrom('en', 'zh-Hans', 'fr', ''), (code, value, locale) => {
      const finding: checkers.Finding = {
        code,
        severity: 'error',
        params: {ip: value, code: value, exchange: value, context: value.slice(0, 40)},
      };
      for (const describe of [checkers.describe, checkers.describeFix, apiErrorMessages.describeCause])
        assert.equal(typeof describe(finding, locale), 'string');
    }),
    BIG_RUNS,
  );
});

const ISO = '2020-12-08T09:08:57.715Z';

test('OKX signer: any request, secret, prehash and signature up to 1 MB', async () => {
  await fc.assert(
    fc.asyncProperty(
      text,
      text,
      text,
      text,
      fc.constantFrom('GET', 'POST', 'get', ''),
      async (secret, path, body, theirs, method) => {
        const request = {timestamp: ISO, method, requestPath: path, body};
        assert.equal(typeof checkers.okxPrehash(request), 'string');
        assert.ok(Array.isArray(okx.checkOkxRequest({...request, timestamp: theirs})));
        const cleaned = okx.cleanOkxSecret(secret);
        assert.equal(typeof cleaned.secret, 'string');
        const signed = await checkers.okxSign(secret, {...request, apiKey: theirs, passphrase: secret});
        assert.equal(typeof signed.ok, 'boolean');
        // A valid request with the docs' secret signs whatever the body.
        assert.equal(
          (
            await checkers.okxSign('22582BD0CFF14C41EDBF1AB98506286D', {
              timestamp: ISO,
              method: 'POST',
              requestPath: '/api/v5/trade/order',
              body,
            })
          ).ok,
          true,
        );
        const result = await okx.checkOkxSignature({
          request,
          theirPrehash: theirs,
          theirSignature: body.slice(0, 1000),
          secretKey: secret,
        });
        assert.equal(typeof result.at, 'number');
        // The bot's prehash carrying the same body, respaced: compared, not thrown on.
        const respaced = await okx.checkOkxSignature({
          request: {timestamp: ISO, method: 'POST', requestPath: '/p', body},
          theirPrehash: `${ISO}POST/p${body.replace(/[[,:]/g, '$& ')}`,
        });
        assert.ok(Array.isArray(respaced.findings));
        const parsed = okx.parsePrehash(theirs);
        if (parsed) assert.equal(typeof parsed.body, 'string');
        const at = okx.asOkxTimestamp(theirs);
        if (at !== undefined) assert.match(at, okx.ISO_MS);
        assert.equal(typeof (await okx.okxSignature(secret.slice(0, 100_000), body)), 'string');
      },
    ),
    BIG_RUNS,
  );
  for (const ms of [0, -1, Number.NaN, 8.64e15, Date.now()]) {
    try {
      okx.okxTimestamp(ms);
    } catch (e) {
      // Only an instant JavaScript cannot represent may be refused, as Date does.
      assert.ok(e instanceof RangeError);
    }
  }
});

const SECRET = b64(K1.seed);

test('Backpack signer: any secret, instruction, params and signing string up to 1 MB', () => {
  fc.assert(
    fc.property(text, text, text, fc.option(fc.integer(), {nil: undefined}), (secret, value, theirs, window) => {
      const input = {
        instruction: value.slice(0, 100_000) || 'orderCancel',
        params: {[value.slice(0, 1000) || 'k']: value, symbol: 'SOL_USDC', postOnly: true},
        timestamp: 1614550000000,
        window,
      };
      assert.equal(typeof backpack.signingString(input).ok, 'boolean');
      assert.equal(typeof backpack.signRequest(secret, input).ok, 'boolean');
      assert.equal(typeof backpack.verifyRequest(secret, theirs, value).ok, 'boolean');
      assert.ok(Array.isArray(backpack.diagnoseSigningString(theirs)));
      const fromJson = backpack.paramsFromJson(theirs);
      if (fromJson.ok)
        assert.equal(
          typeof backpack.signingString({
            instruction: 'orderExecute',
            params: fromJson.params,
            timestamp: 1614550000000,
          }).ok,
          'boolean',
        );
      assert.equal(
        typeof backpack.paramsFromRows([
          {key: value, value: theirs},
          {key: theirs, value: 'true'},
        ]).ok,
        'boolean',
      );
      const timestamp = backpack.timestampIn(theirs);
      if (timestamp !== undefined) assert.ok(Number.isFinite(timestamp));
      assert.equal(typeof backpack.firstDifference(theirs, value), 'number');
    }),
    BIG_RUNS,
  );
});

test('Backpack signer with a real secret: any parameter value and signing string up to 100 kB', () => {
  // Signing hashes the whole string; under tsx this test's copy of the hash is slow, so the messages are
  // kept to 100 kB here (the bench times 1 MB in the bundled code).
  const upTo100k = fc.oneof(
    someText(300),
    bigText.map((s) => s.slice(0, 100_000)),
  );
  fc.assert(
    fc.property(upTo100k, (value) => {
      const signed = backpack.signRequest(SECRET, {
        instruction: 'orderCancel',
        params: {a: value},
        timestamp: 1614550000000,
      });
      assert.equal(signed.ok, true);
      if (signed.ok) {
        const verified = backpack.verifyRequest(signed.headers['X-API-Key'], signed.signingString, signed.signature);
        assert.deepEqual(verified, {ok: true, valid: true});
      }
    }),
    {numRuns: 6},
  );
  for (const n of [0, -0, 1e-7, 1e21, -1.5, Number.MAX_VALUE, Number.MIN_VALUE, Number.NaN, Number.POSITIVE_INFINITY]) {
    assert.equal(typeof backpack.numberTexts(n).javascript, 'string');
  }
});

test('key generator: any pasted secret up to 1 MB; any random bytes', () => {
  fc.assert(
    fc.property(text, fc.uint8Array({minLength: 32, maxLength: 32}), (pasted, seed) => {
      const result = keygen.importSeed(pasted);
      if (result.ok) assert.equal(result.publicKey, keygen.publicKeyOf(result.bytes));
      else assert.equal(typeof result.error.code, 'string');
      const pair = keygen.generateKeyPair(() => seed);
      assert.equal(pair.publicKey, keygen.publicKeyOf(seed));
    }),
    BIG_RUNS,
  );
});

test('prehashOf and checkSignature: any request text and any bot prehash or signature, up to 1 MB', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom('binance', 'bybit', 'bitget', 'blofin'),
      text,
      text,
      someText(100),
      async (exchange, query, theirs, signature) => {
        const request = {exchange, timestamp: '1704038400000', method: 'POST', path: '/x', query, body: query};
        const built = checkers.prehashOf({...request, apiKey: 'k', window: 5000, nonce: 'n'});
        assert.equal(typeof built.ok, 'boolean');
        const result = await checkers.checkSignature({
          request: {...request, secret: 's', apiKey: 'k', window: 5000, nonce: 'n'},
          theirPrehash: theirs,
          theirSignature: signature,
        });
        assert.ok(Array.isArray(result.findings));
        if (result.at !== undefined) assert.ok(result.at >= -1);
      },
    ),
    BIG_RUNS,
  );
});
