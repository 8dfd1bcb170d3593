// Types for the parts of @easyops-cn/docusaurus-search-local's client that the navbar search box reuses
// (the package ships them as plain JavaScript), and for the autocomplete widget it draws the dropdown with.
declare module '@easyops-cn/docusaurus-search-local/dist/client/client/theme/SearchBar/SuggestionTemplate' {
  export function SuggestionTemplate(result: unknown): string;
}

declare module '@easyops-cn/docusaurus-search-local/dist/client/client/theme/SearchBar/EmptyTemplate' {
  export function EmptyTemplate(): string;
}

declare module '@easyops-cn/docusaurus-search-local/dist/client/client/theme/LoadingRing/LoadingRing' {
  export default function LoadingRing(props: {className?: string}): JSX.Element;
}

declare module '@easyops-cn/docusaurus-search-local/dist/client/client/utils/proxiedGenerated' {
  export const searchBarShortcut: boolean;
  export const searchBarShortcutHint: boolean;
  export const searchBarShortcutKeymap: string | undefined;
  export const searchBarPosition: 'left' | 'right' | 'auto';
  export const docsPluginIdForPreferredVersion: string | undefined;
}

declare module '@easyops-cn/docusaurus-search-local/dist/client/client/utils/keymap' {
  export interface Keymap {
    key: string;
    ctrl: boolean;
    alt: boolean;
    shift: boolean;
    meta: boolean;
  }
  export function parseKeymap(keymap: string): Keymap;
  export function matchesKeymap(event: KeyboardEvent, keymap: Keymap): boolean;
  export function getKeymapHints(keymap: string, isMac: boolean): string[];
}

declare module '@easyops-cn/docusaurus-search-local/dist/client/client/utils/platform' {
  export function isMacPlatform(): boolean;
}

declare module '@easyops-cn/autocomplete.js' {
  interface Widget {
    autocomplete: {destroy(): void; open(): void; close(): void; setVal(value: string): void};
    on(event: string, handler: (...args: never[]) => void): Widget;
  }
  interface AutoComplete {
    (input: HTMLInputElement, options: object, datasets: object[]): Widget;
    noConflict?: () => void;
  }
  const autoComplete: AutoComplete;
  export default autoComplete;
}
