// Special-purpose address blocks (IANA IPv4/IPv6 special-purpose registries, RFC 6890 and successors)
// that can never be the public address of a server calling an exchange API.

export type RangeName =
  | 'private'
  | 'loopback'
  | 'link-local'
  | 'cgnat'
  | 'multicast'
  | 'documentation'
  | 'reserved'
  | 'unspecified';

// [first address, prefix length, name]; more specific blocks first.
const V4: [number, number, RangeName][] = (
  [
    ['0.0.0.0', 32, 'unspecified'],
    ['0.0.0.0', 8, 'reserved'],
    ['10.0.0.0', 8, 'private'],
    ['100.64.0.0', 10, 'cgnat'],
    ['127.0.0.0', 8, 'loopback'],
    ['169.254.0.0', 16, 'link-local'],
    ['172.16.0.0', 12, 'private'],
    ['192.0.0.0', 24, 'reserved'],
    ['192.0.2.0', 24, 'documentation'],
    ['192.168.0.0', 16, 'private'],
    ['198.18.0.0', 15, 'reserved'],
    ['198.51.100.0', 24, 'documentation'],
    ['203.0.113.0', 24, 'documentation'],
    ['224.0.0.0', 4, 'multicast'],
    ['240.0.0.0', 4, 'reserved'],
  ] as const
).map(([address, prefix, name]) => [
  address.split('.').reduce((n, octet) => n * 256 + Number(octet), 0),
  prefix,
  name,
]);

/** Mask with the top `prefix` bits of 32 set, as an unsigned number. */
export function mask4(prefix: number): number {
  return prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
}

/** The special block that wholly contains network/prefix, if any. */
const V4_MASKS = V4.map(([, size]) => mask4(size));

export function specialRange4(network: number, prefix: number): RangeName | undefined {
  for (let i = 0; i < V4.length; i++) {
    const [first, size, name] = V4[i];
    if (prefix >= size && (network & V4_MASKS[i]) >>> 0 === first) return name;
  }
  return undefined;
}

// IPv6 blocks as [first 16-bit groups, prefix length, name].
const V6: [number[], number, RangeName][] = [
  [[0, 0, 0, 0, 0, 0, 0, 0], 128, 'unspecified'],
  [[0, 0, 0, 0, 0, 0, 0, 1], 128, 'loopback'],
  [[0x0100, 0, 0, 0], 64, 'reserved'],
  [[0x2001, 0x0db8], 32, 'documentation'],
  [[0x3fff, 0], 20, 'documentation'],
  [[0xfc00], 7, 'private'],
  [[0xfe80], 10, 'link-local'],
  [[0xfec0], 10, 'reserved'],
  [[0xff00], 8, 'multicast'],
];

function within6(parts: readonly number[], prefix: number, first: readonly number[], size: number): boolean {
  if (prefix < size) return false;
  for (let bit = 0, group = 0; bit < size; bit += 16, group++) {
    const bits = Math.min(16, size - bit);
    const mask = (0xffff << (16 - bits)) & 0xffff;
    if ((parts[group] & mask) !== (first[group] ?? 0)) return false;
  }
  return true;
}

export function specialRange6(parts: readonly number[], prefix: number): RangeName | undefined {
  for (const [first, size, name] of V6) if (within6(parts, prefix, first, size)) return name;
  // Only 2000::/3 is allocated as global unicast; everything else is reserved by IANA.
  if (prefix >= 3 && (parts[0] & 0xe000) !== 0x2000) return 'reserved';
  return undefined;
}
