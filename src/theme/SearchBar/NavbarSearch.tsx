// The navbar search box of @easyops-cn/docusaurus-search-local (0.55), ejected and trimmed to what this
// site uses (one search context, no Ask AI, no highlighting on the target page), with two changes:
// - The box takes focus back when its index arrives only if the reader is still in it. The plugin
//   refocuses whenever the box had been focused once: a keyboard reader who tabbed past it before the
//   index loaded was pulled back to it when the index arrived.
// - Its accessible name is the translated "Search" (the plugin's aria-label is English on every page).
import {useCallback, useEffect, useRef, useState} from 'react';
import clsx from 'clsx';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {useHistory} from '@docusaurus/router';
import {translate} from '@docusaurus/Translate';
import {useActivePlugin, useActiveVersion} from '@docusaurus/plugin-content-docs/client';
import {
  fetchIndexesByWorker,
  searchByWorker,
} from '@easyops-cn/docusaurus-search-local/dist/client/client/theme/searchByWorker';
import {SuggestionTemplate} from '@easyops-cn/docusaurus-search-local/dist/client/client/theme/SearchBar/SuggestionTemplate';
import {EmptyTemplate} from '@easyops-cn/docusaurus-search-local/dist/client/client/theme/SearchBar/EmptyTemplate';
import LoadingRing from '@easyops-cn/docusaurus-search-local/dist/client/client/theme/LoadingRing/LoadingRing';
import {
  searchBarShortcut,
  searchBarShortcutHint,
  searchBarShortcutKeymap,
  searchBarPosition,
  docsPluginIdForPreferredVersion,
} from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/proxiedGenerated';
import {
  parseKeymap,
  matchesKeymap,
  getKeymapHints,
} from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/keymap';
import {isMacPlatform} from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/platform';
import styles from '@easyops-cn/docusaurus-search-local/dist/client/client/theme/SearchBar/SearchBar.module.css';
import {searchPageLink} from '../SearchPage/handOff';
// Not the theme's generated constants: that module also sets up lunr, which only the search worker needs.
import {SEARCH_RESULT_LIMITS as searchResultLimits} from './searchResultLimits';

type AutoComplete = {autocomplete: {destroy(): void; open(): void; close(): void; setVal(value: string): void}};

async function fetchAutoCompleteJS() {
  const autoComplete = (await import('@easyops-cn/autocomplete.js')).default;
  autoComplete.noConflict?.();
  return autoComplete;
}

/** On phones the box is collapsed until focused; once it opens, the caret goes to the end of its text. */
function caretToEndOnPhones(input: HTMLInputElement) {
  if (window.matchMedia('(max-width: 576px)').matches) input.setSelectionRange(input.value.length, input.value.length);
}

export default function NavbarSearch({handleSearchBarToggle}: {handleSearchBarToggle?: (expanded: boolean) => void}) {
  const isBrowser = useIsBrowser();
  const {
    siteConfig: {baseUrl},
  } = useDocusaurusContext();
  // Undefined outside the docs.
  const activePlugin = useActivePlugin();
  const activeVersion = useActiveVersion(activePlugin?.pluginId ?? docsPluginIdForPreferredVersion);
  const versionUrl = activeVersion && !activeVersion.isLast ? `${activeVersion.path}/` : baseUrl;
  const history = useHistory();
  const searchBarRef = useRef<HTMLInputElement>(null);
  const indexState = useRef<Map<string, 'loading' | 'done'>>(new Map());
  const search = useRef<AutoComplete | null>(null);
  const [loading, setLoading] = useState(false);
  const [inputChanged, setInputChanged] = useState(false);
  const [inputValue, setInputValue] = useState('');
  const [focused, setFocused] = useState(false);

  const loadIndex = useCallback(async () => {
    if (indexState.current.get(versionUrl)) return;
    indexState.current.set(versionUrl, 'loading');
    search.current?.autocomplete.destroy();
    setLoading(true);
    const [autoComplete] = await Promise.all([fetchAutoCompleteJS(), fetchIndexesByWorker(versionUrl, '')]);
    const input = searchBarRef.current;
    if (!input) return;
    // Read before the search widget wraps the box (which takes focus from it in some browsers).
    const stillInBox = document.activeElement === input;

    const seeAll = ({query}: {query: string}) => {
      const a = document.createElement('a');
      a.href = searchPageLink(`${versionUrl}search`);
      a.textContent = translate({id: 'theme.SearchBar.seeAll', message: 'See all results'});
      a.addEventListener('click', (e) => {
        if (e.ctrlKey || e.metaKey) return;
        e.preventDefault();
        search.current?.autocomplete.close();
        history.push(searchPageLink(`${versionUrl}search`, query));
      });
      const div = document.createElement('div');
      div.className = styles.hitFooter;
      div.appendChild(a);
      return div;
    };

    search.current = autoComplete(
      input,
      {
        hint: false,
        autoselect: true,
        openOnFocus: true,
        cssClasses: {
          root: clsx(styles.searchBar, {[styles.searchBarLeft]: searchBarPosition === 'left'}),
          noPrefix: true,
          dropdownMenu: styles.dropdownMenu,
          input: styles.input,
          hint: styles.hint,
          suggestions: styles.suggestions,
          suggestion: styles.suggestion,
          cursor: styles.cursor,
          dataset: styles.dataset,
          empty: styles.empty,
        },
      },
      [
        {
          source: async (query: string, callback: (results: unknown[]) => void) => {
            callback(await searchByWorker(versionUrl, '', query, searchResultLimits));
          },
          templates: {
            suggestion: SuggestionTemplate,
            empty: EmptyTemplate,
            footer: ({query, isEmpty}: {query: string; isEmpty: boolean}) => (isEmpty ? undefined : seeAll({query})),
          },
        },
      ],
    )
      .on('autocomplete:selected', (_event: unknown, {document: {u, h}}: {document: {u: string; h?: string}}) => {
        searchBarRef.current?.blur();
        history.push(u + (h ?? ''));
      })
      .on('autocomplete:closed', () => {
        searchBarRef.current?.blur();
      });

    indexState.current.set(versionUrl, 'done');
    setLoading(false);
    if (stillInBox) {
      if (input.value) search.current?.autocomplete.open();
      input.focus();
      caretToEndOnPhones(input);
    }
  }, [versionUrl, history]);

  const onInputFocus = useCallback(() => {
    void loadIndex();
    setFocused(true);
    handleSearchBarToggle?.(true);
    const input = searchBarRef.current;
    if (input) setTimeout(() => caretToEndOnPhones(input), 0);
  }, [handleSearchBarToggle, loadIndex]);

  const onInputBlur = useCallback(() => {
    setFocused(false);
    handleSearchBarToggle?.(false);
  }, [handleSearchBarToggle]);

  // A box focused before hydration (a fast reader) keeps its text and loads the index.
  useEffect(() => {
    const input = searchBarRef.current;
    if (input?.value) setInputValue(input.value);
    if (input && document.activeElement === input) onInputFocus();
    // Only on mount.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (!searchBarShortcut || !searchBarShortcutKeymap) return undefined;
    const keymap = parseKeymap(searchBarShortcutKeymap);
    const onKey = (event: KeyboardEvent) => {
      if (!matchesKeymap(event, keymap)) return;
      event.preventDefault();
      searchBarRef.current?.focus();
      onInputFocus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onInputFocus]);

  const onClear = useCallback(() => {
    setInputValue('');
    search.current?.autocomplete.setVal('');
  }, []);

  const label = translate({
    id: 'theme.SearchBar.label',
    message: 'Search',
    description: 'The ARIA label and placeholder for search button',
  });
  const isMac = isBrowser ? isMacPlatform() : false;

  return (
    <div
      className={clsx('navbar__search', styles.searchBarContainer, {
        [styles.searchIndexLoading]: loading && inputChanged,
        [styles.focused]: focused,
      })}
      // The box stays left-to-right, as the plugin draws it.
      dir="ltr">
      <svg aria-hidden="true" className={styles.searchIcon} focusable="false" viewBox="0 0 16 16">
        <path
          fill="currentColor"
          d="M6.02945 10.20327a4.17382 4.17382 0 1 1 4.17382-4.17382 4.15609 4.15609 0 0 1-4.17382 4.17382Zm9.69195 4.2199-4.8225-4.82338A5.88021 5.88021 0 0 0 12.058 6.02856 6.00467 6.00467 0 1 0 9.59979 10.8989l4.82338 4.82338a.89729.89729 0 0 0 1.29912 0 .89749.89749 0 0 0-.00087-1.29909Z"
        />
      </svg>
      <input
        placeholder={label}
        aria-label={label}
        className={`navbar__search-input ${styles.searchInput}`}
        onMouseEnter={() => void loadIndex()}
        onFocus={onInputFocus}
        onBlur={onInputBlur}
        onChange={(e) => {
          setInputValue(e.target.value);
          if (e.target.value) setInputChanged(true);
        }}
        ref={searchBarRef}
        value={inputValue}
      />
      <LoadingRing className={styles.searchBarLoadingRing} />
      {searchBarShortcut &&
        searchBarShortcutHint &&
        (inputValue !== '' ? (
          <button className={styles.searchClearButton} onClick={onClear}>
            ✕
          </button>
        ) : (
          isBrowser &&
          searchBarShortcutKeymap && (
            <div className={styles.searchHintContainer}>
              {getKeymapHints(searchBarShortcutKeymap, isMac).map((hint, index) => (
                <kbd key={index} className={styles.searchHint}>
                  {hint}
                </kbd>
              ))}
            </div>
          )
        ))}
    </div>
  );
}
