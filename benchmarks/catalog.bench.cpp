// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0
//
// Catalog lookups, beside ICU where ICU has the same lookup. Each iteration asks about all 249
// current countries, in table order, and sums the answers so that no lookup can be dropped; the
// counter "per_lookup" is the time for one lookup (throughput, as lookups overlap in the CPU).
//   - region_contains/cited: cited::regions::europe.contains(country), and the same for Eastern
//     Asia and the world: three lookups per country; region_contains/icu: icu::Region::contains,
//     every Region resolved beforehand;
//   - membership/cited: cited::groups::eu.contains(country, day), on a day that changes per
//     iteration; membership/scan: the same memberships through an unindexed country_group, which
//     reads every interval (ICU has no dated groups);
//   - localized_name/cited: country.name(cited::locales::fr); localized_name/icu:
//     icu::Locale::getDisplayCountry into a UnicodeString, every Locale built beforehand.
//
//   cmake --workflow --preset bench && build/bench/benchmarks/catalog_bench

#include <cited/catalog/groups.hpp>
#include <cited/catalog/names/fr.hpp>
#include <cited/catalog/regions.hpp>
#include <cited/value/country.hpp>

#include <benchmark/benchmark.h>

#ifdef CITED_BENCH_HAVE_ICU
#include <unicode/locid.h>
#include <unicode/region.h>
#include <unicode/unistr.h>
#endif

#include <array>
#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

namespace {

// Runs `ask(country)` for every current country per iteration; `ask` returns a number to sum.
template <class Ask>
void run(benchmark::State& state, Ask ask) {
  const auto all = cited::country::all();
  std::uint64_t sum = 0;
  for (auto _ : state) {
    for (const auto c : all) sum += ask(c);
    benchmark::DoNotOptimize(sum);
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(all.size()));
  state.counters["per_lookup"] = benchmark::Counter(
      static_cast<double>(all.size()),
      benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
  state.counters["answers"] = static_cast<double>(sum);
}

constexpr std::array<cited::region, 3> probed_regions = {
    cited::regions::europe, cited::regions::eastern_asia, cited::regions::world};

// Asks `contains(k, country)` for each of the probed regions k and every current country, per
// iteration.
template <class Contains>
void run_regions(benchmark::State& state, Contains contains) {
  const auto all = cited::country::all();
  std::uint64_t sum = 0;
  for (auto _ : state) {
    for (std::size_t k = 0; k < probed_regions.size(); ++k) {
      for (const auto c : all) sum += contains(k, c);
    }
    benchmark::DoNotOptimize(sum);
  }
  const auto per_iteration = static_cast<std::int64_t>(all.size() * probed_regions.size());
  state.SetItemsProcessed(state.iterations() * per_iteration);
  state.counters["per_lookup"] = benchmark::Counter(
      static_cast<double>(per_iteration),
      benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
  state.counters["answers"] = static_cast<double>(sum);
}

void region_cited(benchmark::State& state) {
  run_regions(state, [](std::size_t k, cited::country c) -> std::uint64_t {
    const cited::region& r = probed_regions[k];
    benchmark::DoNotOptimize(r);
    return r.contains(c);
  });
}

// Days from 1990 on, one per iteration, so that the compiler cannot fold the date.
std::chrono::year_month_day day_of(std::size_t k) {
  return std::chrono::year_month_day{std::chrono::sys_days{std::chrono::year{1990} / 1 / 1} +
                                     std::chrono::days{static_cast<int>(k % 13000)}};
}

template <class Group>
void run_group(benchmark::State& state, const Group& g) {
  std::size_t k = 0;
  const auto all = cited::country::all();
  std::uint64_t sum = 0;
  for (auto _ : state) {
    const auto d = day_of(k++ * 97);
    for (const auto c : all) sum += g.contains(c, d);
    benchmark::DoNotOptimize(sum);
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(all.size()));
  state.counters["per_lookup"] = benchmark::Counter(
      static_cast<double>(all.size()),
      benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
}

void group_cited(benchmark::State& state) { run_group(state, cited::groups::eu); }
void group_scan(benchmark::State& state) {
  const cited::country_group scan{"EU", "unindexed", cited::groups::eu.memberships()};
  run_group(state, scan);
}

void name_cited(benchmark::State& state) {
  run(state, [](cited::country c) -> std::uint64_t { return c.name(cited::locales::fr).size(); });
}

BENCHMARK(region_cited)->Name("region_contains/cited");
BENCHMARK(group_cited)->Name("membership/cited");
BENCHMARK(group_scan)->Name("membership/scan");
BENCHMARK(name_cited)->Name("localized_name/cited");

#ifdef CITED_BENCH_HAVE_ICU
const icu::Region* icu_region(const char* code) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Region* r = icu::Region::getInstance(code, status);
  return U_SUCCESS(status) ? r : nullptr;
}

void region_icu(benchmark::State& state) {
  const std::array<const icu::Region*, 3> regions = {icu_region("150"), icu_region("030"),
                                                     icu_region("001")};
  std::vector<const icu::Region*> of(cited::detail::country_table_size, nullptr);
  for (const auto c : cited::country::all()) of[c.index()] = icu_region(c.alpha2().data());
  for (const auto* r : regions) {
    if (r == nullptr) return state.SkipWithError("ICU has no such region");
  }
  const auto icu_contains = [&](std::size_t k, cited::country c) {
    const icu::Region* own = of[c.index()];
    return own != nullptr && regions[k]->contains(*own);
  };
  // Where ICU's data (its own CLDR version) and cited's differ, outside the timed loop.
  std::uint64_t disagree = 0;
  for (std::size_t k = 0; k < regions.size(); ++k) {
    for (const auto c : cited::country::all()) {
      disagree += icu_contains(k, c) != probed_regions[k].contains(c);
    }
  }
  run_regions(state,
              [&](std::size_t k, cited::country c) -> std::uint64_t { return icu_contains(k, c); });
  // A label, not a counter: the coefficient of variation of a counter that is 0 is NaN.
  state.SetLabel("countries placed differently from cited: " + std::to_string(disagree));
}

void name_icu(benchmark::State& state) {
  std::vector<icu::Locale> locales;
  for (const auto c : cited::country::all()) locales.emplace_back("", c.alpha2().data());
  const icu::Locale french = icu::Locale::getFrench();
  icu::UnicodeString out;
  std::size_t i = 0;
  run(state, [&](cited::country) -> std::uint64_t {
    locales[i++ % locales.size()].getDisplayCountry(french, out);
    return static_cast<std::uint64_t>(out.length());
  });
}

BENCHMARK(region_icu)->Name("region_contains/icu");
BENCHMARK(name_icu)->Name("localized_name/icu");
#endif

}  // namespace
