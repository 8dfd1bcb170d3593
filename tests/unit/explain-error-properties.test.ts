// Property test: no text up to 100 kB makes the error explainer throw or stall, with or without a
// whitelist, and every report it gives is well formed and describable in both languages.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {explainError, describe, describeFix} from '../../src/checkers';
import '../../src/checkers/errors/apiErrorMessages';

const INTERESTING = [
  ...'0123456789abcdef.:/{}"[],- \n\t',
  '50110',
  '50113',
  '5011',
  '{"code":"',
  '"msg":"',
  'Your IP ',
  ' is not included',
  'IP',
  '白名单',
  '您的IP',
  '::',
  '::ffff:',
  '203.0.113.9',
  '/24',
  'Invalid Sign',
  'Request has expired',
  '请求时间戳过期',
  'OK-ACCESS-',
  'passphrase',
  '\u200b',
  '，',
  '"sCode":"',
  '"retCode":',
  'code ',
  'error ',
  'Caused by: ',
  '50113.4',
  'myokx ',
  'okx {',
  'requires "password" credential',
  'Invalid X-Signature header',
  'Quantity decimal too long',
  '`expires`',
  'bitmex',
];
const interesting = (maxLength: number) => fc.string({unit: fc.constantFrom(...INTERESTING), maxLength});
const anyText = (maxLength: number) =>
  fc.oneof(fc.string({maxLength}), fc.string({unit: 'binary', maxLength}), interesting(maxLength));
const longText = fc
  .tuple(anyText(80), fc.integer({min: 1_000, max: 100_000}))
  .map(([fragment, length]) => (fragment || 'x').repeat(Math.ceil(length / (fragment.length || 1))).slice(0, length));

function checkOne(text: string, whitelist?: string) {
  const report = explainError(text, {whitelist});
  assert.ok(['empty', 'ok', 'warning', 'error'].includes(report.verdict));
  if (report.verdict === 'empty') return;
  assert.ok(report.findings.length > 0);
  for (const f of report.findings) {
    for (const locale of ['en', 'zh-Hans']) {
      assert.notEqual(describe(f, locale), f.code);
      assert.notEqual(describeFix(f, locale), `${f.code}.fix`);
    }
  }
}

test('explainError: short texts never throw', () => {
  fc.assert(
    fc.property(anyText(300), fc.option(anyText(300)), (text, list) => checkOne(text, list ?? undefined)),
    {numRuns: 400},
  );
});

test('explainError: texts up to 100 kB never throw or stall', () => {
  fc.assert(
    fc.property(longText, fc.option(longText), (text, list) => {
      const started = performance.now();
      checkOne(text, list ?? undefined);
      // Not a speed budget (those live in tests/bench): only a guard against a stall.
      assert.ok(performance.now() - started < 5_000);
    }),
    {numRuns: 30},
  );
});

test('explainError: an IP error in 100 kB of addresses still answers', () => {
  const noise = Array.from({length: 6_000}, (_, i) => `10.${i % 250}.${i % 7}.1`).join(' ');
  checkOne(`50110 Your IP ${noise}`, noise);
  checkOne(`50110 ${'1:2:3:4:5:6:7:8 '.repeat(6_000)}`, '::1 '.repeat(20_000));
});
