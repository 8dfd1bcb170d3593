// Shorter tasks on the main thread while a page starts, through the bundler's and Docusaurus's own APIs:
// - React DOM in a chunk of its own (a splitChunks cache group);
// - a client module, ./chunkLoadsApart.ts, that adds each of a page's chunk scripts in a task of its own.
// The changes to Docusaurus's own client code (clientEntry, Link, prefetching, the "is browser" and window
// size updates, useShallowMemoObject) are not made here: they are diffs in patches/, applied to
// node_modules by patch-package when `npm install` runs (see the README, "Patched dependencies").
// The search box's change is an ejected component: src/theme/SearchBar/NavbarSearch.tsx.
import path from 'node:path';
import type {Plugin} from '@docusaurus/types';

export default function lighterStartupPlugin(): Plugin {
  return {
    name: 'keybridge-lighter-startup',
    getClientModules() {
      return [path.resolve(__dirname, 'chunkLoadsApart.ts')];
    },
    configureWebpack(_config, isServer) {
      if (isServer) return {};
      return {
        // React DOM in a file of its own, loaded beside the main bundle (both deferred scripts of every
        // page), so the browser compiles the two in parallel, and each runs in a task of its own (the
        // patched clientEntry imports React DOM in a timer task before the app).
        optimization: {
          splitChunks: {
            cacheGroups: {
              reactDom: {
                test: /[\\/]node_modules[\\/]react-dom[\\/]/,
                name: 'react-dom',
                chunks: 'all' as const,
                priority: 60,
                enforce: true,
              },
            },
          },
        },
      };
    },
  };
}
