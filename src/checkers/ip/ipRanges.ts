// Which addresses can be the public address of a server calling an exchange API: the most specific
// block of IANA's special-purpose registries (ipSpecialRegistry.ts) that holds an entry decides, by its
// "Globally Reachable" column. IPv6 outside 2000::/3 that no row names is reserved by IANA.
import {IPV4_SPECIAL, IPV6_SPECIAL, type RegistryRow} from './ipSpecialRegistry';

/** Word for a special block in messages (`range.<name>` in the locale files). */
export type RangeName =
  | 'private'
  | 'loopback'
  | 'link-local'
  | 'cgnat'
  | 'multicast'
  | 'documentation'
  | 'benchmarking'
  | 'reserved'
  | 'unspecified';

/** The word for a registry row, from its IANA name. */
export function rangeNameOf(ianaName: string): RangeName {
  if (/Private-Use|Unique-Local/.test(ianaName)) return 'private';
  if (/Shared Address Space/.test(ianaName)) return 'cgnat';
  if (/Loopback/.test(ianaName)) return 'loopback';
  if (/Link[- ]Local/.test(ianaName)) return 'link-local';
  if (/Documentation/.test(ianaName)) return 'documentation';
  if (/Benchmarking/.test(ianaName)) return 'benchmarking';
  if (/Multicast/.test(ianaName)) return 'multicast';
  if (/Unspecified|This host/.test(ianaName)) return 'unspecified';
  return 'reserved';
}

/** Mask with the top `prefix` bits of 32 set, as an unsigned number. */
export function mask4(prefix: number): number {
  return prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
}

interface Row4 {
  first: number;
  mask: number;
  prefix: number;
  range?: RangeName; // undefined: globally reachable
}
interface Row6 {
  parts: number[];
  prefix: number;
  range?: RangeName;
}

const byPrefixDescending = (a: {prefix: number}, b: {prefix: number}) => b.prefix - a.prefix;
const rangeOf = ([, name, reachable]: RegistryRow) => (reachable === true ? undefined : rangeNameOf(name));

// Most specific first, so the first row that holds a block is the one that decides.
const V4: Row4[] = IPV4_SPECIAL.map((row) => {
  const [address, prefixText] = row[0].split('/');
  const prefix = Number(prefixText);
  const first = address.split('.').reduce((n, octet) => n * 256 + Number(octet), 0);
  return {first, mask: mask4(prefix), prefix, range: rangeOf(row)};
}).sort(byPrefixDescending);

/** The 8 groups of an IPv6 address written with at most one `::` and no embedded IPv4. */
export function groupsOf(address: string): number[] {
  const [head, tail] = address.split('::');
  const left = head ? head.split(':').map((g) => parseInt(g, 16)) : [];
  if (tail === undefined) return left;
  const right = tail ? tail.split(':').map((g) => parseInt(g, 16)) : [];
  return [...left, ...new Array<number>(8 - left.length - right.length).fill(0), ...right];
}

const V6: Row6[] = IPV6_SPECIAL.map((row) => {
  const [address, prefixText] = row[0].split('/');
  return {parts: groupsOf(address), prefix: Number(prefixText), range: rangeOf(row)};
}).sort(byPrefixDescending);

/** Why network/prefix is not a public address, or undefined when it is. */
export function specialRange4(network: number, prefix: number): RangeName | undefined {
  for (const row of V4) {
    if (prefix >= row.prefix && (network & row.mask) >>> 0 === row.first) return row.range;
  }
  return undefined;
}

function within6(parts: readonly number[], prefix: number, row: Row6): boolean {
  if (prefix < row.prefix) return false;
  for (let bit = 0, group = 0; bit < row.prefix; bit += 16, group++) {
    const bits = Math.min(16, row.prefix - bit);
    const mask = (0xffff << (16 - bits)) & 0xffff;
    if ((parts[group] & mask) !== row.parts[group]) return false;
  }
  return true;
}

export function specialRange6(parts: readonly number[], prefix: number): RangeName | undefined {
  for (const row of V6) if (within6(parts, prefix, row)) return row.range;
  // Only 2000::/3 is allocated as global unicast; IANA reserves the rest (IPv6 Address Space registry).
  if (prefix >= 3 && (parts[0] & 0xe000) !== 0x2000) return 'reserved';
  return undefined;
}
