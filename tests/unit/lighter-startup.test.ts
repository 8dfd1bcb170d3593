// The build-time edits to Docusaurus's client code (src/plugins/lighterStartup): each one still finds its
// text in the installed package, a missing text stops the build, and the key order that replaces
// localeCompare is a stable one.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import test from 'node:test';
import {MODULE_EDITS} from '../../src/plugins/lighterStartup';
import {applySourceEdits} from '../../src/plugins/lighterStartup/sourceEdits';

for (const {file, edits} of MODULE_EDITS) {
  const name = file.replace(/^.*node_modules\//, '');
  test(`every edit to ${name} finds its text in the installed package`, () => {
    const out = applySourceEdits(readFileSync(file, 'utf8'), edits, file);
    for (const {find, replace} of edits) {
      assert.ok(out.includes(replace), `${name}: the edited text is there`);
      if (!replace.includes(find)) assert.ok(!out.includes(find), `${name}: the original text is gone`);
    }
  });
}

test('an edit whose text is missing stops with the file and the text', () => {
  assert.throws(() => applySourceEdits('const a = 1;', [{find: 'setIsBrowser(true);', replace: 'x'}], 'browserContext.js'), /browserContext\.js: expected 1 × "setIsBrowser\(true\);", found 0/);
});

test('an edit found more or fewer times than expected stops', () => {
  const source = 'prefetch(a); prefetch(a); prefetch(a);';
  assert.throws(() => applySourceEdits(source, [{find: 'prefetch(a);', replace: 'x', count: 2}], 'Link.js'), /expected 2 × .* found 3/);
  assert.equal(applySourceEdits(source, [{find: 'prefetch(a);', replace: 'p;', count: 3}], 'Link.js'), 'p; p; p;');
});

test('the comparator that replaces localeCompare gives the same key order whatever the insertion order', () => {
  const edit = MODULE_EDITS.flatMap((m) => m.edits).find((e) => e.find.includes('localeCompare'));
  assert.ok(edit);
  const comparator = new Function(`return ${edit.replace.match(/sort\((.*)\);$/)![1]}`)() as (a: [string, unknown], b: [string, unknown]) => number;
  // Option objects as the theme passes them (MutationObserver options, navbar secondary menu props), and mixed case.
  const keys = ['subtree', 'attributes', 'childList', 'characterData', 'attributeFilter', 'component', 'props', 'Z', 'a', '_x', '$y'];
  const sorted = (order: string[]) => order.map((k): [string, unknown] => [k, 1]).sort(comparator).map(([k]) => k);
  const reference = sorted(keys);
  for (let i = 0; i < 50; i++) {
    const shuffled = [...keys].sort(() => Math.random() - 0.5);
    assert.deepEqual(sorted(shuffled), reference);
  }
  assert.deepEqual(new Set(reference), new Set(keys));
});
