// Writes the trees benchmarks/cli.sh times: COUNT copies of the reference article, 100 files to a
// directory, each with its own id; with EVERY > 0, every EVERY-th file has a schema error
// ("revision": "one", schema.type).
//   node trees.js REFERENCE_JSON OUT_DIR COUNT EVERY
'use strict';
const fs = require('fs');
const path = require('path');

const [reference, outDir, countText, everyText] = process.argv.slice(2);
const text = fs.readFileSync(reference, 'utf8');
const count = Number(countText);
const every = Number(everyText);
if (!text.includes('"revision": 1,') || !text.includes('"id": "')) {
  throw new Error('the reference article no longer has the id and revision lines this script edits');
}
fs.rmSync(outDir, {recursive: true, force: true});
for (let i = 0; i < count; i++) {
  const dir = path.join(outDir, String(Math.floor(i / 100)).padStart(4, '0'));
  if (i % 100 === 0) {
    fs.mkdirSync(dir, {recursive: true});
  }
  let article = text.replace(/"id": "[^"]*"/, `"id": "article-${i}"`);
  if (every > 0 && i % every === 0) {
    article = article.replace('"revision": 1,', '"revision": "one",');
  }
  fs.writeFileSync(path.join(dir, `a${String(i).padStart(6, '0')}.json`), article);
}
