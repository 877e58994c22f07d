// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_DATASET_TYPED_HPP
#define CITED_DATASET_TYPED_HPP

/// Typed read-back: the figures of a metric type `M` as `M` gives them (`cited::figure_of<M>`:
/// an estimate of a count, an estimate of an amount in `M`'s unit, a rank, a share), in
/// `cited::measured<M>`, `cited::typed_ranking<M>` and `cited::typed_total<M>`.

#include <cited/dataset/error.hpp>
#include <cited/dataset/observation_ref.hpp>
#include <cited/dataset/policy.hpp>
#include <cited/dataset/queries.hpp>
#include <cited/dataset/series.hpp>
#include <cited/fact/figure.hpp>
#include <cited/text/messages.hpp>
#include <cited/value/estimate.hpp>
#include <cited/value/metric.hpp>

#include <concepts>
#include <cstddef>
#include <optional>
#include <ostream>
#include <string>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

namespace cited {

/// A figure of metric `M` as a typed query gives it: an estimate of `M::value_type` for a count
/// or an amount (`estimate<amount<U>>` in `M`'s unit), and a rank or a share as itself.
template <metric M>
using figure_of = std::conditional_t<std::same_as<typename M::value_type, rank> ||
                                         std::same_as<typename M::value_type, share>,
                                     typename M::value_type, estimate<typename M::value_type>>;

/// One observation of metric `M` read back typed: the observation (its subject, period and
/// source) and its figure with `M`'s unit. A `measured<M>` is not a `measured<N>`: figures of
/// two metrics cannot be passed one for the other. The figure is an estimate of `M::value_type`
/// rather than of `measure<M>`: with several observations per key a figure must say which one it
/// is, and `estimate<count>` keeps what an estimate of a measure loses ("more than 5" is "at
/// least 6"). `exact()` gives the `measure<M>` of an exact figure.
///
///     for (const auto& x : ds.find<supercomputer_speed>(system_a, period::parse("2025"))) {
///       std::cout << x.value << " (" << x.observation.source_id() << ")\n";  // "1,742 PFLOP/s"
///     }
template <metric M>
struct measured {
  using metric_type = M;

  /// Where the figure is in the dataset.
  observation_ref observation;
  /// The figure.
  figure_of<M> value;

  /// The figure as a `measure<M>` when it is exactly known (a rank, a share, an exact estimate);
  /// none for "more than 100" and the like.
  std::optional<measure<M>> exact() const {
    if constexpr (std::same_as<figure_of<M>, typename M::value_type>) {
      return measure<M>(value);
    } else {
      if (!value.is_exact()) return std::nullopt;
      return measure<M>(*value.value());
    }
  }

  friend bool operator==(const measured&, const measured&) = default;

  /// Writes the figure: "1,742 PFLOP/s", "more than 100,000", "2nd".
  template <class CharT, class Traits>
  friend std::basic_ostream<CharT, Traits>& operator<<(std::basic_ostream<CharT, Traits>& os,
                                                       const measured& m) {
    return os << m.value;
  }
};

/// `ranking` for metric `M`: each entry has its figure typed, with `M`'s unit.
template <metric M>
struct typed_ranking {
  struct entry : ranking::entry {
    figure_of<M> value;
  };
  std::vector<entry> entries;
  /// The policy that picked each subject's observation.
  query_policy policy;

  /// The entries whose place is not certain.
  std::vector<entry> uncertain() const { return detail::uncertain_entries(entries); }
};

/// `total_result` for an additive metric `M`: the sum as an estimate of `M::value_type`, with
/// `M`'s unit. Writing it writes the sum, "at least 2,500 PFLOP/s", or "no figures" when no
/// observation was found.
template <metric M>
requires(M::additive) struct typed_total {
  estimate<typename M::value_type> value;
  std::vector<observation_ref> used;
  std::vector<figure_key> missing;
  /// Countries named twice and counted once (with `total_options::deduplicate`).
  std::vector<country> deduplicated;
  /// The policy that picked each part's observation.
  query_policy policy;

  /// True when no figure was missing.
  bool complete() const noexcept { return missing.empty(); }

  template <class CharT, class Traits>
  friend std::basic_ostream<CharT, Traits>& operator<<(std::basic_ostream<CharT, Traits>& os,
                                                       const typed_total& t) {
    if (t.used.empty()) return os << "no figures";
    return os << t.value;
  }
};

namespace detail {

// `e` with each of its numbers mapped by `f`: the same bound, over another value type.
template <class To, class From, class F>
estimate<To> convert_estimate(const estimate<From>& e, F f) {
  auto parts = proxy_form<estimate<From>>::to_proxy(e);
  const auto map = [&](std::optional<From>& x) -> std::optional<To> {
    if (!x) return std::nullopt;
    return f(std::move(*x));
  };
  return proxy_form<estimate<To>>::from_proxy(
      {parts.bound, map(parts.value), map(parts.upper), map(parts.tolerance)});
}

// A run-time figure of metric `M` typed: the inverse of `to_figure`. Precondition: the figure is
// of `M`'s kind (`typed_metric<M>` checked it).
template <metric M>
figure_of<M> typed_figure(const figure& f) {
  using V = typename M::value_type;
  if constexpr (is_amount<V>::value) {
    return convert_estimate<V>(std::get<estimate<double>>(f), [](double x) { return V(x); });
  } else {
    return std::get<figure_of<M>>(f);
  }
}

// Checks that the dataset's metric with `M`'s id is of `M`'s kind and unit (with the unit's
// dimension and scale, and a ratio's parts); throws `dataset_error` naming both otherwise, or for
// an unknown metric.
template <metric M>
void check_typed(const dataset_parts& d) {
  const metric_info& known = d.registry.metric(M::id);
  constexpr metric_info wanted = metric_info::of<M>();
  const definition_detail level = detail_between(known, wanted);
  if (level == definition_detail::all) return;
  throw dataset_error(dataset_errc::wrong_figure_kind, std::string(M::id),
                      "metric " + detail::quoted(M::id) + " is " + metric_words(known, level) +
                          " in the dataset, but the type " + std::string(qualified_type_name<M>()) +
                          " reads " + metric_words(wanted, level));
}

template <metric M>
found<measured<M>> typed(const found<observation_ref>& f) {
  found<measured<M>> out{{}, f.policy};
  out.observations.reserve(f.size());
  for (const observation_ref& o : f) out.observations.push_back({o, typed_figure<M>(o.value())});
  return out;
}

template <metric M>
typed_ranking<M> typed(const ranking& r) {
  typed_ranking<M> out{{}, r.policy};
  out.entries.reserve(r.entries.size());
  for (const ranking::entry& e : r.entries) {
    out.entries.push_back({e, typed_figure<M>(e.observation.value())});
  }
  return out;
}

template <metric M>
typed_total<M> typed(total_result&& t) {
  return {typed_figure<M>(t.value), std::move(t.used), std::move(t.missing),
          std::move(t.deduplicated), std::move(t.policy)};
}

}  // namespace detail

}  // namespace cited

#endif  // CITED_DATASET_TYPED_HPP
