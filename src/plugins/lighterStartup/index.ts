// Small edits to Docusaurus's own client code, each a shorter task on the main
// thread while a page starts (issue 11: Total Blocking Time). ./editLoader.js applies them as the bundler
// reads the module; an edit whose text is no longer there stops the build (./sourceEdits.js), so an
// upgrade cannot drop one silently. The packages are pinned (package.json). One client module,
// ./chunkLoadsApart.ts, spreads the loading of a page's chunks over tasks.
import path from 'node:path';
import type {Plugin} from '@docusaurus/types';

interface Edit {
  find: string;
  replace: string;
  count?: number;
}
interface ModuleEdits {
  /** The module's absolute path in node_modules (the loader rule's `test`). */
  file: string;
  edits: Edit[];
}

const coreDir = path.dirname(require.resolve('@docusaurus/core/package.json'));
// theme-common exports only its entry points; lib/index.js is in the folder the edited file is under.
const themeCommonLib = path.dirname(require.resolve('@docusaurus/theme-common'));

export const MODULE_EDITS: ModuleEdits[] = [
  {
    // useShallowMemoObject sorts an object's keys only to get a stable order. localeCompare builds the
    // browser's collator on its first call (7–45 ms here, inside a render). The keys are property
    // names, so comparing them as strings gives a stable order too.
    file: path.join(themeCommonLib, 'utils/reactUtils.js'),
    edits: [{find: 'deps.sort((a, b) => a[0].localeCompare(b[0]));', replace: 'deps.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));'}],
  },
  {
    // Every link in view prefetches its page's code as soon as it appears, all of them in the task that
    // delivers the first intersections (about 50 ms here on a guide, most of it adding <link
    // rel=prefetch> elements). Each prefetch now waits for idle time, in a task of its own.
    file: path.join(coreDir, 'lib/client/exports/Link.js'),
    edits: [
      {
        find: 'window.docusaurus.prefetch(targetLink);',
        replace: '(window.requestIdleCallback ?? window.setTimeout)(() => window.docusaurus.prefetch(targetLink));',
        count: 2,
      },
    ],
  },
  {
    // A prefetch (above, one per link in view) adds a <link rel=prefetch> for each chunk of the linked
    // page, all in one idle callback: up to 17 ms here on a guide. Each chunk now waits for idle time
    // of its own (at most 3.5 ms per task here).
    file: path.join(coreDir, 'lib/client/docusaurus.js'),
    edits: [
      {
        find: 'return prefetchHelper(chunkAsset);',
        replace: 'return new Promise((resolve) => (window.requestIdleCallback ?? window.setTimeout)(() => resolve(prefetchHelper(chunkAsset))));',
      },
    ],
  },
  {
    // After hydration, Docusaurus sets "is browser" with an ordinary update, which React renders in one
    // task, walking the whole page to find the components that read it (about 120 ms here on the Chinese
    // guide). As a transition, React renders it in slices and yields between them. Components that read
    // it must not act on the server-rendered values before it is true (see src/theme/SearchPage).
    file: path.join(coreDir, 'lib/client/browserContext.js'),
    edits: [
      {find: "import React, { useEffect, useState } from 'react';", replace: "import React, { startTransition, useEffect, useState } from 'react';"},
      {find: 'setIsBrowser(true);', replace: 'startTransition(() => setIsBrowser(true));'},
    ],
  },
  {
    // The theme renders the phone and desktop layouts alike on the server ("ssr") and learns the window's
    // size in an effect after hydration. On a phone that first update swaps in the phone layout: it
    // drops the hidden desktop sidebar and table of contents and renders the closed phone menu with the
    // whole docs sidebar, all in one task (40–55 ms here on a guide). As a transition, React renders it
    // in slices. Later resizes stay ordinary updates.
    file: path.join(themeCommonLib, 'hooks/useWindowSize.js'),
    edits: [
      {find: "import { useEffect, useState } from 'react';", replace: "import { startTransition, useEffect, useState } from 'react';"},
      {find: 'updateWindowSize();', replace: 'startTransition(updateWindowSize);'},
    ],
  },
  {
    // The main bundle runs in one task: React, React DOM, the router and the routes, then the app with
    // the whole theme, then the current route's code is loaded (the route matched and a script element
    // added for each of its chunks, 13 on a guide). Here React DOM and then the app module are each
    // imported (both already loaded with the page's scripts, no request) in a task of their own, and the
    // route's code is loaded in a fourth one. React DOM is one module of about 200 kB, compiled when it
    // first runs: the main bundle's script took a median 38–67 ms here with it, 7–17 ms without it (9 and
    // 7 loads, no throttling); React DOM's own task is 20–28 ms.
    file: path.join(coreDir, 'lib/client/clientEntry.js'),
    edits: [
      {
        find: 'preload(window.location.pathname).then(() => {\n        startTransition(renderApp);\n    });',
        replace: 'setTimeout(() => preload(window.location.pathname).then(() => {\n        startTransition(renderApp);\n    }));',
      },
      {find: "import App from './App';\n", replace: ''},
      {find: "import ReactDOM from 'react-dom/client';\n", replace: ''},
      {
        find: 'if (ExecutionEnvironment.canUseDOM) {\n',
        replace:
          'if (ExecutionEnvironment.canUseDOM) setTimeout(async () => {\n' +
          '    const { default: ReactDOM } = await import(/* webpackMode: "eager" */ \'react-dom/client\');\n' +
          '    await new Promise((resolve) => setTimeout(resolve));\n' +
          '    const { default: App } = await import(/* webpackMode: "eager" */ \'./App\');\n',
      },
      {find: '        module.hot.accept();\n    }\n}', replace: '        module.hot.accept();\n    }\n});'},
    ],
  },
];

export default function lighterStartupPlugin(): Plugin {
  return {
    name: 'keybridge-lighter-startup',
    getClientModules() {
      return [path.resolve(__dirname, 'chunkLoadsApart.ts')];
    },
    configureWebpack(_config, isServer) {
      return {
        // React DOM in a file of its own, loaded beside the main bundle (both deferred scripts of every
        // page), so the browser compiles the two in parallel, and each runs in a task of its own.
        optimization: isServer
          ? {}
          : {splitChunks: {cacheGroups: {reactDom: {test: /[\\/]node_modules[\\/]react-dom[\\/]/, name: 'react-dom', chunks: 'all' as const, priority: 60, enforce: true}}}},
        module: {
          rules: MODULE_EDITS.map(({file, edits}) => ({
            test: file,
            enforce: 'pre' as const,
            use: [{loader: path.resolve(__dirname, 'editLoader.js'), options: {edits}}],
          })),
        },
      };
    },
  };
}
