import {themes as prismThemes} from 'prism-react-renderer';
import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';

// Everything a page loads comes from this site: no CDN, no analytics, no fonts from elsewhere.
// connect-src 'self' lets local search fetch its index and nothing else leave the page.
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

const config: Config = {
  title: 'KeyBridge',
  tagline: 'Connect exchange API keys to trading terminals, step by step, with checks that run in your browser.',
  favicon: 'img/favicon.svg',

  future: {v4: true},

  url: 'https://keybridge.example',
  baseUrl: '/',

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

  headTags: [
    {tagName: 'meta', attributes: {'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy}},
    {tagName: 'meta', attributes: {name: 'referrer', content: 'no-referrer'}},
  ],

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
        {type: 'docSidebar', sidebarId: 'guides', position: 'left', label: 'Guides'},
        {type: 'docSidebar', sidebarId: 'tools', position: 'left', label: 'Tools'},
        {type: 'doc', docId: 'faq', position: 'left', label: 'FAQ'},
        {type: 'localeDropdown', position: 'right'},
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
            {label: 'V5 key → Insilico Terminal', to: '/docs/v5-insilico'},
          ],
        },
        {
          title: 'Help',
          items: [
            {label: 'Security practices', to: '/docs/security'},
            {label: 'FAQ', to: '/docs/faq'},
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
