// Property: the clean list is safe to paste. Whatever is pasted, what the checker offers re-checks with
// no finding at all under the same target, keeps the target's rules (OKX: at most 20, comma-separated;
// Backpack: one entry per line), and checking it again gives it back unchanged (a clean
// list holding 0.0.0.0/0 would fail here; 21 entries offered for OKX would).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {checkIpList, type IpTarget} from '../../src/checkers';

// Entries of every kind the checker reads: public and special addresses, blocks of every size (the
// allow-all ones too), ports, mapped and compatible IPv6, netmasks, typos, full-width and invisible text.
const octet = fc.integer({min: 0, max: 255});
const v4 = fc
  .tuple(fc.constantFrom(18, 43, 10, 192, 0, 100, 127, 224, 255), octet, octet, octet)
  .map((o) => o.join('.'));
const v6 = fc
  .tuple(
    fc.constantFrom('2a05:d014', '2001:db8', 'fe80', '2001:2', '3fff', '64:ff9b', '::ffff', '', 'ff02'),
    fc.integer({min: 0, max: 0xffff}),
  )
  .map(([net, h]) => (net ? `${net}::${h.toString(16)}` : `::${h.toString(16)}`));
const entry = fc.oneof(
  v4,
  v6,
  fc.tuple(v4, fc.integer({min: 0, max: 32})).map(([a, p]) => `${a}/${p}`),
  fc.tuple(v6, fc.integer({min: 0, max: 128})).map(([a, p]) => `${a}/${p}`),
  fc.tuple(v4, fc.integer({min: 1, max: 65535})).map(([a, p]) => `${a}:${p}`),
  fc.tuple(v6, fc.integer({min: 1, max: 65535})).map(([a, p]) => `[${a}]:${p}`),
  v4.map((a) => `::ffff:${a}`),
  v4.map((a) => `::${a}`),
  v4.map((a) => `${a}/255.255.255.0`),
  v4.map((a) => a.replace(/\./g, '．')),
  v4.map((a) => `${a}\u200b`),
  fc.constantFrom(
    '0.0.0.0/0',
    '::/0',
    '010.0.0.1',
    '1.2.3',
    'bogus',
    '18.167.243.999',
    '1.2.3.4-1.2.3.9',
    'fe80::1%eth0',
  ),
  // Pastes as people make them: list markers, labels, brackets, a closing 。, a cut-off address, a space inside.
  fc
    .tuple(fc.constantFrom('1. ', '2) ', '• ', '- ', '* ', 'IP 1：', 'IP: ', 'IPv4 地址：', '3、'), v4)
    .map(([mark, a]) => `\n${mark}${a}\n`),
  v6.map((a) => `[${a}]`),
  v4.map((a) => `${a}。`),
  v4.map((a) => a.replace(/\.\d+$/, '.')),
  v4.map((a) => a.replace('.', '. ')),
);
const separator = fc.constantFrom('\n', ',', ' ', '，', ';', '\u00a0');
const targets: IpTarget[] = ['generic', 'okx', 'backpack'];

/** The target's rules for what is pasted: OKX at most 20 entries, comma-separated; one entry per line otherwise. */
function assertObeysTarget(output: string, target: IpTarget) {
  if (target === 'okx') {
    assert.doesNotMatch(output, /[\s;，、]/, output);
    assert.ok(output.split(',').length <= 20, `${output.split(',').length} entries for OKX`);
  } else {
    assert.doesNotMatch(output, /[,;\t \r，、]/, output);
    for (const line of output.split('\n')) assert.equal(checkIpList(line, {target}).entries.length, 1, line);
  }
}

test('property: the clean list re-checks clean under the same target and keeps its rules', () => {
  fc.assert(
    fc.property(fc.array(entry, {maxLength: 45}), separator, fc.constantFrom(...targets), (entries, sep, target) => {
      const report = checkIpList(entries.join(sep), {target});
      if (report.output === '') return;
      assertObeysTarget(report.output, target);
      const again = checkIpList(report.output, {target});
      assert.equal(again.verdict, 'ok', report.output);
      // Only the notes that the target's page does not say whether it takes CIDR or IPv6 (Backpack: IPv6)
      // may remain: they are about the exchange's rules, not about the list.
      const notes = /^ip\.(?:cidr|ipv6)-unverified$/;
      assert.deepEqual(
        again.findings.filter((f) => !(f.severity === 'info' && notes.test(f.code))),
        [],
        report.output,
      );
      assert.equal(again.attention, 0);
      assert.equal(again.output, report.output);
    }),
    {numRuns: 1000},
  );
});

test('property: an entry is either in the clean list, merged into one that is, or counted as left out', () => {
  fc.assert(
    fc.property(fc.array(entry, {minLength: 1, maxLength: 30}), (entries) => {
      const report = checkIpList(entries.join('\n'));
      const merged = report.entries.filter((e) =>
        e.findings.some((f) => f.code === 'ip.duplicate' || f.code === 'ip.covered'),
      ).length;
      const leftOut = report.findings.find((f) => f.code === 'ip.left-out');
      const kept = report.output === '' ? 0 : report.output.split('\n').length;
      assert.equal(kept + merged + Number(leftOut?.params?.count ?? 0), report.entries.length);
      if (leftOut) assert.equal(leftOut.params?.total, report.entries.length);
    }),
    {numRuns: 500},
  );
});

test('the real address survives beside an allow-all block', () => {
  const report = checkIpList('18.167.89.125:443, 192.168.1.10, 10.0.0.0/8, 0.0.0.0/0, 2001:db8::1, 18.167.89.125', {
    target: 'backpack',
  });
  assert.equal(report.output, '18.167.89.125');
  assert.equal(report.verdict, 'error');
  assert.deepEqual(
    report.entries.map((e) => e.findings.map((f) => f.code)),
    [
      ['ip.port'],
      ['ip.not-public'],
      ['ip.too-broad', 'ip.not-public'],
      ['ip.allow-all'],
      ['ip.not-public'],
      ['ip.duplicate'],
    ],
  );
  assert.deepEqual(report.findings.find((f) => f.code === 'ip.left-out')?.params, {
    count: 4,
    total: 6,
    entries: '192.168.1.10, 10.0.0.0/8, 0.0.0.0/0, 2001:db8::1',
  });
});

test('a typo in a 20-address list is named as left out', () => {
  const list = Array.from({length: 20}, (_, i) => (i === 11 ? '18.167.243.999' : `18.167.1.${i + 1}`)).join(',');
  const report = checkIpList(list, {target: 'okx'});
  assert.deepEqual(report.findings.find((f) => f.code === 'ip.left-out')?.params, {
    count: 1,
    total: 20,
    entries: '18.167.243.999',
  });
  assert.equal(report.output.split(',').length, 19);
});

test('::a.b.c.d is reported, not turned into a.b.c.d', () => {
  const report = checkIpList('::18.167.89.125');
  assert.deepEqual(
    report.entries[0].findings.map((f) => [f.code, f.params?.ipv4]),
    [['ip.ipv4-compatible', '18.167.89.125']],
  );
  assert.equal(report.output, '');
});
