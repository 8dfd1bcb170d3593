// Checks of the built site that need no browser: the strict policy covers every inline script of every
// built page, the files written for other hosts carry the same headers, and the README's nginx block uses
// them. Run after `npm run build`.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {metaPolicyOf, scriptHash, scriptSources, uncoveredScripts} from '../../src/plugins/csp/inlineScripts';
import {headerPolicy, netlifyHeaders, netlifyRedirects, nginxHeaders} from '../../src/plugins/csp/policy';
import {BUILD, builtPages, expectedHeaders, inlineScriptHashes} from './builtSite';

test('the build has pages of both languages, and inline scripts to cover', () => {
  const names = builtPages.map((p) => p.name);
  for (const page of ['index.html', '404.html', 'zh-Hans/index.html', 'zh-Hans/404.html']) assert.ok(names.includes(page), page);
  assert.ok(inlineScriptHashes.length > 0);
});

test('every inline script of every built page is allowed by its <meta> policy and by the header, without unsafe-inline', () => {
  const problems: string[] = [];
  for (const {name, html} of builtPages) {
    const meta = metaPolicyOf(html);
    if (!meta) {
      problems.push(`${name}: no <meta> Content-Security-Policy`);
      continue;
    }
    for (const [label, policy] of [['meta', meta], ['header', expectedHeaders['Content-Security-Policy']]] as const) {
      if (scriptSources(policy).some((s) => /unsafe-inline|unsafe-eval/.test(s))) problems.push(`${name}: ${label} script-src allows unsafe code`);
      for (const body of uncoveredScripts(html, policy)) problems.push(`${name}: ${label} policy misses ${scriptHash(body)} (${body.slice(0, 60)}…)`);
    }
    // The <meta> policy must come before anything it governs.
    if (html.indexOf('Content-Security-Policy') > html.search(/<(script|link|style)\b/i)) problems.push(`${name}: <meta> policy after a script or style`);
  }
  assert.deepEqual(problems, []);
});

test('the files written for other hosts carry the same headers', () => {
  assert.equal(readFileSync(join(BUILD, '_headers'), 'utf8'), netlifyHeaders(inlineScriptHashes, ['zh-Hans']));
  assert.equal(readFileSync(join(BUILD, 'nginx-headers.conf'), 'utf8'), nginxHeaders(inlineScriptHashes));
  assert.equal(readFileSync(join(BUILD, '_redirects'), 'utf8'), netlifyRedirects(['zh-Hans']));
  assert.equal(expectedHeaders['Content-Security-Policy'], headerPolicy(inlineScriptHashes));
});

test("the README's nginx block includes the generated headers and copies none of them by hand", () => {
  const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
  const block = /<!-- nginx -->\s*```nginx\n([\s\S]*?)```\s*<!-- \/nginx -->/.exec(readme)?.[1];
  assert.ok(block, 'README has the nginx block');
  assert.match(block, /^\s*include \S*\/build\/nginx-headers\.conf;$/m);
  assert.doesNotMatch(block, /add_header/);
  assert.match(block, /error_page 404 \/zh-Hans\/404\.html;/);
  // Every header the generated file sets is one the policy module defines.
  const generated = readFileSync(join(BUILD, 'nginx-headers.conf'), 'utf8');
  assert.deepEqual([...generated.matchAll(/^add_header (\S+) /gm)].map((m) => m[1]), Object.keys(expectedHeaders));
});
