// How people paste a key or a secret, read before the value is decoded: full-width characters from a
// Chinese input method (ＡＢＣ１２３＋／＝ and a closing 。), zero-width characters from web pages and chat
// apps, and a label in front of the value ("API Key: …", "PUBLIC_KEY=…", "公钥：…", `API Secret = "…"`).
// Shared by the public key and the key pair checkers. Every function here is linear in its input.

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/;
const ZERO_WIDTH_ALL = /[\u200B-\u200D\u2060\uFEFF]/g;
const NOT_ASCII = /[^\u0000-\u007e]/;

/**
 * Spaces, tabs, newlines, no-break spaces (\s) and the zero-width characters \s does not cover: never part
 * of a key or a secret. Global, for `replace` (a global pattern's `test` remembers where it stopped).
 */
export const WHITESPACE = /[\s\u200B-\u200D\u2060\uFEFF]/g;

export interface Folded {
  text: string;
  /** Full-width forms were turned into ASCII, or a closing 。 was dropped. */
  fullwidth: boolean;
}

/** Removes zero-width characters; says whether there were any. */
export function dropZeroWidth(text: string): {text: string; invisible: boolean} {
  if (!ZERO_WIDTH.test(text)) return {text, invisible: false};
  return {text: text.replace(ZERO_WIDTH_ALL, ''), invisible: true};
}

// Full-width ASCII forms and the ideographic space; an ideographic full stop with only spaces after it
// on its line (the lookahead scans each space once: it stops at the first character that is not one).
const FULLWIDTH = /[\uff01-\uff5e\u3000]|\u3002(?=[ \t\u3000]*(?:[\r\n]|$))/g;
const HAS_FULLWIDTH = /[\uff01-\uff5e\u3000]|\u3002(?=[ \t\u3000]*(?:[\r\n]|$))/;

/**
 * Full-width ASCII forms (U+FF01–FF5E) become ASCII, the ideographic space a space, and an ideographic
 * full stop 。 at the end of a line is dropped (one typed in the middle stays: no key contains it).
 */
export function foldFullwidth(text: string): Folded {
  if (!NOT_ASCII.test(text) || !HAS_FULLWIDTH.test(text)) return {text, fullwidth: false};
  const folded = text.replace(FULLWIDTH, (c) => {
    const code = c.charCodeAt(0);
    return code === 0x3000 ? ' ' : code === 0x3002 ? '' : String.fromCharCode(code - 0xfee0);
  });
  return {text: folded, fullwidth: true};
}

/** What a label says the value is. */
export type LabelKind = 'public' | 'secret' | 'other';

export interface Labelled {
  /** The label as written, without its separator (at most 40 characters). */
  label: string;
  kind: LabelKind;
  /** What follows the separator, untouched (it may be empty: the value is then on the next line). */
  value: string;
}

// A label: a word or a few, as a person, a script or a .env file writes it, then ":", "=", "：" or "＝".
// It starts with a letter (or a Han character), holds no quote, colon or equals sign, and is short, so
// base64 (which has "=" only at its end, and is longer) is never read as one. A shell `export`/`set`
// or PowerShell `$env:` in front, and quotes around the label (a JSON member), are part of the label.
const LABEL =
  /^(?:export[ \t]+|set[ \t]+|\$env:)?["'`]?([A-Za-z\u4e00-\u9fff\uff21-\uff3a\uff41-\uff5a][A-Za-z0-9 _\-.()（）\u4e00-\u9fff\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]{0,39}?)["'`]?[ \t]*[:=：＝][ \t]*/;
// Secrets first: "API Secret Key" is a secret, "API Key" is not.
const SECRET_WORDS = /secret|private|priv[ _-]?key|\bseed|_seed|私钥|秘钥|助记词|signing[ _-]?key/i;
const PUBLIC_WORDS = /public|\bpub\b|_pub\b|pub[ _-]?key|verif|公钥|api[ _-]?key|apikey|access[ _-]?key/i;

export function labelKind(label: string): LabelKind {
  const ascii = foldFullwidth(label).text;
  if (SECRET_WORDS.test(ascii)) return 'secret';
  if (PUBLIC_WORDS.test(ascii)) return 'public';
  return 'other';
}

/**
 * A label at the start of `line` (one line, already trimmed), or undefined. A web address
 * ("https://…") is not a label and value.
 */
export function readLabel(line: string): Labelled | undefined {
  const match = LABEL.exec(line);
  if (!match) return undefined;
  const value = line.slice(match[0].length);
  if (value.startsWith('//')) return undefined;
  const label = match[1].trim();
  // "ab==" would read as label "ab", value "=": a value must hold something.
  if (value !== '' && !/[A-Za-z0-9\uff10-\uff19\uff21-\uff3a\uff41-\uff5a{[-]/.test(value)) return undefined;
  return {label, kind: labelKind(label), value};
}

/** Quote marks people copy around a value: straight, curly, CJK corner brackets, Markdown backticks. */
export const QUOTES: ReadonlySet<string> = new Set(['"', "'", '`', '‘', '’', '“', '”', '「', '」', '『', '』']);

/**
 * The value after a label, as code writes it: `"…"`, `"…",` or `'…';` lose the trailing comma or
 * semicolon (the quotes themselves are the callers' to remove and report).
 */
export function valueAfterLabel(value: string): string {
  const text = value.trim();
  if (text.length >= 3 && QUOTES.has(text[0]) && (text.endsWith(',') || text.endsWith(';'))) {
    const inner = text.slice(0, -1).trimEnd();
    if (QUOTES.has(inner[inner.length - 1])) return inner;
  }
  return text;
}
