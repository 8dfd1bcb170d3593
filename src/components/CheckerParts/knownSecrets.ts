import {useEffect, useSyncExternalStore} from 'react';

// Secrets this page knows, so a checker on the same page can tell a pasted secret from a public key: the
// key generator's secret, or a secret typed into a secret field. In memory only, as long as the widget
// that published it is on the page: never stored, sent or logged. A secret is removed when its widget
// changes it or goes away.

const secrets = new Map<symbol, string>();
let snapshot: readonly string[] = [];
const NONE: readonly string[] = [];
const listeners = new Set<() => void>();

function changed() {
  snapshot = [...secrets.values()];
  for (const listener of listeners) listener();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};

/** The secrets published on this page (none on the server and at hydration). */
export function useKnownSecrets(): readonly string[] {
  return useSyncExternalStore(
    subscribe,
    () => snapshot,
    () => NONE,
  );
}

/** Publishes `secret` (base64) while this component shows it; undefined or blank publishes nothing. */
export function usePublishSecret(secret: string | undefined): void {
  useEffect(() => {
    if (!secret || secret.trim() === '') return undefined;
    const id = Symbol('secret');
    secrets.set(id, secret);
    changed();
    return () => {
      secrets.delete(id);
      changed();
    };
  }, [secret]);
}
