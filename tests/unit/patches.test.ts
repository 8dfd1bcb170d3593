// The diffs in patches/ (made by patch-package from the published packages, applied to node_modules by
// `npm install`'s postinstall): each one is applied in the installed package. A hunk is applied when the
// installed file has its new side (context and added lines, in order) and no longer its old side; a
// package whose version is not the one the patch was made for fails too.
import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import test from 'node:test';

const ROOT = path.resolve(__dirname, '../..');
const PATCHES = path.join(ROOT, 'patches');

interface Hunk {
  header: string;
  oldText: string;
  newText: string;
}
interface FilePatch {
  file: string;
  hunks: Hunk[];
}

/** The files and hunks of a git-style unified diff, as patch-package writes them. */
function parsePatch(text: string): FilePatch[] {
  const files: FilePatch[] = [];
  let hunk: {header: string; oldLines: string[]; newLines: string[]} | undefined;
  const close = () => {
    if (hunk)
      files
        .at(-1)!
        .hunks.push({header: hunk.header, oldText: hunk.oldLines.join('\n'), newText: hunk.newLines.join('\n')});
    hunk = undefined;
  };
  for (const line of text.split('\n')) {
    if (line.startsWith('diff --git ')) {
      close();
      files.push({file: line.split(' b/')[1], hunks: []});
    } else if (line.startsWith('@@ ')) {
      close();
      hunk = {header: line, oldLines: [], newLines: []};
    } else if (hunk && line.startsWith(' ')) {
      hunk.oldLines.push(line.slice(1));
      hunk.newLines.push(line.slice(1));
    } else if (hunk && line.startsWith('-')) {
      hunk.oldLines.push(line.slice(1));
    } else if (hunk && line.startsWith('+')) {
      hunk.newLines.push(line.slice(1));
    }
  }
  close();
  return files;
}

function hunkState(installed: string, {oldText, newText}: Hunk): 'applied' | 'not applied' | 'neither' {
  if (installed.includes(newText) && !installed.includes(oldText)) return 'applied';
  if (installed.includes(oldText) && !installed.includes(newText)) return 'not applied';
  return 'neither';
}

const patchFiles = readdirSync(PATCHES).filter((name) => name.endsWith('.patch'));

test('patches/ holds the patches this site needs, one per package', () => {
  assert.deepEqual(patchFiles.sort(), ['@docusaurus+core+3.10.2.patch', '@docusaurus+theme-common+3.10.2.patch']);
});

for (const name of patchFiles) {
  // patch-package names a patch <scope>+<name>+<version>.patch.
  const [, pkg, version] = name.match(/^(.+)\+([^+]+)\.patch$/)!;
  const packageName = pkg.replace('+', '/');
  const filePatches = parsePatch(readFileSync(path.join(PATCHES, name), 'utf8'));

  test(`${name}: the installed ${packageName} is the version the patch was made for`, () => {
    const installed = JSON.parse(
      readFileSync(path.join(ROOT, 'node_modules', packageName, 'package.json'), 'utf8'),
    ) as {version: string};
    assert.equal(installed.version, version);
  });

  for (const {file, hunks} of filePatches) {
    const short = file.replace(`node_modules/${packageName}/`, '');
    test(`${name}: every hunk of ${short} is applied in node_modules`, () => {
      assert.ok(hunks.length > 0, 'the patch has hunks');
      const installed = readFileSync(path.join(ROOT, file), 'utf8');
      for (const hunk of hunks) {
        // The hunk's own old side is the published file's text: the check tells it from the patched one.
        assert.equal(hunkState(hunk.oldText, hunk), 'not applied', `${hunk.header}: its old side reads as not applied`);
        assert.equal(
          hunkState(installed, hunk),
          'applied',
          `${short} ${hunk.header}: not applied (run npm install, or npx patch-package)`,
        );
      }
    });
  }
}

test('the patched useShallowMemoObject orders keys the same whatever their insertion order', () => {
  const file = path.join(ROOT, 'node_modules/@docusaurus/theme-common/lib/utils/reactUtils.js');
  const sort = readFileSync(file, 'utf8').match(/deps\.sort\((.*)\);/);
  assert.ok(sort, 'useShallowMemoObject sorts its entries');
  assert.ok(!sort[1].includes('localeCompare'), 'without localeCompare');
  const comparator = new Function(`return ${sort[1]}`)() as (a: [string, unknown], b: [string, unknown]) => number;
  // Option objects as the theme passes them (MutationObserver options, navbar secondary menu props), and mixed case.
  const keys = [
    'subtree',
    'attributes',
    'childList',
    'characterData',
    'attributeFilter',
    'component',
    'props',
    'Z',
    'a',
    '_x',
    '$y',
  ];
  const sorted = (order: string[]) =>
    order
      .map((k): [string, unknown] => [k, 1])
      .sort(comparator)
      .map(([k]) => k);
  const reference = sorted(keys);
  for (let i = 0; i < 50; i++) {
    const shuffled = [...keys].sort(() => Math.random() - 0.5);
    assert.deepEqual(sorted(shuffled), reference);
  }
  assert.deepEqual(new Set(reference), new Set(keys));
});
