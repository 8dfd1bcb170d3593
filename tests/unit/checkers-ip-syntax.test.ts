// The cheap syntax tests that run before ipaddr.js, against ipaddr.js itself as the oracle, and address
// cases from CPython's Lib/test/test_ipaddress.py (each an address CPython rejects, with our reading).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import ipaddr from 'ipaddr.js';
import {checkIpList} from '../../src/checkers';
import {isInetAtonForm, parseIpv6Syntax} from '../../src/checkers/ip/ipSyntax';

const FOUR_PART_DECIMAL = /^\d+\.\d+\.\d+\.\d+$/;

test('isInetAtonForm agrees with ipaddr.IPv4.isValid on numeric text', () => {
  const unit = fc.constantFrom(
    ...'0123456789abfxX.'.split(''),
    '0x',
    '255',
    '256',
    '07',
    '08',
    '4294967295',
    '4294967296',
  );
  fc.assert(
    fc.property(fc.string({unit, maxLength: 12}), (text) => {
      if (FOUR_PART_DECIMAL.test(text)) return; // read strictly elsewhere
      assert.equal(isInetAtonForm(text), ipaddr.IPv4.isValid(text), text);
    }),
    {numRuns: 5000},
  );
});

test('parseIpv6Syntax agrees with ipaddr.js on hex IPv6 text (groups of at most 4 digits)', () => {
  const unit = fc.constantFrom(...'0123456789abcdefg:'.split(''), '::', 'ffff', '12345');
  fc.assert(
    fc.property(fc.string({unit, maxLength: 24}), (text) => {
      const mine = parseIpv6Syntax(text);
      const theirs = ipaddr.IPv6.isValid(text) && !/[0-9a-f]{5}/i.test(text);
      assert.equal(mine !== undefined, theirs, text);
      if (mine) assert.deepEqual(mine.parts, ipaddr.IPv6.parse(text).parts, text);
    }),
    {numRuns: 5000},
  );
});

test('parseIpv6Syntax reads an embedded IPv4 part into the last two groups', () => {
  assert.deepEqual(parseIpv6Syntax('64:ff9b::192.0.2.33')?.parts, [0x64, 0xff9b, 0, 0, 0, 0, 0xc000, 0x0221]);
  assert.equal(parseIpv6Syntax('64:ff9b::192.0.2.33')?.embedded, '192.0.2.33');
  assert.equal(parseIpv6Syntax('::1.2.3.256'), undefined);
});

// CPython test_ipaddress.py: strings IPv4Address / IPv6Address reject. Each must be an error here too.
const CPYTHON_REJECTED: {input: string; code: string}[] = [
  ...[
    '42',
    '016.016.016',
    '016.016',
    '016',
    '000',
    '0x0a.0x0a.0x0a',
    '0x0a.0x0a',
    '0x0a',
    '1000',
    '0xa.0x0a.0x0a.0x0a',
    '0x0a.0x0a.0x0a.0x0a',
    '10/8',
  ] // inet_aton reads these, so they are shortened forms to us
    .map((input) => ({input, code: 'ip.short-form'})),
  // inet_aton reads these too, but two or three plain numbers are an address cut off while copying.
  ...['127.0.1', '42.42.42', '42.42'].map((input) => ({input, code: 'ip.truncated'})),
  ...[
    '42.42.42.42.42',
    '42..42.42.42',
    '42.42.42.42.',
    '42.42.42.42...',
    '.42.42.42.42',
    '...42.42.42.42',
    '.',
    'bogus',
    'bogus.com',
    '1000000000000000',
    '192.168.0.1.com',
    '42..42.42',
    '...',
    '42.42.42.-0',
    '42.42.42.+0',
    '42.42.42.-42',
    '+1.+2.+3.4',
    '1.2.3.4e0',
    '1.a.2.3',
    '0000.000.000.000',
    '257.0.0.0',
    '192.168.0.999',
    '1.2.3.4/32/24',
    '/',
    '/8',
  ].map((input) => ({input, code: 'ip.invalid'})),
  ...['016.016.016.016', '001.000.008.016'].map((input) => ({input, code: 'ip.leading-zero'})),
  ...[
    ':',
    ':1',
    'FEDC:9878',
    '9:8:7:6:5:4:3::2:1',
    '10:9:8:7:6:5:4:3:2:1',
    '::8:7:6:5:4:3:2:1',
    '8:7:6:5:4:3:2:1::',
    '10:9:8:7:6:5:4:3:42.42.42.42',
    '3ffe:0:0:0:0:0:0:0:1',
    '9:8:7:6:5:4:3:2:1',
    '7:6:5:4:3:2:1',
    '9:8:7:6:5:4:3:42.42.42.42',
    '7:6:5:4:3:42.42.42.42',
    '1:2:3:4::5:6:7:8',
    '3ffe::1::1',
    '1::2::3::4:5',
    '2001::db:::1',
    '3ffe::1::',
    '::3ffe::1',
    ':3ffe::1::1',
    '3ffe::1::1:',
    ':3ffe::1::1:',
    ':::',
    '2001:db8:::1',
    ':2001:db8::1',
    ':1:2:3:4:5:6:7',
    ':1:2:3:4:5:6:',
    ':6:5:4:3:2:1::',
    '2001:db8::1:',
    '1:2:3:4:5:6:7:',
    '::1.2.3.4:',
    '::7:6:5:4:3:2:',
    '3ffe::1.net',
    '3ffe::127.0.1',
    '::1.2.3',
    '::1.2.3.4.5',
    '3ffe::1.1.1.net',
    '3ffe::goog',
    '3ffe::+0',
    '1.2.3.4::',
    '1234:axy::b',
    '::00000',
    '3ffe::10000',
    '02001:db8::',
    '2001:888888::1',
    'cafe:cafe::/128/190',
    '::1/',
    '::1/::1',
    '::1/1::',
    '::1/-1',
    '::1/+1',
    '::1/0x1',
    '::1/1.2.3.4',
    '::1/pudding',
    '::/::',
    '1.2.3.4/',
    '1.2.3.4/-1',
    '1.2.3.4/+1',
    '1.2.3.4/0x1',
    '1.2.3.4/254.254.255.256',
    '1.2.3.4/1.a.2.3',
    '1.1.1.1/254.xyz.2.3',
    '1.1.1.1/240.255.0.0',
    '1.1.1.1/255.254.128.0',
    '1.1.1.1/0.1.127.255',
    '1.1.1.1/pudding',
    '1.1.1.1/::',
  ].map((input) => ({input, code: 'ip.invalid'})),
  // An address followed by a dash reads as a range to us.
  {input: '3ffe::-0', code: 'ip.range-syntax'},
  {input: '3ffe::-1', code: 'ip.range-syntax'},
  {input: '1.2.3.4/33', code: 'ip.prefix-out-of-range'},
  {input: '::1/129', code: 'ip.prefix-out-of-range'},
];

for (const {input, code} of CPYTHON_REJECTED) {
  test(`CPython rejects ${JSON.stringify(input)}: ${code}`, () => {
    const report = checkIpList(input);
    assert.deepEqual(
      report.entries.map((e) => e.findings.map((f) => f.code)),
      [[code]],
    );
    assert.equal(report.verdict, 'error');
    assert.equal(report.output, '');
  });
}

// CPython accepts these; so do we, with the value CPython prints.
const CPYTHON_ACCEPTED: {input: string; value: string; codes: string[]}[] = [
  {input: '0000::0000', value: '::', codes: ['ip.not-public']},
  {input: '000::c0a8:0001', value: '::c0a8:1', codes: ['ip.not-public']},
  {input: '2001:db8::/32', value: '2001:db8::/32', codes: ['ip.not-public']},
];
for (const {input, value, codes} of CPYTHON_ACCEPTED) {
  test(`CPython accepts ${input}`, () => {
    const entry = checkIpList(input).entries[0];
    assert.equal(entry.value, value);
    assert.deepEqual(
      entry.findings.map((f) => f.code),
      codes,
    );
  });
}

test('netmask notation: CPython reads 192.0.2.0/255.255.255.0 as 192.0.2.0/24; we say so and leave it out', () => {
  const report = checkIpList('192.0.2.0/255.255.255.0 18.167.89.0/255.255.255.128');
  assert.deepEqual(
    report.entries.map((e) => e.findings.map((f) => [f.code, f.params?.cidr])),
    [[['ip.netmask', '192.0.2.0/24']], [['ip.netmask', '18.167.89.0/25']]],
  );
  assert.equal(report.verdict, 'error');
  assert.equal(report.output, '');
  // Every contiguous mask maps to its prefix, as in CPython's test_valid_netmask.
  for (let prefix = 0; prefix <= 32; prefix++) {
    const mask = ipaddr.IPv4.subnetMaskFromPrefixLength(prefix).toString();
    const finding = checkIpList(`0.0.0.0/${mask}`).findings.find((f) => f.code === 'ip.netmask');
    assert.equal(finding?.params?.cidr, `0.0.0.0/${prefix}`, mask);
  }
});
