#!/usr/bin/env bash
# Copyright (c) 2026 The cited authors
# SPDX-License-Identifier: BSL-1.0
#
# The peak memory of loading a dataset's JSON, as a multiple of the file's size:
#
#   benchmarks/load_memory.sh <load_memory program> [megabytes=200] [work folder=/tmp]
#
# Writes a synthetic document of about that many megabytes, then loads it with
# `dataset::from_json` and, for comparison, through the whole `dataset_document`, each under
# /usr/bin/time -v. The file is read into memory first, so a loader that builds nothing else
# peaks near 1.0 times the file plus the dataset (32 bytes per observation).
set -euo pipefail
program="$1"
megabytes="${2:-200}"
work="${3:-/tmp}"
file="$work/cited-load-memory-$megabytes.json"
"$program" write "$file" "$megabytes"
size=$(stat -c %s "$file")
awk -v s="$size" 'BEGIN { printf "file: %d bytes (%.1f MiB)\n", s, s / 1048576 }'
for mode in load document; do
  log="$(mktemp)"
  /usr/bin/time -v "$program" "$mode" "$file" 2>"$log" >/dev/null
  peak_kib=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$log")
  seconds=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$log")
  awk -v m="$mode" -v k="$peak_kib" -v s="$size" -v t="$seconds" \
    'BEGIN { printf "%-9s peak %7.1f MiB = %.2f x the file (%s)\n", m, k / 1024, k * 1024 / s, t }'
  rm -f "$log"
done
rm -f "$file"
