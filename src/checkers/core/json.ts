// Reading pasted JSON: a parse that answers "not JSON" instead of throwing, and the test for an object.

/** The value of a JSON text, or undefined when the text is not JSON. */
export function parseJson(text: string): {value: unknown} | undefined {
  try {
    return {value: JSON.parse(text)};
  } catch {
    return undefined;
  }
}

/** A JSON object: not null, not an array. */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
