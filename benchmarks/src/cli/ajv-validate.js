// Validates every *.json file under the given directories with ajv 8 (draft 2020-12, strict mode,
// allErrors, ajv-formats), the way a CI job would with ajv-cli: the baseline of benchmarks/cli.sh.
//   node ajv-validate.js SCHEMA DIR...
// Prints "PATH valid" or "PATH invalid" and each error, as ajv-cli does; exits 1 if a file is invalid.
'use strict';
const path = require('path');
const fs = require('fs');
const Ajv2020 = require('ajv/dist/2020');
const addFormats = require('ajv-formats');

const [schemaFile, ...dirs] = process.argv.slice(2);
const ajv = new Ajv2020({strict: true, allErrors: true});
addFormats(ajv);
const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaFile, 'utf8')));

const out = [];
let invalid = 0;
function walk(dir) {
  for (const entry of fs.readdirSync(dir, {withFileTypes: true}).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      walk(file);
    } else if (entry.name.endsWith('.json')) {
      let ok;
      try {
        ok = validate(JSON.parse(fs.readFileSync(file, 'utf8')));
      } catch (e) {
        out.push(file + ' is not JSON: ' + e.message);
        invalid++;
        continue;
      }
      if (ok) {
        out.push(file + ' valid');
      } else {
        invalid++;
        out.push(file + ' invalid');
        out.push(JSON.stringify(validate.errors, null, 2));
      }
    }
  }
}
dirs.forEach(walk);
out.push('');
process.stdout.write(out.join('\n'));
process.exitCode = invalid > 0 ? 1 : 0;
