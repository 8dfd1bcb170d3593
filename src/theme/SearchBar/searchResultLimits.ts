/** How many results the navbar search box asks for: docusaurus.config.ts gives it to the search theme
 * (`searchResultLimits`, used by its search page and worker), and the ejected box (./NavbarSearch.tsx) reads
 * it from here instead of from the theme's generated constants. */
export const SEARCH_RESULT_LIMITS = 8;
