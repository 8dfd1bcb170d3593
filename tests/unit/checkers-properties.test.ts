// Property tests: no checker throws on any text up to 100 kB, and the order of a valid IP list does not
// change its verdict or the set of entries in the clean output.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {checkIpList, checkKeyPair, checkPublicKey, describe, type IpTarget} from '../../src/checkers';
import {b64, K1} from './checkers-fixtures';

// Characters that reach the interesting code paths: digits, hex, separators, IP and key punctuation,
// full-width and invisible characters, PEM armor letters.
const INTERESTING = [
  ...'0123456789abcdefABCDEFxX.:/%-_+=[]*•…"\' ,;\t\n\r',
  '，',
  '、',
  '；',
  '．',
  '。',
  '１',
  '\u3000',
  '\u00a0',
  '\u200b',
  '\ufeff',
  '-----BEGIN ',
  'PRIVATE KEY-----',
  'ssh-ed25519 ',
  '::ffff:',
  '1.2.3.4',
  '/24',
  b64(K1.pub),
];
const interesting = (maxLength: number) => fc.string({unit: fc.constantFrom(...INTERESTING), maxLength});
const anyText = (maxLength: number) =>
  fc.oneof(fc.string({maxLength}), fc.string({unit: 'binary', maxLength}), interesting(maxLength));
/** Long strings built by repeating a random fragment, so generating 100 kB stays cheap. */
const longText = fc
  .tuple(anyText(60), fc.integer({min: 1_000, max: 100_000}))
  .map(([fragment, length]) => (fragment || 'x').repeat(Math.ceil(length / (fragment.length || 1))).slice(0, length));

const targets: IpTarget[] = ['generic', 'okx', 'backpack'];

function checkAll(text: string) {
  const key = checkPublicKey(text);
  assert.ok(['empty', 'ok', 'warning', 'error'].includes(key.verdict));
  for (const target of targets) {
    const list = checkIpList(text, {target});
    assert.equal(typeof list.output, 'string');
    for (const f of [...key.findings, ...list.findings].slice(0, 50)) assert.ok(describe(f, 'zh-Hans').length > 0);
  }
}

test('property: checkPublicKey and checkIpList never throw on short text', () => {
  fc.assert(fc.property(anyText(300), checkAll), {numRuns: 500});
});

test('property: checkPublicKey and checkIpList never throw on text up to 100 kB', () => {
  fc.assert(fc.property(longText, checkAll), {numRuns: 20});
});

test('property: checkKeyPair never throws', async () => {
  const exchange = fc.constantFrom('backpack' as const, 'okx' as const, 'other' as const);
  await fc.assert(
    fc.asyncProperty(
      exchange,
      anyText(120),
      anyText(120),
      fc.option(anyText(60), {nil: undefined}),
      async (ex, apiKey, apiSecret, passphrase) => {
        const report = await checkKeyPair({exchange: ex, apiKey, apiSecret, passphrase});
        assert.ok(['empty', 'ok', 'warning', 'error'].includes(report.verdict));
      },
    ),
    {numRuns: 500},
  );
  await fc.assert(
    fc.asyncProperty(exchange, longText, longText, async (ex, apiKey, apiSecret) => {
      await checkKeyPair({exchange: ex, apiKey, apiSecret, passphrase: apiKey});
    }),
    {numRuns: 20},
  );
});

// Valid entries: public-looking IPv4 hosts and blocks (so duplicates and covered blocks occur), IPv6.
const octet = fc.integer({min: 0, max: 255});
const ipv4 = fc
  .tuple(fc.constantFrom(18, 43, 16), fc.constantFrom(162, 163, 166, 167), octet, octet)
  .map((o) => o.join('.'));
const cidr4 = fc.tuple(ipv4, fc.integer({min: 16, max: 32})).map(([a, p]) => `${a}/${p}`);
const ipv6 = fc
  .tuple(fc.constantFrom('2a05:d014', '2a05:d018', '2406:da18'), fc.integer({min: 0, max: 0xffff}))
  .map(([net, h]) => `${net}::${h.toString(16)}`);
const cidr6 = fc
  .tuple(fc.constantFrom('2a05:d014', '2a05:d018'), fc.integer({min: 32, max: 128}))
  .map(([net, p]) => `${net}::/${p}`);
const validList = fc.array(fc.oneof(ipv4, ipv4, cidr4, ipv6, cidr6), {minLength: 1, maxLength: 40, size: 'max'});

test('property: a shuffled valid list gives the same verdict and the same set of output entries', () => {
  fc.assert(
    fc.property(
      validList.chain((list) =>
        fc.tuple(fc.constant(list), fc.shuffledSubarray(list, {minLength: list.length, maxLength: list.length})),
      ),
      fc.constantFrom(...targets),
      fc.constantFrom('\n', ',', ' ', '，', ';'),
      ([list, shuffled], target, separator) => {
        const a = checkIpList(list.join(separator), {target});
        const b = checkIpList(shuffled.join(separator), {target});
        // Valid entries only: the one possible error is OKX's 20-entry limit.
        if (a.verdict === 'error') {
          assert.deepEqual([...new Set(a.findings.filter((f) => f.severity === 'error').map((f) => f.code))].sort(), [
            'ip.over-limit',
            'ip.too-many',
          ]);
        }
        assert.equal(b.verdict, a.verdict);
        const split = (s: string) => s.split(target === 'okx' ? ',' : '\n').sort();
        // Over the limit, which 20 stay depends on the order (the first 20 as pasted): 20 either way.
        if (a.verdict === 'error') assert.deepEqual([split(a.output).length, split(b.output).length], [20, 20]);
        else assert.deepEqual(split(b.output), split(a.output));
      },
    ),
    {numRuns: 500},
  );
});
