// The one source of truth for how KeyBridge is served: the Content-Security-Policy and the other security
// headers. The build (./index.ts) writes them out for every way the site is served:
// - a <meta> policy in every page (all but frame-ancestors, which a <meta> policy cannot carry);
// - build/serve.json for `npm run serve` (the `serve` package);
// - build/_headers for Netlify and Cloudflare Pages (and build/_redirects for Netlify's Chinese 404);
// - build/nginx-headers.conf for nginx (the README shows the server block that includes it).

/** 'sha256-…' sources for the inline scripts the build emits (Docusaurus's colour-mode script and the like). */
export type ScriptHashes = readonly string[];

// Everything a page loads comes from this site: no CDN, no analytics, no fonts from elsewhere.
// - script-src: the site's own files, plus the exact inline scripts of the build, by hash. Never
//   'unsafe-inline': a script injected into a page where people paste secrets must not run.
// - style-src keeps 'unsafe-inline' (styles only): Docusaurus and React render `style="…"` attributes
//   into the HTML (code blocks, the table of contents, widgets), and CSP hashes cannot cover attributes
//   without 'unsafe-hashes' and a hash per attribute value of every page; the search plugin also inserts
//   <style> elements at run time. An injected style cannot run code, and with img-src, font-src and
//   connect-src limited to this site it cannot send anything anywhere.
// - worker-src 'self': the checkers may run in a same-origin Web Worker.
// - connect-src 'self': local search fetches its index, and nothing else leaves the page.
// - form-action 'none': no field of any widget is ever submitted.
function directives(scriptHashes: ScriptHashes): [string, string[]][] {
  const hashes = [...new Set(scriptHashes)].sort().map((h) => `'${h}'`);
  return [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'", ...hashes]],
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:']],
    ['font-src', ["'self'"]],
    ['connect-src', ["'self'"]],
    ['worker-src', ["'self'"]],
    ['manifest-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'none'"]],
  ];
}

const join = (list: [string, string[]][]) => list.map(([name, sources]) => [name, ...sources].join(' ')).join('; ');

/** The policy a page's <meta> tag carries: browsers ignore frame-ancestors there (and complain). */
export function metaPolicy(scriptHashes: ScriptHashes): string {
  return join(directives(scriptHashes));
}

/** The policy the server sends: the same, and no site may frame any page. */
export function headerPolicy(scriptHashes: ScriptHashes): string {
  return join([...directives(scriptHashes), ['frame-ancestors', ["'none'"]]]);
}

// Powerful features no page of this site uses are switched off; clipboard write stays on for this
// origin only, for the copy buttons. Only features Chromium knows are listed: it logs a warning on
// every page for any other (it did for `bluetooth`, Chromium 156).
const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'camera=()',
  'display-capture=()',
  'geolocation=()',
  'gyroscope=()',
  'hid=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'serial=()',
  'usb=()',
  'clipboard-read=()',
  'clipboard-write=(self)',
].join(', ');

/** Every response's security headers, in the order they are written out. */
export function securityHeaders(scriptHashes: ScriptHashes): Record<string, string> {
  return {
    'Content-Security-Policy': headerPolicy(scriptHashes),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy': PERMISSIONS_POLICY,
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    // For browsers older than CSP frame-ancestors.
    'X-Frame-Options': 'DENY',
  };
}

/** Files under assets/ carry a content hash in their name: they never change, so they may be kept a year. */
export const IMMUTABLE_ASSETS = 'assets/**';
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';

/** The `serve` package's configuration (serve.json), served from build/. */
export function serveConfig(scriptHashes: ScriptHashes) {
  const headers = Object.entries(securityHeaders(scriptHashes)).map(([key, value]) => ({key, value}));
  return {
    // Docusaurus writes /docs/faq as docs/faq/index.html and links to it without a trailing slash:
    // clean URLs serve both /docs/faq and /docs/faq/ from it, with no redirect.
    cleanUrls: true,
    directoryListing: false,
    headers: [
      {source: '**', headers},
      {source: `**/${IMMUTABLE_ASSETS}`, headers: [{key: 'Cache-Control', value: IMMUTABLE_CACHE}]},
      {source: IMMUTABLE_ASSETS, headers: [{key: 'Cache-Control', value: IMMUTABLE_CACHE}]},
    ],
  };
}

/** Netlify's and Cloudflare Pages' `_headers` file. */
export function netlifyHeaders(scriptHashes: ScriptHashes, locales: readonly string[]): string {
  const lines = ['/*', ...Object.entries(securityHeaders(scriptHashes)).map(([k, v]) => `  ${k}: ${v}`)];
  for (const prefix of ['', ...locales.map((l) => `/${l}`)]) {
    lines.push(`${prefix}/assets/*`, `  Cache-Control: ${IMMUTABLE_CACHE}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Netlify's `_redirects`: a page missing under a locale gets that locale's 404 page (a rule with status
 * 404 applies only where no file matches). Cloudflare Pages finds the nearest 404.html by itself.
 */
export function netlifyRedirects(locales: readonly string[]): string {
  return locales.map((l) => `/${l}/*  /${l}/404.html  404\n`).join('');
}

/** nginx `add_header` lines, for an `include` inside the server block (see the README). */
export function nginxHeaders(scriptHashes: ScriptHashes): string {
  const lines = Object.entries(securityHeaders(scriptHashes)).map(([k, v]) => `add_header ${k} "${v}" always;`);
  return `# Generated by the build from src/plugins/csp/policy.ts. Include inside the server block.\n${lines.join('\n')}\n`;
}
