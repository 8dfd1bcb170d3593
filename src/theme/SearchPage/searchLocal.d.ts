// Types for the parts of @easyops-cn/docusaurus-search-local's client that the search page below reuses
// (the package ships them as plain JavaScript).
declare module '@easyops-cn/docusaurus-search-local/dist/client/client/theme/searchByWorker' {
  export interface SearchResult {
    document: {i: number; t: string; u: string; h?: string; s?: string; b?: string[]};
    type: number;
    page: {t: string; b?: string[]} | undefined;
    tokens: string[];
  }
  export function fetchIndexesByWorker(baseUrl: string, searchContext: string): Promise<void>;
  export function searchByWorker(
    baseUrl: string,
    searchContext: string,
    input: string,
    limit: number,
  ): Promise<SearchResult[]>;
}

declare module '@easyops-cn/docusaurus-search-local/dist/client/client/utils/highlight' {
  export function highlight(html: string, tokens: string[]): string;
}
