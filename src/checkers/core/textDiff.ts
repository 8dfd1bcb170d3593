// Where two strings part: used by the request signers to mark the first character a bot got wrong.

/** Index of the first character where `actual` departs from `expected`, or -1 when they are equal. */
export function firstDifference(expected: string, actual: string): number {
  const n = Math.min(expected.length, actual.length);
  for (let i = 0; i < n; i++) if (expected[i] !== actual[i]) return i;
  return expected.length === actual.length ? -1 : n;
}
