// The strict Content-Security-Policy: which inline scripts a page has, their hashes, and that the
// build's policy lets exactly those run (src/plugins/csp).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {createHash} from 'node:crypto';
import {
  inlineHandlers,
  inlineScripts,
  metaPolicyOf,
  scriptHash,
  uncoveredScripts,
} from '../../src/plugins/csp/inlineScripts';
import {withMetaPolicy} from '../../src/plugins/csp';
import {headerPolicy, metaPolicy, netlifyHeaders, serveConfig, securityHeaders} from '../../src/plugins/csp/policy';

// The example of the CSP Level 2 specification:
// <script>alert('Hello, world.');</script> is allowed by 'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='.
const SPEC_SCRIPT = "alert('Hello, world.');";
const SPEC_HASH = 'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng=';

test('scriptHash matches the CSP specification example and node:crypto', () => {
  assert.equal(scriptHash(SPEC_SCRIPT), SPEC_HASH);
  const text = 'document.documentElement.dataset.theme = "dark"; // 中文';
  assert.equal(scriptHash(text), `sha256-${createHash('sha256').update(Buffer.from(text, 'utf8')).digest('base64')}`);
});

const pages: {name: string; input: string; expected: string[]}[] = [
  {name: 'plain inline script', input: `<script>${SPEC_SCRIPT}</script>`, expected: [SPEC_SCRIPT]},
  {name: 'external script', input: '<script src=/assets/js/main.js defer></script>', expected: []},
  {name: 'JSON-LD data block', input: '<script data-rh=true type=application/ld+json>{"a":1}</script>', expected: []},
  {name: 'module script', input: '<script type="module">import("/x.js")</script>', expected: ['import("/x.js")']},
  {name: 'text/javascript, quoted', input: "<script type='text/javascript'>a()</script>", expected: ['a()']},
  {
    name: 'several, in order',
    input: '<head><script>a()</script></head><body><script>b()\n</script></body>',
    expected: ['a()', 'b()\n'],
  },
  {name: 'empty inline script', input: '<script></script>', expected: ['']},
];

for (const {name, input, expected} of pages) {
  test(`inlineScripts: ${name}`, () => assert.deepEqual(inlineScripts(input), expected));
}

const coverage: {name: string; input: {html: string; policy: string}; expected: string[]}[] = [
  {
    name: 'hash listed',
    input: {html: `<script>${SPEC_SCRIPT}</script>`, policy: `script-src 'self' '${SPEC_HASH}'`},
    expected: [],
  },
  {
    name: 'hash missing',
    input: {html: `<script>${SPEC_SCRIPT}</script>`, policy: "script-src 'self'"},
    expected: [SPEC_SCRIPT],
  },
  {
    name: 'one space more than hashed',
    input: {html: `<script> ${SPEC_SCRIPT}</script>`, policy: `script-src '${SPEC_HASH}'`},
    expected: [` ${SPEC_SCRIPT}`],
  },
  {
    name: 'falls back to default-src',
    input: {html: `<script>${SPEC_SCRIPT}</script>`, policy: "default-src 'self'"},
    expected: [SPEC_SCRIPT],
  },
  // With a hash present, browsers ignore 'unsafe-inline'.
  {
    name: "'unsafe-inline' beside a hash",
    input: {html: '<script>x()</script>', policy: `script-src 'unsafe-inline' '${SPEC_HASH}'`},
    expected: ['x()'],
  },
];

for (const {name, input, expected} of coverage) {
  test(`uncoveredScripts: ${name}`, () => assert.deepEqual(uncoveredScripts(input.html, input.policy), expected));
}

test('inlineHandlers finds event-handler attributes and nothing else', () => {
  assert.deepEqual(inlineHandlers('<img src=x onerror="a()"><a href="/one">on=</a><button onClick=b()>'), [
    'onerror',
    'onClick',
  ]);
  assert.deepEqual(inlineHandlers('<div data-only=1 class="ongoing">'), []);
});

test('withMetaPolicy puts a policy covering every inline script first in <head>, replacing an old one', () => {
  const page = `<!doctype html><html><head><meta charset=UTF-8><title>t</title><meta http-equiv=Content-Security-Policy content="script-src 'unsafe-inline'"></head><body><script>${SPEC_SCRIPT}</script><script type=application/ld+json>{}</script></body></html>`;
  const out = withMetaPolicy(page);
  assert.match(out, /^<!doctype html><html><head><meta charset=UTF-8><meta http-equiv="Content-Security-Policy"/);
  assert.equal((out.match(/Content-Security-Policy/g) ?? []).length, 1);
  const policy = metaPolicyOf(out)!;
  assert.equal(policy, metaPolicy([SPEC_HASH]));
  assert.deepEqual(uncoveredScripts(out, policy), []);
  assert.doesNotMatch(policy, /unsafe-inline'[^;]*;\s*style/); // script-src carries no 'unsafe-inline'
});

test('the policies: no unsafe-inline or unsafe-eval for scripts, frame-ancestors only in the header', () => {
  for (const policy of [metaPolicy([SPEC_HASH]), headerPolicy([SPEC_HASH])]) {
    const scriptSrc = policy.split('; ').find((d) => d.startsWith('script-src '))!;
    assert.equal(scriptSrc, `script-src 'self' '${SPEC_HASH}'`);
    assert.match(policy, /(^|; )object-src 'none'(;|$)/);
  }
  assert.doesNotMatch(metaPolicy([]), /frame-ancestors/);
  assert.match(headerPolicy([]), /; frame-ancestors 'none'$/);
});

test('serve.json and _headers carry the same headers', () => {
  const headers = securityHeaders([SPEC_HASH]);
  const serveAll = serveConfig([SPEC_HASH]).headers.find((h) => h.source === '**')!.headers;
  assert.deepEqual(Object.fromEntries(serveAll.map(({key, value}) => [key, value])), headers);
  const netlify = netlifyHeaders([SPEC_HASH], ['zh-Hans']);
  const block = netlify.split(/\n(?=\S)/)[0].split('\n');
  assert.equal(block[0], '/*');
  assert.deepEqual(
    Object.fromEntries(
      block.slice(1).map((l) =>
        l
          .trim()
          .split(/: (.*)/s)
          .slice(0, 2),
      ),
    ),
    headers,
  );
  assert.match(netlify, /^\/zh-Hans\/assets\/\*$/m);
});
