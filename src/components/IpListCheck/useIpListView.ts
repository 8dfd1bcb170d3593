import {useEffect, useMemo, useRef, useState} from 'react';
import {computeView, type IpListRequest, type IpListView} from './ipListView';

/** Inputs at least this long are checked in a Web Worker; shorter ones on every keystroke, as before. */
export const WORKER_AT = 20_000;

interface Answer {
  request: IpListRequest;
  view: IpListView;
}

const sameRequest = (a: IpListRequest, b: IpListRequest) => a.text === b.text && a.target === b.target && a.terminal === b.terminal;

/**
 * The view of the current request and whether it is still being checked. Long inputs go to a Web Worker
 * (created on first need) running the same pure code, so a pasted megabyte never blocks typing; the last
 * finished view stays on screen, marked as checking, until the new one arrives. Without Worker support
 * (or if the worker fails) everything is checked on the main thread.
 */
export function useIpListView(request: IpListRequest): {view: IpListView; checking: boolean} {
  const {text, target, terminal} = request;
  const large = text.length + terminal.length >= WORKER_AT;
  const worker = useRef<Worker | null>(null);
  const pending = useRef(new Map<number, IpListRequest>());
  const nextId = useRef(0);
  const shown = useRef<IpListView | null>(null);
  const [workerFailed, setWorkerFailed] = useState(false);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const inWorker = large && !workerFailed && typeof Worker !== 'undefined';

  const local = useMemo(() => (inWorker ? null : computeView({text, target, terminal})), [inWorker, text, target, terminal]);

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
    pending.current.set(id, {text, target, terminal});
    worker.current.postMessage({id, text, target, terminal});
  }, [inWorker, text, target, terminal]);

  useEffect(() => () => worker.current?.terminate(), []);

  if (local) {
    shown.current = local;
    return {view: local, checking: false};
  }
  if (answer && sameRequest(answer.request, request)) {
    shown.current = answer.view;
    return {view: answer.view, checking: false};
  }
  shown.current ??= computeView({text: '', target, terminal: ''});
  return {view: shown.current, checking: true};
}
