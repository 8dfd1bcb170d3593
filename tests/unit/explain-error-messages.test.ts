// The error explainer's messages: every code it can produce has a message and a fix (and the main codes a
// likely cause) in English and Chinese, the Chinese is Chinese, and placeholders match. Variants for one
// exchange ("<key>_backpack", read through i18next's context) exist only beside a key for all, and the
// advice given for an exchange is that exchange's.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {explainError, describe, describeFix, exchanges, type Finding} from '../../src/checkers';
import {describeCause} from '../../src/checkers/errors/apiErrorMessages';
import en from '../../src/checkers/errors/locales/en.json';
import zhHans from '../../src/checkers/errors/locales/zh-Hans.json';

const EN: Record<string, string> = en;
const ZH: Record<string, string> = zhHans;

const MAIN = [
  'signature',
  'key-pair',
  'timestamp',
  'ip-not-whitelisted',
  'ip-required',
  'app-not-whitelisted',
  'invalid-key',
  'key-frozen',
  'passphrase',
  'demo-key',
  'permission',
  'rate-limit',
  'expired-key',
  'ip-banned',
  'repeated-nonce',
  'unknown-signer',
  'order-precision',
  'unrecognised',
].map((c) => `apierror.${c}`);
const EXTRA = [
  'ip-seen',
  'ip-unnamed',
  'ip-listed',
  'ip-not-listed',
  'whitelist-unreadable',
  'ccxt-password',
  'okx-site',
].map((c) => `apierror.${c}`);
/** Causes the exchange profiles give their errors that the explainer's own sources do not name yet. */
const FROM_PROFILES = [
  ...new Set(Object.values(exchanges).flatMap((p) => p.errors.flatMap((e) => [e.cause, ...(e.causes ?? [])]))),
]
  .map((c) => `apierror.${c}`)
  .filter((c) => !MAIN.includes(c));
/**
 * Variants: per exchange, an unknown code, a code several exchanges use, and the OKX site a bot connects
 * to.
 */
const VARIANT = /^(.+)_(backpack|okx|bitget|blofin|hyperliquid|binance|bybit|code|ambiguous|eea|global)$/;

/** Codes the explainer can produce: written in its sources, or a cause or finding in an exchange's profile. */
function codesInSources(): string[] {
  const dir = join(import.meta.dirname, '../../src/checkers/errors');
  const text = ['explainError.ts', 'apiErrorTable.ts'].map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
  const codes = new Set([...text.matchAll(/['"`](apierror\.[a-z-]+)['"`]/g)].map((m) => m[1]));
  for (const m of text.matchAll(/kind: '([a-z-]+)'/g)) codes.add(`apierror.${m[1]}`);
  for (const profile of Object.values(exchanges)) {
    for (const e of profile.errors) [e.cause, ...(e.causes ?? [])].forEach((c) => codes.add(`apierror.${c}`));
    if (profile.replies.sites) codes.add(profile.replies.sites.finding);
  }
  codes.add('apierror.unrecognised');
  // The profiles' error tables name the finding of each cause (`fix`), the explainer reports it.
  for (const profile of Object.values(exchanges)) for (const e of profile.errors) codes.add(e.fix);
  return [...codes].sort();
}

test('apierror messages: the sources produce exactly the listed codes', () => {
  assert.deepEqual(codesInSources(), [...MAIN, ...EXTRA].sort());
});

test('apierror messages: both files have the same keys, and only the listed codes', () => {
  assert.deepEqual(Object.keys(ZH).sort(), Object.keys(EN).sort());
  const expected = [
    ...[...MAIN, ...FROM_PROFILES].flatMap((c) => [c, `${c}.cause`, `${c}.fix`]),
    ...EXTRA.flatMap((c) => [c, `${c}.fix`]),
  ];
  const keys = Object.keys(EN);
  assert.deepEqual(keys.filter((k) => !VARIANT.test(k)).sort(), expected.sort());
  for (const key of keys.filter((k) => VARIANT.test(k)))
    assert.ok(expected.includes(VARIANT.exec(key)![1]), `${key} has no key for all`);
});

test('apierror messages: the Chinese is Chinese, uses the glossary and keeps the placeholders', () => {
  const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
  for (const key of Object.keys(EN)) {
    assert.match(ZH[key], /[\u4e00-\u9fff]/, key);
    assert.notEqual(ZH[key], EN[key], key);
    assert.deepEqual(placeholders(ZH[key]), placeholders(EN[key]), key);
    assert.doesNotMatch(
      ZH[key],
      /密钥 Secret|Secret Key（密钥）|(?<!钱包的)私钥|这把|一把|口令|窗口|弹窗|(?<!API )密钥/,
      key,
    );
  }
});

const cases: {name: string; finding: Finding; locale: string; expected: RegExp}[] = [
  {
    name: 'not on the list, English',
    finding: explainError('{"code":"50110","msg":"Your IP 203.0.113.9 is not included"}', {whitelist: '8.8.8.8'})
      .findings[1],
    locale: 'en',
    expected: /^203\.0\.113\.9 is not on the list you pasted \(entries checked: 1\)\.$/,
  },
  {
    name: 'not on the list, Chinese',
    finding: explainError('{"code":"50110","msg":"Your IP 203.0.113.9 is not included"}', {whitelist: '8.8.8.8'})
      .findings[1],
    locale: 'zh-Hans',
    expected: /^203\.0\.113\.9 不在你粘贴的列表中（共检查了 1 条）。$/,
  },
];

for (const {name, finding, locale, expected} of cases) {
  test(`apierror messages: ${name}`, () => {
    assert.match(describe(finding, locale), expected);
    assert.ok(describeFix(finding, locale).includes('203.0.113.9'));
  });
}

test('apierror messages: every main code has a cause in both languages, the extras none', () => {
  for (const code of MAIN) {
    for (const locale of ['en', 'zh-Hans'])
      assert.ok(describeCause({code, severity: 'error'}, locale).length > 10, `${code} ${locale}`);
  }
  for (const code of EXTRA) assert.equal(describeCause({code, severity: 'info'}, 'en'), '');
});

test('apierror messages: a variant is what describe gives for its exchange, the key for all otherwise', () => {
  const finding = (context?: string): Finding => ({
    code: 'apierror.ip-not-whitelisted',
    severity: 'error',
    params: context ? {context} : {},
  });
  for (const [locale, messages] of [
    ['en', EN],
    ['zh-Hans', ZH],
  ] as const) {
    const plain = (s: string) => s.replace(/\s+/g, '');
    assert.equal(
      plain(describeFix(finding('backpack'), locale)),
      plain(messages['apierror.ip-not-whitelisted.fix_backpack']),
    );
    assert.equal(plain(describeFix(finding('okx'), locale)), plain(messages['apierror.ip-not-whitelisted.fix_okx']));
    assert.equal(plain(describeFix(finding(), locale)), plain(messages['apierror.ip-not-whitelisted.fix']));
  }
});

// Advice that belongs to one exchange: binding a key to a terminal or app, the passphrase and its header,
// OKX's 20-address limit and sites (OKX); the IP/CIDR option, Read Only, sub-accounts' limit (Backpack).
const OKX_ONLY =
  /\bbind|bound to it|third-party|绑定|第三方|x-simulated-trading|OK-ACCESS|20 (?:addresses|个地址)|okx\.com|myokx/i;
const BACKPACK_ONLY = /IP\/CIDR|Read Only|只读|sub-account|子账户|X-Window|X-Signature/i;

test("apierror messages: what is said for Backpack is Backpack's, what is said for OKX is OKX's", () => {
  for (const code of MAIN.filter((c) => c !== 'apierror.unrecognised')) {
    const kind = code.slice('apierror.'.length);
    for (const locale of ['en', 'zh-Hans']) {
      const backpack: Finding = {code, severity: 'error', params: {context: 'backpack', exchange: 'backpack'}};
      const okx: Finding = {code, severity: 'error', params: {context: 'okx', exchange: 'okx'}};
      const texts = (f: Finding) => [describe(f, locale), describeCause(f, locale), describeFix(f, locale)].join(' ');
      // OKX's codes only ever come with OKX; Backpack's only with Backpack.
      if (!['ip-required', 'app-not-whitelisted', 'key-frozen'].includes(kind)) {
        assert.doesNotMatch(texts(backpack), OKX_ONLY, `${code} ${locale} (Backpack)`);
        if (kind !== 'passphrase') assert.doesNotMatch(texts(backpack), /passphrase/i, `${code} ${locale} (Backpack)`);
      }
      if (!['key-pair', 'order-precision'].includes(kind))
        assert.doesNotMatch(texts(okx), BACKPACK_ONLY, `${code} ${locale} (OKX)`);
    }
  }
  for (const locale of ['en', 'zh-Hans']) {
    const notListed = (context: string): Finding => ({
      code: 'apierror.ip-not-listed',
      severity: 'error',
      params: {ip: '203.0.113.9', entries: 1, context},
    });
    assert.doesNotMatch(describeFix(notListed('backpack'), locale), OKX_ONLY);
    assert.doesNotMatch(describeFix(notListed('okx'), locale), BACKPACK_ONLY);
  }
});

test("apierror messages: the explainer's reports carry the variant of the exchange they name", () => {
  for (const [text, exchange] of [
    ['Request has expired', 'backpack'],
    ['{"code":"50110","msg":"Your IP 203.0.113.9 is not included"}', 'okx'],
  ] as const) {
    const [main] = explainError(text).findings;
    assert.equal(main.params?.context, exchange);
  }
  const backpackIp = explainError('IP 203.0.113.9 is not on the whitelist', {exchange: 'backpack'}).findings[0];
  assert.doesNotMatch(describeFix(backpackIp, 'en'), OKX_ONLY);
  assert.match(describeFix(backpackIp, 'en'), /IP\/CIDR/);
});

test('apierror messages: an unknown code is named in both languages', () => {
  const [main] = explainError('{"code":"51008","msg":"Order failed. Insufficient USDT balance in account."}').findings;
  for (const locale of ['en', 'zh-Hans']) {
    assert.match(describe(main, locale), /51008/);
    assert.match(describeFix(main, locale), /51008/);
  }
});
