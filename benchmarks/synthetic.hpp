// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_BENCHMARKS_SYNTHETIC_HPP
#define CITED_BENCHMARKS_SYNTHETIC_HPP

// The synthetic dataset of the benchmarks: one metric (ai_publications), the 249 current
// countries and daily periods from 1970-01-01, made-up figures, one source ("synthetic").

#include <cited/dataset.hpp>

#include <chrono>
#include <cstddef>
#include <cstdint>

namespace cited_bench {

inline cited::period day(int n) {
  return cited::period::day(
      std::chrono::year_month_day{std::chrono::sys_days{std::chrono::days{n}}});
}

// The same figure for a country on a day, wherever it is built.
inline std::uint64_t value_of(std::size_t n) { return (n * 2654435761u) % 100000; }

// Adds the source and `count` observations: every country on one day, then the next day.
inline void fill(cited::dataset& ds, std::size_t count) {
  ds.add_source("synthetic",
                cited::provenance{cited::relation::published_by,
                                  cited::organization{"Example Institute",
                                                      cited::organization_kind::research_firm}});
  std::size_t n = 0;
  for (int d = 0; n < count; ++d) {
    const cited::period p = day(d);
    for (const cited::country c : cited::country::all()) {
      if (n == count) break;
      ds.add(cited::observation{c, "ai_publications", p,
                                cited::estimate<cited::count>::exact(cited::count{value_of(n)}),
                                "synthetic"});
      ++n;
    }
  }
}

}  // namespace cited_bench

#endif  // CITED_BENCHMARKS_SYNTHETIC_HPP
