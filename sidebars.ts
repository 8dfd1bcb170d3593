import type {SidebarsConfig} from '@docusaurus/plugin-content-docs';

const sidebars: SidebarsConfig = {
  guides: ['backpack-api-key', 'backpack-tealstreet', 'v5-insilico', 'security', 'faq', 'glossary'],
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
