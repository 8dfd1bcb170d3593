// Each language is built as its own site with its own search index, so a query can find nothing in one
// language and plenty in the other (白名单 on the English site). This is the other language's search page
// and the words for the link to it; the query goes with the reader who follows it (handOffToOtherSite),
// not in the link's address.
import {translate} from '@docusaurus/Translate';

export interface LocaleInfo {
  currentLocale: string;
  defaultLocale: string;
}

export function otherLocaleSearch(
  {currentLocale, defaultLocale}: LocaleInfo,
  query: string,
): {href: string; label: string} {
  const other = currentLocale === 'en' ? 'zh-Hans' : 'en';
  const path = other === defaultLocale ? '/search' : `/${other}/search`;
  return {
    href: path,
    label: translate(
      {
        id: 'keybridge.search.otherLocale',
        message: 'Search the Chinese site for “{query}”',
        description: 'Link shown when a search finds nothing: the same query on the other language’s site',
      },
      {query},
    ),
  };
}
