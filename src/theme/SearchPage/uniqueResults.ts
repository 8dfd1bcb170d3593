/** The first result for each page + heading, in the search's order: a page whose title and text both match is listed once. */
export function uniqueResults<T extends {document: {u: string; h?: string}}>(results: T[]): T[] {
  const seen = new Set<string>();
  return results.filter(({document}) => {
    const key = `${document.u}${document.h ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
