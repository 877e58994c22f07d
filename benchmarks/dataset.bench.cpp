// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0
//
// A dataset of 10 million synthetic observations: one metric, the 249 current countries, and
// 40,161 daily periods (the figures are made up). It measures adding them, building the lookup
// index, and the queries on the loaded dataset, each beside a hand-written loop over plain arrays
// of the same data (period, subject, value; sorted by period, then subject):
//   - find: one figure;
//   - total: the US, the UK and the EU's members on one day, 29 figures. The hand loop is given
//     the 29 subjects; cited resolves the EU's membership on that day, checks for double
//     counting and adds intervals;
//   - rank: the 249 countries on one day. The hand loop sorts the values and gives ties one
//     place; cited also works out the best and worst place of each figure.
//   - series and find_within: one country's figures on every day, and on the days of 2024 (cited
//     only); rank with the policy most_primary (cited only).
// Before timing, find, total and rank check that cited gives the hand loop's figure, sum and
// places.
// The counter "bytes_per_observation" is the growth of the process's resident memory while the
// dataset is built and indexed, divided by the number of observations ("plain_bytes" is the same
// for the plain arrays); "dataset/add_mixed_10M" reports it for a dataset that also has systems,
// an amount metric of the user's own and several sources per key. Dataset JSON and CSV are saved
// and loaded for 100,000 observations, in MiB/s of text (benchmarks/duckdb_csv.sh loads the same
// CSV with DuckDB beside cited). "check/rank_claim_10k" checks one rank claim against 10,000
// made-up systems with two sources each (it builds its own dataset, not the 10 million).
//
//   cmake --workflow --preset bench && build/bench/benchmarks/dataset_bench

#include <cited/dataset.hpp>

#include <benchmark/benchmark.h>

#include "synthetic.hpp"

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <fstream>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
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

using cited_bench::day;
using cited_bench::value_of;

// The plain arrays a hand-written loop would use: one row per observation, in (period, subject)
// order.
struct plain_row {
  std::uint32_t period;
  std::uint16_t subject;
  std::uint64_t value;
};

void fill(cited::dataset& ds, std::size_t count = observations) { cited_bench::fill(ds, count); }

std::vector<plain_row> plain_rows() {
  std::vector<plain_row> out;
  out.reserve(observations);
  std::size_t n = 0;
  for (std::uint32_t d = 0; n < observations; ++d) {
    for (const cited::country c : cited::country::all()) {
      if (n == observations) break;
      out.push_back({d, c.index(), value_of(n)});
      ++n;
    }
  }
  return out;
}

struct loaded {
  cited::dataset ds{cited::with_builtins};
  std::vector<plain_row> plain;
  double bytes_per_observation = 0;
  double plain_bytes = 0;
  loaded() {
    std::size_t before = resident_bytes();
    fill(ds);
    ds.prepare();
    bytes_per_observation =
        static_cast<double>(resident_bytes() - before) / static_cast<double>(ds.size());
    before = resident_bytes();
    plain = plain_rows();
    plain_bytes =
        static_cast<double>(resident_bytes() - before) / static_cast<double>(plain.size());
  }
};

constexpr int query_day = 20000;  // 2024-10-04

// The rows of one period in the plain arrays.
std::pair<const plain_row*, const plain_row*> plain_period(const std::vector<plain_row>& rows,
                                                           std::uint32_t period) {
  const auto first =
      std::lower_bound(rows.begin(), rows.end(), period,
                       [](const plain_row& r, std::uint32_t p) { return r.period < p; });
  const auto last = std::upper_bound(
      first, rows.end(), period, [](std::uint32_t p, const plain_row& r) { return p < r.period; });
  return {rows.data() + (first - rows.begin()), rows.data() + (last - rows.begin())};
}

const plain_row* plain_find(const plain_row* first, const plain_row* last, std::uint16_t subject) {
  const plain_row* it = std::lower_bound(
      first, last, subject, [](const plain_row& r, std::uint16_t s) { return r.subject < s; });
  return it != last && it->subject == subject ? it : nullptr;
}

const loaded& data() {
  static const loaded d;
  return d;
}

void add(benchmark::State& state) {
  for (auto _ : state) {
    cited::dataset ds{cited::with_builtins};
    fill(ds);
    benchmark::DoNotOptimize(ds.size());
    state.PauseTiming();
    ds = cited::dataset(cited::with_builtins);  // freeing is not part of adding
    state.ResumeTiming();
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * observations));
}
BENCHMARK(add)->Name("dataset/add_10M")->Unit(benchmark::kMillisecond);

void prepare(benchmark::State& state) {
  cited::dataset ds{cited::with_builtins};
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
BENCHMARK(prepare)->Name("dataset/index_10M")->Unit(benchmark::kMillisecond);

// A metric of the user's own, for the mixed dataset below.
struct node_speed {
  using value_type = cited::amount<cited::units::petaflops>;
  static constexpr std::string_view id = "bench_node_speed";
  static constexpr std::string_view name = "measured speed (synthetic)";
  static constexpr bool additive = true;
  static constexpr bool higher_is_better = true;
};

// 10 million observations that use what a user's dataset has: two metrics (a count and an amount
// of the user's own), 1,000 systems with organizations by role beside the countries, three
// sources (one citing another), and a second observation from another source for every fourth
// key. Adds them, builds the index, and reports the growth of resident memory per observation.
void add_mixed(benchmark::State& state) {
  using namespace cited;
  const organization lab{"Example Laboratory", organization_kind::government_body};
  const organization maker{"Example Maker", organization_kind::company};
  const source list{{.kind = source_kind::report, .title = "Synthetic list", .publisher = lab}};
  std::vector<subject> subjects;
  for (const country c : country::all()) subjects.emplace_back(c);
  for (int i = 0; i < 1000; ++i) {
    subjects.emplace_back(
        product{product_kind::system,
                "System " + std::to_string(i),
                {{organization_role::made_by, maker}, {organization_role::operated_by, lab}},
                country::all()[static_cast<std::size_t>(i) % 249]});
  }
  double bytes = 0;
  for (auto _ : state) {
    const std::size_t before = resident_bytes();
    dataset ds{with_builtins};
    ds.add_source("list", provenance{relation::published_by, list});
    ds.add_source("news", provenance{relation::published_by, lab}.then(relation::citing, list));
    ds.add_source("maker", provenance{relation::stated_by, maker});
    std::size_t n = 0;
    for (int d = 0; n < observations; ++d) {
      const period p = day(d);
      for (std::size_t s = 0; s < subjects.size() && n < observations; ++s, ++n) {
        const bool system = s >= 249;
        const double v = static_cast<double>(value_of(n));
        if (system) {
          ds.add<node_speed>(subjects[s], p, amount<units::petaflops>{v}, "list");
        } else {
          ds.add<metrics::ai_publications>(subjects[s], p, count{value_of(n)}, "list");
        }
        if (n % 4 == 0 && ++n < observations) {  // the same key from another source
          const char* other = system ? "maker" : "news";
          if (system) {
            ds.add<node_speed>(
                subjects[s], p,
                estimate<amount<units::petaflops>>::more_than(amount<units::petaflops>{v}), other);
          } else {
            ds.add<metrics::ai_publications>(subjects[s], p, count{value_of(n - 1)}, other);
          }
        }
      }
    }
    ds.prepare();
    bytes = static_cast<double>(resident_bytes() - before) / static_cast<double>(ds.size());
    benchmark::DoNotOptimize(ds.size());
    state.PauseTiming();
    ds = dataset{};  // freeing is not part of adding
    state.ResumeTiming();
  }
  state.counters["bytes_per_observation"] = bytes;
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * observations));
}
BENCHMARK(add_mixed)->Name("dataset/add_mixed_10M")->Unit(benchmark::kMillisecond)->Iterations(1);

// One rank claim checked against 10,000 made-up systems with two sources each (an exact figure
// and an interval around it): every observation is weighed for or against the claim.
void check_rank_claim(benchmark::State& state) {
  using namespace cited;
  const organization lab{"Example Laboratory", organization_kind::government_body};
  const organization maker{"Example Maker", organization_kind::company};
  const source list{{.kind = source_kind::report, .title = "Synthetic list", .publisher = lab}};
  dataset ds{with_builtins};
  ds.add_source("list", provenance{relation::published_by, list});
  ds.add_source("maker", provenance{relation::stated_by, maker});
  const period p = period::parse("2024");
  std::vector<subject> systems;
  constexpr std::size_t count = 10'000;
  for (std::size_t i = 0; i < count; ++i) {
    systems.emplace_back(product{product_kind::system,
                                 "System " + std::to_string(i),
                                 {{organization_role::made_by, maker}}});
    const double v = static_cast<double>(value_of(i));
    ds.add<node_speed>(systems.back(), p, amount<units::petaflops>{v}, "list");
    ds.add<node_speed>(systems.back(), p,
                       estimate<amount<units::petaflops>>::between(
                           amount<units::petaflops>{v * 0.9}, amount<units::petaflops>{v * 1.1}),
                       "maker");
  }
  ds.prepare();
  const rank_claim claim{systems[42], "bench_node_speed", p, 100, {}, "maker"};
  for (auto _ : state) {
    const check_result r = ds.check(claim);
    if (r.evidence.size() != 2 * count) state.SkipWithError("not every observation weighed");
    benchmark::DoNotOptimize(r);
  }
}
BENCHMARK(check_rank_claim)->Name("check/rank_claim_10k")->Unit(benchmark::kMillisecond);

// The hand loop's total of the US, the UK and the EU's members on the query day, and its
// subjects.
std::vector<std::uint16_t> total_subjects() {
  std::vector<std::uint16_t> subjects{cited::country::from_alpha2("US").value().index(),
                                      cited::country::from_alpha2("GB").value().index()};
  for (const cited::country c : cited::groups::eu.members_throughout(day(query_day))) {
    subjects.push_back(c.index());
  }
  return subjects;
}

std::uint64_t hand_total() {
  const auto [first, last] = plain_period(data().plain, query_day);
  std::uint64_t sum = 0;
  for (const std::uint16_t s : total_subjects()) sum += plain_find(first, last, s)->value;
  return sum;
}

// The exact count of a figure.
std::uint64_t count_of(const cited::figure& f) {
  return std::get<cited::estimate<cited::count>>(f).value()->value();
}

void find_cited(benchmark::State& state) {
  const cited::dataset& ds = data().ds;
  const cited::period p = day(query_day);
  const cited::subject cn = cited::country::from_alpha2("CN").value();
  {  // the same figure as the hand loop's, checked before timing
    const auto [first, last] = plain_period(data().plain, query_day);
    const auto found = ds.find("ai_publications", cn, p);
    if (found.size() != 1 ||
        count_of(found[0].value()) != plain_find(first, last, cn.as_country()->index())->value) {
      state.SkipWithError("not the hand loop's figure");
    }
  }
  for (auto _ : state) benchmark::DoNotOptimize(ds.find("ai_publications", cn, p));
  state.counters["bytes_per_observation"] = data().bytes_per_observation;
}
BENCHMARK(find_cited)->Name("find/cited");

void find_hand(benchmark::State& state) {
  const std::vector<plain_row>& rows = data().plain;
  const std::uint16_t cn = cited::country::from_alpha2("CN").value().index();
  for (auto _ : state) {
    const auto [first, last] = plain_period(rows, query_day);
    benchmark::DoNotOptimize(plain_find(first, last, cn));
  }
  state.counters["plain_bytes"] = data().plain_bytes;
}
BENCHMARK(find_hand)->Name("find/hand_loop");

void total_cited(benchmark::State& state) {
  const cited::dataset& ds = data().ds;
  const cited::period p = day(query_day);
  const cited::subject others =
      cited::subject::aggregate({cited::country::from_alpha2("US").value(),
                                 cited::country::from_alpha2("GB").value(), cited::groups::eu});
  {  // the same sum of the same figures as the hand loop's, checked before timing
    const cited::total_result t = ds.total("ai_publications", others, p);
    if (t.used.size() != total_subjects().size() || count_of(t.value) != hand_total()) {
      state.SkipWithError("not the hand loop's total");
    }
  }
  for (auto _ : state) {
    const cited::total_result t = ds.total("ai_publications", others, p);
    if (!t.complete()) state.SkipWithError("a figure is missing");
    benchmark::DoNotOptimize(t);
  }
}
BENCHMARK(total_cited)->Name("total/cited")->Unit(benchmark::kMicrosecond);

void total_hand(benchmark::State& state) {
  const std::vector<plain_row>& rows = data().plain;
  const std::vector<std::uint16_t> subjects = total_subjects();
  for (auto _ : state) {
    const auto [first, last] = plain_period(rows, query_day);
    std::uint64_t sum = 0;
    bool complete = true;
    for (const std::uint16_t s : subjects) {
      const plain_row* r = plain_find(first, last, s);
      if (r) {
        sum += r->value;
      } else {
        complete = false;
      }
    }
    if (!complete) state.SkipWithError("a figure is missing");
    benchmark::DoNotOptimize(sum);
  }
}
BENCHMARK(total_hand)->Name("total/hand_loop")->Unit(benchmark::kMicrosecond);

void rank_cited(benchmark::State& state) {
  const cited::dataset& ds = data().ds;
  const cited::period p = day(query_day);
  {  // the same places as the hand loop's (ties sharing the higher place), checked before timing
    const auto [first, last] = plain_period(data().plain, query_day);
    const cited::ranking r = ds.rank("ai_publications", p);
    for (const cited::ranking::entry& e : r.entries) {
      const std::uint64_t v = count_of(e.observation.value());
      const auto ahead = static_cast<std::size_t>(
          std::count_if(first, last, [&](const plain_row& x) { return x.value > v; }));
      if (e.best != ahead + 1 || e.worst != e.best)
        state.SkipWithError("not the hand loop's place");
    }
  }
  for (auto _ : state) {
    const cited::ranking r = ds.rank("ai_publications", p);
    if (r.entries.size() != cited::country::all().size()) state.SkipWithError("not all ranked");
    benchmark::DoNotOptimize(r);
  }
}
BENCHMARK(rank_cited)->Name("rank/cited")->Unit(benchmark::kMicrosecond);

void rank_hand(benchmark::State& state) {
  const std::vector<plain_row>& rows = data().plain;
  struct place {
    std::uint64_t value;
    std::uint16_t subject;
    std::uint32_t position;
  };
  std::vector<place> places;
  for (auto _ : state) {
    const auto [first, last] = plain_period(rows, query_day);
    places.clear();
    for (const plain_row* r = first; r != last; ++r) places.push_back({r->value, r->subject, 0});
    std::sort(places.begin(), places.end(),
              [](const place& a, const place& b) { return a.value > b.value; });
    for (std::size_t i = 0; i < places.size(); ++i) {  // ties share the higher place
      places[i].position = i > 0 && places[i].value == places[i - 1].value
                               ? places[i - 1].position
                               : static_cast<std::uint32_t>(i + 1);
    }
    if (places.size() != cited::country::all().size()) state.SkipWithError("not all ranked");
    benchmark::DoNotOptimize(places.data());
  }
}
BENCHMARK(rank_hand)->Name("rank/hand_loop")->Unit(benchmark::kMicrosecond);

// One subject across periods: its whole series (40,161 days), the days inside one year (366 of
// them), and a ranking whose policy compares the sources' chains. Each scans the metric's 40,161
// (metric, period) groups.
void series_cited(benchmark::State& state) {
  const cited::dataset& ds = data().ds;
  const cited::subject cn = cited::country::from_alpha2("CN").value();
  for (auto _ : state) benchmark::DoNotOptimize(ds.series("ai_publications", cn));
}
BENCHMARK(series_cited)->Name("series/cited")->Unit(benchmark::kMicrosecond);

void find_within_cited(benchmark::State& state) {
  const cited::dataset& ds = data().ds;
  const cited::subject cn = cited::country::from_alpha2("CN").value();
  const cited::period y2024 = cited::period::parse("2024");
  for (auto _ : state) {
    const auto f = ds.find("ai_publications", cn, y2024, {.within = true});
    if (f.size() != 366) state.SkipWithError("not every day of 2024");
    benchmark::DoNotOptimize(f);
  }
}
BENCHMARK(find_within_cited)->Name("find_within/cited")->Unit(benchmark::kMicrosecond);

void rank_most_primary_cited(benchmark::State& state) {
  const cited::dataset& ds = data().ds;
  const cited::period p = day(query_day);
  for (auto _ : state) {
    benchmark::DoNotOptimize(ds.rank("ai_publications", p, cited::query_policy::most_primary()));
  }
}
BENCHMARK(rank_most_primary_cited)->Name("rank/cited_most_primary")->Unit(benchmark::kMicrosecond);

// Dataset JSON and CSV, saved and loaded: 100,000 observations.
// The definitions the documents are read against: the built-in metrics and groups.
const cited::dataset& builtins() {
  static const cited::dataset ds{cited::with_builtins};
  return ds;
}

const cited::dataset& small() {
  static const cited::dataset ds = [] {
    cited::dataset d{cited::with_builtins};
    fill(d, 100000);
    return d;
  }();
  return ds;
}

void save_json(benchmark::State& state) {
  std::size_t bytes = 0;
  for (auto _ : state) {
    const std::string text = small().to_json(cited::json::write_options{});
    bytes = text.size();
    benchmark::DoNotOptimize(text.data());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes));
}
BENCHMARK(save_json)->Name("dataset_json/save")->Unit(benchmark::kMillisecond);

void load_json(benchmark::State& state) {
  const std::string text = small().to_json(cited::json::write_options{});
  for (auto _ : state) {
    const cited::dataset d = cited::dataset::from_json(text, builtins());
    if (d.size() != small().size()) state.SkipWithError("observations lost");
    benchmark::DoNotOptimize(d.size());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
}
BENCHMARK(load_json)->Name("dataset_json/load")->Unit(benchmark::kMillisecond);

void save_csv(benchmark::State& state) {
  std::size_t bytes = 0;
  for (auto _ : state) {
    const std::string text = small().to_csv();
    bytes = text.size();
    benchmark::DoNotOptimize(text.data());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes));
}
BENCHMARK(save_csv)->Name("dataset_csv/save")->Unit(benchmark::kMillisecond);

void load_csv(benchmark::State& state) {
  const std::string text = small().to_csv();
  const cited::dataset definitions = small().definitions();
  for (auto _ : state) {
    const cited::dataset d = cited::dataset::from_csv(text, definitions);
    if (d.size() != small().size()) state.SkipWithError("observations lost");
    benchmark::DoNotOptimize(d.size());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
}
BENCHMARK(load_csv)->Name("dataset_csv/load")->Unit(benchmark::kMillisecond);

}  // namespace
