// compareWithTerminal: the terminal's list decides the verdict. Addresses: the 20-address server list
// from the third-party V5-key guide (src/data/insilicoServerIps.ts); a brute-force comparison with
// ipaddr.js's CIDR matching is the oracle for random lists.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import ipaddr from 'ipaddr.js';
import {checkIpList, compareWithTerminal, type IpTarget} from '../../src/checkers';
import {INSILICO_SERVER_IPS} from '../../src/data/insilicoServerIps';

const ALL = INSILICO_SERVER_IPS.join('\n');

const cases: {
  name: string;
  mine: string;
  terminal: string;
  target?: IpTarget;
  expected: {
    verdict: string;
    missing: string[];
    extra: string[];
    unreadable?: string[];
    params?: Record<string, string | number>;
  };
}[] = [
  {
    name: 'all 20 pasted',
    mine: INSILICO_SERVER_IPS.join(', '),
    terminal: ALL,
    target: 'okx',
    expected: {verdict: 'ok', missing: [], extra: []},
  },
  {
    name: '19 of 20: an error that names the missing one',
    mine: INSILICO_SERVER_IPS.slice(0, 19).join(','),
    terminal: ALL,
    target: 'okx',
    expected: {verdict: 'error', missing: ['18.167.49.196'], extra: [], params: {count: 1, entries: '18.167.49.196'}},
  },
  {
    name: 'a mistyped address is missing, and the typo is left out',
    mine: [...INSILICO_SERVER_IPS.slice(0, 11), '18.167.243.999', ...INSILICO_SERVER_IPS.slice(12)].join(','),
    terminal: ALL,
    target: 'okx',
    expected: {verdict: 'error', missing: ['18.167.243.99'], extra: []},
  },
  {
    name: 'a block covers the addresses inside it',
    mine: '18.167.0.0/16 18.166.0.0/16 18.163.0.0/16 18.162.0.0/16 43.198.0.0/16 16.163.0.0/16',
    terminal: ALL,
    expected: {verdict: 'ok', missing: [], extra: []},
  },
  {
    name: 'an allow-all block covers nothing: it is not in the clean list',
    mine: '0.0.0.0/0',
    terminal: '18.167.89.125 18.167.8.216',
    expected: {verdict: 'error', missing: ['18.167.8.216', '18.167.89.125'], extra: []},
  },
  {
    name: 'more than five missing: five named, then an ellipsis',
    mine: '8.8.8.8',
    terminal: ALL,
    expected: {
      verdict: 'error',
      missing: [...INSILICO_SERVER_IPS].sort(byAddress),
      extra: ['8.8.8.8'],
      params: {count: 20, entries: [...INSILICO_SERVER_IPS].sort(byAddress).slice(0, 5).join(', ') + ', …'},
    },
  },
  {
    name: 'IPv6 in a block',
    mine: '2a05:d014::/32',
    terminal: '2a05:d014::1 2a05:d018::1',
    expected: {verdict: 'error', missing: ['2a05:d018::1'], extra: []},
  },
  {
    name: 'families never cover each other',
    mine: '::ffff:18.167.89.0/120',
    terminal: '18.167.89.125',
    expected: {verdict: 'warning', missing: [], extra: []},
  },
  {
    name: 'unreadable terminal entries are reported, not compared',
    mine: '18.167.89.125',
    terminal: '18.167.89.125 bogus',
    expected: {verdict: 'ok', missing: [], extra: [], unreadable: ['bogus']},
  },
];

function byAddress(a: string, b: string): number {
  const n = (s: string) =>
    ipaddr.IPv4.parse(s)
      .toByteArray()
      .reduce((x, o) => x * 256 + o, 0);
  return n(a) - n(b);
}

for (const {name, mine, terminal, target, expected} of cases) {
  test(`compareWithTerminal: ${name}`, () => {
    const report = compareWithTerminal(checkIpList(mine, {target}), terminal);
    assert.equal(report.verdict, expected.verdict);
    assert.deepEqual(report.terminal?.missing, expected.missing);
    assert.deepEqual(report.terminal?.extra, expected.extra);
    if (expected.unreadable) assert.deepEqual(report.terminal?.unreadable, expected.unreadable);
    const finding = report.findings.find((f) => f.code === 'ip.terminal-missing');
    assert.equal(finding !== undefined, expected.missing.length > 0);
    if (finding) {
      assert.equal(finding.severity, 'error');
      assert.equal(report.findings[0], finding, 'the missing addresses head the findings');
    }
    if (expected.params) assert.deepEqual(finding?.params, expected.params);
  });
}

test('compareWithTerminal: no terminal list, or an empty own list, changes nothing', () => {
  const mine = checkIpList('18.167.89.125');
  assert.equal(compareWithTerminal(mine, ''), mine);
  assert.equal(compareWithTerminal(mine, ' bogus '), mine);
  const empty = compareWithTerminal(checkIpList(''), ALL);
  assert.equal(empty.verdict, 'empty');
  assert.equal(empty.terminal?.missing.length, 20);
});

test('compareWithTerminal: agrees with a brute-force comparison (ipaddr.js CIDR matching)', () => {
  const octet = fc.integer({min: 0, max: 255});
  const entry = fc.oneof(
    fc.tuple(fc.constantFrom(18, 43), fc.constantFrom(166, 167), octet, octet).map((o) => o.join('.')),
    fc
      .tuple(fc.constantFrom(18, 43), fc.constantFrom(166, 167), octet, fc.integer({min: 16, max: 32}))
      .map(([a, b, c, p]) => `${a}.${b}.${c}.0/${p}`),
  );
  const list = fc.array(entry, {maxLength: 25});
  fc.assert(
    fc.property(list, list, (mine, theirs) => {
      const report = compareWithTerminal(checkIpList(mine.join(' ')), theirs.join(' '));
      const clean = report.output
        .split('\n')
        .filter(Boolean)
        .map((v) => ipaddr.parseCIDR(v.includes('/') ? v : `${v}/32`));
      const terminal = [...new Set(checkIpList(theirs.join(' ')).entries.map((e) => e.value!))];
      if (terminal.length === 0 || mine.length === 0) return;
      const net = (v: string) => ipaddr.parseCIDR(v.includes('/') ? v : `${v}/32`) as [ipaddr.IPv4, number];
      const covers = (outer: [ipaddr.IPv4, number], inner: [ipaddr.IPv4, number]) =>
        outer[1] <= inner[1] && inner[0].match(outer);
      const missing = terminal.filter((t) => !clean.some((c) => covers(c as [ipaddr.IPv4, number], net(t))));
      const extra = report.output
        .split('\n')
        .filter((c) => !terminal.some((t) => covers(net(c), net(t)) || covers(net(t), net(c))));
      assert.deepEqual([...(report.terminal?.missing ?? [])].sort(), missing.sort());
      assert.deepEqual([...(report.terminal?.extra ?? [])].sort(), extra.sort());
      assert.equal(report.verdict === 'error', missing.length > 0);
    }),
    {numRuns: 200},
  );
});
