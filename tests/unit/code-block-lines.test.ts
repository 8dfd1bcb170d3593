// The Prism-free code block (src/theme/CodeBlock/Content) splits text into the same lines and tokens as
// prism-react-renderer does for text without a grammar, so the markup is the one the theme drew before.
import assert from 'node:assert/strict';
import test from 'node:test';
import {normalizeTokens} from 'prism-react-renderer';
import {plainLines} from '../../src/theme/CodeBlock/Content/plainLines';

const CASES: {name: string; input: string}[] = [
  {name: 'one line', input: 'instruction=orderCancel&orderId=28&symbol=BTC_USDT&timestamp=1614550000000&window=5000'},
  {name: 'several lines', input: '18.167.89.125\n18.167.89.126\n18.167.89.127'},
  {name: 'empty lines inside', input: 'GET\n\n/api/v5/account/balance\n\n\nend'},
  {name: 'Windows and old Mac line ends', input: 'a\r\nb\rc'},
  {name: 'a trailing line end', input: 'a\n'},
  {name: 'empty', input: ''},
  {name: 'spaces only and Chinese text', input: '   \n中文，全角逗号'},
];

for (const {name, input} of CASES) {
  test(`plainLines matches prism-react-renderer for text: ${name}`, () => {
    assert.deepEqual(plainLines(input), normalizeTokens([input]));
  });
}
