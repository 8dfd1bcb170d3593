// A page's code comes in many chunks (13 on a guide), and the bundler's runtime adds a <script> for each
// of them in one go, in the task that matches the route. Each script request then holds the main thread
// for a few milliseconds while the browser starts the request (here 3–7 ms of wall time each, little of
// it on the thread itself), so that one task grew to 50–100 ms. Each script is now added in a task of
// its own. Client module of ./index.ts, run before the route's code is loaded.
declare const __webpack_require__: {l?: (...args: unknown[]) => void};

if (typeof window !== 'undefined' && typeof __webpack_require__.l === 'function') {
  const load = __webpack_require__.l;
  __webpack_require__.l = (...args: unknown[]) => {
    window.setTimeout(() => load(...args));
  };
}

export {};
