// The navbar search box is the search theme's own, ejected into src/theme/SearchBar/SearchBar.jsx so that
// it reads the result limit from the site instead of from the theme's generated constants (which load
// lunr). The copy must stay the installed package's file: the same code line for line, only its imports
// pointing into the package, and the limit the one docusaurus.config.ts gives the theme.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import test from 'node:test';
import config from '../../docusaurus.config';
import {SEARCH_RESULT_LIMITS} from '../../src/theme/SearchBar/searchResultLimits';

const ROOT = path.resolve(__dirname, '../..');
const THEME_DIR = '@easyops-cn/docusaurus-search-local/dist/client/client/theme/SearchBar';
const original = readFileSync(path.join(ROOT, 'node_modules', THEME_DIR, 'SearchBar.jsx'), 'utf8');
const ejected = readFileSync(path.join(ROOT, 'src/theme/SearchBar/SearchBar.jsx'), 'utf8');
const LIMIT_IMPORT = 'import { SEARCH_RESULT_LIMITS as searchResultLimits } from "./searchResultLimits";';

/** The ejected copy's code: the file without the comment lines at its top. */
const ejectedCode = ejected.replace(/^(\/\/.*\n)+/, '');

test('the ejected search box is the installed one, with its imports pointing into the package', () => {
  const expected = original
    .split('\n')
    .map((line) => {
      if (line.includes('proxiedGeneratedConstants')) return LIMIT_IMPORT;
      return line.replace(/^(import .* from ")(\.[^"]*)(";)$/, (_m, head: string, spec: string, tail: string) => head + path.posix.join(THEME_DIR, spec) + tail);
    })
    .join('\n');
  assert.equal(ejectedCode, expected);
});

const imports = [...ejectedCode.matchAll(/^import .* from "([^"]+)";$/gm)].map((m) => m[1]);
const cases: {name: string; ok: boolean}[] = [
  {name: 'it reads the result limit from ./searchResultLimits', ok: ejectedCode.includes(LIMIT_IMPORT)},
  {name: 'nothing imports the generated constants (lunr)', ok: !/proxiedGeneratedConstants|generated-constants/.test(ejectedCode)},
  {name: 'no import is relative to the package (they would not resolve from src/theme)', ok: imports.every((spec) => spec === './searchResultLimits' || !spec.startsWith('.'))},
];
for (const {name, ok} of cases) test(`the ejected search box: ${name}`, () => assert.ok(ok));

test('the search theme is given the same result limit as the ejected box', () => {
  const theme = config.themes?.find((t) => Array.isArray(t) && t[0] === '@easyops-cn/docusaurus-search-local') as [string, {searchResultLimits?: number}] | undefined;
  assert.ok(theme, 'the search theme is configured');
  assert.equal(theme[1].searchResultLimits, SEARCH_RESULT_LIMITS);
});
