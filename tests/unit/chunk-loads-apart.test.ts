// The client module that adds each chunk's <script> in a task of its own (src/plugins/lighterStartup/
// chunkLoadsApart.ts): every load still happens, with the same arguments, each in its own timer task.
import assert from 'node:assert/strict';
import test from 'node:test';

type Load = (...args: unknown[]) => void;
const g = globalThis as unknown as {__webpack_require__?: {l?: Load}; window?: {setTimeout: (f: () => void) => void}};

test('each chunk load runs later, in a timer task of its own, with its arguments unchanged', async () => {
  const calls: unknown[][] = [];
  const timers: (() => void)[] = [];
  g.__webpack_require__ = {l: (...args) => calls.push(args)};
  g.window = {setTimeout: (f) => void timers.push(f)};
  await import('../../src/plugins/lighterStartup/chunkLoadsApart');
  const done = () => {};
  g.__webpack_require__.l!('/assets/js/a.js', done, 'chunk-1', 1);
  g.__webpack_require__.l!('/assets/js/b.js', done, 'chunk-2', 2);
  assert.equal(calls.length, 0, 'no script is added in the calling task');
  assert.equal(timers.length, 2, 'one task per chunk');
  timers[0]();
  assert.deepEqual(calls, [['/assets/js/a.js', done, 'chunk-1', 1]]);
  timers[1]();
  assert.deepEqual(calls[1], ['/assets/js/b.js', done, 'chunk-2', 2]);
  delete g.__webpack_require__;
  delete g.window;
});
