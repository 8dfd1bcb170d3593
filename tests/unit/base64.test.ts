import {test} from 'node:test';
import assert from 'node:assert/strict';
import {decodeBase64Strict, encodeBase64} from '../../src/checkers/core/base64';

const cases: {name: string; input: string; expected: number[] | undefined}[] = [
  {name: 'empty', input: '', expected: []},
  {name: 'one byte, two pads', input: 'AA==', expected: [0]},
  {name: 'two bytes, one pad', input: 'AAE=', expected: [0, 1]},
  {name: 'three bytes', input: '/+8A', expected: [255, 239, 0]},
  {name: 'missing padding', input: 'AA', expected: undefined},
  {name: 'non-zero trailing bits', input: 'AB==', expected: undefined},
  {name: 'whitespace inside', input: 'AA A=', expected: undefined},
  {name: 'base64url alphabet', input: '_-8A', expected: undefined},
  {name: 'padding in the middle', input: 'AA==AAAA', expected: undefined},
];

for (const {name, input, expected} of cases) {
  test(`decodeBase64Strict: ${name}`, () => {
    const got = decodeBase64Strict(input);
    assert.deepEqual(got && [...got], expected);
  });
}

test('encodeBase64 round-trips every length from 0 to 40', () => {
  for (let n = 0; n <= 40; n++) {
    const bytes = Uint8Array.from({length: n}, (_, i) => (i * 37 + n) & 255);
    assert.equal(encodeBase64(bytes), Buffer.from(bytes).toString('base64'));
    assert.deepEqual(decodeBase64Strict(encodeBase64(bytes)), bytes);
  }
});
