// The production build as files: every built page, and the security headers it must be served with,
// computed from those pages (not read from the files the build wrote for the servers).
import {readdirSync, readFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import {inlineScripts, scriptHash} from '../../src/plugins/csp/inlineScripts';
import {securityHeaders} from '../../src/plugins/csp/policy';

export const BUILD = join(__dirname, '..', '..', 'build');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((e) =>
    e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : [],
  );
}

export const builtPages = htmlFiles(BUILD).map((file) => ({name: relative(BUILD, file), html: readFileSync(file, 'utf8')}));
export const inlineScriptHashes = builtPages.flatMap((p) => inlineScripts(p.html).map(scriptHash));
export const expectedHeaders = securityHeaders(inlineScriptHashes);
