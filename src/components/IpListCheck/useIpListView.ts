import {useEffect, useMemo, useRef, useState} from 'react';
import {useCheckerModule} from '@site/src/components/CheckerParts';
import type {IpListRequest, IpListView} from './ipListView';

// The checker (and ipaddr.js behind it) is imported on the widget's first use, not with the page.
const loadView = () => import('./ipListView');

const EMPTY: IpListView = {verdict: 'empty', findings: [], entries: [], entryCount: 0, problems: 0, output: ''};

/** Inputs at least this long are checked in a Web Worker; shorter ones on every keystroke, as before. */
export const WORKER_AT = 20_000;

interface Answer {
  request: IpListRequest;
  view: IpListView;
}

const sameRequest = (a: IpListRequest, b: IpListRequest) =>
  a.text === b.text && a.target === b.target && a.terminal === b.terminal && a.compareRequired === b.compareRequired;

/**
 * The view of the current request and whether it is still being checked. Long inputs go to a Web Worker
 * (created on first need) running the same pure code, so a pasted megabyte never blocks typing; the last
 * finished view stays on screen, marked as checking, until the new one arrives. Without Worker support
 * (or if the worker fails) everything is checked on the main thread.
 */
export function useIpListView(request: IpListRequest): {
  view: IpListView;
  checking: boolean;
  pending: boolean;
  load: () => Promise<unknown>;
} {
  const {text, target, terminal, compareRequired} = request;
  const large = text.length + terminal.length >= WORKER_AT;
  const worker = useRef<Worker | null>(null);
  const pending = useRef(new Map<number, IpListRequest>());
  const nextId = useRef(0);
  const shown = useRef<IpListView | null>(null);
  const [workerFailed, setWorkerFailed] = useState(false);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const inWorker = large && !workerFailed && typeof Worker !== 'undefined';

  const {module, load} = useCheckerModule(loadView);
  const blank = text === '' && terminal === '';
  // Something to check before the widget was used (a value set without focus): load the checker now.
  useEffect(() => {
    if (!blank && !module) void load();
  }, [blank, module, load]);
  const local = useMemo(
    () => (inWorker || !module ? null : module.computeView({text, target, terminal, compareRequired})),
    [inWorker, module, text, target, terminal, compareRequired],
  );

  useEffect(() => {
    if (!inWorker) return;
    if (!worker.current) {
      try {
        worker.current = new Worker(new URL('./ipListWorker.ts', import.meta.url));
      } catch {
        setWorkerFailed(true);
        return;
      }
      worker.current.onmessage = (event: MessageEvent<{id: number; view: IpListView}>) => {
        const asked = pending.current.get(event.data.id);
        for (const id of pending.current.keys()) if (id <= event.data.id) pending.current.delete(id);
        if (asked) setAnswer({request: asked, view: event.data.view});
      };
      worker.current.onerror = () => setWorkerFailed(true);
    }
    const id = ++nextId.current;
    pending.current.set(id, {text, target, terminal, compareRequired});
    worker.current.postMessage({id, text, target, terminal, compareRequired});
  }, [inWorker, text, target, terminal, compareRequired]);

  useEffect(() => () => worker.current?.terminate(), []);

  if (local) {
    shown.current = local;
    return {view: local, checking: false, pending: false, load};
  }
  if (!inWorker) {
    // The checker is still loading: nothing to judge yet, or "Checking…" in the banner.
    return {view: shown.current ?? EMPTY, checking: false, pending: !blank, load};
  }
  if (answer && sameRequest(answer.request, request)) {
    shown.current = answer.view;
    return {view: answer.view, checking: false, pending: false, load};
  }
  shown.current ??= EMPTY;
  return {view: shown.current, checking: true, pending: false, load};
}
