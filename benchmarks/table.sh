#!/usr/bin/env bash
# Copyright (c) 2026 The cited authors
# SPDX-License-Identifier: BSL-1.0
#
# benchmarks/table.sh [min_time]: builds the bench preset, runs every suite (3 repetitions,
# medians), and prints the README's benchmark table in Markdown, then the compile-time table.
# min_time is Google Benchmark's --benchmark_min_time per run, in seconds (default 1).
# CITED_GLAZE_DIR=/path/to/glaze/include adds glaze's columns to the JSON table (glaze is not in
# Debian; the README's table was made with glaze 6.4.0's include folder).
set -euo pipefail
cd "$(dirname "$0")/.."
min_time="${1:-1}"
cmake --preset bench ${CITED_GLAZE_DIR:+"-DCITED_GLAZE_DIR=$CITED_GLAZE_DIR"} >/dev/null
cmake --build --preset bench >/dev/null
# The suites' JSON output goes to $CITED_BENCH_OUT when set (kept), else to a scratch folder.
out="${CITED_BENCH_OUT:-$(mktemp -d)}"
mkdir -p "$out"
[ -n "${CITED_BENCH_OUT:-}" ] || trap 'rm -rf "$out"' EXIT
for suite in country catalog estimate dataset json; do
  build/bench/benchmarks/${suite}_bench --benchmark_min_time="$min_time" \
    --benchmark_repetitions=3 --benchmark_report_aggregates_only=true \
    --benchmark_out="$out/$suite.json" --benchmark_out_format=json >/dev/null
done
build/bench/benchmarks/bench_table "$out"/*.json
echo
benchmarks/compile_time.sh g++
