// Is an address on a pasted IP whitelist? The list is read by checkIpList (the IP checker's own parser);
// only its public result is used: each entry's clean `value` and `kind`. A CIDR entry covers the
// addresses inside it.
import ipaddr from 'ipaddr.js';
import {checkIpList} from './ipList';
import type {IpTarget} from '../core/types';

export interface Lookup {
  /** The entry of the list that covers the address, as the IP checker wrote it. */
  entry?: string;
  /** How many entries of the list are valid addresses or ranges. */
  valid: number;
}

type Addr = ipaddr.IPv4 | ipaddr.IPv6;

/** The single address in `text` (as checkIpList reads it), or undefined if it is not one valid address. */
export function singleAddress(text: string): string | undefined {
  const {entries} = checkIpList(text);
  if (entries.length !== 1) return undefined;
  const {value, kind} = entries[0];
  return value !== undefined && (kind === 'ipv4' || kind === 'ipv6') ? value : undefined;
}

function address(value: string): Addr | undefined {
  try {
    return ipaddr.process(value);
  } catch {
    return undefined;
  }
}

function covers(entry: string, kind: string, addr: Addr): boolean {
  try {
    if (kind === 'cidr4' || kind === 'cidr6') {
      const [net, bits] = ipaddr.parseCIDR(entry);
      return net.kind() === addr.kind() && (addr as ipaddr.IPv4).match(net as ipaddr.IPv4, bits);
    }
    const other = address(entry);
    return (
      other !== undefined && other.kind() === addr.kind() && other.toNormalizedString() === addr.toNormalizedString()
    );
  } catch {
    return false;
  }
}

/** Looks `ip` (a value from singleAddress) up in the whitelist text. */
export function lookUpAddress(ip: string, whitelist: string, target: IpTarget = 'generic'): Lookup {
  const addr = address(ip);
  let valid = 0;
  let entry: string | undefined;
  for (const e of checkIpList(whitelist, {target}).entries) {
    if (e.value === undefined || e.kind === undefined) continue;
    valid++;
    if (entry === undefined && addr !== undefined && covers(e.value, e.kind, addr)) entry = e.value;
  }
  return {entry, valid};
}
