// Cheap, exact syntax tests that run before anything slower: ipaddr.js throws (slowly) on every string it
// rejects, so a megabyte of junk would take seconds. Only text that passes these tests reaches it.

const HEX_GROUP = /^[0-9a-fA-F]{1,4}$/;
const V6_CHARS = /^[0-9a-fA-F:.]+$/;
const EMBEDDED_V4 = /^(.*:)(\d+\.\d+\.\d+\.\d+)$/;

export interface Ipv6Syntax {
  /** The eight 16-bit groups; an embedded IPv4 part already folded into the last two. */
  parts: number[];
  /** The dotted IPv4 part as written (`::ffff:1.2.3.4` → `1.2.3.4`), if any. */
  embedded?: string;
}

function groups(piece: string): number[] | undefined {
  if (piece === '') return [];
  const out: number[] = [];
  for (const g of piece.split(':')) {
    if (!HEX_GROUP.test(g)) return undefined;
    out.push(parseInt(g, 16));
  }
  return out;
}

/**
 * Reads an IPv6 address (no prefix, no zone) strictly: hex groups of 1–4 digits, at most one `::`, eight
 * groups in all, optionally ending in a dotted IPv4 part whose four numbers are each at most 255 (the
 * caller checks them for leading zeros). Undefined when it is not one.
 */
export function parseIpv6Syntax(text: string): Ipv6Syntax | undefined {
  if (text.length > 45 || !text.includes(':') || !V6_CHARS.test(text)) return undefined;
  let hex = text;
  let embedded: string | undefined;
  if (text.includes('.')) {
    const m = EMBEDDED_V4.exec(text);
    if (!m) return undefined;
    const octets = m[2].split('.').map(Number);
    if (octets.some((o) => o > 255)) return undefined;
    embedded = m[2];
    hex = `${m[1]}${((octets[0] << 8) | octets[1]).toString(16)}:${((octets[2] << 8) | octets[3]).toString(16)}`;
  }
  const pieces = hex.split('::');
  if (pieces.length > 2) return undefined;
  const left = groups(pieces[0]);
  if (!left) return undefined;
  if (pieces.length === 1) return left.length === 8 ? {parts: left, embedded} : undefined;
  const right = groups(pieces[1]);
  if (!right || left.length + right.length > 7) return undefined;
  const parts = [...left, ...new Array<number>(8 - left.length - right.length).fill(0), ...right];
  return {parts, embedded};
}

const AUTO_PART = /^(?:0[xX][0-9a-fA-F]+|\d+)$/;

/**
 * Whether the text is an IPv4 address in one of the old numeric forms that inet_aton and ipaddr.js
 * still read: one to four parts, each decimal, octal (leading 0) or hex (0x), the last part filling
 * the remaining bytes (`1`, `192.168`, `1.2.3`, `0x7f.1`, `2130706433`, `0x7f.0.0.1`).
 */
const AUTO_CHARS = /^[0-9][0-9a-fA-FxX.]*$/;

export function isInetAtonForm(text: string): boolean {
  if (text.length > 40 || !AUTO_CHARS.test(text)) return false;
  const parts = text.split('.');
  if (parts.length > 4) return false;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (!AUTO_PART.test(part)) return false;
    let value: number;
    if (part[1] === 'x' || part[1] === 'X') value = parseInt(part.slice(2), 16);
    else if (part.length > 1 && part[0] === '0') {
      if (!/^[0-7]+$/.test(part)) return false;
      value = parseInt(part, 8);
    } else value = Number(part);
    const limit = i < parts.length - 1 ? 256 : 256 ** (5 - parts.length);
    if (!(value < limit)) return false;
  }
  return true;
}
