// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0
//
// node csl_schema.js <cases.json> <folder with node_modules> <csl-data.json>
//
// Validates the CSL-JSON of every case written by citation_export against the official CSL-JSON
// schema (tests/data/csl-schema), with Ajv: each item alone, then all of them as one CSL-JSON
// array, which is what the schema describes. It first checks that the validator rejects items
// that break the schema in known ways (a type CSL does not have, a variable spelt "url", dates
// not nested in date-parts, a name with an unknown part, no id) and accepts a good one, so that
// the check cannot pass by accepting everything. Exits 0 when every item is valid, 1 otherwise.
'use strict';
const fs = require('fs');
const path = require('path');

const [casesFile, modules, schemaFile] = process.argv.slice(2);
let Ajv;
try {
  Ajv = require(path.resolve(modules, 'node_modules', 'ajv'));
  Ajv = Ajv.default || Ajv;
} catch (e) {
  console.log(`ajv is not installed in ${modules} (${e.code || e.message}); ` +
              'install it with: npm ci --prefix <that folder> (see tests/citation_js/package.json)');
  process.exit(1);
}

const schema = JSON.parse(fs.readFileSync(schemaFile, 'utf8'));
// The schema is used as published. Ajv's strict mode would report its union types (a string or
// a number) and its name and date definitions, which give properties without "type": "object"
// (so the schema does not reject a name or a date that is not an object); neither is an error.
const validate = new Ajv({ allErrors: true, allowUnionTypes: true, strictTypes: false })
  .compile(schema);
const errorsOf = (items) => validate(items) ? [] :
  validate.errors.map((e) => `${e.instancePath || '/'} ${e.message}` +
    (e.params && e.params.additionalProperty ? ` (${e.params.additionalProperty})` : ''));

let failures = 0;
let invalid = 0;

// The validator must reject each of these, with an error at the given place.
const good = { id: 'a', type: 'webpage', title: 'T', author: [{ family: 'Rivera', given: 'Ana' }],
               issued: { 'date-parts': [[2025, 8, 26]] }, URL: 'https://example.org/t' };
const bad = [
  ['a type CSL does not have', { ...good, type: 'news-article' }, '/0/type must be equal to one of the allowed values'],
  ['a variable spelt "url"', { id: 'a', type: 'webpage', url: 'https://example.org/t' }, '/0 must NOT have additional properties (url)'],
  ['date-parts not nested', { ...good, issued: { 'date-parts': [2025, 8, 26] } }, '/0/issued/date-parts/0 must be array'],
  ['a name with an unknown part', { ...good, author: [{ name: 'Rivera' }] }, '/0/author/0 must NOT have additional properties (name)'],
  ['no id', { type: 'webpage', title: 'T' }, "/0 must have required property 'id'"],
];
if (errorsOf([good]).length !== 0) {
  console.log(`FAIL the validator rejects a valid item: ${errorsOf([good]).join('; ')}`);
  failures++;
}
for (const [why, item, expected] of bad) {
  const errors = errorsOf([item]);
  if (!errors.includes(expected)) {
    console.log(`FAIL the validator does not reject ${why} as expected ("${expected}"); ` +
                `it reports: ${errors.length ? errors.join('; ') : 'no error'}`);
    failures++;
  }
}
if (failures > 0) process.exit(1);
console.log(`the validator rejects ${bad.length} invalid items and accepts a valid one`);

const cases = JSON.parse(fs.readFileSync(casesFile, 'utf8'));
const items = [];
for (const c of cases) {
  let item;
  try {
    item = JSON.parse(c.csl);
  } catch (e) {
    console.log(`FAIL ${c.name}: the CSL-JSON does not parse: ${e.message}\n  ${c.csl}`);
    failures++;
    invalid++;
    continue;
  }
  items.push(item);
  const errors = errorsOf([item]);
  if (errors.length > 0) {
    console.log(`FAIL ${c.name}: not valid CSL-JSON: ${errors.join('; ')}\n  ${c.csl}`);
    failures++;
    invalid++;
  }
}
const all = errorsOf(items);
if (all.length > 0) {
  console.log(`FAIL the items as one CSL-JSON array: ${all.join('; ')}`);
  failures++;
}
const schemaName = schema.$id || schemaFile;
console.log(`${cases.length - invalid} of ${cases.length} CSL-JSON items valid against ` +
            `${schemaName}, ${failures} failures`);
process.exit(failures === 0 && cases.length > 0 ? 0 : 1);
