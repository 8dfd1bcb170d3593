// Splits a pasted IP list into entries in one linear pass. Separators: comma, semicolon, space, tab,
// newlines, and the full-width ，、；and ideographic space an IME produces. Full-width letters, digits,
// dots (also 。) and colons are mapped to ASCII; zero-width characters are dropped; no-break spaces
// separate like spaces. Each entry remembers whether it needed that cleaning.
//
// Pastes as people make them: a list marker at the start of a line (`1.`, `2)`, `3、`, `•`, `-`, `*`),
// a label before an entry (`IP 1：`, `IP:`, `IPv4 地址：`), a 。 ending an entry and a full-width
// separator ending a line are read as decoration, not as entries. An address broken by a space
// (`18.167. 89.125`) is read as one entry that says so.

export interface Token {
  /** The entry as pasted. */
  raw: string;
  /** The entry after mapping full-width characters and dropping invisible ones. */
  text: string;
  fullwidth: boolean;
  invisible: boolean;
  /** Spaces inside the address were dropped (`18.167. 89.125`). */
  spaced: boolean;
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
    if (
      c === 0xa0 ||
      c === 0x1680 ||
      (c >= 0x2000 && c <= 0x200a) ||
      c === 0x2028 ||
      c === 0x2029 ||
      c === 0x202f ||
      c === 0x205f
    ) {
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

const SPACE = '[ \\t\\u3000\\u00a0]';
const ZERO_WIDTH = '[\\u200b-\\u200d\\u2060\\ufeff]*';
/**
 * A list marker at the start of a line: a number with `.`, `)` or `:` and a space after it, a number
 * with `、`, `．`, `）` or `：`, a number in brackets, a circled number, a bullet, or `-`, `*`, `+` and a
 * space. An address never starts this way (`18.167…` has no space after its first dot).
 */
const MARKER = new RegExp(
  `${ZERO_WIDTH}(?:\\d{1,3}[.):](?=${SPACE})|\\d{1,3}[、．）：]|[(（]\\d{1,3}[)）]|[\\u2460-\\u2473\\u2776-\\u277f]|[•·▪◦‣●○■□◆◇►▶➢➤→–—]|[-*+](?=${SPACE}))${SPACE}*`,
  'y',
);
/**
 * A label before an entry: up to six words of letters, digits and a few marks (the first starting
 * with no ASCII digit), then `:` or `：`
 * (`IP 1：`, `IP:`, `IPv4 地址：`, `Server (Tokyo):`). Words are separated by spaces, so the pattern
 * never backtracks more than a word's length. `isLabel` rules out the start of an IPv6 address.
 */
const LABEL_WORD = '[\\p{L}\\p{N}_#()（）-]{1,20}';
const LABEL = new RegExp(
  `${ZERO_WIDTH}(${LABEL_WORD}(?:${SPACE}+${LABEL_WORD}){0,5})${SPACE}*[:：](?![:：])${SPACE}*`,
  'uy',
);
/**
 * Hex digits alone, half- or full-width, could be the first group of an IPv6 address (`fe80:…`,
 * `２００１：…`): not a label.
 */
const isLabel = (text: string) => /[^0-9a-fA-F\uff10-\uff19\uff21-\uff26\uff41-\uff46]/.test(text);

/** End of the decoration (marker and label) that starts at `i`, or `i` when there is none. */
function decorationEnd(input: string, i: number, lineStart: boolean): number {
  let end = i;
  if (lineStart) {
    MARKER.lastIndex = i;
    if (MARKER.exec(input)) end = MARKER.lastIndex;
  }
  // Every IPv4 entry starts with a digit, and no label does: the common case costs one comparison.
  if (isDigit(input.charCodeAt(end))) return end;
  LABEL.lastIndex = end;
  const label = LABEL.exec(input);
  if (label && isLabel(label[1])) end = LABEL.lastIndex;
  return end;
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isDigitOrDot = (c: number) => isDigit(c) || c === 0x2e;
const isInlineSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0;
const FOUR_PARTS = /^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;
/** Longest piece of an address looked at on either side of a space (`255.255.255.` is 12). */
const PIECE_MAX = 15;

/**
 * Where the entry `input[start, i)` continues after the spaces at `i`, when those spaces broke one
 * IPv4 address in two (`18.167. 89.125`, `18.167 .89.125`): the index of its next piece, else -1.
 * Only when the two pieces, each incomplete, make exactly four parts; `1. 18.167.89.125` does not.
 */
function splitAddressContinues(input: string, start: number, i: number): number {
  if (i - start > PIECE_MAX) return -1;
  for (let k = start; k < i; k++) if (!isDigitOrDot(input.charCodeAt(k))) return -1;
  let j = i;
  while (j < input.length && isInlineSpace(input.charCodeAt(j))) j++;
  let k = j;
  while (k < input.length && k - j <= PIECE_MAX && isDigitOrDot(input.charCodeAt(k))) k++;
  if (k === j || (k < input.length && !isSeparator(kindOf(input.charCodeAt(k))))) return -1;
  const head = input.slice(start, i);
  const tail = input.slice(j, k);
  if (!head.endsWith('.') && !tail.startsWith('.')) return -1;
  return FOUR_PARTS.test(head + tail) ? j : -1;
}

const isSeparator = (kind: Kind) =>
  kind === Kind.Separator || kind === Kind.FullwidthSeparator || kind === Kind.InvisibleSeparator;
const isLineBreak = (c: number) => c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;

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
  let fullwidth = 0; // full-width characters mapped in this entry
  let invisible = false;
  let spaced = false;
  let lastCode = 0; // the entry's last character as pasted
  // Where a list marker may stand (start of a line) and where a label may (start of a line or after a
  // comma or semicolon); spaces and tabs keep both.
  let lineStart = true;
  let itemStart = true;
  // A full-width separator was seen since the last entry: it separates only if an entry follows on the
  // same line (at the end of a line it is punctuation).
  let fullwidthPending = false;
  const buffer: number[] = [];

  const keep = (c: number) => {
    if (buffer.length < CLEANED_MAX) buffer.push(c);
  };

  const finish = (end: number) => {
    if (start >= 0) {
      // A 。 ending an entry closes a sentence: it is not part of the address.
      if (lastCode === 0x3002 && cleaned !== null && cleaned.length > 1) {
        cleaned.pop();
        fullwidth--;
      }
      // Nothing left after cleaning only when every character was invisible: nothing to check.
      if (cleaned !== null && cleaned.length === 0) {
        if (invisible) invisibleSeparator = true;
      } else if (count < max) {
        count++;
        const raw = input.slice(start, end);
        const text = cleaned === null ? raw : String.fromCharCode(...cleaned);
        onToken({raw, text, fullwidth: fullwidth > 0, invisible, spaced});
      } else skipped++;
    }
    start = -1;
    cleaned = null;
    buffer.length = 0;
    fullwidth = 0;
    invisible = false;
    spaced = false;
  };

  const cleaning = (i: number) => {
    if (cleaned === null) {
      cleaned = buffer;
      for (let j = start; j < i; j++) keep(input.charCodeAt(j));
    }
  };

  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    const kind = kindOf(c);
    if (isSeparator(kind)) {
      if (start >= 0 && cleaned === null && isInlineSpace(c)) {
        const next = splitAddressContinues(input, start, i);
        if (next >= 0) {
          cleaning(i);
          spaced = true;
          i = next - 1;
          continue;
        }
      }
      finish(i);
      if (isLineBreak(c)) {
        lineStart = true;
        itemStart = true;
        fullwidthPending = false;
      } else if (kind === Kind.FullwidthSeparator) {
        if (c !== 0x3000) itemStart = true;
        fullwidthPending = true;
      } else if (c === 0x2c || c === 0x3b) itemStart = true;
      if (kind === Kind.InvisibleSeparator) invisibleSeparator = true;
      continue;
    }
    if (start < 0) {
      if (itemStart) {
        itemStart = false;
        const end = decorationEnd(input, i, lineStart);
        lineStart = false;
        if (end > i) {
          i = end - 1;
          continue;
        }
      }
      lineStart = false;
      if (fullwidthPending) fullwidthSeparator = true;
      fullwidthPending = false;
      start = i;
    }
    lastCode = c;
    if (kind === Kind.Char) {
      if (cleaned !== null) keep(c);
      continue;
    }
    // A character that is cleaned: switch the entry to an explicitly built text.
    cleaning(i);
    if (kind === Kind.ZeroWidth) invisible = true;
    else {
      fullwidth++;
      keep(asciiCodeOf(c));
    }
  }
  finish(input.length);
  return {fullwidthSeparator, invisibleSeparator, skipped};
}
