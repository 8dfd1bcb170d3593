// The two-key check (a trading key and a read-only key entered together, as Tealstreet's form for Binance
// asks). Values come from outside: Binance's rest-api.md example keys and secret, secrets drawn from node's
// random bytes, and Backpack key pairs made with node's crypto.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {generateKeyPairSync, randomBytes} from 'node:crypto';
import {checkDualKey, describe, describeFix, type DualKeyInput} from '../../src/checkers';

/** binance-spot-api-docs rest-api.md: the HMAC example's key and secret, and the Ed25519 example's key. */
const BINANCE_KEY = 'vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A';
const BINANCE_SECRET = 'NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j';
const BINANCE_KEY_2 = '4yNzx3yWC5bS6YTwEkSRaC0nRmSQIIStAUOh1b6kqaBrTLIhjCpI5lJH8q8R8WNO';

/** 64 letters and digits from node's random bytes: the shape of every Binance secret in its docs. */
function randomSecret(): string {
  const digits = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
  return [...randomBytes(64)].map((b) => digits[b % digits.length]).join('');
}
const SECRET_2 = randomSecret();

/** A Backpack key pair from node's crypto: the API key is the public key, the secret the seed. */
function backpackPair(): {apiKey: string; apiSecret: string} {
  const jwk = generateKeyPairSync('ed25519').privateKey.export({format: 'jwk'});
  const b64 = (s: string) => Buffer.from(s, 'base64url').toString('base64');
  return {apiKey: b64(jwk.x!), apiSecret: b64(jwk.d!)};
}
const BP_A = backpackPair();
const BP_B = backpackPair();

const EMPTY = {apiKey: '', apiSecret: ''};
const TRADING = {apiKey: BINANCE_KEY, apiSecret: BINANCE_SECRET};
const SECOND = {apiKey: BINANCE_KEY_2, apiSecret: SECRET_2};

interface Case {
  name: string;
  input: DualKeyInput;
  verdict: string;
  /** Codes about both keys, then each key's own codes. */
  both: string[];
  trading?: string[];
  second?: string[];
}

const cases: Case[] = [
  {name: 'nothing pasted', input: {exchange: 'binance', trading: EMPTY, second: EMPTY}, verdict: 'empty', both: []},
  {
    name: 'two different complete keys: fine, and only the exchange shows which one is read-only',
    input: {exchange: 'binance', trading: TRADING, second: SECOND},
    verdict: 'ok',
    both: ['dualkey.permissions-unseen'],
    trading: ['pair.swap-unprovable'],
    second: ['pair.swap-unprovable'],
  },
  {
    name: 'the trading key entered twice',
    input: {exchange: 'binance', trading: TRADING, second: {...TRADING}},
    verdict: 'error',
    both: ['dualkey.same-key', 'dualkey.same-secret'],
    trading: ['pair.swap-unprovable'],
    second: ['pair.swap-unprovable'],
  },
  {
    name: 'the same API key with a stray space and quotes is still the same key',
    input: {exchange: 'binance', trading: TRADING, second: {apiKey: ` "${BINANCE_KEY}"\n`, apiSecret: SECRET_2}},
    verdict: 'error',
    both: ['dualkey.same-key'],
    trading: ['pair.swap-unprovable'],
    second: ['pair.whitespace', 'pair.quotes', 'pair.swap-unprovable'],
  },
  {
    name: "one key's secret entered in both secret fields",
    input: {exchange: 'binance', trading: TRADING, second: {apiKey: BINANCE_KEY_2, apiSecret: BINANCE_SECRET}},
    verdict: 'error',
    both: ['dualkey.same-secret'],
    trading: ['pair.swap-unprovable'],
    second: ['pair.swap-unprovable'],
  },
  {
    name: "the trading key's API key in the read-only key's secret field",
    input: {exchange: 'binance', trading: TRADING, second: {apiKey: SECRET_2, apiSecret: BINANCE_KEY}},
    verdict: 'error',
    both: ['dualkey.crossed'],
    trading: ['pair.swap-unprovable'],
    second: ['pair.swap-unprovable'],
  },
  {
    name: 'only the trading key pasted',
    input: {exchange: 'binance', trading: TRADING, second: EMPTY},
    verdict: 'error',
    both: ['dualkey.second-empty'],
    trading: ['pair.swap-unprovable'],
    second: [],
  },
  {
    name: 'only the read-only key pasted',
    input: {exchange: 'binance', trading: EMPTY, second: SECOND},
    verdict: 'error',
    both: ['dualkey.trading-empty'],
    trading: [],
    second: ['pair.swap-unprovable'],
  },
  {
    name: 'a masked read-only key copied from the key list makes the whole check fail',
    input: {
      exchange: 'binance',
      trading: TRADING,
      second: {apiKey: `${BINANCE_KEY_2.slice(0, 8)}****`, apiSecret: SECRET_2},
    },
    verdict: 'error',
    both: [],
    trading: ['pair.swap-unprovable'],
    second: ['pair.masked'],
  },
  {
    name: 'Backpack: the two keys each checked as one pair, so mixed halves show in both',
    input: {
      exchange: 'backpack',
      trading: {apiKey: BP_A.apiKey, apiSecret: BP_B.apiSecret},
      second: {apiKey: BP_B.apiKey, apiSecret: BP_A.apiSecret},
    },
    verdict: 'error',
    both: [],
    trading: ['pair.mismatch'],
    second: ['pair.mismatch'],
  },
  {
    name: 'Backpack: two real pairs',
    input: {exchange: 'backpack', trading: BP_A, second: BP_B},
    verdict: 'ok',
    both: ['dualkey.permissions-unseen'],
    trading: [],
    second: [],
  },
];

for (const c of cases) {
  test(`checkDualKey: ${c.name}`, async () => {
    const report = await checkDualKey(c.input);
    assert.equal(report.verdict, c.verdict);
    assert.deepEqual(
      report.findings.map((f) => f.code),
      c.both,
    );
    if (c.trading)
      assert.deepEqual(
        report.trading.findings.map((f) => f.code),
        c.trading,
      );
    if (c.second)
      assert.deepEqual(
        report.second.findings.map((f) => f.code),
        c.second,
      );
    for (const f of report.findings)
      for (const lang of ['en', 'zh-Hans'] as const) {
        assert.doesNotMatch(describe(f, lang), /^dualkey\.|\{\{/);
        assert.doesNotMatch(describeFix(f, lang), /^dualkey\.|\{\{/);
      }
  });
}

test("checkDualKey names the exchange in the reader's language", async () => {
  const report = await checkDualKey({exchange: 'binance', trading: TRADING, second: SECOND});
  const unseen = report.findings.find((f) => f.code === 'dualkey.permissions-unseen')!;
  assert.match(describe(unseen, 'en'), /only Binance can confirm/);
  assert.match(describe(unseen, 'zh-Hans'), /只有币安能确认/);
});
