// Exact text edits to a module's source, made at build time by ./editLoader.js (see ./index.ts for the
// edits and their reasons). Plain CommonJS: the bundler loads it as a loader, and the unit tests import it.
'use strict';

/**
 * Applies each edit to `source`. An edit replaces every occurrence of `find` and must find exactly
 * `count` of them (1 unless given): when an upgrade changes the text, the build stops here with the
 * file and the text, instead of shipping the module without the edit.
 * @param {string} source
 * @param {{find: string, replace: string, count?: number}[]} edits
 * @param {string} file for the error message
 * @returns {string}
 */
function applySourceEdits(source, edits, file) {
  let out = source;
  for (const {find, replace, count = 1} of edits) {
    const parts = out.split(find);
    const found = parts.length - 1;
    if (found !== count) {
      throw new Error(`${file}: expected ${count} × ${JSON.stringify(find)}, found ${found}. Has the package changed? See src/plugins/lighterStartup/index.ts.`);
    }
    out = parts.join(replace);
  }
  return out;
}

module.exports = {applySourceEdits};
