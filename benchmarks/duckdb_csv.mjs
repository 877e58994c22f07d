// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0
//
// node duckdb_csv.mjs FILE MODULES [RUNS=7]: times DuckDB (@duckdb/node-api, from
// MODULES/node_modules) loading the dataset CSV in FILE into a table on one thread,
//   SET threads TO 1;
//   CREATE OR REPLACE TABLE observations AS SELECT * FROM read_csv(FILE, header=true, ...);
// with the columns and their types given (no sniffing), and again with DuckDB's detection, and
// prints the median of RUNS runs of each in MiB/s of the file, by the clock and by the process's
// CPU time (the machine may be shared). Run by duckdb_csv.sh.

import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

const [file, modules, runsText] = process.argv.slice(2);
const runs = Math.max(1, Number(runsText ?? 7));
const require = createRequire(path.join(path.resolve(modules), 'node_modules', 'x'));
const { DuckDBInstance } = require('@duckdb/node-api');

const bytes = fs.statSync(file).size;
const db = await DuckDBInstance.create(':memory:');
const connection = await db.connect();
await connection.run('SET threads TO 1');

const quote = (s) => "'" + s.replaceAll("'", "''") + "'";
const columns = "{'metric': 'VARCHAR', 'subject': 'VARCHAR', 'period': 'VARCHAR', " +
  "'value': 'DOUBLE', 'bound': 'VARCHAR', 'upper': 'DOUBLE', 'tolerance': 'DOUBLE', " +
  "'of': 'UBIGINT', 'unit': 'VARCHAR', 'status': 'VARCHAR', 'source': 'VARCHAR'}";
const variants = [
  ['read_csv with the columns given',
    `read_csv(${quote(file)}, header=true, auto_detect=false, delim=',', quote='"', ` +
    `escape='"', columns=${columns})`],
  ['read_csv with detection', `read_csv(${quote(file)}, header=true)`],
];

for (const [label, source] of variants) {
  const wall = [];
  const cpu = [];
  let rows = 0;
  for (let i = 0; i < runs; ++i) {
    const start = performance.now();
    const startCpu = process.cpuUsage();
    await connection.run(`CREATE OR REPLACE TABLE observations AS SELECT * FROM ${source}`);
    const usedCpu = process.cpuUsage(startCpu);
    wall.push((performance.now() - start) / 1000);
    cpu.push((usedCpu.user + usedCpu.system) / 1e6);
    const reader = await connection.runAndReadAll('SELECT count(*) AS n FROM observations');
    rows = Number(reader.getRowObjectsJson()[0].n);
  }
  const median = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
  const rate = (s) => (bytes / s / 1048576).toFixed(0);
  console.log(`DuckDB ${label}: ${rows} rows, median of ${runs} runs ` +
    `${(median(wall) * 1000).toFixed(2)} ms = ${rate(median(wall))} MiB/s by the clock, ` +
    `${(median(cpu) * 1000).toFixed(2)} ms = ${rate(median(cpu))} MiB/s of CPU time`);
}
