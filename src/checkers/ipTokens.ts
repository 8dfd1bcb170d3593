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
  tokens: Token[];
  /** A full-width separator was used between entries. */
  fullwidthSeparator: boolean;
  /** A no-break or zero-width character stood between entries. */
  invisibleSeparator: boolean;
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

function asciiOf(c: number): string {
  return c === 0x3002 ? '.' : String.fromCharCode(c - 0xfee0);
}

export function tokenize(input: string): Tokens {
  const tokens: Token[] = [];
  let fullwidthSeparator = false;
  let invisibleSeparator = false;
  let start = -1; // start of the current entry in input, -1 when between entries
  let text: string | null = null; // the cleaned entry when it differs from input.slice(start, i)
  let fullwidth = false;
  let invisible = false;

  const finish = (end: number) => {
    if (start >= 0) {
      const raw = input.slice(start, end);
      const cleaned = text ?? raw;
      if (cleaned.length > 0) tokens.push({raw, text: cleaned, fullwidth, invisible});
      else if (invisible) invisibleSeparator = true;
    }
    start = -1;
    text = null;
    fullwidth = false;
    invisible = false;
  };

  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    const kind = kindOf(c);
    if (kind === Kind.Char) {
      if (start < 0) start = i;
      else if (text !== null) text += input[i];
      continue;
    }
    if (kind === Kind.Separator || kind === Kind.FullwidthSeparator || kind === Kind.InvisibleSeparator) {
      finish(i);
      if (kind === Kind.FullwidthSeparator) fullwidthSeparator = true;
      if (kind === Kind.InvisibleSeparator) invisibleSeparator = true;
      continue;
    }
    // A character that is cleaned: switch the entry to an explicitly built text.
    if (start < 0) {
      start = i;
      text = '';
    } else if (text === null) {
      text = input.slice(start, i);
    }
    if (kind === Kind.ZeroWidth) invisible = true;
    else {
      fullwidth = true;
      text += asciiOf(c);
    }
  }
  finish(input.length);
  return {tokens, fullwidthSeparator, invisibleSeparator};
}
