#!/usr/bin/env bash
# Copyright (c) 2026 The cited authors
# SPDX-License-Identifier: BSL-1.0
#
# benchmarks/compile_time.sh [compiler] [--check]   (default: g++; run from anywhere)
#
# What including cited costs, in one run. Each TU is compiled five times (-std=c++20, no
# optimization; CITED_COMPILE_TIME_RUNS=n for n times, as CI does with 1) and the median wall time
# is reported. Prints two Markdown tables:
#
# 1. Targets, as ratios:
#    - a JSON round trip of a described struct with <cited/cited.hpp>, and with <cited/json.hpp>
#      only, each against the same TU written with nlohmann/json (Debian: nlohmann-json3-dev);
#    - each value header alone (-c), over <string> alone.
# 2. Every entry header alone (-fsyntax-only), with <string> as the baseline.
#
# With --check it exits 1 when a target is missed. Timings on a loaded machine are noisy; CI runs
# the script for the record, without --check.
set -euo pipefail
cxx="g++"
check=0
runs="${CITED_COMPILE_TIME_RUNS:-5}"
for arg in "$@"; do
  case "$arg" in
    --check) check=1 ;;
    *) cxx="$arg" ;;
  esac
done
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

round_trip() {  # include
  cat <<CPP
#include <$1>
#include <boost/describe/class.hpp>
#include <string>
#include <vector>
struct record { int id; std::string name; double value; std::vector<int> tags; };
BOOST_DESCRIBE_STRUCT(record, (), (id, name, value, tags))
int main() {
  const record r{1, "a", 2.5, {1, 2}};
  const std::string text = cited::to_json(r);
  return cited::from_json<record>(text).id == 1 ? 0 : 1;
}
CPP
}
round_trip cited/cited.hpp >"$work/umbrella_round_trip.cpp"
round_trip cited/json.hpp >"$work/json_round_trip.cpp"
cat >"$work/nlohmann_round_trip.cpp" <<'CPP'
#include <nlohmann/json.hpp>
#include <string>
#include <vector>
struct record { int id; std::string name; double value; std::vector<int> tags; };
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(record, id, name, value, tags)
int main() {
  const record r{1, "a", 2.5, {1, 2}};
  const std::string text = nlohmann::json(r).dump();
  return nlohmann::json::parse(text).get<record>().id == 1 ? 0 : 1;
}
CPP

median_seconds() {  # mode file
  local mode="$1" file="$2" times=()
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s.%N)
    if [ "$mode" = c ]; then
      "$cxx" -std=c++20 -c -I"$root/include" "$file" -o "$work/out.o"
    else
      "$cxx" -std=c++20 -fsyntax-only -I"$root/include" "$file"
    fi
    end=$(date +%s.%N)
    times+=("$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.4f", b - a }')")
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p"
}

header_tu() {  # include -> a TU file that includes it alone
  local name="${1//\//_}"
  printf '#include <%s>\nint main() { return 0; }\n' "$1" >"$work/$name.cpp"
  echo "$work/$name.cpp"
}

missed=0
verdict() {  # ok?
  if [ "$1" = 1 ]; then echo "met"; else
    missed=1
    echo "**missed**"
  fi
}

nlohmann=$(median_seconds c "$work/nlohmann_round_trip.cpp")
umbrella=$(median_seconds c "$work/umbrella_round_trip.cpp")
json_only=$(median_seconds c "$work/json_round_trip.cpp")
baseline=$(median_seconds c "$(header_tu string)")

echo "Compile time, $("$cxx" --version | head -n 1), -std=c++20, median of 5"
echo
echo "| TU | seconds | ratio | target | |"
echo "|---|---|---|---|---|"
printf '| JSON round trip, nlohmann/json | %.2f | 100%% | | |\n' "$nlohmann"
for row in "umbrella:<cited/cited.hpp>:$umbrella:60" "json:<cited/json.hpp> only:$json_only:35"; do
  IFS=: read -r _ label seconds target <<<"$row"
  ratio=$(awk -v c="$seconds" -v n="$nlohmann" 'BEGIN { printf "%.0f", 100 * c / n }')
  ok=$(awk -v r="$ratio" -v t="$target" 'BEGIN { print (r <= t) ? 1 : 0 }')
  printf '| JSON round trip, `%s` | %.2f | %s%% | ≤ %s%% | %s |\n' "$label" "$seconds" "$ratio" \
    "$target" "$(verdict "$ok")"
done
printf '| `<string>` alone | %.2f | | | |\n' "$baseline"
for header in cited/value/country.hpp cited/value/period.hpp cited/value/counts.hpp \
  cited/value/estimate.hpp; do
  [ -f "$root/include/$header" ] || continue
  seconds=$(median_seconds c "$(header_tu "$header")")
  extra=$(awk -v s="$seconds" -v b="$baseline" 'BEGIN { printf "%.2f", s - b }')
  ok=$(awk -v e="$extra" 'BEGIN { print (e <= 0.5) ? 1 : 0 }')
  printf '| `<%s>` alone | %.2f | %+.2f s over `<string>` | ≤ +0.50 s | %s |\n' "$header" \
    "$seconds" "$extra" "$(verdict "$ok")"
done

echo
echo "Each entry header alone, -fsyntax-only:"
echo
echo "| header | seconds | over \`<string>\` |"
echo "|---|---|---|"
syntax_baseline=$(median_seconds s "$(header_tu string)")
printf '| `<string>` | %.2f | |\n' "$syntax_baseline"
for path in "$root"/include/cited/*.hpp; do
  header="cited/$(basename "$path")"
  seconds=$(median_seconds s "$(header_tu "$header")")
  printf '| `<%s>` | %.2f | %+.2f s |\n' "$header" "$seconds" \
    "$(awk -v s="$seconds" -v b="$syntax_baseline" 'BEGIN { printf "%.2f", s - b }')"
done

if [ "$check" = 1 ] && [ "$missed" = 1 ]; then
  echo "compile_time.sh: a target was missed" >&2
  exit 1
fi
