import {test} from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import ipaddr from 'ipaddr.js';
import {checkIpList, type IpListReport, type IpTarget} from '../../src/checkers';

interface Expected {
  verdict: IpListReport['verdict'];
  /** Codes per entry, in entry order. */
  entries?: string[][];
  /** Codes not tied to an entry. */
  list?: string[];
  output?: string;
  values?: (string | undefined)[];
  kinds?: (string | undefined)[];
  params?: Record<string, string | number>;
}

const cases: {name: string; input: string; target?: IpTarget; expected: Expected}[] = [
  {name: 'empty', input: '', expected: {verdict: 'empty', entries: [], output: ''}},
  {name: 'separators only', input: ' ,;\n\t，、', expected: {verdict: 'empty', entries: [], output: ''}},
  {
    name: 'good IPv4, IPv6 and CIDRs',
    input: '18.167.89.125\n2a05:d018::1\n18.166.0.0/16\n2a05:d014::/32',
    expected: {
      verdict: 'ok',
      entries: [[], [], [], []],
      values: ['18.167.89.125', '2a05:d018::1', '18.166.0.0/16', '2a05:d014::/32'],
      kinds: ['ipv4', 'ipv6', 'cidr4', 'cidr6'],
      output: '18.167.89.125\n2a05:d018::1\n18.166.0.0/16\n2a05:d014::/32',
    },
  },
  {
    name: 'IPv6 written long is shown in RFC 5952 form',
    input: '2A05:D014:0000:0000:0000:0000:0000:0001',
    expected: {verdict: 'ok', entries: [[]], values: ['2a05:d014::1'], kinds: ['ipv6']},
  },
  {
    name: 'every ASCII separator, CRLF included',
    input: '1.1.1.1,8.8.8.8;9.9.9.9 4.4.4.4\t5.5.5.5\n6.6.6.6\r\n7.7.7.7',
    expected: {verdict: 'ok', output: '1.1.1.1\n8.8.8.8\n9.9.9.9\n4.4.4.4\n5.5.5.5\n6.6.6.6\n7.7.7.7'},
  },
  {
    name: 'full-width separators ，、；',
    input: '1.1.1.1，8.8.8.8、9.9.9.9；4.4.4.4',
    expected: {
      verdict: 'warning',
      entries: [[], [], [], []],
      list: ['ip.fullwidth'],
      output: '1.1.1.1\n8.8.8.8\n9.9.9.9\n4.4.4.4',
    },
  },
  {
    name: 'full-width digits and dots, ideographic full stop',
    input: '１８．１６７．８９．１２５ 18。166。216。236',
    expected: {
      verdict: 'warning',
      entries: [['ip.fullwidth'], ['ip.fullwidth']],
      values: ['18.167.89.125', '18.166.216.236'],
    },
  },
  {
    name: 'zero-width space inside an entry',
    input: '18.167.8.216\u200b 43.198.26.42',
    expected: {verdict: 'warning', entries: [['ip.invisible'], []], values: ['18.167.8.216', '43.198.26.42']},
  },
  {
    name: 'no-break space between entries',
    input: '18.167.8.216\u00a043.198.26.42',
    expected: {verdict: 'warning', entries: [[], []], list: ['ip.invisible'], output: '18.167.8.216\n43.198.26.42'},
  },
  {name: 'garbage', input: 'hello', expected: {verdict: 'error', entries: [['ip.invalid']], output: ''}},
  {name: 'octet above 255', input: '1.2.3.256', expected: {verdict: 'error', entries: [['ip.invalid']]}},
  {name: 'five parts', input: '1.2.3.4.5', expected: {verdict: 'error', entries: [['ip.invalid']]}},
  {name: 'bad IPv6', input: '2001:db8::1::2', expected: {verdict: 'error', entries: [['ip.invalid']]}},
  {
    name: 'octal trap 010.0.0.1',
    input: '010.0.0.1',
    expected: {verdict: 'error', entries: [['ip.leading-zero']], params: {part: '010'}, output: ''},
  },
  {name: 'leading zero 08.8.8.8', input: '08.8.8.8', expected: {verdict: 'error', entries: [['ip.leading-zero']]}},
  {
    name: 'prefix with a leading zero /08',
    input: '8.0.0.0/08',
    expected: {verdict: 'error', entries: [['ip.leading-zero']], params: {part: '/08'}},
  },
  {name: 'short form: one number 1', input: '1', expected: {verdict: 'error', entries: [['ip.short-form']]}},
  // Dotted decimal with parts missing reads as an address cut off while copying, not as a shorthand.
  {
    name: 'truncated: 192.168',
    input: '192.168',
    expected: {verdict: 'error', entries: [['ip.truncated']], params: {parts: 2}},
  },
  {
    name: 'truncated: 1.2.3',
    input: '1.2.3',
    expected: {verdict: 'error', entries: [['ip.truncated']], params: {parts: 3}},
  },
  {name: 'short form: hex 0x7f.1', input: '0x7f.1', expected: {verdict: 'error', entries: [['ip.short-form']]}},
  {
    name: 'short form: integer 2130706433',
    input: '2130706433',
    expected: {verdict: 'error', entries: [['ip.short-form']]},
  },
  {
    name: 'short form: hex octet 0x7f.0.0.1',
    input: '0x7f.0.0.1',
    expected: {verdict: 'error', entries: [['ip.short-form']]},
  },
  {
    name: 'port on IPv4 is removed in the clean list',
    input: '18.167.89.125:443',
    expected: {verdict: 'warning', entries: [['ip.port']], params: {port: '443'}, output: '18.167.89.125'},
  },
  {
    name: 'port on bracketed IPv6 is removed in the clean list',
    input: '[2a05:d014::1]:8443',
    expected: {verdict: 'warning', entries: [['ip.port']], params: {port: '8443'}, output: '2a05:d014::1'},
  },
  {
    name: 'port on a private address: fixed, then left out as not public',
    input: '192.168.1.10:80',
    expected: {verdict: 'warning', entries: [['ip.port', 'ip.not-public']], list: ['ip.left-out'], output: ''},
  },
  {name: 'range a-b', input: '1.2.3.4-1.2.3.10', expected: {verdict: 'error', entries: [['ip.range-syntax']]}},
  {name: 'range a-last octet', input: '1.2.3.4-10', expected: {verdict: 'error', entries: [['ip.range-syntax']]}},
  {
    name: 'range with spaces around the dash',
    input: '1.2.3.4 - 1.2.3.10',
    expected: {verdict: 'error', entries: [[], ['ip.range-syntax'], []]},
  },
  {
    name: 'zone id',
    input: 'fe80::1%eth0',
    expected: {verdict: 'error', entries: [['ip.zone-id']], params: {zone: 'eth0'}},
  },
  {
    name: 'prefix /33 on IPv4',
    input: '1.2.3.0/33',
    expected: {verdict: 'error', entries: [['ip.prefix-out-of-range']], params: {prefix: '33', max: 32}},
  },
  {
    name: 'prefix /129 on IPv6',
    input: '2a05::/129',
    expected: {verdict: 'error', entries: [['ip.prefix-out-of-range']]},
  },
  {name: 'prefix not a number', input: '1.2.3.0/x', expected: {verdict: 'error', entries: [['ip.invalid']]}},
  {
    name: 'host bits set',
    input: '18.167.89.125/24',
    expected: {
      verdict: 'warning',
      entries: [['ip.host-bits']],
      params: {network: '18.167.89.0/24'},
      output: '18.167.89.0/24',
      kinds: ['cidr4'],
    },
  },
  {
    name: 'host bits set on IPv6',
    input: '2a05:d014::1/32',
    expected: {
      verdict: 'warning',
      entries: [['ip.host-bits']],
      params: {network: '2a05:d014::/32'},
      output: '2a05:d014::/32',
    },
  },
  {
    name: 'too broad IPv4 /8',
    input: '18.0.0.0/8',
    expected: {verdict: 'warning', entries: [['ip.too-broad']], params: {prefix: 8, min: 16}},
  },
  {name: 'IPv4 /16 is not too broad', input: '18.167.0.0/16', expected: {verdict: 'ok', entries: [[]]}},
  {
    name: 'too broad IPv6 /24',
    input: '2a05:d000::/24',
    expected: {verdict: 'warning', entries: [['ip.too-broad']], params: {prefix: 24, min: 32}},
  },
  {
    name: 'everything: 0.0.0.0/0',
    input: '0.0.0.0/0',
    expected: {verdict: 'error', entries: [['ip.allow-all']], params: {block: '0.0.0.0/0'}, output: ''},
  },
  {
    name: 'everything: ::/0',
    input: '::/0',
    expected: {verdict: 'error', entries: [['ip.allow-all']], params: {block: '::/0'}, output: ''},
  },
  {
    name: 'everything, with host bits: 18.1.2.3/0',
    input: '18.1.2.3/0',
    expected: {verdict: 'error', entries: [['ip.allow-all']], output: ''},
  },
  {
    name: 'everything, IPv4-mapped: ::ffff:0.0.0.0/96',
    input: '::ffff:0.0.0.0/96',
    expected: {verdict: 'error', entries: [['ip.allow-all']], output: ''},
  },
  {
    name: 'too broad blocks stay out of the clean list',
    input: '18.0.0.0/8 18.167.89.125',
    expected: {verdict: 'warning', entries: [['ip.too-broad'], []], list: ['ip.left-out'], output: '18.167.89.125'},
  },
  ...(
    [
      ['10.1.2.3', 'private'],
      ['172.16.5.4', 'private'],
      ['192.168.1.10', 'private'],
      ['127.0.0.1', 'loopback'],
      ['169.254.169.254', 'link-local'],
      ['100.64.0.1', 'cgnat'],
      ['224.0.0.251', 'multicast'],
      ['192.0.2.7', 'documentation'],
      ['198.51.100.7', 'documentation'],
      ['203.0.113.7', 'documentation'],
      ['240.0.0.1', 'reserved'],
      ['255.255.255.255', 'reserved'],
      ['0.0.0.0', 'unspecified'],
      ['10.0.0.0/16', 'private'],
      ['::1', 'loopback'],
      ['::', 'unspecified'],
      ['fe80::1', 'link-local'],
      ['fd12:3456::1', 'private'],
      ['ff02::1', 'multicast'],
      ['2001:db8::1', 'documentation'],
      ['4000::1', 'reserved'],
    ] as const
  ).map(([input, range]) => ({
    name: `not public: ${input} (${range})`,
    input,
    expected: {verdict: 'warning' as const, entries: [['ip.not-public']], params: {range}},
  })),
  {
    name: 'public neighbours are fine',
    input: '172.32.0.1 100.128.0.1 11.0.0.1 2a00::1',
    expected: {verdict: 'ok', entries: [[], [], [], []]},
  },
  {
    name: 'IPv4-mapped IPv6 is fixed to its IPv4, and says so',
    input: '::ffff:18.167.89.125',
    expected: {
      verdict: 'warning',
      entries: [['ip.ipv4-mapped']],
      params: {ipv4: '18.167.89.125'},
      values: ['18.167.89.125'],
      kinds: ['ipv4'],
      output: '18.167.89.125',
    },
  },
  {
    name: 'IPv4-mapped IPv6 CIDR',
    input: '::ffff:18.167.0.0/112',
    expected: {verdict: 'warning', entries: [['ip.ipv4-mapped']], values: ['18.167.0.0/16'], kinds: ['cidr4']},
  },
  {
    name: 'IPv4-mapped with an octal-looking part',
    input: '::ffff:010.0.0.1',
    expected: {verdict: 'error', entries: [['ip.leading-zero']]},
  },
  {
    name: 'duplicate',
    input: '18.167.89.125, 18.167.89.125',
    expected: {
      verdict: 'warning',
      entries: [[], ['ip.duplicate']],
      params: {of: '18.167.89.125'},
      output: '18.167.89.125',
    },
  },
  {
    name: 'duplicate through another spelling (/32, mapped IPv6)',
    input: '18.167.89.125 18.167.89.125/32 ::ffff:18.167.89.125',
    expected: {
      verdict: 'warning',
      entries: [[], ['ip.duplicate'], ['ip.ipv4-mapped', 'ip.duplicate']],
      output: '18.167.89.125',
    },
  },
  {
    name: 'covered by a CIDR listed later',
    input: '18.167.89.125 18.167.0.0/16',
    expected: {
      verdict: 'warning',
      entries: [['ip.covered'], []],
      params: {by: '18.167.0.0/16'},
      output: '18.167.0.0/16',
    },
  },
  {
    name: 'nested CIDRs are covered by the broadest',
    input: '18.167.89.0/24 18.167.89.128/25 18.167.0.0/16 2a05:d014::/32 2a05:d014:1::/48',
    expected: {
      verdict: 'warning',
      entries: [['ip.covered'], ['ip.covered'], [], [], ['ip.covered']],
      output: '18.167.0.0/16\n2a05:d014::/32',
    },
  },
  {
    name: 'adjacent blocks are not covered',
    input: '18.167.88.0/24 18.167.89.0/24',
    expected: {verdict: 'ok', entries: [[], []]},
  },
  {
    name: 'invalid entries never reach the output',
    input: '18.167.89.125 010.0.0.1 18.1.2.4:80 bogus',
    expected: {
      verdict: 'error',
      output: '18.167.89.125\n18.1.2.4',
      list: ['ip.left-out'],
      params: {count: 2, total: 4, entries: '010.0.0.1, bogus'},
    },
  },
  {
    name: 'okx output is comma separated',
    input: '18.167.89.125\n18.167.8.216\n2a05:d014::1',
    target: 'okx',
    expected: {verdict: 'ok', output: '18.167.89.125,18.167.8.216,2a05:d014::1'},
  },
  {
    name: 'backpack output is one per line',
    input: '18.167.89.125, 18.167.8.216',
    target: 'backpack',
    expected: {verdict: 'ok', output: '18.167.89.125\n18.167.8.216'},
  },
  {
    name: 'okx: 20 addresses are fine',
    input: Array.from({length: 20}, (_, i) => `18.167.1.${i + 1}`).join(','),
    target: 'okx',
    expected: {verdict: 'ok', list: []},
  },
  {
    name: 'okx: 21 addresses are too many; the clean list keeps the first 20 and names the 21st',
    input: Array.from({length: 21}, (_, i) => `18.167.1.${i + 1}`).join(','),
    target: 'okx',
    expected: {
      verdict: 'error',
      list: ['ip.too-many', 'ip.left-out'],
      params: {count: 21, max: 20, entries: '18.167.1.21', exchange: 'okx'},
      entries: [...Array.from({length: 20}, () => []), ['ip.over-limit']],
      output: Array.from({length: 20}, (_, i) => `18.167.1.${i + 1}`).join(','),
    },
  },
  {
    name: 'generic: 21 addresses are fine',
    input: Array.from({length: 21}, (_, i) => `18.167.1.${i + 1}`).join(','),
    expected: {verdict: 'ok', list: []},
  },
  {
    name: 'okx: duplicates do not count towards the limit',
    input: Array.from({length: 25}, (_, i) => `18.167.1.${(i % 20) + 1}`).join(','),
    target: 'okx',
    expected: {verdict: 'warning', list: []},
  },
  {
    name: 'more than 1,000 entries is a huge list',
    input: Array.from({length: 1001}, (_, i) => `18.${167 + (i >> 8)}.1.${i & 255}`).join('\n'),
    expected: {verdict: 'warning', list: ['ip.huge-list'], params: {count: 1001}},
  },
  {
    name: '1,000 entries is not a huge list',
    input: Array.from({length: 1000}, (_, i) => `18.${167 + (i >> 8)}.1.${i & 255}`).join('\n'),
    expected: {verdict: 'ok', list: []},
  },
  {
    name: 'over-long token is invalid without parsing',
    input: '1'.repeat(5000),
    expected: {verdict: 'error', entries: [['ip.invalid']]},
  },
];

for (const {name, input, target, expected} of cases) {
  test(`checkIpList: ${name}`, () => {
    const report = checkIpList(input, target ? {target} : undefined);
    assert.equal(report.verdict, expected.verdict);
    if (expected.entries)
      assert.deepEqual(
        report.entries.map((e) => e.findings.map((f) => f.code)),
        expected.entries,
      );
    if (expected.list)
      assert.deepEqual(
        report.findings.filter((f) => f.entry === undefined).map((f) => f.code),
        expected.list,
      );
    if (expected.output !== undefined) assert.equal(report.output, expected.output);
    if (expected.values)
      assert.deepEqual(
        report.entries.map((e) => e.value),
        expected.values,
      );
    if (expected.kinds)
      assert.deepEqual(
        report.entries.map((e) => e.kind),
        expected.kinds,
      );
    if (expected.params) {
      const withParams = report.findings.filter((f) => f.params);
      assert.ok(
        withParams.some((f) => JSON.stringify(f.params) === JSON.stringify(expected.params)),
        JSON.stringify(withParams),
      );
    }
    // Entry findings also appear in the report, marked with their entry.
    report.entries.forEach((entry, i) => {
      for (const f of entry.findings) {
        assert.equal(f.entry, i);
        assert.ok(report.findings.includes(f));
      }
    });
    // Invalid entries never reach the output.
    const outputEntries = report.output ? report.output.split(target === 'okx' ? ',' : '\n') : [];
    for (const value of outputEntries)
      assert.ok(report.entries.some((e) => e.value === value && !e.findings.some((f) => f.severity === 'error')));
  });
}

test('checkIpList: raw keeps what was pasted', () => {
  const report = checkIpList(' １.２.３.４ ,\u200b8.8.8.8');
  assert.deepEqual(
    report.entries.map((e) => e.raw),
    ['１.２.３.４', '\u200b8.8.8.8'],
  );
});

test('checkIpList: the terminal server list from the guide is clean for OKX', () => {
  const list =
    '18.167.89.125, 18.167.8.216, 43.198.26.42, 18.166.216.236, 18.163.207.89, 43.198.196.202, 43.198.149.125, 43.198.214.66, 18.167.53.222, 18.166.252.235, 16.163.177.207, 18.167.243.99, 18.167.32.21, 18.166.224.0, 18.166.106.248, 18.162.176.190, 16.163.65.4, 18.167.188.106, 16.163.19.198, 18.167.49.196';
  const report = checkIpList(list, {target: 'okx'});
  assert.equal(report.verdict, 'ok');
  assert.equal(report.output, list.replace(/ /g, ''));
});

test('checkIpList: a 1 MB string of garbage gets a sensible report', () => {
  const report = checkIpList('x%:/-.1'.repeat(150_000));
  assert.equal(report.verdict, 'error');
  assert.deepEqual(
    report.entries.map((e) => e.findings.map((f) => f.code)),
    [['ip.invalid']],
  );
  const many = checkIpList('1.2.3.4:5 '.repeat(100_000));
  assert.equal(many.entries.length, 100_000);
  assert.ok(many.findings.some((f) => f.code === 'ip.huge-list'));
});

test('checkIpList: the network of a CIDR agrees with ipaddr.js networkAddressFromCIDR (parseCIDR keeps host bits)', () => {
  const v4 = fc.tuple(
    fc.integer({min: 0, max: 255}),
    fc.integer({min: 0, max: 255}),
    fc.integer({min: 0, max: 255}),
    fc.integer({min: 0, max: 255}),
    fc.integer({min: 0, max: 32}),
  );
  fc.assert(
    fc.property(v4, ([a, b, c, d, prefix]) => {
      const cidr = `${a}.${b}.${c}.${d}/${prefix}`;
      const entry = checkIpList(cidr).entries[0];
      const network = `${ipaddr.IPv4.networkAddressFromCIDR(cidr).toString()}/${prefix}`;
      assert.equal(entry.value, network);
      // /0 is the whole internet: that error is the one that matters.
      assert.equal(
        entry.findings.some((f) => f.code === 'ip.host-bits'),
        network !== cidr && prefix > 0,
      );
    }),
    {numRuns: 300},
  );
  const v6 = fc.tuple(
    fc.array(fc.integer({min: 0, max: 0xffff}), {minLength: 8, maxLength: 8}),
    fc.integer({min: 0, max: 128}),
  );
  fc.assert(
    fc.property(v6, ([groups, prefix]) => {
      groups[0] = 0x2a05; // keep clear of IPv4-mapped space
      const cidr = `${groups.map((g) => g.toString(16)).join(':')}/${prefix}`;
      const entry = checkIpList(cidr).entries[0];
      assert.equal(entry.value, `${ipaddr.IPv6.networkAddressFromCIDR(cidr).toRFC5952String()}/${prefix}`);
    }),
    {numRuns: 300},
  );
});

test('checkIpList: past 100,000 entries the rest are counted, reported and left out', () => {
  const report = checkIpList('18.167.89.125 '.repeat(100_005));
  assert.equal(report.entries.length, 100_000);
  const list = report.findings.filter((f) => f.entry === undefined);
  assert.deepEqual(list.find((f) => f.code === 'ip.not-checked')?.params, {count: 5, max: 100_000});
  assert.deepEqual(list.find((f) => f.code === 'ip.huge-list')?.params, {count: 100_005});
  assert.deepEqual(list.find((f) => f.code === 'ip.left-out')?.params, {count: 5, total: 100_005, entries: ', …'});
  assert.equal(report.output, '18.167.89.125');
});

test('checkIpList: a repeated entry gets findings of its own, the same as its first copy', () => {
  const report = checkIpList('1.2.3.4:443, １.２.３.４:443, 1.2.3.4:443, 10.0.0.1, 10.0.0.1, 1.2.3');
  const codes = report.entries.map((e) => e.findings.map((f) => f.code));
  assert.deepEqual(codes, [
    ['ip.port'],
    ['ip.fullwidth', 'ip.port', 'ip.duplicate'],
    ['ip.port', 'ip.duplicate'],
    ['ip.not-public'],
    ['ip.not-public'],
    ['ip.truncated'],
  ]);
  const all = report.entries.flatMap((e) => e.findings);
  assert.equal(new Set(all).size, all.length, 'no finding object is shared between entries');
  report.entries.forEach((e, i) => e.findings.forEach((f) => assert.equal(f.entry, i)));
  assert.equal(report.output, '1.2.3.4');
});
