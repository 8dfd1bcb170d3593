// Checks one IP whitelist entry on its own: is it an exact IPv4/IPv6 address or CIDR block, written the
// way every system reads the same way, and is it a public address? Where the intent is plain (a port,
// an IPv4-mapped address) the entry gets a fixed value and keeps the finding; where it is ambiguous
// (leading zeros, short forms, IPv4-compatible) it gets no value.
import ipaddr from 'ipaddr.js';
import {mask4, specialRange4, specialRange6} from './ipRanges';
import {isInetAtonForm, parseIpv6Syntax} from './ipSyntax';
import {finding} from '../core/findings';
import type {Finding, IpKind} from '../core/types';

export interface ParsedEntry {
  value?: string;
  kind?: IpKind;
  /** Prefix length of the block (32 or 128 for a single address). */
  prefix?: number;
  /** IPv4: first and last address of the block as unsigned numbers. */
  first4?: number;
  last4?: number;
  /** IPv6: first and last address as 32 fixed-width hex digits, so string order is address order. */
  first6?: string;
  last6?: string;
  findings: Finding[];
}

/** Smallest prefix not called too broad: an IPv4 /16 is 65,536 addresses, an IPv6 /32 one ISP. */
export const MIN_PREFIX4 = 16;
export const MIN_PREFIX6 = 32;

// Longer than any address with prefix (an IPv6 with embedded IPv4 and /128 is 50); zone ids aside.
const MAX_ENTRY = 100;
const FOUR_PART = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/;
const PLAIN_V4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?:\/(\d{1,3}))?$/;
const PORT_V4 = /^(\d{1,3}(?:\.\d{1,3}){3}(?:\/\d{1,3})?):(\d{1,5})$/;
const PORT_V6 = /^\[([0-9a-fA-F:.]+(?:\/\d{1,3})?)\]:(\d{1,5})$/;
/** An address in brackets without a port, as in a URL (`[2a05:d014::1]`): the brackets are decoration. */
const BRACKETED = /^\[([0-9a-fA-F:.]+(?:\/\d{1,3})?)\]$/;
/**
 * Two or three dotted decimal numbers, or one to three with a dot after them, each 0–255 without a
 * leading zero: an IPv4 address cut off while copying (`18.167.89`, `18.167.89.`), even though
 * inet_aton would read the first as 18.167.0.89.
 */
const TRUNCATED = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.|$)){1,3}$/;
const NETMASK = /^(\d+\.\d+\.\d+\.\d+)\/(\d+\.\d+\.\d+\.\d+)$/;
const RANGE = /^([^-–—~]+?)\s*[-–—~]\s*([^-–—~]*)$/;
const RANGE_ONLY = /^[-–—~]+$/;

const error = (code: string, params?: Finding['params']): ParsedEntry => ({
  findings: [finding(code, 'error', params)],
});
// Cheap first test: an IPv4 address has a decimal digit, an IPv6 address a colon.
const MAYBE_ADDRESS = /[0-9:]/;

/** The findings of the result are the caller's to keep (each call returns new objects). */
export function parseEntry(text: string): ParsedEntry {
  if (text.length > MAX_ENTRY || !MAYBE_ADDRESS.test(text))
    return error(RANGE_ONLY.test(text) ? 'ip.range-syntax' : 'ip.invalid');
  // Fast path for the common case: a plain dotted-decimal address or block.
  const plain = PLAIN_V4.exec(text);
  if (plain) {
    const octets = octetsFromParts(plain);
    if (!Array.isArray(octets)) return octets;
    const prefix = parsePrefix(plain[5], 32);
    if (typeof prefix !== 'number') return prefix;
    return finishV4(octets, prefix, plain[5] !== undefined, text);
  }
  if (RANGE_ONLY.test(text)) return error('ip.range-syntax');
  const percent = text.indexOf('%');
  if (percent >= 0) {
    const slash = text.indexOf('/', percent);
    const zone = text.slice(percent + 1, slash < 0 ? text.length : slash);
    return parseIpv6Syntax(text.slice(0, percent)) ? error('ip.zone-id', {zone}) : error('ip.invalid');
  }
  const bracketed = BRACKETED.exec(text);
  if (bracketed) return parseEntry(bracketed[1]);
  const port = PORT_V4.exec(text) ?? PORT_V6.exec(text);
  if (port) return withPort(parseEntry(port[1]), port[2]);
  const netmask = NETMASK.exec(text);
  if (netmask) return parseNetmask(netmask[1], netmask[2]);
  const range = RANGE.exec(text);
  if (range) return isAddress(range[1]) ? error('ip.range-syntax') : error('ip.invalid');

  const slash = text.indexOf('/');
  const address = slash < 0 ? text : text.slice(0, slash);
  const prefixText = slash < 0 ? undefined : text.slice(slash + 1);
  return address.includes(':') ? parseV6(address, prefixText) : parseV4(address, prefixText);
}

// Params objects are never mutated, so entries with the same port share one (a pasted dump has many).
const portParams = new Map<string, {port: string}>();

/** An address with `:port` after it: the address is what counts, so it keeps its value. */
function withPort(address: ParsedEntry, port: string): ParsedEntry {
  if (address.value === undefined) return address;
  let params = portParams.get(port);
  if (!params) {
    if (portParams.size >= 1000) portParams.clear();
    params = {port};
    portParams.set(port, params);
  }
  address.findings = [{code: 'ip.port', severity: 'warning', params}, ...address.findings];
  return address;
}

/** `192.0.2.0/255.255.255.0`: some exchanges would read the mask as text; say which CIDR it means. */
function parseNetmask(addressText: string, maskText: string): ParsedEntry {
  const octets = octetsOf(addressText);
  if (!Array.isArray(octets)) return octets;
  const maskOctets = octetsOf(maskText);
  if (!Array.isArray(maskOctets)) return error('ip.invalid');
  const mask = ((maskOctets[0] << 24) | (maskOctets[1] << 16) | (maskOctets[2] << 8) | maskOctets[3]) >>> 0;
  const prefix = 32 - Math.log2(2 ** 32 - mask);
  if (!Number.isInteger(prefix) || mask4(prefix) !== mask) return error('ip.invalid');
  const cidr = finishV4(octets, prefix, true).value!;
  return error('ip.netmask', {cidr});
}

function isAddress(text: string): boolean {
  return FOUR_PART.test(text) || parseIpv6Syntax(text) !== undefined;
}

/** Prefix digits: decimal, no leading zero (`/08`), within the family's range. */
function parsePrefix(prefixText: string | undefined, max: number): number | ParsedEntry {
  if (prefixText === undefined) return max;
  if (!/^\d+$/.test(prefixText)) return error('ip.invalid');
  if (prefixText.length > 1 && prefixText[0] === '0') return error('ip.leading-zero', {part: `/${prefixText}`});
  const prefix = prefixText.length > 3 ? Infinity : Number(prefixText);
  if (prefix > max) return error('ip.prefix-out-of-range', {prefix: prefixText, max});
  return prefix;
}

/** Strict dotted decimal: four parts, each 0–255 without leading zeros. */
function octetsOf(address: string): number[] | ParsedEntry {
  const m = FOUR_PART.exec(address);
  if (!m) return isInetAtonForm(address) ? error('ip.short-form') : error('ip.invalid');
  return octetsFromParts(m);
}

/** Octets from a match whose groups 1–4 are the decimal parts. */
function octetsFromParts(m: RegExpExecArray): number[] | ParsedEntry {
  const octets = [0, 0, 0, 0];
  let zeroLed: string | undefined;
  for (let i = 0; i < 4; i++) {
    const part = m[i + 1];
    if (part.length > 3) return error('ip.invalid');
    const n = +part;
    if (n > 255) return error('ip.invalid');
    if (part.length > 1 && part.charCodeAt(0) === 48 && zeroLed === undefined) zeroLed = part;
    octets[i] = n;
  }
  return zeroLed === undefined ? octets : error('ip.leading-zero', {part: zeroLed});
}

function parseV4(address: string, prefixText: string | undefined): ParsedEntry {
  if (prefixText === undefined && TRUNCATED.test(address) && (address.endsWith('.') || address.includes('.'))) {
    return error('ip.truncated', {parts: address.split('.').filter(Boolean).length});
  }
  const octets = octetsOf(address);
  if (!Array.isArray(octets)) return octets;
  const prefix = parsePrefix(prefixText, 32);
  if (typeof prefix !== 'number') return prefix;
  return finishV4(octets, prefix, prefixText !== undefined);
}

/** `canonical` is the entry's text when it is already written exactly as the value would be. */
function finishV4(octets: number[], prefix: number, isCidr: boolean, canonical?: string): ParsedEntry {
  const address = ((octets[0] << 24) | (octets[1] << 16) | (octets[2] << 8) | octets[3]) >>> 0;
  const network = (address & mask4(prefix)) >>> 0;
  const last = (network + 2 ** (32 - prefix) - 1) >>> 0;
  let value = canonical;
  if (value === undefined || network !== address) {
    const networkText = `${network >>> 24}.${(network >>> 16) & 255}.${(network >>> 8) & 255}.${network & 255}`;
    value = isCidr ? `${networkText}/${prefix}` : networkText;
  }
  const kind: IpKind = isCidr ? 'cidr4' : 'ipv4';
  if (prefix === 0)
    return {
      value,
      kind,
      prefix,
      first4: 0,
      last4: last,
      findings: [{code: 'ip.allow-all', severity: 'error', params: {block: '0.0.0.0/0'}}],
    };
  const findings: Finding[] = [];
  if (network !== address) findings.push({code: 'ip.host-bits', severity: 'warning', params: {network: value}});
  if (prefix < MIN_PREFIX4)
    findings.push({code: 'ip.too-broad', severity: 'warning', params: {prefix, min: MIN_PREFIX4}});
  const range = specialRange4(network, prefix);
  if (range) findings.push({code: 'ip.not-public', severity: 'warning', params: {range}});
  return {value, kind, prefix, first4: network, last4: last, findings};
}

function parseV6(address: string, prefixText: string | undefined): ParsedEntry {
  const syntax = parseIpv6Syntax(address);
  if (!syntax) return error('ip.invalid');
  const {parts, embedded} = syntax;
  // The embedded IPv4 part follows the same rules as a plain IPv4 address ('::ffff:010.0.0.1').
  if (embedded !== undefined) {
    const octets = octetsOf(embedded);
    if (!Array.isArray(octets)) return octets;
  }
  const prefix = parsePrefix(prefixText, 128);
  if (typeof prefix !== 'number') return prefix;
  const isCidr = prefixText !== undefined;
  const zeros = (n: number) => parts.slice(0, n).every((g) => g === 0);
  // ::a.b.c.d, the deprecated "IPv4-compatible" form: an IPv6 address, not the IPv4 one it shows.
  if (embedded !== undefined && zeros(6)) return error('ip.ipv4-compatible', {ipv4: embedded});
  // IPv4-mapped (::ffff:a.b.c.d): exchanges see and compare the IPv4 address.
  if (zeros(5) && parts[5] === 0xffff && prefix >= 96) {
    const v4 = finishV4([parts[6] >> 8, parts[6] & 255, parts[7] >> 8, parts[7] & 255], prefix - 96, isCidr);
    if (v4.findings.some((f) => f.code === 'ip.allow-all')) return v4;
    v4.findings.unshift({code: 'ip.ipv4-mapped', severity: 'warning', params: {ipv4: v4.value!}});
    return v4;
  }
  const network = parts.map((part, i) => {
    const bits = Math.max(0, Math.min(16, prefix - i * 16));
    return part & ((0xffff << (16 - bits)) & 0xffff);
  });
  const last = network.map((part, i) => {
    const bits = Math.max(0, Math.min(16, prefix - i * 16));
    return part | (0xffff >> bits);
  });
  const networkText = new ipaddr.IPv6(network).toRFC5952String();
  const value = isCidr ? `${networkText}/${prefix}` : networkText;
  const hex = (groups: number[]) => groups.map((g) => g.toString(16).padStart(4, '0')).join('');
  const kind: IpKind = isCidr ? 'cidr6' : 'ipv6';
  const base = {value, kind, prefix, first6: hex(network), last6: hex(last)};
  if (prefix === 0) return {...base, findings: [{code: 'ip.allow-all', severity: 'error', params: {block: '::/0'}}]};
  const findings: Finding[] = [];
  if (network.some((part, i) => part !== parts[i])) {
    findings.push({code: 'ip.host-bits', severity: 'warning', params: {network: value}});
  }
  if (prefix < MIN_PREFIX6)
    findings.push({code: 'ip.too-broad', severity: 'warning', params: {prefix, min: MIN_PREFIX6}});
  const range = specialRange6(network, prefix);
  if (range) findings.push({code: 'ip.not-public', severity: 'warning', params: {range}});
  return {...base, findings};
}
