// The key pair checker for the exchanges added after it read profiles: Hyperliquid's account address and
// API wallet key (read as Ethereum values through the profile), and Binance's HMAC pair, whose key and
// secret have one shape, so a swap cannot be shown. Values come from outside: web3.js's documented key →
// address example, the Hyperliquid SDK README's address, Binance's rest-api.md example key and secret.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {checkKeyPair, describe} from '../../src/checkers';

/** web3.js docs, web3.eth.accounts.privateKeyToAccount example. */
const WEB3_KEY = '0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318';
const WEB3_ADDRESS = '0x2c7536E3605D9C16a7a3D7b1898e529396a65c23';
/** hyperliquid-python-sdk README: info.user_state("0xcd50…"). */
const HL_README_ADDRESS = '0xcd5051944f780a621ee62e39e493c489668acf4d';
/** binance-spot-api-docs rest-api.md, the HMAC example's key and secret. */
const BINANCE_KEY = 'vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A';
const BINANCE_SECRET = 'NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j';

const cases: {name: string; exchange: string; apiKey: string; apiSecret: string; codes: string[]; verdict: string}[] = [
  {
    name: 'Hyperliquid: account address and an API wallet key',
    exchange: 'hyperliquid',
    apiKey: HL_README_ADDRESS,
    apiSecret: WEB3_KEY,
    codes: ['evm.signer'],
    verdict: 'ok',
  },
  {
    name: 'Hyperliquid: the private key pasted where the address belongs, and the address as the key',
    exchange: 'hyperliquid',
    apiKey: WEB3_KEY,
    apiSecret: WEB3_ADDRESS,
    codes: ['evm.swapped', 'evm.same-wallet'],
    verdict: 'error',
  },
  {
    name: "Hyperliquid: the main wallet's own key (its address is the account's)",
    exchange: 'hyperliquid',
    apiKey: WEB3_ADDRESS,
    apiSecret: WEB3_KEY,
    codes: ['evm.same-wallet'],
    verdict: 'error',
  },
  {
    name: 'Hyperliquid: the same private key in both fields',
    exchange: 'hyperliquid',
    apiKey: WEB3_KEY,
    apiSecret: WEB3_KEY,
    codes: ['pair.identical'],
    verdict: 'error',
  },
  {
    name: 'Binance: the documented key and secret: their shape cannot tell a swap, and the verdict says so',
    exchange: 'binance',
    apiKey: BINANCE_KEY,
    apiSecret: BINANCE_SECRET,
    codes: ['pair.swap-unprovable'],
    verdict: 'ok',
  },
  {
    name: 'Binance: the same two values swapped give the same answer, not a guess',
    exchange: 'binance',
    apiKey: BINANCE_SECRET,
    apiSecret: BINANCE_KEY,
    codes: ['pair.swap-unprovable'],
    verdict: 'ok',
  },
];

for (const {name, exchange, apiKey, apiSecret, codes, verdict} of cases) {
  test(`checkKeyPair: ${name}`, async () => {
    const report = await checkKeyPair({exchange, apiKey, apiSecret});
    assert.deepEqual(
      report.findings.map((f) => f.code),
      codes,
    );
    assert.equal(report.verdict, verdict);
    for (const f of report.findings)
      for (const lang of ['en', 'zh-Hans'] as const) assert.doesNotMatch(describe(f, lang), /^(?:pair|evm)\./);
  });
}
