// A code block's text as the lines of plain tokens Prism gives for text without a grammar: one token
// per line, and an empty line as a single "\n" token marked empty (so it keeps its height).
export interface PlainToken {
  types: string[];
  content: string;
  empty?: boolean;
}

export function plainLines(code: string): PlainToken[][] {
  return code
    .split(/\r\n|\r|\n/)
    .map((text) => [text === '' ? {types: ['plain'], content: '\n', empty: true} : {types: ['plain'], content: text}]);
}
