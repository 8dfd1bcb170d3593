import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, describeFix, type Finding} from '../../src/checkers';
import coreEn from '../../src/checkers/core/locales/en.json';
import coreZhHans from '../../src/checkers/core/locales/zh-Hans.json';
import ipEn from '../../src/checkers/ip/locales/en.json';
import ipZhHans from '../../src/checkers/ip/locales/zh-Hans.json';
import keysEn from '../../src/checkers/keys/locales/en.json';
import keysZhHans from '../../src/checkers/keys/locales/zh-Hans.json';

// The catalogues `describe` loads itself: each domain's en.json and zh-Hans.json.
const CATALOGUES: [string, Record<string, string>, Record<string, string>][] = [
  ['core', coreEn, coreZhHans],
  ['ip', ipEn, ipZhHans],
  ['keys', keysEn, keysZhHans],
];
const EN: Record<string, string> = {...coreEn, ...ipEn, ...keysEn};
const ZH: Record<string, string> = {...coreZhHans, ...ipZhHans, ...keysZhHans};

// Every finding code in the contract (plus ip.huge-list).
const CONTRACT_CODES = [
  'pubkey.whitespace',
  'pubkey.base64url',
  'pubkey.missing-padding',
  'pubkey.hex',
  'pubkey.base58',
  'pubkey.pem',
  'pubkey.pem-wanted',
  'pubkey.openssh',
  'pubkey.private-key',
  'pubkey.not-base64',
  'pubkey.wrong-length',
  'pubkey.not-on-curve',
  'pubkey.non-canonical',
  'pubkey.small-order',
  'pubkey.trimmed',
  'pubkey.quotes',
  'pubkey.ambiguous',
  'pubkey.jwk',
  'pubkey.not-ed25519',
  'pubkey.byte-array',
  'pubkey.not-a-key',
  'ip.invalid',
  'ip.leading-zero',
  'ip.short-form',
  'ip.port',
  'ip.range-syntax',
  'ip.zone-id',
  'ip.prefix-out-of-range',
  'ip.host-bits',
  'ip.too-broad',
  'ip.not-public',
  'ip.duplicate',
  'ip.covered',
  'ip.fullwidth',
  'ip.invisible',
  'ip.too-many',
  'ip.huge-list',
  'ip.allow-all',
  'ip.netmask',
  'ip.ipv4-compatible',
  'ip.ipv4-mapped',
  'ip.left-out',
  'ip.terminal-missing',
  'ip.not-checked',
  'ip.over-limit',
  'ip.truncated',
  'ip.space-inside',
  'ip.terminal-not-compared',
  'pair.empty-key',
  'pair.empty-secret',
  'pair.missing-passphrase',
  'pair.identical',
  'pair.swapped',
  'pair.mismatch',
  'pair.masked',
  'pair.whitespace',
  'pair.quotes',
  'pair.key-format',
  'pair.secret-format',
  'pair.passphrase-looks-like-key',
  'pair.cleaned-match',
  'pair.cleaned-format-ok',
  'pair.swap-unprovable',
  'ip.no-whitelist',
  // Added later: secrets that pass for public keys, private keys anywhere in a paste, pastes as
  // people make them (labels, full-width and zero-width characters).
  'pubkey.may-be-secret',
  'pubkey.known-secret',
  'pubkey.matches-known',
  'pubkey.labelled-secret',
  'pubkey.private-key-in-paste',
  'pubkey.label',
  'pubkey.fullwidth',
  'pubkey.invisible',
  'pair.label',
  'pair.label-mismatch',
  'pair.fullwidth',
  'pair.invisible',
  // Added with the exchange profiles: whitelist rules the target's profile states (not taken) or no page
  // states (check the exchange's page).
  'ip.cidr-not-accepted',
  'ip.ipv6-not-accepted',
  'ip.cidr-unverified',
  'ip.ipv6-unverified',
];

/** Codes written in the checker sources: literals like 'ip.port', plus the `pair.${field}-format` pair. */
function codesInSources(): string[] {
  const dir = join(import.meta.dirname, '../../src/checkers');
  const codes = new Set<string>();
  for (const file of readdirSync(dir, {recursive: true, encoding: 'utf8'}).filter((f) => f.endsWith('.ts'))) {
    const text = readFileSync(join(dir, file), 'utf8');
    for (const m of text.matchAll(/['"`]((?:pubkey|ip|pair)\.[a-z0-9-]+)['"`]/g)) codes.add(m[1]);
    if (text.includes('`pair.${field}-format`')) ['pair.key-format', 'pair.secret-format'].forEach((c) => codes.add(c));
  }
  return [...codes].sort();
}

test('messages: both locale files have exactly the same keys', () => {
  for (const [domain, en, zh] of CATALOGUES) assert.deepEqual(Object.keys(zh).sort(), Object.keys(en).sort(), domain);
});

test('messages: the sources produce exactly the contract codes', () => {
  assert.deepEqual(codesInSources(), [...CONTRACT_CODES].sort());
});

test('messages: every code has a message and a fix in both languages, and the Chinese is not the English', () => {
  for (const code of CONTRACT_CODES) {
    for (const key of [code, `${code}.fix`]) {
      assert.ok(EN[key]?.trim(), `en ${key}`);
      assert.ok(ZH[key]?.trim(), `zh-Hans ${key}`);
      assert.notEqual(ZH[key], EN[key], `zh-Hans ${key} is untranslated`);
      assert.match(ZH[key], /[\u4e00-\u9fff]/, `zh-Hans ${key} has no Chinese`);
    }
  }
});

test('messages: every placeholder in a message is one its Chinese twin uses too', () => {
  const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
  for (const key of Object.keys(EN)) assert.deepEqual(placeholders(ZH[key]), placeholders(EN[key]), key);
});

const WORD_LABELS = [
  ...[
    'private',
    'loopback',
    'link-local',
    'cgnat',
    'multicast',
    'documentation',
    'benchmarking',
    'reserved',
    'unspecified',
  ].map((r) => `range.${r}`),
  ...['key', 'secret', 'passphrase'].map((f) => `field.${f}`),
  ...['backpack-key', 'backpack-secret', 'okx-key', 'okx-secret'].map((f) => `format.${f}`),
];

test('messages: word params have labels, translated into Chinese', () => {
  for (const key of WORD_LABELS) {
    assert.ok(EN[key], `en ${key}`);
    assert.ok(ZH[key], `zh-Hans ${key}`);
    assert.notEqual(ZH[key], EN[key], key);
  }
});

const cases: {name: string; finding: Finding; locale: string; expected: string}[] = [
  {
    name: 'params interpolated',
    finding: {
      code: 'ip.too-many',
      severity: 'error',
      params: {count: 21, max: 20, entries: '18.167.49.196', exchange: 'okx'},
    },
    locale: 'en',
    expected:
      '21 entries; OKX allows at most 20 per API key, so the clean list keeps the first 20. Left out: 18.167.49.196',
  },
  {
    name: 'range label translated',
    finding: {code: 'ip.not-public', severity: 'warning', params: {range: 'private'}},
    locale: 'zh-Hans',
    expected: '不是公网地址（内网地址），交易所不会收到来自它的请求。',
  },
  {
    name: 'field label with spacing next to Latin text',
    finding: {code: 'pair.whitespace', severity: 'warning', params: {field: 'secret'}},
    locale: 'zh-Hans',
    expected: '已去除 Secret Key 中多余的空格或换行。',
  },
  {
    name: 'no HTML escaping (React escapes)',
    finding: {code: 'ip.duplicate', severity: 'warning', params: {of: '<b>&'}},
    locale: 'en',
    expected: 'Already in the list as <b>&.',
  },
  {
    name: 'unknown locale falls back to English',
    finding: {code: 'pair.swapped', severity: 'error'},
    locale: 'fr',
    expected: 'These look swapped: the API key field holds your secret, and the secret field holds your API key.',
  },
  // Counts of one read as well as counts of many (English has no plural keys here: the sentences are built so).
  {
    name: 'one entry left out',
    finding: {code: 'ip.left-out', severity: 'warning', params: {count: 1, total: 3, entries: '10.0.0.5'}},
    locale: 'en',
    expected: 'The clean list leaves out 1 of 3 entries: 10.0.0.5',
  },
  {
    name: 'one terminal address missing',
    finding: {code: 'ip.terminal-missing', severity: 'error', params: {count: 1, entries: '198.51.100.24'}},
    locale: 'en',
    expected:
      "Your list does not cover 1 of the terminal's addresses, so the exchange would refuse requests from 198.51.100.24",
  },
  {
    name: 'one entry not checked',
    finding: {code: 'ip.not-checked', severity: 'warning', params: {count: 1, max: 2000}},
    locale: 'en',
    expected:
      'Only the first 2000 entries were checked; the rest (1 more) were not, and are left out of the clean list.',
  },
  {
    name: 'zh-CN reads Simplified Chinese',
    finding: {code: 'pair.swapped', severity: 'error'},
    locale: 'zh-CN',
    expected: '两个值似乎填反了：填 API Key 的地方是你的 Secret Key，填 Secret Key 的地方才是 API Key。',
  },
];

for (const {name, finding, locale, expected} of cases) {
  test(`describe: ${name}`, () => assert.equal(describe(finding, locale), expected));
}

test('describeFix: gives the fix line', () => {
  assert.equal(
    describeFix({code: 'ip.port', severity: 'warning', params: {port: '443'}}, 'en'),
    'Remove the “:443” part (the clean list already does).',
  );
  assert.equal(
    describeFix({code: 'ip.port', severity: 'warning', params: {port: '443'}}, 'zh-Hans'),
    '删掉“:443”（整理后的列表已自动去掉）。',
  );
});

test('describe: every contract code renders without leftover placeholders in both languages', () => {
  const params = {
    bytes: 27,
    part: '010',
    port: '443',
    zone: 'eth0',
    prefix: 8,
    max: 20,
    min: 16,
    network: '1.2.3.0/24',
    range: 'cgnat',
    of: '1.2.3.4',
    by: '1.2.0.0/16',
    count: 21,
    field: 'key',
    exchange: 'okx',
    expected: 'okx-key',
    block: '0.0.0.0/0',
    cidr: '192.0.2.0/24',
    ipv4: '1.2.3.4',
    total: 22,
    entries: '1.2.3.999',
    parts: 3,
  };
  Object.assign(params, {type: 'OKP X25519'}); // pubkey.not-ed25519
  Object.assign(params, {label: 'API Secret'}); // pubkey.labelled-secret, pubkey.label, pair.label
  for (const code of CONTRACT_CODES) {
    for (const locale of ['en', 'zh-Hans']) {
      const finding: Finding = {code, severity: 'error', params};
      for (const text of [describe(finding, locale), describeFix(finding, locale)]) {
        assert.doesNotMatch(text, /\{\{|\}\}|(?:range|field|format|exchange)\.[a-z]/, `${locale} ${code}: ${text}`);
      }
    }
  }
});
