// How a query reaches the search page without going into an address, a title or storage: a reader may
// paste a secret into a search box, and an address stays in the browser's history. Within the site (the
// navbar's "See all results") the query waits in this module's memory; to the other language's site,
// which is another build and so a new page load in the same tab, it waits in the tab's window.name, which
// the browser keeps across a navigation within one site. The search page takes it once and clears both.
// Going back to a search within the same page load finds its query again, in memory too; a reload, which
// clears the memory, opens an empty search.
const PREFIX = 'keybridge-search:';
let pending: string | undefined;
const byEntry = new Map<string, string>();

/**
 * Keeps the query typed on the search page for its history entry, by the router's key for the entry. The
 * entry the page was loaded in has no key; it is the only one without, for as long as this memory lasts.
 */
export function rememberQuery(entry: string | undefined, query: string): void {
  byEntry.set(entry ?? '', query);
}

export function rememberedQuery(entry: string | undefined): string | undefined {
  return byEntry.get(entry ?? '');
}

/** The search page at `path`; with `query`, the query it opens with. */
export function searchPageLink(path: string, query?: string): string {
  if (query !== undefined) pending = query;
  return path;
}

/** Called as the reader follows a link to the other language's search page. */
export function handOffToOtherSite(query: string): void {
  window.name = `${PREFIX}${query}`;
}

/** The query handed to the search page, once. */
export function takeHandedOffQuery(): string | undefined {
  let query = pending;
  pending = undefined;
  if (window.name.startsWith(PREFIX)) {
    query ??= window.name.slice(PREFIX.length);
    window.name = '';
  }
  return query;
}
