// Usage: node search.js DIR < queries.json
// Searches the index files under DIR (an output folder holding search/index.json) with the
// runtime in themes/default/static/search.js, reading files from disk instead of fetching
// them, and prints for each query its hits [[doc, score], ...] and the files it read.
// Used by tests/it/search_parity.rs to compare the runtime with the Rust scorer.
'use strict';
const fs = require('fs');
const path = require('path');
const search = require('../../themes/default/static/search.js');

const dir = process.argv[2];
let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => { input += chunk; });
process.stdin.on('end', async () => {
  const out = [];
  for (const query of JSON.parse(input)) {
    const read = [];
    const load = async (file) => {
      read.push(file);
      return JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
    };
    const searcher = new search.Searcher(load);
    const hits = await searcher.search(query);
    const records = await searcher.records(hits.slice(0, 10).map((h) => h.doc));
    out.push({
      hits: hits.map((h) => [h.doc, h.score]),
      urls: records.map((r) => r.url),
      read,
    });
  }
  process.stdout.write(JSON.stringify(out));
});
