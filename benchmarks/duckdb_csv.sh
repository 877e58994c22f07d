#!/usr/bin/env bash
# Copyright (c) 2026 The cited authors
# SPDX-License-Identifier: BSL-1.0
#
# cited's dataset::from_csv beside DuckDB's read_csv on the same file, both on one thread:
#
#   benchmarks/duckdb_csv.sh <dataset_csv_file program> [engines folder=build/engines]
#                            [observations=100000] [runs=7] [work folder=/tmp]
#
# Writes the CSV of dataset_bench's synthetic dataset (build/bench/benchmarks/dataset_csv_file),
# then times cited loading it into a dataset and DuckDB (@duckdb/node-api in the engines folder's
# node_modules: npm ci --prefix build/engines after copying tests/engines/package*.json there)
# loading it into a table, and prints the medians in MiB/s of the file. Optional: without node
# or the package it says so and exits 0. CI does not run it.
set -euo pipefail
program="$1"
engines="${2:-build/engines}"
observations="${3:-100000}"
runs="${4:-7}"
work="${5:-/tmp}"
here="$(cd "$(dirname "$0")" && pwd)"
if ! command -v node >/dev/null; then
  echo "duckdb_csv: skipped, node is not installed"
  exit 0
fi
if [ ! -d "$engines/node_modules/@duckdb/node-api" ]; then
  echo "duckdb_csv: skipped, $engines/node_modules has no @duckdb/node-api"
  exit 0
fi
file="$work/cited-duckdb-csv-$observations.csv"
trap 'rm -f "$file"' EXIT
"$program" write "$file" "$observations"
"$program" load "$file" "$runs"
node "$here/duckdb_csv.mjs" "$file" "$engines" "$runs"
