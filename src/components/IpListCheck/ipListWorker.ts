// Web Worker entry: checks long IP lists off the main thread with the same pure code as short ones.
import {computeView, type IpListRequest} from './ipListView';

interface WorkerScope {
  onmessage: ((event: MessageEvent<IpListRequest & {id: number}>) => void) | null;
  postMessage(message: unknown): void;
}

const scope = self as unknown as WorkerScope;
scope.onmessage = (event) => {
  const {id, ...request} = event.data;
  scope.postMessage({id, view: computeView(request)});
};
