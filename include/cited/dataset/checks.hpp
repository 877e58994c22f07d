// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_DATASET_CHECKS_HPP
#define CITED_DATASET_CHECKS_HPP

/// Claims checked against a dataset's observations (`cited::check_result`), and the conflicts
/// among them (`cited::conflict`).

#include <cited/dataset/describe.hpp>
#include <cited/dataset/error.hpp>
#include <cited/dataset/observation_ref.hpp>
#include <cited/dataset/queries.hpp>
#include <cited/fact/claim.hpp>

#include <boost/describe/enum.hpp>

#include <algorithm>
#include <compare>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

namespace cited {

/// The verdict on a claim, the observations it rests on, the figures that would settle it when it
/// is undetermined, and one sentence saying why.
struct check_result {
  cited::verdict verdict = cited::verdict::undetermined;
  std::vector<observation_ref> used;
  std::vector<figure_key> missing;
  std::string reason;
};

/// What `dataset::conflicts` finds.
enum class conflict_kind : std::uint8_t {
  disjoint_values,          ///< two figures of the same key that cannot both be true
  same_rank,                ///< two subjects given the same exact place
  rank_claim_contradicted,  ///< a rank claim that the observed figures contradict
};
BOOST_DESCRIBE_ENUM(conflict_kind, disjoint_values, same_rank, rank_claim_contradicted)

/// One conflict: its kind, the observations involved, the claim (an index into `claims()`) when
/// one is involved, and a sentence.
struct conflict {
  conflict_kind kind;
  std::vector<observation_ref> observations;
  std::optional<std::size_t> claim;
  std::string description;
};

namespace detail {

// Throws dataset_error unless the claim's metric is known and of a kind the claim can use.
inline void check_fits(const dataset_registry& names, const cited::claim& c) {
  std::visit(
      [&](const auto& x) {
        const metric_info& m = names.metric(x.metric);
        using C = std::decay_t<decltype(x)>;
        if constexpr (std::is_same_v<C, share_claim>) {
          if (m.kind != value_kind::share) {
            throw dataset_error(
                dataset_errc::wrong_figure_kind, std::string(m.id),
                "a share claim needs a share metric; " + std::string(m.id) + " is not one");
          }
        } else if constexpr (std::is_same_v<C, comparison_claim>) {
          if (!m.additive) {
            throw dataset_error(
                dataset_errc::not_additive, std::string(m.id),
                "a comparison with a combined figure needs a metric that adds up; " +
                    std::string(m.id) + " does not");
          }
          if (x.others.empty()) {
            throw dataset_error(dataset_errc::bad_claim, {}, "a comparison claim needs others");
          }
        } else {
          if (x.position == 0) {
            throw dataset_error(dataset_errc::bad_claim, {}, "a rank claim's position starts at 1");
          }
        }
      },
      c);
}

// --- comparison claims ---

// Decides a comparison of `own` with `others` (both estimates of one kind) into `out`.
template <class E>
void decide_comparison(const comparison_claim& c, const E& own, const E& others, bool all_found,
                       check_result& out) {
  const bool more = c.relation == comparison::more_than;
  const std::string theirs = "the combined figure of " + list(c.others);
  const std::string sides = cited::to_string(figure(own)) + " is ";
  const std::string what = std::string(more ? "more" : "less") + " than " + theirs + ", " +
                           cited::to_string(figure(others));
  const auto order = own <=> others;
  const bool holds =
      more ? order == std::partial_ordering::greater : order == std::partial_ordering::less;
  const bool fails = more ? !possibly_greater(own, others) : !possibly_greater(others, own);
  if (holds) {
    out.verdict = verdict::supported;
    out.reason = sides + what;
  } else if (fails) {
    out.verdict = verdict::contradicted;
    out.reason = sides + "not " + what;
  } else if (!all_found) {
    out.reason = std::to_string(out.missing.size()) + " of the figures to combine " +
                 (out.missing.size() == 1 ? "is" : "are") + " missing";
  } else {
    out.reason = cited::to_string(figure(own)) + " and " + theirs + ", " +
                 cited::to_string(figure(others)) + ", overlap";
  }
}

inline check_result check_one(const dataset_parts& d, const comparison_claim& c) {
  check_result out;
  const total_result others = total(d, c.metric, combined(c.others), c.period, {});
  // The subject's own figure, totalled the same way (a group may have only its members').
  const total_result own = total(d, c.metric, c.subject, c.period, {});
  out.used = own.used;
  out.used.insert(out.used.end(), others.used.begin(), others.used.end());
  out.missing = own.missing;
  out.missing.insert(out.missing.end(), others.missing.begin(), others.missing.end());
  if (own.used.empty()) {
    out.reason = "no figure for " + c.subject.display_name();
    return out;
  }
  const bool all_found = others.complete() && own.complete();
  if (const auto* x = std::get_if<estimate<count>>(&own.value)) {
    decide_comparison(c, *x, std::get<estimate<count>>(others.value), all_found, out);
  } else {
    decide_comparison(c, std::get<estimate<double>>(own.value),
                      std::get<estimate<double>>(others.value), all_found, out);
  }
  if (out.verdict != verdict::undetermined) out.missing.clear();
  return out;
}

// --- rank claims ---

// A rank claim about a metric of places: the observed places settle it.
inline check_result check_places(const dataset_parts& d, const rank_claim& c) {
  check_result out;
  const std::string place = rank_words(c.position);
  const std::vector<observation_ref> own =
      refs(d, observations_of(d, c.metric, &c.subject, c.period));
  for (const cited::subject& b : c.ahead) {
    const std::vector<observation_ref> theirs = refs(d, observations_of(d, c.metric, &b, c.period));
    if (theirs.empty()) continue;  // a subject ahead needs no figure of its own
    out.used.push_back(theirs.front());
    const cited::rank r = std::get<cited::rank>(theirs.front().value());
    if (r.position() >= c.position) {
      out.verdict = verdict::contradicted;
      out.reason = b.display_name() + " is observed " + cited::to_string(figure(r)) +
                   ", not ahead of " + place;
      return out;
    }
  }
  if (own.empty()) {
    out.missing.push_back({c.metric, c.subject, c.period});
    out.reason = "no place observed for " + c.subject.display_name();
    return out;
  }
  out.used.insert(out.used.begin(), own.front());
  const cited::rank r = std::get<cited::rank>(own.front().value());
  out.verdict = r.position() == c.position ? verdict::supported : verdict::contradicted;
  out.reason = c.subject.display_name() + " is observed " + cited::to_string(figure(r));
  return out;
}

// A rank claim about a metric of values: the place follows from the observed figures.
inline check_result check_order(const dataset_parts& d, const rank_claim& c) {
  check_result out;
  const ranking order = rank(d, c.metric, c.period);
  const auto entry_of = [&](const cited::subject& s) -> const ranking::entry* {
    for (const ranking::entry& e : order.entries) {
      if (e.observation.subject() == s) return &e;
    }
    return nullptr;
  };
  const ranking::entry* mine = entry_of(c.subject);
  if (!mine) out.missing.push_back({c.metric, c.subject, c.period});
  bool all_ahead = true;
  for (const cited::subject& b : c.ahead) {
    const ranking::entry* theirs = entry_of(b);
    if (!theirs) {
      out.missing.push_back({c.metric, b, c.period});
      all_ahead = false;
      continue;
    }
    out.used.push_back(theirs->observation);
    if (mine && theirs->best > mine->worst) {
      out.verdict = verdict::contradicted;
      out.reason = b.display_name() + " is observed behind " + c.subject.display_name();
      out.missing.clear();
      return out;
    }
    if (!mine || theirs->worst >= mine->best) all_ahead = false;
  }
  if (!mine) {
    out.reason = "no figure for " + c.subject.display_name();
    return out;
  }
  out.used.insert(out.used.begin(), mine->observation);
  if (c.position < mine->best) {
    out.verdict = verdict::contradicted;
    out.reason = std::to_string(mine->best - 1) + " observed figures are certainly ahead of " +
                 c.subject.display_name();
  } else if (mine->certain() && mine->best == c.position && all_ahead &&
             c.ahead.size() == c.position - 1 && out.missing.empty()) {
    out.verdict = verdict::supported;
    out.reason =
        c.subject.display_name() + " is " + rank_words(c.position) + " among the observed figures";
  } else {
    out.reason =
        out.missing.empty() ? "the observed figures leave the place open" : "figures are missing";
  }
  return out;
}

inline check_result check_one(const dataset_parts& d, const rank_claim& c) {
  const metric_info& m = d.registry.metric(c.metric);
  if (c.position == 0) {
    throw dataset_error(dataset_errc::bad_claim, {}, "a rank claim's position starts at 1");
  }
  if (c.ahead.size() > c.position - 1) {
    check_result out;
    out.verdict = verdict::contradicted;
    out.reason =
        "more subjects are named ahead than there are places above " + rank_words(c.position);
    return out;
  }
  return m.kind == value_kind::rank ? check_places(d, c) : check_order(d, c);
}

// --- share claims ---

inline check_result check_one(const dataset_parts& d, const share_claim& c) {
  check_result out;
  const std::vector<observation_ref> own =
      refs(d, observations_of(d, c.metric, &c.subject, c.period));
  if (own.empty()) {
    out.missing.push_back({c.metric, c.subject, c.period});
    out.reason = "no figure for " + c.subject.display_name();
    return out;
  }
  out.used.push_back(own.front());
  const share s = std::get<share>(own.front().value());
  out.verdict = s == c.value ? verdict::supported : verdict::contradicted;
  out.reason = c.subject.display_name() + " is observed with " + cited::to_string(figure(s));
  return out;
}

// Adds a claim that fits its metric, remembering the subjects it names.
inline void add_claim(dataset_parts& d, cited::claim c) {
  check_fits(d.registry, c);
  std::visit(
      [&](const auto& x) {
        using C = std::decay_t<decltype(x)>;
        d.registry.source_number(x.source);
        d.registry.remember(x.subject);
        if constexpr (std::is_same_v<C, comparison_claim>) {
          for (const cited::subject& o : x.others) d.registry.remember(o);
        } else if constexpr (std::is_same_v<C, rank_claim>) {
          for (const cited::subject& o : x.ahead) d.registry.remember(o);
        }
      },
      c);
  d.claims.push_back(std::move(c));
}

inline check_result check(const dataset_parts& d, const cited::claim& c) {
  check_fits(d.registry, c);
  return std::visit([&](const auto& x) { return check_one(d, x); }, c);
}

// --- conflicts ---

// Observations of one key, in [first, last) of the index, whose figures cannot both be true.
inline void disjoint_conflicts(const dataset_parts& d, order_range group, const metric_info& m,
                               std::vector<conflict>& out) {
  const dataset_store& st = d.store;
  for (auto a = group.first; a != group.second; ++a) {
    for (auto b = std::next(a);
         b != group.second && dataset_store::same_group(st.at(*a), st.at(*b), true); ++b) {
      if (!dataset_store::disjoint(st.at(*a), st.at(*b), m.kind)) continue;
      const observation_ref x = d.ref(*a), y = d.ref(*b);
      out.push_back({conflict_kind::disjoint_values,
                     {x, y},
                     std::nullopt,
                     std::string(m.id) + " of " + x.subject().to_string() + " in " +
                         x.period().to_string() + ": " + cited::to_string(x.value()) + " (source " +
                         x.source_id() + ") and " + cited::to_string(y.value()) + " (source " +
                         y.source_id() + ") cannot both be true"});
    }
  }
}

// Different subjects given the same exact place, in a group of a rank metric.
inline void same_rank_conflicts(const dataset_parts& d, order_range group, const metric_info& m,
                                std::vector<conflict>& out) {
  std::vector<std::uint32_t> by_position(group.first, group.second);
  std::stable_sort(by_position.begin(), by_position.end(), [&](std::uint32_t x, std::uint32_t y) {
    return d.store.at(x).a < d.store.at(y).a;
  });
  for (std::size_t a = 0; a + 1 < by_position.size(); ++a) {
    const dataset_store::row& x = d.store.at(by_position[a]);
    const dataset_store::row& y = d.store.at(by_position[a + 1]);
    if (x.a != y.a || x.subject == y.subject) continue;
    const observation_ref rx = d.ref(by_position[a]), ry = d.ref(by_position[a + 1]);
    out.push_back({conflict_kind::same_rank,
                   {rx, ry},
                   std::nullopt,
                   rx.subject().to_string() + " and " + ry.subject().to_string() + " are both " +
                       cited::to_string(rx.value()) + " by " + std::string(m.id) + " in " +
                       rx.period().to_string()});
  }
}

inline std::vector<conflict> conflicts(const dataset_parts& d) {
  std::vector<conflict> out;
  const std::vector<std::uint32_t>& order = d.store.order();
  for (auto i = order.begin(); i != order.end();) {
    const dataset_store::row& first = d.store.at(*i);
    auto j = std::next(i);
    while (j != order.end() && dataset_store::same_group(first, d.store.at(*j), false)) ++j;
    const metric_info& m = d.registry.metric_at(first.metric);
    disjoint_conflicts(d, {i, j}, m, out);
    if (m.kind == value_kind::rank) same_rank_conflicts(d, {i, j}, m, out);
    i = j;
  }
  std::stable_sort(out.begin(), out.end(), [](const conflict& x, const conflict& y) {
    return std::pair(x.observations[0].index(), x.observations[1].index()) <
           std::pair(y.observations[0].index(), y.observations[1].index());
  });
  for (std::size_t c = 0; c < d.claims.size(); ++c) {
    if (!std::holds_alternative<rank_claim>(d.claims[c])) continue;
    check_result r = check(d, d.claims[c]);
    if (r.verdict == verdict::contradicted) {
      out.push_back({conflict_kind::rank_claim_contradicted, std::move(r.used), c,
                     describe(d.registry, d.claims[c]) + ": " + r.reason});
    }
  }
  return out;
}

}  // namespace detail

}  // namespace cited

#endif  // CITED_DATASET_CHECKS_HPP
