/** Quotes text for a POSIX shell command line: single quotes, with any ' written as '\''. */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}
