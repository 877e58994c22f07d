// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0
//
// The price of bounds: comparing and adding estimates beside the same work on plain doubles.
// 65,536 synthetic figures from a fixed seed: 60% exact, 20% "more than", 20% "between".
//   - compare/*: how many of the pairs (a[i], b[i]) have a certainly greater than b;
//   - sum/*: the interval sum of all the figures.
// The double versions use each estimate's value alone, ignoring its bound: what a program that
// drops the bounds would do.
//
//   cmake --workflow --preset bench && build/bench/benchmarks/estimate_bench

#include <cited/value/counts.hpp>
#include <cited/value/estimate.hpp>

#include <benchmark/benchmark.h>

#include <cstddef>
#include <cstdint>
#include <random>
#include <vector>

namespace {

using counts = cited::estimate<cited::count>;
constexpr std::size_t size = 65536;

struct figures {
  std::vector<counts> a, b;
  std::vector<double> x, y;
  figures() {
    std::mt19937_64 rng(42);
    std::uniform_int_distribution<std::uint64_t> value(0, 1000000);
    const auto make = [&] {
      const std::uint64_t v = value(rng);
      switch (rng() % 5) {
        case 0:
          return counts::more_than(cited::count{v});
        case 1:
          return counts::between(cited::count{v}, cited::count{v + value(rng) % 1000});
        default:
          return counts::exact(cited::count{v});
      }
    };
    for (std::size_t i = 0; i < size; ++i) {
      a.push_back(make());
      b.push_back(make());
      x.push_back(static_cast<double>(a.back().value()->value()));
      y.push_back(static_cast<double>(b.back().value()->value()));
    }
  }
};

const figures& data() {
  static const figures f;
  return f;
}

void compare_estimates(benchmark::State& state) {
  const figures& f = data();
  for (auto _ : state) {
    std::size_t greater = 0;
    for (std::size_t i = 0; i < size; ++i) greater += cited::certainly_greater(f.a[i], f.b[i]);
    benchmark::DoNotOptimize(greater);
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * size));
}
BENCHMARK(compare_estimates)->Name("compare/estimate");

void compare_doubles(benchmark::State& state) {
  const figures& f = data();
  for (auto _ : state) {
    std::size_t greater = 0;
    for (std::size_t i = 0; i < size; ++i) greater += f.x[i] > f.y[i];
    benchmark::DoNotOptimize(greater);
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * size));
}
BENCHMARK(compare_doubles)->Name("compare/double");

void sum_estimates(benchmark::State& state) {
  const figures& f = data();
  for (auto _ : state) {
    counts total = counts::exact(cited::count{0});
    for (const counts& e : f.a) total += e;
    benchmark::DoNotOptimize(total);
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * size));
}
BENCHMARK(sum_estimates)->Name("sum/estimate");

void sum_doubles(benchmark::State& state) {
  const figures& f = data();
  for (auto _ : state) {
    double total = 0;
    for (const double v : f.x) total += v;
    benchmark::DoNotOptimize(total);
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * size));
}
BENCHMARK(sum_doubles)->Name("sum/double");

}  // namespace
