/** A pasted entry as the widget quotes it: a blob without separators can be any length. */
export function shorten(raw: string, max = 48): string {
  return raw.length > max ? `${raw.slice(0, max - 1)}…` : raw;
}
