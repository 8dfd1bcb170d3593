// IP lists as traders paste them, and verdicts that hold against them. Addresses: the 20-address server
// list of the third-party V5-key guide and the 30 Bitget addresses Insilico Terminal publishes (both
// copied from /work/shared/domain.md, not from the site's own data); invalid forms from Go's
// net/netip TestParseAddr table. OKX's rules (up to 20 entries per key, comma or space separated) and
// Backpack's (one entry at a time) are from the exchanges' pages, as domain.md quotes them.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {checkIpList, compareWithTerminal, type IpListReport, type IpTarget} from '../../src/checkers';

const V5_GUIDE = [
  '18.167.89.125',
  '18.167.8.216',
  '43.198.26.42',
  '18.166.216.236',
  '18.163.207.89',
  '43.198.196.202',
  '43.198.149.125',
  '43.198.214.66',
  '18.167.53.222',
  '18.166.252.235',
  '16.163.177.207',
  '18.167.243.99',
  '18.167.32.21',
  '18.166.224.0',
  '18.166.106.248',
  '18.162.176.190',
  '16.163.65.4',
  '18.167.188.106',
  '16.163.19.198',
  '18.167.49.196',
];
const BITGET = [
  '18.180.195.116',
  '13.114.235.19',
  '18.181.102.105',
  '35.75.215.133',
  '54.65.212.219',
  '52.196.177.46',
  '35.76.223.130',
  '35.77.250.223',
  '18.180.239.100',
  '3.113.78.104',
  '18.181.158.39',
  '54.65.86.241',
  '52.199.152.174',
  '54.250.232.158',
  '52.69.38.104',
  '54.64.139.96',
  '52.194.90.124',
  '13.113.149.88',
  '52.199.229.99',
  '43.206.9.80',
  '54.150.160.59',
  '52.197.231.212',
  '13.114.162.121',
  '18.179.173.44',
  '52.68.79.101',
  '54.95.43.20',
  '54.92.115.167',
  '54.92.84.241',
  '54.64.37.174',
  '54.92.48.235',
];
const [A, B, C] = V5_GUIDE;

interface Expected {
  verdict: IpListReport['verdict'];
  /** Codes per entry, in entry order. */
  entries?: string[][];
  values?: (string | undefined)[];
  /** Codes not tied to an entry. */
  list?: string[];
  output?: string;
  params?: Record<string, string | number>;
}

const cases: {name: string; input: string; target?: IpTarget; expected: Expected}[] = [
  // List decoration and labels are read, not rejected.
  {
    name: 'numbered list 1. 2.',
    input: `1. ${A}\n2. ${B}\n3. ${C}`,
    expected: {verdict: 'ok', entries: [[], [], []], output: `${A}\n${B}\n${C}`},
  },
  {
    name: 'numbered list 1) 2)',
    input: `1) ${A}\n2) ${B}`,
    expected: {verdict: 'ok', entries: [[], []], output: `${A}\n${B}`},
  },
  {
    name: 'numbered list 1、2、 (Chinese)',
    input: `1、${A}\n2、${B}`,
    expected: {verdict: 'ok', entries: [[], []], list: []},
  },
  {name: 'numbered list （1）', input: `（1）${A}\n(2) ${B}`, expected: {verdict: 'ok', entries: [[], []]}},
  {name: 'circled numbers', input: `① ${A}\n②${B}`, expected: {verdict: 'ok', entries: [[], []]}},
  {
    name: 'bullets • - *',
    input: `• ${A}\n- ${B}\n* ${C}`,
    expected: {verdict: 'ok', entries: [[], [], []], output: `${A}\n${B}\n${C}`},
  },
  {name: 'indented bullets', input: `  - ${A}\n\t• ${B}`, expected: {verdict: 'ok', entries: [[], []]}},
  {
    name: 'label IP 1：',
    input: `IP 1：${A}\nIP 2：${B}`,
    expected: {verdict: 'ok', entries: [[], []], output: `${A}\n${B}`},
  },
  {name: 'label IP:', input: `IP: ${A}`, expected: {verdict: 'ok', entries: [[]], values: [A]}},
  {name: 'label IPv4 地址：', input: `IPv4 地址：${A}`, expected: {verdict: 'ok', entries: [[]], values: [A]}},
  {
    name: 'label before an IPv6 address',
    input: 'IPv6: 2a05:d014::1',
    expected: {verdict: 'ok', entries: [[]], values: ['2a05:d014::1']},
  },
  {name: 'numbered and labelled', input: `1. IP: ${A}\n2. IP: ${B}`, expected: {verdict: 'ok', entries: [[], []]}},
  {
    name: 'labels after a comma on one line',
    input: `IP 1: ${A}, IP 2: ${B}`,
    expected: {verdict: 'ok', entries: [[], []], output: `${A}\n${B}`},
  },
  {
    name: 'a heading line',
    input: `Insilico Terminal server IPs (OKX):\n${A}\n${B}`,
    expected: {verdict: 'ok', entries: [[], []]},
  },
  {
    name: 'a heading line in Chinese',
    input: `服务器 IP 列表：\n${A}，${B}`,
    expected: {verdict: 'warning', entries: [[], []], list: ['ip.fullwidth']},
  },
  {
    name: 'IPv6 in brackets without a port',
    input: '[2a05:d014::1]',
    expected: {verdict: 'ok', entries: [[]], values: ['2a05:d014::1'], output: '2a05:d014::1'},
  },
  {
    name: 'a 。 ending each line',
    input: `${A}。\n${B}。`,
    expected: {verdict: 'ok', entries: [[], []], output: `${A}\n${B}`},
  },
  {
    name: 'a 、 ending each line',
    input: `${A}、\n${B}、`,
    expected: {verdict: 'ok', entries: [[], []], list: [], output: `${A}\n${B}`},
  },
  {
    name: 'a 、 between entries is still a full-width separator',
    input: `${A}、${B}`,
    expected: {verdict: 'warning', list: ['ip.fullwidth']},
  },
  {
    name: 'zero-width characters in a numbered list',
    input: `\u200b1. ${A}\u200b\n2. \ufeff${B}`,
    expected: {verdict: 'warning', entries: [['ip.invisible'], ['ip.invisible']], values: [A, B]},
  },
  {
    name: 'full-width digits, dots and colons',
    input: '１８．１６７．８９．１２５\n２ａ０５：ｄ０１４：：１',
    expected: {verdict: 'warning', entries: [['ip.fullwidth'], ['ip.fullwidth']], values: [A, '2a05:d014::1']},
  },
  // IPv6 addresses that start with hex letters and a colon are not labels.
  {
    name: 'hex words before a colon stay IPv6',
    input: 'fe80::1 dead:beef::1 2001:db8::1',
    expected: {verdict: 'warning', values: ['fe80::1', 'dead:beef::1', '2001:db8::1']},
  },
  {
    name: 'an IPv4 address with a port is not a label',
    input: `${A}:443`,
    expected: {verdict: 'warning', entries: [['ip.port']], values: [A]},
  },
  // Cut-off addresses and a space inside one are named as such.
  {
    name: 'truncated 18.167.89.',
    input: '18.167.89.',
    expected: {verdict: 'error', entries: [['ip.truncated']], params: {parts: 3}, output: ''},
  },
  {
    name: 'truncated 18.167.89',
    input: '18.167.89',
    expected: {verdict: 'error', entries: [['ip.truncated']], params: {parts: 3}, output: ''},
  },
  {
    name: 'truncated 18.167',
    input: `${A}\n18.167`,
    expected: {verdict: 'error', entries: [[], ['ip.truncated']], params: {parts: 2}},
  },
  {
    name: 'a space after a dot',
    input: '18.167. 89.125',
    expected: {verdict: 'warning', entries: [['ip.space-inside']], values: [A], output: A},
  },
  {
    name: 'a space before a dot',
    input: `18.167.89 .125, ${B}`,
    expected: {verdict: 'warning', entries: [['ip.space-inside'], []], values: [A, B]},
  },
  {
    name: 'a space before the last number',
    input: `- 18.167.89. 125\n- ${B}`,
    expected: {verdict: 'warning', entries: [['ip.space-inside'], []], values: [A, B]},
  },
  {
    name: 'a number before an address mid-line is not joined to it',
    input: `${B}, 1. ${A}`,
    expected: {verdict: 'error', entries: [[], ['ip.truncated'], []], values: [B, undefined, A]},
  },
  {name: 'two whole addresses with a space stay two', input: `${A} ${B}`, expected: {verdict: 'ok', entries: [[], []]}},
  // OKX: up to 20 entries per API key.
  {
    name: 'OKX: the 20-address list and one more',
    input: [...V5_GUIDE, BITGET[0]].join(','),
    target: 'okx',
    expected: {
      verdict: 'error',
      list: ['ip.too-many', 'ip.left-out'],
      entries: [...V5_GUIDE.map(() => []), ['ip.over-limit']],
      output: V5_GUIDE.join(','),
      params: {count: 21, max: 20, entries: BITGET[0], exchange: 'okx'},
    },
  },
  {
    name: "OKX: Insilico's 30 Bitget addresses",
    input: BITGET.join('\n'),
    target: 'okx',
    expected: {
      verdict: 'error',
      output: BITGET.slice(0, 20).join(','),
      params: {count: 30, max: 20, entries: `${BITGET.slice(20, 25).join(', ')}, …`, exchange: 'okx'},
    },
  },
  {
    name: "Backpack: Insilico's 30 Bitget addresses, one per line",
    input: BITGET.join(', '),
    target: 'backpack',
    expected: {verdict: 'ok', output: BITGET.join('\n')},
  },
  {
    name: 'OKX: a repeat of an entry past the limit is left out with it',
    input: [...V5_GUIDE, BITGET[0], BITGET[0]].join(' '),
    target: 'okx',
    expected: {
      verdict: 'error',
      entries: [...V5_GUIDE.map(() => []), ['ip.over-limit'], ['ip.duplicate', 'ip.over-limit']],
      output: V5_GUIDE.join(','),
    },
  },
  {
    name: 'OKX: repeats do not count towards the limit',
    input: [...V5_GUIDE, ...V5_GUIDE.slice(0, 3)].join(', '),
    target: 'okx',
    expected: {verdict: 'warning', list: [], output: V5_GUIDE.join(',')},
  },
];

// Go's net/netip TestParseAddr invalidIPs (IPv4 rows and the IPv6 ones a label could swallow): each is
// an error here too, named as an address cut off, a shorthand or plain invalid.
const GO_INVALID: [string, string][] = [
  ['.1.2.3', 'ip.invalid'],
  ['1.2.3.', 'ip.truncated'],
  ['1..2.3', 'ip.invalid'],
  ['1.2.3.4.5', 'ip.invalid'],
  ['1234', 'ip.short-form'],
  ['192.168.12345', 'ip.short-form'],
  ['127.0.1', 'ip.truncated'],
  ['192.1234567', 'ip.short-form'],
  ['127.1', 'ip.truncated'],
  ['192.168.300.1', 'ip.invalid'],
  ['192.168.0.1.5.6', 'ip.invalid'],
  ['0xc0.0xa8.0x8c.0xff', 'ip.short-form'],
  ['1.2.3.4%eth0', 'ip.invalid'],
  ['fe80:tail:scal:e::', 'ip.invalid'],
  ['fe80:', 'ip.invalid'],
  ['fe80:1?:1', 'ip.invalid'],
  ['1:2:3:4:5:6:7', 'ip.invalid'],
];
for (const [input, code] of GO_INVALID)
  cases.push({name: `Go netip rejects ${input}`, input, expected: {verdict: 'error', entries: [[code]], output: ''}});

for (const {name, input, target, expected} of cases) {
  test(`pastes: ${name}`, () => {
    const report = checkIpList(input, target ? {target} : undefined);
    assert.equal(report.verdict, expected.verdict);
    if (expected.entries)
      assert.deepEqual(
        report.entries.map((e) => e.findings.map((f) => f.code)),
        expected.entries,
      );
    if (expected.values)
      assert.deepEqual(
        report.entries.map((e) => e.value),
        expected.values,
      );
    if (expected.list)
      assert.deepEqual(
        report.findings.filter((f) => f.entry === undefined).map((f) => f.code),
        expected.list,
      );
    if (expected.output !== undefined) assert.equal(report.output, expected.output);
    if (expected.params) {
      const withParams = report.findings.filter((f) => f.params);
      assert.ok(
        withParams.some((f) => JSON.stringify(f.params) === JSON.stringify(expected.params)),
        JSON.stringify(withParams),
      );
    }
    // The summary's count agrees with the verdict.
    assert.equal(
      report.attention === 0,
      report.verdict === 'ok' || report.verdict === 'empty',
      `attention ${report.attention}`,
    );
  });
}

test('OKX over the limit: the clean list is ready to paste, and every entry left out is named and counted', () => {
  const report = checkIpList([...V5_GUIDE, BITGET[0]].join(', '), {target: 'okx'});
  const again = checkIpList(report.output, {target: 'okx'});
  assert.equal(again.verdict, 'ok');
  assert.equal(report.output.split(',').length, 20);
  assert.deepEqual(report.findings.find((f) => f.code === 'ip.left-out')?.params, {
    count: 1,
    total: 21,
    entries: BITGET[0],
  });
  assert.equal(report.attention, 1);
});

test('OKX: a block past the limit takes the entry it covers with it, and both are named', () => {
  const report = checkIpList([`${BITGET[1]}`, ...V5_GUIDE, '13.114.0.0/16'].join(','), {target: 'okx'});
  assert.equal(report.output, V5_GUIDE.join(','));
  assert.deepEqual(
    report.entries[0].findings.map((f) => f.code),
    ['ip.covered', 'ip.over-limit'],
  );
  assert.deepEqual(
    report.entries[21].findings.map((f) => f.code),
    ['ip.over-limit'],
  );
  assert.deepEqual(report.findings.find((f) => f.code === 'ip.left-out')?.params, {
    count: 2,
    total: 22,
    entries: `${BITGET[1]}, 13.114.0.0/16`,
  });
});

// A connection guide: the comparison with the terminal's list is the check.
test('guide: without the terminal list, a well-formed list is checked for form only, never "looks good"', () => {
  for (const text of ['', '  \n', 'bogus']) {
    const report = compareWithTerminal(checkIpList(V5_GUIDE.slice(0, 19).join(','), {target: 'okx'}), text, {
      required: true,
    });
    assert.equal(report.verdict, 'warning', JSON.stringify(text));
    assert.equal(report.findings[0].code, 'ip.terminal-not-compared');
    assert.equal(report.findings[0].entry, undefined);
    assert.equal(report.attention, 1);
    assert.equal(report.terminal, undefined);
  }
});

test('guide: with the terminal list, the missing address decides the verdict and is counted', () => {
  const report = compareWithTerminal(
    checkIpList(V5_GUIDE.slice(0, 19).join(','), {target: 'okx'}),
    V5_GUIDE.join('\n'),
    {required: true},
  );
  assert.equal(report.verdict, 'error');
  assert.deepEqual(
    report.findings.map((f) => f.code),
    ['ip.terminal-missing'],
  );
  assert.equal(report.attention, 1);
  const all = compareWithTerminal(checkIpList(V5_GUIDE.join(','), {target: 'okx'}), V5_GUIDE.join('\n'), {
    required: true,
  });
  assert.equal(all.verdict, 'ok');
  assert.equal(all.attention, 0);
});

test('guide: an entry problem still leads; not being compared is added, not hidden', () => {
  const report = compareWithTerminal(checkIpList(`${A}\n18.167.89`, {target: 'backpack'}), '', {required: true});
  assert.equal(report.verdict, 'error');
  assert.deepEqual(
    report.findings.map((f) => f.code),
    ['ip.terminal-not-compared', 'ip.left-out', 'ip.truncated'],
  );
  assert.equal(report.attention, 2);
});

test('outside a guide the comparison stays optional, and a blank list stays empty', () => {
  assert.equal(compareWithTerminal(checkIpList(A), '').verdict, 'ok');
  assert.equal(compareWithTerminal(checkIpList(''), '', {required: true}).verdict, 'empty');
});

test('property: the summary count is 0 exactly when the verdict is ok or empty, terminal list or not', () => {
  const octet = fc.integer({min: 0, max: 255});
  const entry = fc.oneof(
    fc.constantFrom(...V5_GUIDE, ...BITGET),
    fc.tuple(fc.constantFrom(18, 43, 10), octet, octet, octet).map((o) => o.join('.')),
    fc.constantFrom(
      '18.167.89',
      '18.167. 89.125',
      '[2a05:d014::1]',
      '1.2.3.4:80',
      '0.0.0.0/0',
      '１.２.３.４',
      `IP: ${A}`,
    ),
  );
  const list = fc.array(entry, {maxLength: 30});
  fc.assert(
    fc.property(
      list,
      list,
      fc.constantFrom('\n', ',', ' ', '，', '、'),
      fc.constantFrom<IpTarget>('okx', 'backpack', 'generic'),
      fc.boolean(),
      (mine, theirs, sep, target, required) => {
        const report = compareWithTerminal(checkIpList(mine.join(sep), {target}), theirs.join('\n'), {required});
        const clean = report.verdict === 'ok' || report.verdict === 'empty';
        assert.equal(report.attention === 0, clean, `${report.verdict} with attention ${report.attention}`);
        if (required && report.verdict === 'ok') assert.ok(report.terminal, 'ok only after a comparison');
      },
    ),
    {numRuns: 500},
  );
});
