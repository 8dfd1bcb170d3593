// Docusaurus plugin: after each locale's build, hashes every inline script of every page, puts the
// page's policy in a <meta> tag at the top of its <head>, and writes the server configurations
// (serve.json, _headers, _redirects, nginx-headers.conf) for the whole site from ./policy.ts.
import {readdir, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {inlineHandlers, inlineScripts, scriptHash} from './inlineScripts';
import {metaPolicy, netlifyHeaders, netlifyRedirects, nginxHeaders, serveConfig} from './policy';

/** Every .html file under dir, leaving out the directories named in `skip` (other locales' builds). */
async function htmlFiles(dir: string, skip: ReadonlySet<string> = new Set()): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(dir, {withFileTypes: true})) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory() && !skip.has(full)) files.push(...(await htmlFiles(full, skip)));
    else if (entry.isFile() && entry.name.endsWith('.html')) files.push(full);
  }
  return files;
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** The page with its own policy as the first element of <head>, so it covers everything after it. */
export function withMetaPolicy(html: string): string {
  const hashes = inlineScripts(html).map(scriptHash);
  const meta = `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(metaPolicy(hashes))}">`;
  const cleaned = html.replace(/<meta http-equiv="?Content-Security-Policy"?[^>]*>/gi, '');
  const head = /<head\b[^>]*>/i.exec(cleaned);
  if (!head) throw new Error('no <head> to put the Content-Security-Policy in');
  const charset = /<meta charset=[^>]*>/i.exec(cleaned.slice(head.index));
  // After <meta charset>, which must stay within the first 1024 bytes.
  const at = charset ? head.index + charset.index + charset[0].length : head.index + head[0].length;
  return cleaned.slice(0, at) + meta + cleaned.slice(at);
}

export default function cspPlugin(context: LoadContext): Plugin {
  const {locales, defaultLocale, currentLocale} = context.i18n;
  return {
    name: 'keybridge-csp',
    async postBuild({outDir}) {
      // The default locale builds into the site's root; the others into <root>/<locale>.
      const root = currentLocale === defaultLocale ? outDir : path.dirname(outDir);
      const otherLocaleDirs = new Set(locales.filter((l) => l !== defaultLocale).map((l) => path.join(root, l)));
      const ownPages = await htmlFiles(outDir, currentLocale === defaultLocale ? otherLocaleDirs : new Set());
      for (const file of ownPages) {
        const html = await readFile(file, 'utf8');
        const handlers = inlineHandlers(html);
        if (handlers.length)
          throw new Error(
            `${file}: inline event handlers (${handlers.join(', ')}) cannot be allowed by a strict policy`,
          );
        await writeFile(file, withMetaPolicy(html));
      }
      // The server's policy covers every page of every locale built so far (the last locale's build
      // writes the complete one).
      const hashes = new Set<string>();
      for (const file of await htmlFiles(root))
        for (const body of inlineScripts(await readFile(file, 'utf8'))) hashes.add(scriptHash(body));
      const sorted = [...hashes].sort();
      const otherLocales = locales.filter((l) => l !== defaultLocale);
      await writeFile(path.join(root, 'serve.json'), `${JSON.stringify(serveConfig(sorted), null, 2)}\n`);
      await writeFile(path.join(root, '_headers'), netlifyHeaders(sorted, otherLocales));
      await writeFile(path.join(root, '_redirects'), netlifyRedirects(otherLocales));
      await writeFile(path.join(root, 'nginx-headers.conf'), nginxHeaders(sorted));
    },
  };
}
