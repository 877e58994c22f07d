// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_DATASET_SERIES_HPP
#define CITED_DATASET_SERIES_HPP

/// Lookups across periods and sources: `find` with `cited::find_options` (a policy, and lookup by
/// containment), time series, and `cited::found`, the observations they return with the policy
/// that chose them.

#include <cited/dataset/observation_ref.hpp>
#include <cited/dataset/policy.hpp>
#include <cited/dataset/queries.hpp>
#include <cited/dataset/store.hpp>
#include <cited/value/period.hpp>

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <tuple>
#include <vector>

namespace cited {

/// How `dataset::find` looks up the observations of a key.
///
///     ds.find("computing_power", system_a, period::parse("2025"), {.within = true});
struct find_options {
  /// Which observations of a key to take: all of them (the default), or the one a policy picks.
  query_policy policy = query_policy::all();
  /// Also take the observations whose period lies inside the period asked for: a figure for June
  /// 2025 when asked about 2025 (`period::contains`). The period itself matches too.
  bool within = false;
};

/// What a lookup found: observations (`observation_ref`, or `measured<M>` from a typed query), and
/// the policy that chose them. Iterates like a vector.
template <class T>
struct found {
  std::vector<T> observations;
  /// The policy that chose them.
  query_policy policy;

  auto begin() const noexcept { return observations.begin(); }
  auto end() const noexcept { return observations.end(); }
  std::size_t size() const noexcept { return observations.size(); }
  bool empty() const noexcept { return observations.empty(); }
  /// The observation at `i`. Precondition: `i < size()`.
  const T& operator[](std::size_t i) const noexcept { return observations[i]; }
};

namespace detail {

// The observations of `metric` for `s` that `policy` chooses, one key per period for which
// `keep(period)` holds, ordered by the period's first day, then the longer period first, then
// the order added.
template <class Keep>
found<observation_ref> across_periods(const dataset_parts& d, std::string_view metric,
                                      const cited::subject& s, const query_policy& policy,
                                      std::string_view query, Keep keep) {
  const std::uint16_t m = d.registry.metric_number(metric);
  const selection chosen(d, policy, query, true);
  found<observation_ref> out{{}, policy};
  const auto sid = d.store.find_subject(s);
  if (!sid) return out;
  // (first day, minus the last day, observation) of each observation chosen.
  std::vector<std::tuple<std::int32_t, std::int32_t, std::uint32_t>> keyed;
  std::vector<std::uint32_t> picked;
  d.store.for_each_group(m, [&](std::uint32_t pid, dataset_store::order_range group) {
    const cited::period& p = d.store.period_at(pid);
    if (!keep(p)) return;
    picked.clear();
    chosen.choose(d.store.subject_range(group, *sid), picked);
    const auto day = [](std::chrono::year_month_day x) {
      return static_cast<std::int32_t>(std::chrono::sys_days(x).time_since_epoch().count());
    };
    for (const std::uint32_t i : picked)
      keyed.emplace_back(day(p.first_day()), -day(p.last_day()), i);
  });
  std::sort(keyed.begin(), keyed.end());
  out.observations.reserve(keyed.size());
  for (const auto& k : keyed) out.observations.push_back(d.ref(std::get<2>(k)));
  return out;
}

inline found<observation_ref> find(const dataset_parts& d, std::string_view metric,
                                   const cited::subject& s, const cited::period& p,
                                   const find_options& options) {
  if (options.within) {
    return across_periods(d, metric, s, options.policy, "find",
                          [&](const cited::period& q) { return p.contains(q); });
  }
  const selection chosen(d, options.policy, "find", true);
  std::vector<std::uint32_t> picked;
  chosen.choose(observations_of(d, metric, &s, p), picked);
  found<observation_ref> out{{}, options.policy};
  out.observations.reserve(picked.size());
  for (const std::uint32_t i : picked) out.observations.push_back(d.ref(i));
  return out;
}

inline found<observation_ref> series(const dataset_parts& d, std::string_view metric,
                                     const cited::subject& s, const query_policy& policy) {
  return across_periods(d, metric, s, policy, "series", [](const cited::period&) { return true; });
}

}  // namespace detail

}  // namespace cited

#endif  // CITED_DATASET_SERIES_HPP
