import type {SidebarsConfig} from '@docusaurus/plugin-content-docs';
import {PAIRS} from './src/pairs';

// One guide per exchange × terminal pair, in src/pairs.ts order; a pair without its own guide yet is
// left out here (the home page's pair picker says what it has for it).
const pairGuides = PAIRS.flatMap((pair) => (pair.doc ? [pair.doc] : []));
// The exchanges' "create a key" pages, each once.
const keyPages = [...new Set(PAIRS.flatMap((pair) => (pair.keyDoc ? [pair.keyDoc] : [])))];

const sidebars: SidebarsConfig = {
  guides: [
    {type: 'category', label: 'By exchange and terminal', collapsible: false, items: pairGuides},
    {type: 'category', label: 'Create an API key', collapsible: false, items: keyPages},
    'not-covered',
    'security',
    'faq',
    'glossary',
  ],
  tools: [
    'tools/index',
    'tools/public-key',
    'tools/ip-whitelist',
    'tools/key-pair',
    'tools/key-generator',
    'tools/request-signer',
    'tools/okx-signer',
    'tools/exchange-signer',
    'tools/error-explainer',
  ],
};

export default sidebars;
