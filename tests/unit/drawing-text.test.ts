// The drawings' text helpers: wrapped lines stay within the width the estimate allows, keep every
// character, and break Chinese between characters but never before closing punctuation; the search
// page's de-duplication keeps the first result per page and heading.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {textWidth, wrapText} from '../../src/components/DrawingParts/wrapText';
import {uniqueResults} from '../../src/theme/SearchPage/uniqueResults';

const cases: {name: string; input: {text: string; width: number; size: number}; expected: string[]}[] = [
  {name: 'short text stays on one line', input: {text: 'API Key', width: 200, size: 15}, expected: ['API Key']},
  {
    name: 'Latin text breaks at spaces',
    input: {text: 'IP/CIDR, one address at a time', width: 150, size: 15},
    expected: ['IP/CIDR, one', 'address at a time'],
  },
  {
    name: 'a word longer than the width keeps its own line',
    input: {text: 'Supercalifragilistic x', width: 40, size: 15},
    expected: ['Supercalifragilistic', 'x'],
  },
  {
    name: 'Chinese breaks between characters',
    input: {text: '最多二十个地址', width: 60, size: 15},
    expected: ['最多二十', '个地址'],
  },
  {
    name: 'closing punctuation stays with the character before it',
    input: {text: '由你设定，无法找回', width: 75, size: 15},
    expected: ['由你设定，', '无法找回'],
  },
  {name: 'empty text has no lines', input: {text: '', width: 100, size: 15}, expected: []},
];

for (const {name, input, expected} of cases) {
  test(`wrapText: ${name}`, () => {
    const lines = wrapText(input.text, input.width, input.size);
    assert.deepEqual(lines, expected);
    assert.equal(lines.join('').replace(/\s/g, ''), input.text.replace(/\s/g, ''));
  });
}

test('wrapText: every line of a multi-word label fits the width, by the same estimate', () => {
  const text = 'Insilico Terminal · account form, with the display name, API key, secret and passphrase';
  for (const width of [80, 120, 200, 320]) {
    for (const line of wrapText(text, width, 13)) {
      if (line.includes(' ')) assert.ok(textWidth(line, 13) <= width, `${line} at ${width}`);
    }
  }
});

test('uniqueResults keeps the first result for each page and heading, in order', () => {
  const r = (u: string, h: string | undefined, i: number) => ({document: {u, h, i}});
  const input = [
    r('/docs/a', '', 1),
    r('/docs/a', '#x', 2),
    r('/docs/a', '', 3),
    r('/docs/b', undefined, 4),
    r('/docs/b', '', 5),
    r('/docs/a', '#x', 6),
  ];
  assert.deepEqual(
    uniqueResults(input).map((x) => x.document.i),
    [1, 2, 4],
  );
});
