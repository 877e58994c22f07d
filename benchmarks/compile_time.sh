#!/usr/bin/env bash
# Copyright (c) 2026 The cited authors
# SPDX-License-Identifier: BSL-1.0
#
# benchmarks/compile_time.sh [compiler]   (default: g++; run from anywhere)
#
# Compile time of one JSON round trip of a described struct: a TU with <cited/cited.hpp> beside
# the same TU written with nlohmann/json (Debian: nlohmann-json3-dev). Also the umbrella header
# alone, <cited/json.hpp> alone with the round trip, and an empty TU with <string> for reference.
# Each TU is compiled (-std=c++20 -c, no optimization) five times; the median wall time is
# reported, and the ratio of cited's to nlohmann's. Prints a Markdown table.
set -euo pipefail
cxx="${1:-g++}"
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cat > "$work/cited_round_trip.cpp" <<'CPP'
#include <cited/cited.hpp>
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
sed 's|#include <cited/cited.hpp>|#include <cited/json.hpp>|' "$work/cited_round_trip.cpp" \
  > "$work/json_only_round_trip.cpp"
cat > "$work/nlohmann_round_trip.cpp" <<'CPP'
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
printf '#include <cited/cited.hpp>\nint main() { return 0; }\n' > "$work/umbrella_only.cpp"
printf '#include <string>\nint main() { return 0; }\n' > "$work/baseline.cpp"

median_seconds() {  # file
  local times=()
  for _ in 1 2 3 4 5; do
    local start end
    start=$(date +%s.%N)
    "$cxx" -std=c++20 -c -I"$root/include" "$1" -o "$work/out.o"
    end=$(date +%s.%N)
    times+=("$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.4f", b - a }')")
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n 3p
}

cited=$(median_seconds "$work/cited_round_trip.cpp")
nlohmann=$(median_seconds "$work/nlohmann_round_trip.cpp")
json_only=$(median_seconds "$work/json_only_round_trip.cpp")
umbrella=$(median_seconds "$work/umbrella_only.cpp")
baseline=$(median_seconds "$work/baseline.cpp")

echo "Compile time, $("$cxx" --version | head -n 1), -std=c++20 -c, median of 5"
echo
echo "| TU | seconds |"
echo "|---|---|"
printf '| JSON round trip with `<cited/cited.hpp>` | %.2f |\n' "$cited"
printf '| the same with nlohmann/json | %.2f |\n' "$nlohmann"
printf '| the same with `<cited/json.hpp>` only | %.2f |\n' "$json_only"
printf '| `<cited/cited.hpp>` alone | %.2f |\n' "$umbrella"
printf '| `<string>` alone (reference) | %.2f |\n' "$baseline"
echo
awk -v c="$cited" -v n="$nlohmann" \
  'BEGIN { printf "cited / nlohmann: %.0f%% (target: at most 40%%)\n", 100 * c / n }'
