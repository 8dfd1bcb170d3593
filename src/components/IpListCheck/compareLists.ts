// Compares two checked IP lists: which of the terminal's addresses your list does not cover yet, and
// which of your entries match nothing in the terminal's list. A CIDR range covers the addresses in it.
import ipaddr from 'ipaddr.js';
import type {IpEntry} from '@site/src/checkers';

interface Net {
  value: string;
  addr: ipaddr.IPv4 | ipaddr.IPv6;
  bits: number;
}

function toNet(value: string): Net | undefined {
  try {
    if (value.includes('/')) {
      const [addr, bits] = ipaddr.parseCIDR(value);
      return {value, addr, bits};
    }
    const addr = ipaddr.parse(value);
    return {value, addr, bits: addr.kind() === 'ipv4' ? 32 : 128};
  } catch {
    return undefined;
  }
}

function nets(entries: readonly IpEntry[]): Net[] {
  const seen = new Set<string>();
  const out: Net[] = [];
  for (const e of entries) {
    if (!e.value || seen.has(e.value)) continue;
    seen.add(e.value);
    const net = toNet(e.value);
    if (net) out.push(net);
  }
  return out;
}

function covers(outer: Net, inner: Net): boolean {
  if (outer.addr.kind() !== inner.addr.kind() || outer.bits > inner.bits) return false;
  return (inner.addr as ipaddr.IPv4).match(outer.addr as ipaddr.IPv4, outer.bits);
}

export interface Comparison {
  /** In the terminal's list, not covered by yours. */
  missing: string[];
  /** In your list, overlapping nothing in the terminal's. */
  extra: string[];
}

export function compareLists(mine: readonly IpEntry[], theirs: readonly IpEntry[]): Comparison {
  const b = nets(theirs);
  if (b.length === 0) return {missing: [], extra: []};
  const a = nets(mine);
  return {
    missing: b.filter((t) => !a.some((m) => covers(m, t))).map((n) => n.value),
    extra: a.filter((m) => !b.some((t) => covers(m, t) || covers(t, m))).map((n) => n.value),
  };
}
