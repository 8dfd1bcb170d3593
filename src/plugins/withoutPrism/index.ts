// Keeps Prism, the code highlighter (about a fifth of the main bundle), out of the browser: every page
// runs the main bundle before it responds (Total Blocking Time). The classic theme loads
// Prism on every page through a client module (lib/prism-include-languages.js, which imports it to
// register extra languages); in the browser bundle that module becomes an empty one. Code blocks are
// drawn without Prism by src/theme/CodeBlock/Content.
import path from 'node:path';
import type {Plugin} from '@docusaurus/types';

export default function withoutPrismPlugin(): Plugin {
  const themeLib = path.dirname(require.resolve('@docusaurus/theme-classic'));
  // Client modules are required by absolute path without extension (.docusaurus/client-modules.js).
  const prismClientModule = path.join(themeLib, 'prism-include-languages');
  return {
    name: 'keybridge-without-prism',
    configureWebpack(_config, isServer) {
      if (isServer) return {};
      return {resolve: {alias: {[`${prismClientModule}$`]: path.resolve(__dirname, 'noClientModule.js')}}};
    },
  };
}
