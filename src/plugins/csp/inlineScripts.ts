// Finds the inline scripts of a built HTML page and the hashes a Content-Security-Policy needs to let
// exactly those run.
import {createHash} from 'node:crypto';

// Script types a browser executes (and so checks against script-src); any other type, such as
// application/ld+json, is a data block that never runs.
const EXECUTABLE_TYPES = new Set(['', 'text/javascript', 'application/javascript', 'module', 'text/ecmascript']);

/** The text of every inline script the browser would run, in page order. */
export function inlineScripts(html: string): string[] {
  const scripts: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const [, attributes, body] = match;
    if (/(^|\s)src\s*=/i.test(attributes)) continue;
    const type = /(?:^|\s)type\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attributes);
    const value = (type?.[1] ?? type?.[2] ?? type?.[3] ?? '').trim().toLowerCase();
    if (EXECUTABLE_TYPES.has(value)) scripts.push(body);
  }
  return scripts;
}

/** The CSP source for one script's text: 'sha256-<base64>' (without the quotes). */
export function scriptHash(body: string): string {
  return `sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}`;
}

/** Inline event-handler attributes (onclick=…), which no hash can allow. */
export function inlineHandlers(html: string): string[] {
  return [...html.matchAll(/<[a-z][^>]*?\s(on[a-z]+)\s*=/gi)].map((m) => m[1]);
}

/** The sources listed in a policy's script-src (or default-src when it has none). */
export function scriptSources(policy: string): string[] {
  const directives = new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name.toLowerCase(), sources]),
  );
  return directives.get('script-src') ?? directives.get('default-src') ?? [];
}

/** The inline scripts of a page that a policy does not allow: none, for a page the build has processed. */
export function uncoveredScripts(html: string, policy: string): string[] {
  const allowed = new Set(scriptSources(policy));
  if (allowed.has("'unsafe-inline'") && ![...allowed].some((s) => /^'(sha|nonce)/.test(s))) return [];
  return inlineScripts(html).filter((body) => !allowed.has(`'${scriptHash(body)}'`));
}

/** The policy of the page's <meta http-equiv="Content-Security-Policy">, if it has one. */
export function metaPolicyOf(html: string): string | undefined {
  for (const match of html.matchAll(/<meta\b[^>]*>/gi)) {
    if (!/http-equiv\s*=\s*["']?content-security-policy/i.test(match[0])) continue;
    const content = /content\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(match[0]);
    return (content?.[1] ?? content?.[2])
      ?.replace(/&#39;|&#x27;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
  }
  return undefined;
}
