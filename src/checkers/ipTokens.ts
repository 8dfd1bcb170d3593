// Splits a pasted IP list into entries in one linear pass. Separators: comma, semicolon, space, tab,
// newlines, and the full-width ，、；and ideographic space an IME produces. Full-width letters, digits,
// dots (also 。) and colons are mapped to ASCII; zero-width characters are dropped; no-break spaces
// separate like spaces. Each entry remembers whether it needed that cleaning.

export interface Token {
  /** The entry as pasted. */
  raw: string;
  /** The entry after mapping full-width characters and dropping invisible ones. */
  text: string;
  fullwidth: boolean;
  invisible: boolean;
}

export interface Tokens {
  /** A full-width separator was used between entries. */
  fullwidthSeparator: boolean;
  /** A no-break or zero-width character stood between entries. */
  invisibleSeparator: boolean;
  /** Entries after the first `max`, counted but not returned. */
  skipped: number;
}

const enum Kind {
  Char,
  Separator,
  FullwidthSeparator,
  InvisibleSeparator,
  ZeroWidth,
  Fullwidth,
}

function kindOf(c: number): Kind {
  if (c > 0x7e) {
    if (c === 0xff0c || c === 0x3001 || c === 0xff1b || c === 0x3000) return Kind.FullwidthSeparator;
    if (c >= 0xff01 && c <= 0xff5e) return Kind.Fullwidth;
    if (c === 0x3002) return Kind.Fullwidth; // 。ideographic full stop, typed for a dot
    if (c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff) return Kind.ZeroWidth;
    if (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f) {
      return Kind.InvisibleSeparator;
    }
    return Kind.Char;
  }
  if (c === 0x2c || c === 0x3b || c === 0x20 || (c >= 0x09 && c <= 0x0d)) return Kind.Separator;
  return Kind.Char;
}

function asciiCodeOf(c: number): number {
  return c === 0x3002 ? 0x2e : c - 0xfee0;
}

/** Longer than any entry parseEntry reads; a cleaned entry is cut here (it is invalid either way). */
const CLEANED_MAX = 200;

/**
 * Splits `input` into entries, handing each to `onToken` as it is found (so a long paste never holds a
 * token object per entry); after `max` entries the rest are only counted.
 */
export function tokenize(input: string, onToken: (token: Token) => void, max = Infinity): Tokens {
  let count = 0;
  let skipped = 0;
  let fullwidthSeparator = false;
  let invisibleSeparator = false;
  let start = -1; // start of the current entry in input, -1 when between entries
  // When the entry needs cleaning: its character codes so far (at most CLEANED_MAX; longer is invalid anyway).
  let cleaned: number[] | null = null;
  let fullwidth = false;
  let invisible = false;
  const buffer: number[] = [];

  const keep = (c: number) => {
    if (buffer.length < CLEANED_MAX) buffer.push(c);
  };

  const finish = (end: number) => {
    if (start >= 0) {
      // Nothing left after cleaning only when every character was invisible: nothing to check.
      if (cleaned !== null && cleaned.length === 0) {
        if (invisible) invisibleSeparator = true;
      } else if (count < max) {
        count++;
        const raw = input.slice(start, end);
        const text = cleaned === null ? raw : String.fromCharCode(...cleaned);
        onToken({raw, text, fullwidth, invisible});
      } else skipped++;
    }
    start = -1;
    cleaned = null;
    buffer.length = 0;
    fullwidth = false;
    invisible = false;
  };

  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    const kind = kindOf(c);
    if (kind === Kind.Char) {
      if (start < 0) start = i;
      else if (cleaned !== null) keep(c);
      continue;
    }
    if (kind === Kind.Separator || kind === Kind.FullwidthSeparator || kind === Kind.InvisibleSeparator) {
      finish(i);
      if (kind === Kind.FullwidthSeparator) fullwidthSeparator = true;
      if (kind === Kind.InvisibleSeparator) invisibleSeparator = true;
      continue;
    }
    // A character that is cleaned: switch the entry to an explicitly built text.
    if (start < 0) start = i;
    if (cleaned === null) {
      cleaned = buffer;
      for (let j = start; j < i; j++) keep(input.charCodeAt(j));
    }
    if (kind === Kind.ZeroWidth) invisible = true;
    else {
      fullwidth = true;
      keep(asciiCodeOf(c));
    }
  }
  finish(input.length);
  return {fullwidthSeparator, invisibleSeparator, skipped};
}
