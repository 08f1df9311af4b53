// Reads a JSON array of texts on standard input and prints, as JSON, the index terms that
// themes/default/static/search.js makes of each. Used by tests/it/search_parity.rs.
'use strict';
const search = require('../../themes/default/static/search.js');

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => { input += chunk; });
process.stdin.on('end', () => {
  const texts = JSON.parse(input);
  process.stdout.write(JSON.stringify(texts.map((t) => search.analyze(t))));
});
