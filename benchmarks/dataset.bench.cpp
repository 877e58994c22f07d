// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0
//
// A dataset of 10 million synthetic observations: one metric, the 249 current countries, and
// 40,161 daily periods (the figures are made up). It measures adding them, building the lookup
// index, and the queries on the loaded dataset: one lookup, a total over the US, the UK and the
// EU's members on one day, and a ranking of the 249 countries on one day. The counter
// "bytes_per_observation" is the growth of the process's resident memory while the dataset is
// built and indexed, divided by the number of observations.
//
//   cmake --workflow --preset bench && build/bench/benchmarks/dataset_bench

#include <cited/dataset.hpp>

#include <benchmark/benchmark.h>

#include <chrono>
#include <cstddef>
#include <fstream>
#include <string>
#include <vector>

namespace {

constexpr std::size_t observations = 10'000'000;

std::size_t resident_bytes() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind("VmRSS:", 0) == 0) return std::stoul(line.substr(6)) * 1024;
  }
  return 0;
}

cited::period day(int n) {
  return cited::period::day(
      std::chrono::year_month_day{std::chrono::sys_days{std::chrono::days{n}}});
}

void fill(cited::dataset& ds) {
  ds.add_source("synthetic",
                cited::provenance{cited::relation::published_by,
                                  cited::organization{"Example Institute",
                                                      cited::organization_kind::research_firm}});
  std::size_t n = 0;
  for (int d = 0; n < observations; ++d) {
    const cited::period p = day(d);
    for (const cited::country c : cited::country::all()) {
      if (n == observations) break;
      ds.add(cited::observation{c, "ai_publications", p,
                                cited::estimate<cited::count>::exact(cited::count{n % 100000}),
                                "synthetic"});
      ++n;
    }
  }
}

struct loaded {
  cited::dataset ds;
  double bytes_per_observation = 0;
  loaded() {
    const std::size_t before = resident_bytes();
    fill(ds);
    ds.prepare();
    bytes_per_observation =
        static_cast<double>(resident_bytes() - before) / static_cast<double>(ds.size());
  }
};

const loaded& data() {
  static const loaded d;
  return d;
}

void add(benchmark::State& state) {
  for (auto _ : state) {
    cited::dataset ds;
    fill(ds);
    benchmark::DoNotOptimize(ds.size());
    state.PauseTiming();
    ds = cited::dataset();  // freeing is not part of adding
    state.ResumeTiming();
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * observations));
}
BENCHMARK(add)->Unit(benchmark::kMillisecond);

void prepare(benchmark::State& state) {
  cited::dataset ds;
  fill(ds);
  for (auto _ : state) {
    state.PauseTiming();
    cited::dataset copy = ds;  // unindexed
    state.ResumeTiming();
    copy.prepare();
    benchmark::DoNotOptimize(copy.size());
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * observations));
}
BENCHMARK(prepare)->Unit(benchmark::kMillisecond);

void find(benchmark::State& state) {
  const cited::dataset& ds = data().ds;
  const cited::period p = day(20000);
  const cited::subject cn = cited::country::from_alpha2("CN").value();
  for (auto _ : state) benchmark::DoNotOptimize(ds.find("ai_publications", cn, p));
  state.counters["bytes_per_observation"] = data().bytes_per_observation;
}
BENCHMARK(find);

void total(benchmark::State& state) {
  const cited::dataset& ds = data().ds;
  const cited::period p = day(20000);
  const cited::subject others =
      cited::subject::aggregate({cited::country::from_alpha2("US").value(),
                                 cited::country::from_alpha2("GB").value(), cited::groups::eu});
  for (auto _ : state) {
    const cited::total_result t = ds.total("ai_publications", others, p);
    if (!t.complete()) state.SkipWithError("a figure is missing");
    benchmark::DoNotOptimize(t);
  }
}
BENCHMARK(total)->Unit(benchmark::kMicrosecond);

void rank(benchmark::State& state) {
  const cited::dataset& ds = data().ds;
  const cited::period p = day(20000);
  for (auto _ : state) {
    const cited::ranking r = ds.rank("ai_publications", p);
    if (r.entries.size() != cited::country::all().size()) state.SkipWithError("not all ranked");
    benchmark::DoNotOptimize(r);
  }
}
BENCHMARK(rank)->Unit(benchmark::kMicrosecond);

}  // namespace
