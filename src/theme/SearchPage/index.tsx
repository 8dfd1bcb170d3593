// The search page of @easyops-cn/docusaurus-search-local, ejected and trimmed to what this site uses, with:
// - a <main> landmark around the page's content (the plugin's page has none);
// - each result once (one entry per page and heading, even when the title and the text both match);
// - when nothing matches, a link that runs the same query on the other language's search page, since
//   each language has its own index (白名单 finds nothing on the English site);
// - the query only in the page's state: never in the address or the title, which stay in the browser's
//   history (a reader may paste a secret here). It arrives from a link in memory (handOff), or from an
//   older link's ?q=, which is taken out of the address as the page reads it; a reload opens an empty
//   search.
import {useEffect, useState} from 'react';
import Layout from '@theme/Layout';
import Head from '@docusaurus/Head';
import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {usePluralForm} from '@docusaurus/theme-common';
import {useHistory, useLocation} from '@docusaurus/router';
import {
  fetchIndexesByWorker,
  searchByWorker,
  type SearchResult,
} from '@easyops-cn/docusaurus-search-local/dist/client/client/theme/searchByWorker';
import {highlight} from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/highlight';
import {uniqueResults} from './uniqueResults';
import {otherLocaleSearch} from './otherLocaleSearch';
import {handOffToOtherSite, rememberQuery, rememberedQuery, takeHandedOffQuery} from './handOff';
import styles from './styles.module.css';

// The plugin's document types: 0 title, 1 heading, 2 description, 3 keywords, 4 content.
const TITLE = 0;
const HEADING = 1;
const DESCRIPTION = 2;
const CONTENT = 4;

function ResultItem({result}: {result: SearchResult}) {
  const {document, type, page, tokens} = result;
  // Title and heading results are named by their own text; the others by the heading they sit under.
  const title = type === TITLE || type === HEADING ? document.t : (document.s ?? page?.t ?? '');
  const path = [...((type === TITLE ? document.b : page?.b) ?? [])];
  if ((type === HEADING || type === CONTENT) && page) path.push(page.t);
  return (
    <article className={styles.result}>
      <h2>
        <Link to={document.u + (document.h ?? '')} dangerouslySetInnerHTML={{__html: highlight(title, tokens)}} />
      </h2>
      {path.length > 0 && <p className={styles.path}>{path.join(' › ')}</p>}
      {(type === CONTENT || type === DESCRIPTION) && (
        <p className={styles.summary} dangerouslySetInnerHTML={{__html: highlight(document.t, tokens)}} />
      )}
    </article>
  );
}

function SearchPageContent() {
  const {siteConfig, i18n} = useDocusaurusContext();
  const {selectMessage} = usePluralForm();
  const history = useHistory();
  const location = useLocation();
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<SearchResult[] | undefined>();
  const [ready, setReady] = useState(false);
  // One index per language: no search contexts or doc versions on this site.
  const searchContext = '';
  const versionUrl = siteConfig.baseUrl;
  const other = otherLocaleSearch(i18n, query);

  // The tab's title goes into the history: it never holds the query. The heading on the page may.
  const pageTitle = translate({id: 'theme.SearchPage.emptyResultsTitle', message: 'Search the documentation'});
  const heading = query
    ? translate({id: 'theme.SearchPage.existingResultsTitle', message: 'Search results for "{query}"'}, {query})
    : pageTitle;

  useEffect(() => {
    void fetchIndexesByWorker(versionUrl, searchContext).then(() => setReady(true));
  }, [versionUrl, searchContext]);

  useEffect(() => {
    if (!query) {
      setResults(undefined);
      return;
    }
    let current = true;
    void searchByWorker(versionUrl, searchContext, query, 100).then((found) => {
      if (current) setResults(uniqueResults(found));
    });
    return () => {
      current = false;
    };
  }, [query, versionUrl, searchContext]);

  // The static page has no query. On each arrival (a link, going back, an older link's ?q=) the query
  // is read once the page runs in the browser, and ?q= is then taken out of the address (replacing this
  // history entry, under a new key).
  useEffect(() => {
    const params = new URLSearchParams(location.search);
    const fromAddress = params.get('q');
    const arrived = takeHandedOffQuery() ?? rememberedQuery(location.key) ?? fromAddress;
    if (arrived !== null) setQuery(arrived);
    if (fromAddress !== null) {
      params.delete('q');
      const search = params.toString();
      history.replace({pathname: location.pathname, search: search ? `?${search}` : '', hash: location.hash});
    }
    // Only on arrival.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [location.key]);
  useEffect(() => rememberQuery(location.key, query), [location.key, query]);

  return (
    <main className={`container margin-vert--lg ${styles.page}`}>
      <Head>
        <meta property="robots" content="noindex, follow" />
        <title>{pageTitle}</title>
      </Head>
      <h1>{heading}</h1>
      <input
        type="search"
        name="q"
        className={styles.input}
        aria-label={translate({id: 'keybridge.search.inputLabel', message: 'Search'})}
        onChange={(e) => setQuery(e.target.value)}
        value={query}
        autoComplete="off"
        // The search page is its box: the reader came here to type in it.
        // eslint-disable-next-line jsx-a11y/no-autofocus
        autoFocus
      />
      {!ready && query && <p>{translate({id: 'keybridge.search.loading', message: 'Loading the search index…'})}</p>}
      {results &&
        (results.length > 0 ? (
          <p>
            {selectMessage(
              results.length,
              translate(
                {id: 'theme.SearchPage.documentsFound.plurals', message: '1 document found|{count} documents found'},
                {count: results.length},
              ),
            )}
          </p>
        ) : (
          <div data-testid="search-no-results">
            <p>{translate({id: 'theme.SearchPage.noResultsText', message: 'No documents were found'})}</p>
            <p>
              <a href={other.href} className={styles.otherLocale} onClick={() => handOffToOtherSite(query)}>
                {other.label}
              </a>
            </p>
          </div>
        ))}
      <section>
        {results?.map((result) => (
          <ResultItem key={`${result.document.i}-${result.type}`} result={result} />
        ))}
      </section>
    </main>
  );
}

export default function SearchPage() {
  return (
    <Layout>
      <SearchPageContent />
    </Layout>
  );
}
