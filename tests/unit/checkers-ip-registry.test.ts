// Special-purpose addresses, tested from IANA's registries themselves (src/checkers/ip/ipSpecialRegistry.ts
// is a transcription of the registry CSVs). For the first and last address of every block, the expected
// answer is worked out here with ipaddr.js's own CIDR matching: the most specific registry block that
// holds the address decides by its "Globally Reachable" column.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import ipaddr from 'ipaddr.js';
import {checkIpList} from '../../src/checkers';
import {IPV4_SPECIAL, IPV6_SPECIAL, type RegistryRow} from '../../src/checkers/ip/ipSpecialRegistry';

type Net = [ipaddr.IPv4 | ipaddr.IPv6, number];
const ROWS: {row: RegistryRow; net: Net}[] = [...IPV4_SPECIAL, ...IPV6_SPECIAL].map((row) => ({
  row,
  net: ipaddr.parseCIDR(row[0]),
}));

/** Expected: is the address one an exchange could receive requests from? */
function reachable(address: string): boolean {
  const addr = ipaddr.parse(address);
  let best: {row: RegistryRow; net: Net} | undefined;
  for (const r of ROWS) {
    if (r.net[0].kind() !== addr.kind()) continue;
    if (!(addr as ipaddr.IPv4).match(r.net as [ipaddr.IPv4, number])) continue;
    if (!best || r.net[1] > best.net[1]) best = r;
  }
  if (best) return best.row[2] === true;
  // Outside the registries: IPv6 outside 2000::/3 is reserved (IANA IPv6 Address Space registry).
  return addr.kind() === 'ipv4' || (addr as ipaddr.IPv6).match(ipaddr.IPv6.parse('2000::'), 3);
}

function ends(block: string): string[] {
  if (block.includes(':')) {
    return [ipaddr.IPv6.networkAddressFromCIDR(block), ipaddr.IPv6.broadcastAddressFromCIDR(block)].map((a) =>
      a.toRFC5952String(),
    );
  }
  return [ipaddr.IPv4.networkAddressFromCIDR(block), ipaddr.IPv4.broadcastAddressFromCIDR(block)].map((a) =>
    a.toString(),
  );
}

const cases = ROWS.filter(({row}) => row[0] !== '::ffff:0:0/96') // read as IPv4: see checkers-ip-list.test.ts
  .flatMap(({row}) =>
    ends(row[0]).map((address) => ({
      name: `${address} (in ${row[0]}, ${row[1]})`,
      input: address,
      expected: reachable(address),
    })),
  );

for (const {name, input, expected} of cases) {
  test(`registry: ${name} is ${expected ? '' : 'not '}public`, () => {
    const entry = checkIpList(input).entries[0];
    assert.equal(entry.value !== undefined, true, JSON.stringify(entry));
    assert.equal(!entry.findings.some((f) => f.code === 'ip.not-public'), expected, JSON.stringify(entry.findings));
  });
}

test('registry: the easily missed blocks are decided as the registry says', () => {
  const expectations: [string, boolean][] = [
    ['192.0.0.9', true],
    ['192.0.0.10', true],
    ['192.0.0.8', false],
    ['192.0.0.100', false],
    ['2001:2::1', false],
    ['2001:10::1', false],
    ['2001:1::1', true],
    ['2001:1::2', true],
    ['2001:3::1', true],
    ['2001:4:112::1', true],
    ['2001:20::1', true],
    ['2001:5::1', false],
    ['3fff::1', false],
    ['64:ff9b:1::1', false],
    ['100::1', false],
    ['5f00::1', false],
    ['2a05:d014::1', true],
    ['18.167.89.125', true],
  ];
  for (const [address, expected] of expectations) {
    assert.equal(reachable(address), expected, `table: ${address}`);
    assert.equal(!checkIpList(address).findings.some((f) => f.code === 'ip.not-public'), expected, address);
  }
});

test('registry: a block inside a special block is not public; one holding public space is not called special', () => {
  assert.ok(checkIpList('2001:2::/56').findings.some((f) => f.code === 'ip.not-public'));
  assert.ok(checkIpList('198.18.4.0/24').findings.some((f) => f.code === 'ip.not-public'));
  assert.ok(!checkIpList('192.0.0.0/23').findings.some((f) => f.code === 'ip.not-public'));
});
