import {themes as prismThemes} from 'prism-react-renderer';
import path from 'node:path';
import type {Config, LoadContext, Plugin} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
// The Content-Security-Policy and the other security headers: src/plugins/csp/policy.ts. This plugin
// hashes each page's inline scripts after the build and writes the policy into it and the server configs.
import cspPlugin from './src/plugins/csp';
import withoutPrismPlugin from './src/plugins/withoutPrism';
import lighterStartupPlugin from './src/plugins/lighterStartup';
import pairsPlugin from './src/plugins/pairs';
import {SEARCH_RESULT_LIMITS} from './src/theme/SearchBar/searchResultLimits';

// Checker code loads only on pages with a checker widget, and no heavier than it must be:
// - Docusaurus moves any module used by half the pages into the `common` chunk that every page loads;
//   the checkers (and the libraries they use) are kept out of it, in async chunks of their own.
// - Each locale is built on its own, and a page asks for messages in its own language only, so the
//   build for one locale leaves out the other locales' message catalogues.
const CHECKER_CODE =
  /[\\/](src[\\/](checkers|data|components[\\/](CheckerParts|PublicKeyCheck|IpListCheck|KeyPairCheck|DualKeyCheck|KeyGenerator|RequestSigner|ErrorExplainer|OkxSigner))|node_modules[\\/](i18next|ipaddr\.js|@noble))[\\/]/;
const CHECKERS = path.resolve(__dirname, 'src/checkers');
// The message catalogues left out this way (each folder holds one `<locale>.json` per locale).
const CHECKER_MESSAGES = [
  'core/locales',
  'ip/locales',
  'keys/locales',
  'keys/locales/keykit',
  'keys/locales/evm',
  'keys/locales/dualkey',
  'errors/locales',
  'signing/locales',
  'signing/locales/okx',
];

function checkerBundlesPlugin(context: LoadContext): Plugin {
  const otherLocales = context.i18n.locales.filter((locale) => locale !== context.i18n.currentLocale);
  return {
    name: 'keybridge-checker-bundles',
    configureWebpack(_config, isServer) {
      if (isServer) return {};
      return {
        resolve: {
          alias: Object.fromEntries(
            CHECKER_MESSAGES.flatMap((dir) =>
              otherLocales.map((locale) => [path.join(CHECKERS, dir, `${locale}.json`), false]),
            ),
          ),
        },
        optimization: {
          splitChunks: {
            cacheGroups: {
              checkers: {test: CHECKER_CODE, chunks: 'async', enforce: true, priority: 45, minChunks: 1, name: false},
            },
          },
        },
      };
    },
  };
}

const config: Config = {
  title: 'KeyBridge',
  tagline: 'Connect exchange API keys to trading terminals, step by step, with checks that run in your browser.',
  favicon: 'img/favicon.svg',

  future: {v4: true},

  url: 'https://keybridge.example',
  baseUrl: '/',

  // Its inline script only helps diagnose a wrong baseUrl; one inline script fewer under the strict policy.
  baseUrlIssueBanner: false,

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  markdown: {
    hooks: {onBrokenMarkdownLinks: 'throw'},
  },

  i18n: {
    defaultLocale: 'en',
    locales: ['en', 'zh-Hans'],
    localeConfigs: {
      en: {label: 'English', htmlLang: 'en'},
      'zh-Hans': {label: '简体中文', htmlLang: 'zh-Hans'},
    },
  },

  headTags: [{tagName: 'meta', attributes: {name: 'referrer', content: 'no-referrer'}}],

  presets: [
    [
      'classic',
      {
        docs: {
          sidebarPath: './sidebars.ts',
        },
        blog: false,
        theme: {
          customCss: './src/css/custom.css',
        },
      } satisfies Preset.Options,
    ],
  ],

  plugins: [checkerBundlesPlugin, withoutPrismPlugin, lighterStartupPlugin, cspPlugin, pairsPlugin],

  themes: [
    [
      '@easyops-cn/docusaurus-search-local',
      {
        hashed: true,
        language: ['en', 'zh'],
        indexBlog: false,
        indexPages: true,
        docsRouteBasePath: '/docs',
        highlightSearchTermsOnTargetPage: false,
        explicitSearchResultPath: true,
        searchResultLimits: SEARCH_RESULT_LIMITS,
        // Index what a page says, not the chrome of what it embeds: the checkers and tools (each a
        // <section aria-label> from CheckerParts' CheckerCard: labels, placeholders, buttons, results)
        // and the drawn pictures (SVG labels, which are drawn twice for wide and narrow screens).
        ignoreCssSelectors: ['section[aria-label]', 'svg', 'figure[data-value-map]', 'figure[data-dialog-schematic]'],
      },
    ],
  ],

  themeConfig: {
    colorMode: {respectPrefersColorScheme: true},
    navbar: {
      title: 'KeyBridge',
      // Empty alt: the title beside the logo already says KeyBridge.
      logo: {alt: '', src: 'img/logo.svg'},
      items: [
        // The FAQ sits in the guides sidebar, so sidebar-based items would mark both "Guides" and "FAQ"
        // as the current page; these two are plain links, each active on its own pages only.
        {to: '/docs/backpack-api-key', position: 'left', label: 'Guides', activeBaseRegex: '/docs/(?!faq/?$|tools/)'},
        {type: 'docSidebar', sidebarId: 'tools', position: 'left', label: 'Tools'},
        {to: '/docs/faq', position: 'left', label: 'FAQ', activeBaseRegex: '/docs/faq/?$'},
        // className: custom.css keeps this one item in the navbar bar on phones, not only in the menu.
        {type: 'localeDropdown', position: 'right', className: 'navbar-locale'},
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Guides',
          items: [
            {label: 'Backpack API key', to: '/docs/backpack-api-key'},
            {label: 'Backpack → Tealstreet', to: '/docs/backpack-tealstreet'},
            {label: 'OKX → Insilico Terminal', to: '/docs/v5-insilico'},
          ],
        },
        {
          title: 'Help',
          items: [
            {label: 'Security practices', to: '/docs/security'},
            {label: 'FAQ', to: '/docs/faq'},
            {label: 'Glossary', to: '/docs/glossary'},
          ],
        },
      ],
      copyright: 'KeyBridge. Checks run in your browser; nothing you paste leaves the page.',
    },
    prism: {
      theme: prismThemes.github,
      darkTheme: prismThemes.dracula,
    },
  } satisfies Preset.ThemeConfig,
};

export default config;
