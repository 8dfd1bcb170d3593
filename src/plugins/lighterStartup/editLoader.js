// Bundler loader: applies the edits passed as options to the module it is given (see ./index.ts).
'use strict';
const {applySourceEdits} = require('./sourceEdits');

module.exports = function editLoader(source) {
  const {edits} = this.getOptions();
  return applySourceEdits(source, edits, this.resourcePath);
};
