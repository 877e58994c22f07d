// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0
//
// Country lookups. Each iteration looks up all 249 current entries by one key (alpha-2, alpha-3,
// numeric code or name), in table order, and sums the results so that no lookup can be dropped.
// The counter "per_lookup" is the time for one lookup: throughput, as lookups overlap in the CPU.
//
//   cmake --workflow --preset bench && build/bench/benchmarks/country_bench

#include <cited/country.hpp>

#include <benchmark/benchmark.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace {

template <class Key>
std::vector<Key> keys(Key (*of)(cited::country)) {
  std::vector<Key> out;
  for (const auto c : cited::country::all()) out.push_back(of(c));
  return out;
}

template <class Key, class Lookup>
void run(benchmark::State& state, const std::vector<Key>& input, Lookup lookup) {
  std::size_t found = 0;
  for (auto _ : state) {
    unsigned sum = 0;
    for (const auto& key : input) {
      const auto c = lookup(key);
      found += c.has_value();
      sum += c ? c->index() : 0u;
    }
    benchmark::DoNotOptimize(sum);
  }
  if (found != input.size() * static_cast<std::size_t>(state.iterations())) {
    state.SkipWithError("a lookup failed");
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(input.size()));
  state.counters["per_lookup"] = benchmark::Counter(
      static_cast<double>(input.size()),
      benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
}

void from_alpha2(benchmark::State& state) {
  static const auto in = keys<std::string_view>([](cited::country c) { return c.alpha2(); });
  run(state, in, [](std::string_view k) { return cited::country::from_alpha2(k); });
}

void from_alpha3(benchmark::State& state) {
  static const auto in = keys<std::string_view>([](cited::country c) { return c.alpha3(); });
  run(state, in, [](std::string_view k) { return cited::country::from_alpha3(k); });
}

void from_numeric(benchmark::State& state) {
  static const auto in = keys<int>([](cited::country c) { return *c.numeric(); });
  run(state, in, [](int k) { return cited::country::from_numeric(k); });
}

void from_name(benchmark::State& state) {
  // Names as a user would type them: mixed case, in std::string storage.
  static const auto in = keys<std::string>([](cited::country c) {
    std::string s(c.name());
    for (auto& ch : s) ch = (ch >= 'a' && ch <= 'z') ? static_cast<char>(ch - 'a' + 'A') : ch;
    return s;
  });
  run(state, in, [](const std::string& k) { return cited::country::from_name(k); });
}

}  // namespace

BENCHMARK(from_alpha2);
BENCHMARK(from_alpha3);
BENCHMARK(from_numeric);
BENCHMARK(from_name);
