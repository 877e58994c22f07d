// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0
//
// node arrow.mjs WORK MODULES: Apache Arrow (npm apache-arrow) reads cited's Arrow IPC file and
// stream (WORK/observations.arrow, .arrows, written by arrow_export) and must find what cited
// computed from the same dataset (WORK/expected.json): the row count, the columns with their
// types, the definitions in the schema metadata, and per metric the sum and count of the known
// values. Prints one line per finding; exits 1 on any difference or read error.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const [work, modules] = process.argv.slice(2);
const require = createRequire(path.join(modules, 'node_modules', 'apache-arrow', 'package.json'));
const arrow = require('apache-arrow');
const expected = JSON.parse(fs.readFileSync(path.join(work, 'expected.json'), 'utf8'));

const columns = [
  ['metric', 'Dictionary<Int32, Utf8>'], ['subject', 'Dictionary<Int32, Utf8>'],
  ['period', 'Dictionary<Int32, Utf8>'], ['first_day', 'Date32<DAY>'],
  ['last_day', 'Date32<DAY>'], ['value', 'Float64'], ['bound', 'Dictionary<Int32, Utf8>'],
  ['upper', 'Float64'], ['tolerance', 'Float64'], ['of', 'Uint64'],
  ['unit', 'Dictionary<Int32, Utf8>'], ['status', 'Dictionary<Int32, Utf8>'],
  ['source', 'Dictionary<Int32, Utf8>'],
];

let failures = 0;
const fail = (what) => { console.log(`FAIL ${what}`); ++failures; };

function check(name, file) {
  let table;
  try {
    table = arrow.tableFromIPC(fs.readFileSync(file));
  } catch (e) {
    fail(`the Arrow ${name} ${file} does not read: ${e.message}`);
    return;
  }
  if (table.numRows !== expected.rows) {
    fail(`the Arrow ${name} has ${table.numRows} rows, cited wrote ${expected.rows}`);
  }
  const found = table.schema.fields.map((f) => [f.name, String(f.type)]);
  if (JSON.stringify(found) !== JSON.stringify(columns)) {
    fail(`the Arrow ${name}'s columns are ${JSON.stringify(found)}, not ${JSON.stringify(columns)}`);
  }
  const meta = table.schema.metadata;
  if (meta.get('cited:format') !== 'cited-observations/1') {
    fail(`the Arrow ${name}'s cited:format is ${meta.get('cited:format')}`);
  }
  let ids = [];
  try {
    ids = JSON.parse(meta.get('cited:metrics')).map((m) => m.id);
  } catch (e) {
    fail(`the Arrow ${name}'s cited:metrics is not a JSON array of metrics: ${e.message}`);
  }
  if (JSON.stringify(ids) !== JSON.stringify(expected.metrics)) {
    fail(`the Arrow ${name}'s cited:metrics names ${ids}, cited knows ${expected.metrics}`);
  }
  // The sums, in the order of the rows, as cited adds them.
  const totals = {};
  const metric = table.getChild('metric');
  const value = table.getChild('value');
  for (let i = 0; i < table.numRows; ++i) {
    const t = (totals[metric.get(i)] ??= { sum: 0, known: 0 });
    const v = value.get(i);
    if (v !== null) {
      t.sum += v;
      ++t.known;
    }
  }
  const metrics = new Set([...Object.keys(totals), ...Object.keys(expected.totals)]);
  for (const m of metrics) {
    const a = totals[m] ?? { sum: 0, known: 0 };
    const b = expected.totals[m] ?? { sum: 0, known: 0 };
    if (a.sum !== b.sum || a.known !== b.known) {
      fail(`${m} in the Arrow ${name}: sum ${a.sum} of ${a.known} values, cited: sum ${b.sum} of ${b.known}`);
    }
  }
  if (failures === 0) {
    console.log(`ok the Arrow ${name}: ${table.numRows} rows, ${columns.length} columns, ` +
                `${metrics.size} metric totals equal cited's`);
  }
}

check('file', path.join(work, 'observations.arrow'));
check('stream', path.join(work, 'observations.arrows'));
process.exit(failures ? 1 : 0);
