// The navbar search box (NavbarSearch, the search plugin's own, ejected), with one addition: when its
// dropdown says "No results", a link under it runs the same query on the other language's search page
// (see SearchPage/otherLocaleSearch). The dropdown is drawn by the plugin outside React, so the link is
// added when the "No results" line appears, and takes the query from the box when followed.
import {useEffect, useRef} from 'react';
import {DocsPreferredVersionContextProvider} from '@docusaurus/plugin-content-docs/client';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {otherLocaleSearch} from '../SearchPage/otherLocaleSearch';
import {handOffToOtherSite} from '../SearchPage/handOff';
import NavbarSearch from './NavbarSearch';
import styles from './styles.module.css';

export default function SearchBarWrapper(props: {handleSearchBarToggle?: (expanded: boolean) => void}) {
  const ref = useRef<HTMLDivElement>(null);
  const {i18n} = useDocusaurusContext();

  useEffect(() => {
    const root = ref.current;
    if (!root) return undefined;
    const addLink = () => {
      // The plugin's "No results" line (a CSS-module class, so matched by its stable prefix).
      const empty = root.querySelector<HTMLElement>('[class*="noResults_"]');
      const input = root.querySelector<HTMLInputElement>('input.navbar__search-input');
      if (!empty || !input || empty.parentElement?.querySelector('[data-other-locale-search]')) return;
      const {href, label} = otherLocaleSearch(i18n, input.value);
      const link = document.createElement('a');
      link.href = href;
      link.textContent = label;
      link.className = styles.otherLocale;
      link.dataset.otherLocaleSearch = '';
      // The query may have changed since the link was drawn: take the one in the box.
      link.addEventListener('click', () => handOffToOtherSite(input.value));
      empty.insertAdjacentElement('afterend', link);
    };
    const observer = new MutationObserver(addLink);
    observer.observe(root, {childList: true, subtree: true});
    return () => observer.disconnect();
  }, [i18n]);

  return (
    <div ref={ref} className={styles.wrapper}>
      <DocsPreferredVersionContextProvider>
        <NavbarSearch {...props} />
      </DocsPreferredVersionContextProvider>
    </div>
  );
}
