// Ethereum values for wallet-signing exchanges (Hyperliquid): classifying, EIP-55 checksums, deriving the
// address of a private key, and the facts and findings for an account address + API wallet key pair.
// Expected values come from outside: EIP-55's own test addresses, web3.js's documented key → address
// example, the Hyperliquid SDK README's address, and public keys computed by node's own secp256k1.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {createECDH} from 'node:crypto';
import {keccak_256} from '@noble/hashes/sha3.js';
import {
  addressOfPrivateKey,
  classifyEvmValue,
  evmPairFacts,
  evmPairFindings,
  toChecksumAddress,
} from '../../src/checkers/keys/evm';
import '../../src/checkers/keys/evmMessages';
import {describe, describeFix} from '../../src/checkers/core/describe';
import en from '../../src/checkers/keys/locales/evm/en.json';
import zhHans from '../../src/checkers/keys/locales/evm/zh-Hans.json';

/** https://eips.ethereum.org/EIPS/eip-55 (Specification: the test() calls), read 2026-12-05. */
const EIP55 = [
  '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed',
  '0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359',
  '0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB',
  '0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb',
];
/** web3.js docs, web3.eth.accounts.privateKeyToAccount example. */
const WEB3_KEY = '0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318';
const WEB3_ADDRESS = '0x2c7536E3605D9C16a7a3D7b1898e529396a65c23';
/** hyperliquid-python-sdk README: info.user_state("0xcd50…"). */
const HL_README_ADDRESS = '0xcd5051944f780a621ee62e39e493c489668acf4d';

test('EIP-55: the spec’s addresses are their own checksum form, from any case', () => {
  for (const address of EIP55) {
    assert.equal(toChecksumAddress(address.slice(2).toLowerCase()), address);
    assert.equal(toChecksumAddress(address.slice(2).toUpperCase()), address);
    assert.deepEqual(classifyEvmValue(address), {kind: 'address', address, checksum: 'valid', prefixed: true});
  }
});

test('EIP-55: a mixed-case address with one letter’s case flipped fails its checksum', () => {
  for (const address of EIP55) {
    const i = address.slice(2).search(/[a-fA-F]/) + 2;
    const c = address[i];
    const flipped =
      address.slice(0, i) + (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase()) + address.slice(i + 1);
    const read = classifyEvmValue(flipped);
    assert.equal(read.kind, 'address');
    if (read.kind === 'address') assert.equal(read.checksum, 'invalid', flipped);
  }
});

const CLASSIFY: {name: string; text: string; kind: string; extra?: object}[] = [
  {name: 'all lower case: no checksum', text: HL_README_ADDRESS, kind: 'address', extra: {checksum: 'not-used'}},
  {name: 'all upper case: no checksum', text: `0x${HL_README_ADDRESS.slice(2).toUpperCase()}`, kind: 'address'},
  {name: 'an address without 0x', text: HL_README_ADDRESS.slice(2), kind: 'address', extra: {prefixed: false}},
  {name: 'an address in quotes, with spaces', text: ` "${EIP55[0]}" `, kind: 'address', extra: {checksum: 'valid'}},
  {name: 'a private key', text: WEB3_KEY, kind: 'private-key', extra: {valid: true, prefixed: true}},
  {name: 'a private key without 0x', text: WEB3_KEY.slice(2), kind: 'private-key', extra: {prefixed: false}},
  {
    name: 'the SDK’s placeholder key (zero) is not a usable key',
    text: `0x${'0'.repeat(64)}`,
    kind: 'private-key',
    extra: {valid: false},
  },
  {
    name: 'the curve order is not a usable key',
    text: '0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141',
    kind: 'private-key',
    extra: {valid: false},
  },
  {name: '39 hex digits', text: HL_README_ADDRESS.slice(0, -1), kind: 'other', extra: {hexDigits: 39}},
  {name: 'not hex', text: '0xg000000000000000000000000000000000000000', kind: 'other'},
  {name: 'blank', text: '  ', kind: 'empty'},
];

for (const {name, text, kind, extra} of CLASSIFY) {
  test(`classifyEvmValue: ${name}`, () => {
    const read = classifyEvmValue(text);
    assert.equal(read.kind, kind);
    if (extra) assert.deepEqual({...read, ...extra}, read);
  });
}

test('the address of a private key: web3.js’s documented example', () => {
  assert.equal(addressOfPrivateKey(WEB3_KEY), WEB3_ADDRESS);
  assert.equal(addressOfPrivateKey(WEB3_KEY.slice(2)), WEB3_ADDRESS);
  assert.equal(addressOfPrivateKey(`0x${'0'.repeat(64)}`), undefined);
  assert.equal(addressOfPrivateKey(WEB3_ADDRESS), undefined);
});

test('the address of a private key: node’s secp256k1 public key, hashed with keccak-256', () => {
  for (let i = 0; i < 8; i++) {
    const ecdh = createECDH('secp256k1');
    ecdh.generateKeys();
    const key = `0x${ecdh.getPrivateKey('hex').padStart(64, '0')}`;
    const point = ecdh.getPublicKey(null, 'uncompressed').subarray(1);
    const expected = `0x${Buffer.from(keccak_256(point).subarray(12)).toString('hex')}`;
    assert.equal(addressOfPrivateKey(key)?.toLowerCase(), expected);
  }
});

const OTHER_KEY = '0x' + 'ab'.repeat(32);
const PAIRS: {name: string; account: string; key: string; codes: string[]; facts?: object}[] = [
  {
    name: 'an account address and an API wallet’s key: the key’s address is shown',
    account: HL_README_ADDRESS,
    key: WEB3_KEY,
    codes: ['evm.signer'],
    facts: {swapped: false, sameWallet: false, signer: WEB3_ADDRESS},
  },
  {
    name: 'the key belongs to the account address itself',
    account: WEB3_ADDRESS.toLowerCase(),
    key: WEB3_KEY,
    codes: ['evm.same-wallet'],
    facts: {sameWallet: true},
  },
  {
    name: 'swapped: still tells that the key is the account’s own',
    account: WEB3_KEY,
    key: WEB3_ADDRESS,
    codes: ['evm.swapped', 'evm.same-wallet'],
    facts: {swapped: true, sameWallet: true},
  },
  {
    name: 'swapped, different wallets',
    account: OTHER_KEY,
    key: HL_README_ADDRESS,
    codes: ['evm.swapped', 'evm.signer'],
  },
  {
    name: 'a private key in both fields',
    account: OTHER_KEY,
    key: WEB3_KEY,
    codes: ['evm.account-is-key', 'evm.signer'],
  },
  {name: 'an address in both fields', account: HL_README_ADDRESS, key: WEB3_ADDRESS, codes: ['evm.key-is-address']},
  {
    name: 'a short address',
    account: HL_README_ADDRESS.slice(0, -2),
    key: WEB3_KEY,
    codes: ['evm.account-format', 'evm.signer'],
  },
  {name: 'a short key', account: HL_README_ADDRESS, key: WEB3_KEY.slice(0, -1), codes: ['evm.key-format']},
  {
    name: 'a mistyped checksummed address',
    account: EIP55[0].replace('aA', 'Aa'),
    key: WEB3_KEY,
    codes: ['evm.checksum', 'evm.signer'],
  },
  {name: 'the placeholder key', account: HL_README_ADDRESS, key: `0x${'0'.repeat(64)}`, codes: ['evm.invalid-key']},
  {name: 'both blank', account: '', key: '', codes: []},
];

for (const {name, account, key, codes, facts} of PAIRS) {
  test(`evmPairFacts and findings: ${name}`, () => {
    const f = evmPairFacts(account, key);
    if (facts) assert.deepEqual({...f, ...facts}, f);
    assert.deepEqual(
      evmPairFindings(f).map((x) => x.code),
      codes,
    );
  });
}

test('evm messages: both languages, every code, placeholders kept, the Chinese is Chinese', () => {
  const EN: Record<string, string> = en;
  const ZH: Record<string, string> = zhHans;
  assert.deepEqual(Object.keys(ZH).sort(), Object.keys(EN).sort());
  const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
  for (const key of Object.keys(EN)) {
    assert.match(ZH[key], /[\u4e00-\u9fff]/, key);
    assert.deepEqual(placeholders(ZH[key]), placeholders(EN[key]), key);
  }
  const produced = new Set(PAIRS.flatMap((p) => evmPairFindings(evmPairFacts(p.account, p.key))));
  const codes = new Set([...produced].map((f) => f.code));
  assert.deepEqual(
    [...codes].sort(),
    Object.keys(EN)
      .filter((k) => !k.endsWith('.fix'))
      .sort(),
  );
  for (const finding of produced)
    for (const locale of ['en', 'zh-Hans']) {
      assert.notEqual(describe(finding, locale), finding.code);
      assert.notEqual(describeFix(finding, locale), `${finding.code}.fix`);
      if (finding.params?.address) assert.ok(describe(finding, locale).includes(String(finding.params.address)));
    }
});
