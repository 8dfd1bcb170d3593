import {useCallback, useEffect, useState, useSyncExternalStore} from 'react';

// Checker code (the checkers, i18next and the message catalogues, ipaddr.js, @noble) is not part of the
// page: a widget imports it with `import()` when the reader first focuses, presses or types in it
// (CheckerCard's `onFirstUse`). Its fields are React state, so what is typed before the code arrives is
// kept and checked as soon as it does; meanwhile the verdict says "Checking…".

type DescribeModule = typeof import('@site/src/checkers/describe');

let describeModule: DescribeModule | null = null;
let describeLoading: Promise<DescribeModule> | null = null;
const describeListeners = new Set<() => void>();
const onDescribe = (listener: () => void) => {
  describeListeners.add(listener);
  return () => void describeListeners.delete(listener);
};

/** Loads `describe` (i18next and this locale's messages) once; every widget shares it. */
export function loadDescribe(): Promise<DescribeModule> {
  describeLoading ??= import('@site/src/checkers/describe').then(
    (m) => {
      describeModule = m;
      for (const listener of describeListeners) listener();
      return m;
    },
    (err: unknown) => {
      describeLoading = null; // the next interaction tries again
      throw err;
    },
  );
  return describeLoading;
}

/**
 * `describe`/`describeFix`, or null until loaded (null on the server and at hydration). `needed`: there is
 * a finding to word, so start loading if no widget has yet; a banner with nothing to word loads nothing.
 */
export function useDescribe(needed = true): DescribeModule | null {
  const module = useSyncExternalStore(onDescribe, () => describeModule, () => null);
  useEffect(() => {
    if (needed && !module) void loadDescribe();
  }, [needed, module]);
  return module;
}

const loaded = new Map<unknown, unknown>();
const loading = new Map<unknown, Promise<unknown>>();

function loadOnce<M>(loader: () => Promise<M>): Promise<M> {
  let promise = loading.get(loader) as Promise<M> | undefined;
  if (!promise) {
    // The messages load with the checker, so a report is never shown before its words.
    promise = Promise.all([loader(), loadDescribe()]).then(([m]) => {
      loaded.set(loader, m);
      return m;
    });
    promise.catch(() => loading.delete(loader));
    loading.set(loader, promise);
  }
  return promise;
}

/**
 * A widget's checker code, imported on first use. `loader` must be a module-level function (it is the
 * cache key). Returns the module (null until it has arrived) and `load`, which starts loading and
 * resolves to the module: pass it to CheckerCard's `onFirstUse`, and await it in a click handler.
 */
export function useCheckerModule<M>(loader: () => Promise<M>): {module: M | null; load: () => Promise<M>} {
  // Null on the server and at hydration; already there when the reader comes back to a widget.
  const [module, setModule] = useState<M | null>(() => (loaded.get(loader) as M | undefined) ?? null);
  const load = useCallback(
    () =>
      loadOnce(loader).then((m) => {
        setModule(() => m);
        return m;
      }),
    [loader],
  );
  return {module, load};
}
