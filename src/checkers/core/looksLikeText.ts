// Is a pasted value ordinary text (a phrase, a name, a URL, an e-mail address) rather than a damaged
// key? Only asked once no key format could be read, so a real key is never called text: the answer
// just picks the clearer message ("this is not a key" instead of "decodes to 7 bytes").

const URL_LIKE = /[a-z][a-z0-9+.-]{0,20}:\/\/|^www\./i; // bounded: no quadratic scan of long input
const EMAIL_LIKE = /[^\s@]@[^\s@.]+\.[^\s@]/;
// Letters outside ASCII (CJK, accented), which no key encoding uses.
const NON_ASCII_LETTER = /[^\u0000-\u007f]/;
const LETTERS = /\p{L}/u;
// A word: letters, perhaps joined by an apostrophe or hyphen, perhaps followed by punctuation.
const WORD = /^[A-Za-z]+(?:['’-][A-Za-z]+)*[.,!?:;]?$/;
const NAME = /^[A-Za-z]{1,24}[0-9]{0,4}$/;

/** Longer pastes get the length message instead; this bound keeps a megabyte paste cheap. */
const MAX_TEXT = 10_000;

export function looksLikeText(text: string): boolean {
  if (text.length > MAX_TEXT) return false;
  if (URL_LIKE.test(text) || EMAIL_LIKE.test(text)) return true;
  if (NON_ASCII_LETTER.test(text) && LETTERS.test(text.replace(/[\u0000-\u007f]/g, ''))) return true;
  const parts = text.split(/\s+/).filter((p) => p !== '');
  if (parts.length >= 2) return parts.length <= 200 && parts.every((p) => WORD.test(p));
  return NAME.test(text);
}
