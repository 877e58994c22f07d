// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0
//
// node duckdb.mjs WORK MODULES: DuckDB (@duckdb/node-api, from MODULES/node_modules) reads the
// exports duckdb_export wrote into WORK, and must agree with the totals cited computed
// (WORK/totals.json) for each dataset NAME:
// - read_csv('NAME.csv') with no options infers text for the metric and the subject and a number
//   for the value; and text for the period, except that a column of years only (such as the seed
//   dataset's) is read as a number, and as text with types={'period': 'VARCHAR'};
// - read_json('NAME.observations.jsonl') with no options infers the same, the period always text;
// - from each, the row count, and the count and the sum of value per metric and per metric and
//   period, equal cited's.
// Exits 1 and names each difference otherwise.

import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';

const [work, modules] = [process.argv[2], process.argv[process.argv.length - 1]];
const require = createRequire(path.join(modules, 'node_modules', 'x'));
const { DuckDBInstance } = require('@duckdb/node-api');

const totals = JSON.parse(fs.readFileSync(path.join(work, 'totals.json'), 'utf8'));
const db = await DuckDBInstance.create(':memory:');
const connection = await db.connect();
const failures = [];

async function rows(sql) {
  const reader = await connection.runAndReadAll(sql);
  return reader.getRowObjectsJson();
}

const quote = (s) => "'" + s.replaceAll("'", "''") + "'";
const numberTypes = /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|FLOAT|DOUBLE|DECIMAL\(\d+,\d+\))$/;

async function types(source) {
  const out = {};
  for (const r of await rows(`DESCRIBE SELECT * FROM ${source}`)) out[r.column_name] = r.column_type;
  return out;
}

function expectType(name, source, column, actual, wanted, pattern) {
  if (!pattern.test(actual ?? '')) {
    failures.push(`${name}: ${source} reads ${column} as ${actual}, expected ${wanted}`);
  }
}

function same(a, b) {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
}

// Counts and sums from DuckDB against cited's.
async function compareTotals(name, source, label, t) {
  const [all] = await rows(`SELECT count(*) AS n FROM ${source}`);
  if (Number(all.n) !== t.rows) {
    failures.push(`${name}: ${label} has ${all.n} rows, cited ${t.rows}`);
  }
  const byMetric = await rows(
    `SELECT metric, count(*) AS n, sum(value) AS s FROM ${source} GROUP BY metric ORDER BY metric`);
  if (byMetric.length !== Object.keys(t.by_metric).length) {
    failures.push(`${name}: ${label} has ${byMetric.length} metrics, cited ` +
                  `${Object.keys(t.by_metric).length}`);
  }
  for (const r of byMetric) {
    const c = t.by_metric[r.metric];
    if (!c) {
      failures.push(`${name}: ${label} has metric ${r.metric}, which cited has not`);
      continue;
    }
    if (Number(r.n) !== c.count) {
      failures.push(`${name}: count for ${r.metric} in ${label}: DuckDB ${r.n}, cited ${c.count}`);
    }
    if (!same(Number(r.s), c.sum)) {
      failures.push(`${name}: sum of value for ${r.metric} in ${label}: DuckDB ${r.s}, ` +
                    `cited ${c.sum}`);
    }
  }
  const byPeriod = await rows(
    `SELECT metric, CAST(period AS VARCHAR) AS period, count(*) AS n, sum(value) AS s ` +
    `FROM ${source} GROUP BY ALL ORDER BY ALL`);
  let keys = 0;
  for (const periods of Object.values(t.by_metric_period)) keys += Object.keys(periods).length;
  if (byPeriod.length !== keys) {
    failures.push(`${name}: ${label} has ${byPeriod.length} (metric, period) keys, cited ${keys}`);
  }
  for (const r of byPeriod) {
    const c = (t.by_metric_period[r.metric] ?? {})[r.period];
    if (!c) {
      failures.push(`${name}: ${label} has ${r.metric} in ${r.period}, which cited has not`);
    } else if (Number(r.n) !== c.count || !same(Number(r.s), c.sum)) {
      failures.push(`${name}: sum of value for ${r.metric} in ${r.period} in ${label}: DuckDB ` +
                    `${r.n} rows, ${r.s}; cited ${c.count} rows, ${c.sum}`);
    }
  }
}

for (const [name, t] of Object.entries(totals)) {
  const csvFile = quote(path.join(work, `${name}.csv`));
  const jsonFile = quote(path.join(work, `${name}.observations.jsonl`));
  const yearsOnly = Object.values(t.by_metric_period)
    .every((periods) => Object.keys(periods).every((p) => /^\d{4}$/.test(p)));

  // read_csv with no options.
  const csv = `read_csv(${csvFile})`;
  const csvTypes = await types(csv);
  expectType(name, 'read_csv', 'metric', csvTypes.metric, 'VARCHAR', /^VARCHAR$/);
  expectType(name, 'read_csv', 'subject', csvTypes.subject, 'VARCHAR', /^VARCHAR$/);
  expectType(name, 'read_csv', 'value', csvTypes.value, 'a number', numberTypes);
  if (yearsOnly) {
    expectType(name, 'read_csv', 'period (years only)', csvTypes.period, 'a number',
               numberTypes);
  } else {
    expectType(name, 'read_csv', 'period', csvTypes.period, 'VARCHAR', /^VARCHAR$/);
  }
  await compareTotals(name, csv, 'read_csv', t);

  // read_csv with the period as text, as docs/json_lines.md shows.
  const csvText = `read_csv(${csvFile}, types = {'period': 'VARCHAR'})`;
  const csvTextTypes = await types(csvText);
  expectType(name, "read_csv types={'period': 'VARCHAR'}", 'period', csvTextTypes.period,
             'VARCHAR', /^VARCHAR$/);
  await compareTotals(name, csvText, "read_csv types={'period': 'VARCHAR'}", t);

  // read_json on the observation lines, with no options.
  const json = `read_json(${jsonFile})`;
  const jsonTypes = await types(json);
  expectType(name, 'read_json', 'metric', jsonTypes.metric, 'VARCHAR', /^VARCHAR$/);
  expectType(name, 'read_json', 'subject', jsonTypes.subject, 'VARCHAR', /^VARCHAR$/);
  expectType(name, 'read_json', 'period', jsonTypes.period, 'VARCHAR', /^VARCHAR$/);
  expectType(name, 'read_json', 'value', jsonTypes.value, 'a number', numberTypes);
  await compareTotals(name, json, 'read_json', t);

  console.log(`${name}: read_csv ${JSON.stringify(csvTypes)}`);
  console.log(`${name}: read_json ${JSON.stringify(jsonTypes)}`);
}

if (failures.length !== 0) {
  for (const f of failures) console.log(f);
  process.exit(1);
}
console.log(`DuckDB reads every export, and its counts and sums equal cited's (${
  Object.keys(totals).join(', ')})`);
