import {useCallback, useEffect, useSyncExternalStore} from 'react';

// Checker code (the checkers, i18next and the message catalogues, ipaddr.js, @noble) is not part of the
// page: a widget imports it with `import()` when the reader first focuses, presses or types in it
// (CheckerCard's `onFirstUse`). Its fields are React state, so what is typed before the code arrives is
// kept and checked as soon as it does; meanwhile the verdict says "Checking…".

type Loader<M> = () => Promise<M>;

// Loaded modules, by loader (a module-level function), shared by every component that uses the loader.
const loaded = new Map<Loader<unknown>, unknown>();
const loading = new Map<Loader<unknown>, Promise<unknown>>();
const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};

function loadOnce<M>(loader: Loader<M>): Promise<M> {
  let promise = loading.get(loader) as Promise<M> | undefined;
  if (!promise) {
    promise = loader().then((m) => {
      loaded.set(loader, m);
      for (const listener of listeners) listener();
      return m;
    });
    // A failed download is tried again on the next call.
    promise.catch(() => loading.delete(loader));
    loading.set(loader, promise);
  }
  return promise;
}

/** The module `loader` resolved to, or null: always null on the server and at hydration. */
function useLoaded<M>(loader: Loader<M>): M | null {
  return useSyncExternalStore(
    subscribe,
    () => (loaded.get(loader) as M | undefined) ?? null,
    () => null,
  );
}

const importDescribe = () => import('@site/src/checkers/core/describe');

/** Loads `describe` (i18next and this locale's messages) once; every widget shares it. */
export const loadDescribe = () => loadOnce(importDescribe);

/**
 * `describe`/`describeFix`, or null until loaded. `needed`: there is a finding to word, so start loading
 * if no widget has yet; a banner with nothing to word loads nothing.
 */
export function useDescribe(needed = true): Awaited<ReturnType<typeof importDescribe>> | null {
  const module = useLoaded(importDescribe);
  useEffect(() => {
    if (needed && !module) void loadDescribe();
  }, [needed, module]);
  return module;
}

/**
 * A widget's checker code, imported on first use. `loader` must be a module-level function (it is the
 * cache key; components that share it share the module). Returns the module (null until it and the
 * messages have arrived, so a report is never shown before its words) and `load`, which starts loading
 * and resolves to the module: pass it to CheckerCard's `onFirstUse`, and await it in a click handler.
 */
export function useCheckerModule<M>(loader: Loader<M>): {module: M | null; load: () => Promise<M>} {
  const module = useLoaded(loader);
  const withMessages = useDescribe(module !== null);
  const load = useCallback(() => Promise.all([loadOnce(loader), loadDescribe()]).then(([m]) => m), [loader]);
  return {module: module && withMessages ? module : null, load};
}
