#!/usr/bin/env bash
# Copyright (c) 2026 The cited authors
# SPDX-License-Identifier: BSL-1.0
#
# benchmarks/stream_total.sh [N]: builds stream_total with the bench preset, then streams N
# observations in JSON Lines (default 100000000), made on the fly, through a total per metric and
# per period, under /usr/bin/time -v: prints the program's throughput, then its wall time and peak
# memory (maximum resident set size). The peak stays the same whatever N: try 1000000 beside it.
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-100000000}"
cmake --preset bench >/dev/null
cmake --build build/bench --target stream_total >/dev/null
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
/usr/bin/time -v -o "$log" build/bench/benchmarks/stream_total "$n"
grep -E "Elapsed \(wall clock\)|Maximum resident set size" "$log" | sed 's/^[[:space:]]*//'
