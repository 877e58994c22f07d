// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0
//
// Country lookups, beside their peers in the same run. Each iteration looks up all 249 current
// entries by one key, in table order, and sums something of each result so that no lookup can be
// dropped. The counter "per_lookup" is the time for one lookup: throughput, as lookups overlap in
// the CPU.
//   - <key>/cited: cited::country::from_alpha2, from_alpha3, from_numeric, from_name;
//   - <key>/icu: icu::Region::getInstance, which takes alpha-2, alpha-3 and numeric codes (ICU has
//     no lookup by English name), when CMake finds ICU;
//   - <key>/unordered_map: a std::unordered_map from the key to the country, built beforehand.
//     For names it is keyed by the upper-cased name and looked up exactly, while cited matches
//     names case-insensitively.
//
//   cmake --workflow --preset bench && build/bench/benchmarks/country_bench

#include <cited/value/country.hpp>

#include <benchmark/benchmark.h>

#ifdef CITED_BENCH_HAVE_ICU
#include <unicode/region.h>
#endif

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace {

template <class Key>
std::vector<Key> keys(Key (*of)(cited::country)) {
  std::vector<Key> out;
  for (const auto c : cited::country::all()) out.push_back(of(c));
  return out;
}

// Looks up every key once per iteration. `lookup` returns a value whose truth says it was found
// and `weight(result)` a number to sum.
template <class Key, class Lookup, class Weight>
void run(benchmark::State& state, const std::vector<Key>& input, Lookup lookup, Weight weight) {
  std::size_t found = 0;
  for (auto _ : state) {
    std::uint64_t sum = 0;
    for (const auto& key : input) {
      const auto c = lookup(key);
      found += static_cast<bool>(c);
      sum += c ? weight(c) : 0u;
    }
    benchmark::DoNotOptimize(sum);
  }
  const auto expected = input.size() * static_cast<std::size_t>(state.iterations());
  if (found != expected) state.SkipWithError("a lookup failed");
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(input.size()));
  state.counters["per_lookup"] = benchmark::Counter(
      static_cast<double>(input.size()),
      benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
}

const auto index_of = [](const std::optional<cited::country>& c) -> std::uint64_t {
  return c->index();
};

std::string upper(std::string_view s) {
  std::string out(s);
  for (auto& ch : out) ch = (ch >= 'a' && ch <= 'z') ? static_cast<char>(ch - 'a' + 'A') : ch;
  return out;
}

const std::vector<std::string>& alpha2_keys() {
  static const auto in =
      keys<std::string>([](cited::country c) { return std::string(c.alpha2()); });
  return in;
}
const std::vector<std::string>& alpha3_keys() {
  static const auto in =
      keys<std::string>([](cited::country c) { return std::string(c.alpha3()); });
  return in;
}
const std::vector<int>& numeric_keys() {
  static const auto in = keys<int>([](cited::country c) { return *c.numeric(); });
  return in;
}
// Names as a user would type them: mixed case, in std::string storage.
const std::vector<std::string>& name_keys() {
  static const auto in = keys<std::string>([](cited::country c) { return upper(c.name()); });
  return in;
}

template <class Key>
std::unordered_map<Key, cited::country> map_of(const std::vector<Key>& input) {
  std::unordered_map<Key, cited::country> out;
  for (std::size_t i = 0; i < input.size(); ++i) out.emplace(input[i], cited::country::all()[i]);
  return out;
}

template <class Key>
void run_map(benchmark::State& state, const std::vector<Key>& input) {
  const auto map = map_of(input);
  run(
      state, input,
      [&](const Key& k) {
        const auto it = map.find(k);
        return it == map.end() ? nullptr : &it->second;
      },
      [](const cited::country* c) -> std::uint64_t { return c->index(); });
}

void alpha2_cited(benchmark::State& state) {
  run(
      state, alpha2_keys(), [](std::string_view k) { return cited::country::from_alpha2(k); },
      index_of);
}
void alpha3_cited(benchmark::State& state) {
  run(
      state, alpha3_keys(), [](std::string_view k) { return cited::country::from_alpha3(k); },
      index_of);
}
void numeric_cited(benchmark::State& state) {
  run(
      state, numeric_keys(), [](int k) { return cited::country::from_numeric(k); }, index_of);
}
void name_cited(benchmark::State& state) {
  run(
      state, name_keys(), [](const std::string& k) { return cited::country::from_name(k); },
      index_of);
}

void alpha2_map(benchmark::State& state) { run_map(state, alpha2_keys()); }
void alpha3_map(benchmark::State& state) { run_map(state, alpha3_keys()); }
void numeric_map(benchmark::State& state) { run_map(state, numeric_keys()); }
void name_map(benchmark::State& state) { run_map(state, name_keys()); }

BENCHMARK(alpha2_cited)->Name("alpha2/cited");
BENCHMARK(alpha2_map)->Name("alpha2/unordered_map");
BENCHMARK(alpha3_cited)->Name("alpha3/cited");
BENCHMARK(alpha3_map)->Name("alpha3/unordered_map");
BENCHMARK(numeric_cited)->Name("numeric/cited");
BENCHMARK(numeric_map)->Name("numeric/unordered_map");
BENCHMARK(name_cited)->Name("name/cited");
BENCHMARK(name_map)->Name("name/unordered_map");

#ifdef CITED_BENCH_HAVE_ICU
const auto region_weight = [](const icu::Region* r) -> std::uint64_t {
  return static_cast<std::uint64_t>(r->getNumericCode());
};

void alpha2_icu(benchmark::State& state) {
  run(
      state, alpha2_keys(),
      [](const std::string& k) {
        UErrorCode status = U_ZERO_ERROR;
        const icu::Region* r = icu::Region::getInstance(k.c_str(), status);
        return U_SUCCESS(status) ? r : nullptr;
      },
      region_weight);
}
void alpha3_icu(benchmark::State& state) {
  run(
      state, alpha3_keys(),
      [](const std::string& k) {
        UErrorCode status = U_ZERO_ERROR;
        const icu::Region* r = icu::Region::getInstance(k.c_str(), status);
        return U_SUCCESS(status) ? r : nullptr;
      },
      region_weight);
}
void numeric_icu(benchmark::State& state) {
  run(
      state, numeric_keys(),
      [](int k) {
        UErrorCode status = U_ZERO_ERROR;
        const icu::Region* r = icu::Region::getInstance(k, status);
        return U_SUCCESS(status) ? r : nullptr;
      },
      region_weight);
}
BENCHMARK(alpha2_icu)->Name("alpha2/icu");
BENCHMARK(alpha3_icu)->Name("alpha3/icu");
BENCHMARK(numeric_icu)->Name("numeric/icu");
#endif

}  // namespace
