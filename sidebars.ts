import type {SidebarsConfig} from '@docusaurus/plugin-content-docs';

const sidebars: SidebarsConfig = {
  guides: [
    'backpack-api-key',
    'backpack-tealstreet',
    'v5-insilico',
    'okx-tealstreet',
    'bitget-api-key',
    'bitget-tealstreet',
    'bitget-insilico',
    'blofin-tealstreet',
    'blofin-insilico',
    'hyperliquid-insilico',
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
    'tools/error-explainer',
  ],
};

export default sidebars;
