// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_DATASET_CHECKS_HPP
#define CITED_DATASET_CHECKS_HPP

/// Claims checked against a dataset's observations (`cited::check_result`, with the evidence for
/// and against), and the conflicts among them (`cited::conflict`).

#include <cited/dataset/describe.hpp>
#include <cited/dataset/error.hpp>
#include <cited/dataset/evidence.hpp>
#include <cited/dataset/observation_ref.hpp>
#include <cited/dataset/queries.hpp>
#include <cited/dataset/weighing.hpp>
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

/// What `dataset::conflicts` finds.
enum class conflict_kind : std::uint8_t {
  disjoint_values,          ///< two figures of the same key that cannot both be true
  same_rank,                ///< two subjects given the same exact place
  rank_claim_contradicted,  ///< a rank claim that the observed figures contradict
  claims_disagree,          ///< two comparison claims from different sources that cannot both hold
};
BOOST_DESCRIBE_ENUM(conflict_kind, disjoint_values, same_rank, rank_claim_contradicted,
                    claims_disagree)

/// One conflict: its kind, the observations involved, the claim (an index into `claims()`) when
/// one is involved, the other claim when two disagree, and a sentence.
struct conflict {
  conflict_kind kind;
  std::vector<observation_ref> observations;
  std::optional<std::size_t> claim;
  std::string description;
  std::optional<std::size_t> other_claim = {};
};

namespace detail {

// An about-equal comparison's tolerance: from 0 to below 1, and only with about_equal.
inline void check_tolerance(const comparison_claim& x) {
  if (x.relation != comparison::about_equal) {
    if (x.tolerance != 0) {
      throw dataset_error(dataset_errc::bad_claim, {},
                          "a tolerance goes with an about-equal comparison only");
    }
  } else if (!(x.tolerance >= 0 && x.tolerance < 1)) {
    throw dataset_error(dataset_errc::bad_claim, {},
                        "an about-equal comparison's tolerance is relative, from 0 to below 1");
  }
}

// A total claim's bound: an estimate of the metric's kind, which must add up.
inline void check_bound(const metric_info& m, const total_claim& x) {
  if (!m.additive) {
    throw dataset_error(
        dataset_errc::not_additive, std::string(m.id),
        "a bound on a total needs a metric that adds up; " + std::string(m.id) + " does not");
  }
  if (kind_of(x.bound) != figure_kind(m.kind)) {
    throw dataset_error(dataset_errc::wrong_figure_kind, std::string(m.id),
                        "a bound on a total of " + std::string(m.id) + " is an estimate of " +
                            (m.kind == value_kind::count ? "a count" : "a number"));
  }
}

// Throws dataset_error unless the claim fits its metric `m`.
template <class C>
void check_fits(const metric_info& m, const C& x) {
  if constexpr (std::is_same_v<C, share_claim>) {
    if (m.kind != value_kind::share) {
      throw dataset_error(
          dataset_errc::wrong_figure_kind, std::string(m.id),
          "a share claim needs a share metric; " + std::string(m.id) + " is not one");
    }
  } else if constexpr (std::is_same_v<C, comparison_claim>) {
    if (!m.additive) {
      throw dataset_error(dataset_errc::not_additive, std::string(m.id),
                          "a comparison with a combined figure needs a metric that adds up; " +
                              std::string(m.id) + " does not");
    }
    if (x.others.empty()) {
      throw dataset_error(dataset_errc::bad_claim, {}, "a comparison claim needs others");
    }
    check_tolerance(x);
  } else if constexpr (std::is_same_v<C, total_claim>) {
    check_bound(m, x);
  } else {
    if (x.position == 0) {
      throw dataset_error(dataset_errc::bad_claim, {}, "a rank claim's position starts at 1");
    }
    if (x.among && !x.among->as_group()) {
      throw dataset_error(dataset_errc::bad_claim, x.among->to_string(),
                          "a rank among others needs a group, not " + x.among->to_string());
    }
  }
}

// Throws dataset_error unless the claim's metric is known and of a kind the claim can use.
inline void check_fits(const dataset_registry& names, const cited::claim& c) {
  std::visit(
      [&](const auto& x) {
        using C = std::decay_t<decltype(x)>;
        if constexpr (std::is_same_v<C, statement_claim>) {
          if (x.words.empty() || x.subjects.empty()) {
            throw dataset_error(dataset_errc::bad_claim, {},
                                "a statement needs its words and at least one subject");
          }
          if (x.quote && x.quote->empty()) {
            throw dataset_error(dataset_errc::bad_claim, {},
                                "a statement's quote is empty; leave it out when there is none");
          }
        } else {
          check_fits(names.metric(x.metric), x);
        }
      },
      c);
}

// A total as a reader sees it: its figure, or "no figures" when none was found (the empty sum
// is "at least 0", which reads as if something had been counted).
inline std::string total_text(const total_result& t) {
  return t.used.empty() ? std::string("no figures") : cited::to_string(t.value);
}

// --- comparison claims ---

// Decides a comparison of `own` with `others` (both totals of one kind) into `out`.
inline void decide_comparison(const comparison_claim& c, const total_result& own_total,
                              const total_result& others_total, check_result& out) {
  const figure& own = own_total.value;
  const figure& others = others_total.value;
  const bool all_found = others_total.complete() && own_total.complete();
  const std::string theirs = "the combined figure of " + list(c.others);
  const std::string sides = cited::to_string(own) + " is ";
  const std::string what =
      relation_words(c.relation, c.tolerance) + theirs + ", " + total_text(others_total);
  const outcome o = compare(span_of(own), span_of(others), c.relation, c.tolerance);
  if (o == outcome::holds) {
    out.verdict = verdict::supported;
    out.reason = sides + what;
  } else if (o == outcome::fails) {
    out.verdict = verdict::contradicted;
    out.reason = sides + "not " + what;
  } else if (!all_found) {
    out.reason = std::to_string(out.missing.size()) + " of the figures to combine " +
                 (out.missing.size() == 1 ? "is" : "are") + " missing";
  } else {
    out.reason =
        cited::to_string(own) + " and " + theirs + ", " + total_text(others_total) + ", overlap";
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
  decide_comparison(c, own, others, out);
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
  // A subject named ahead or behind needs no figure of its own; one observed on the wrong side
  // contradicts the claim.
  for (std::size_t i = 0; i < c.ahead.size() + c.behind.size(); ++i) {
    const bool ahead = i < c.ahead.size();
    const cited::subject& b = ahead ? c.ahead[i] : c.behind[i - c.ahead.size()];
    const std::vector<observation_ref> theirs = refs(d, observations_of(d, c.metric, &b, c.period));
    if (theirs.empty()) continue;
    out.used.push_back(theirs.front());
    const cited::rank r = std::get<cited::rank>(theirs.front().value());
    if (ahead ? r.position() >= c.position : r.position() <= c.position) {
      out.verdict = verdict::contradicted;
      out.reason = b.display_name() + " is observed " + cited::to_string(figure(r)) +
                   (ahead ? ", not ahead of " : ", not behind ") + place;
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
  // Each subject named ahead (then behind) must be observed, and certainly on its side.
  bool all_placed = true;
  for (std::size_t i = 0; i < c.ahead.size() + c.behind.size(); ++i) {
    const bool ahead = i < c.ahead.size();
    const cited::subject& b = ahead ? c.ahead[i] : c.behind[i - c.ahead.size()];
    const ranking::entry* theirs = entry_of(b);
    if (!theirs) {
      out.missing.push_back({c.metric, b, c.period});
      all_placed = false;
      continue;
    }
    out.used.push_back(theirs->observation);
    if (mine && (ahead ? theirs->best > mine->worst : theirs->worst < mine->best)) {
      out.verdict = verdict::contradicted;
      out.reason = b.display_name() + " is observed " + (ahead ? "behind " : "ahead of ") +
                   c.subject.display_name();
      out.missing.clear();
      return out;
    }
    if (!mine || (ahead ? theirs->worst >= mine->best : theirs->best <= mine->worst)) {
      all_placed = false;
    }
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
  } else if (mine->certain() && mine->best == c.position && all_placed &&
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

// A rank among the members of a group: the place follows from the members' figures.
inline check_result check_among(const dataset_parts& d, const rank_claim& c) {
  check_result out;
  order_field f;
  const std::vector<weighed_key> keys = order_keys(d, c, f);
  key_spans s(keys.size());
  for (std::size_t i = 0; i < keys.size(); ++i) {
    for (const observation_ref& o : keys[i].observations) {
      s[i] = s[i] ? hull(*s[i], span_of(o.value())) : span_of(o.value());
    }
    if (!s[i] && (i == 0 || f.counted[i] || i <= c.ahead.size() + c.behind.size())) {
      out.missing.push_back(keys[i].key);
    }
  }
  const order_place place = order_outcome(s, c, f);
  const std::string who = c.subject.display_name();
  const std::string group = c.among->display_name();
  if (!f.member) {
    out.verdict = verdict::contradicted;
    out.reason = who + " is not a member of " + group + " in " + c.period.to_long_string();
  } else if (!s[0]) {
    out.reason = "no figure for " + who;
  } else {
    out.verdict = place.result == outcome::holds   ? verdict::supported
                  : place.result == outcome::fails ? verdict::contradicted
                                                   : verdict::undetermined;
    out.reason =
        who + " is " +
        (place.best == place.worst ? rank_words(static_cast<std::uint32_t>(place.best))
                                   : rank_words(static_cast<std::uint32_t>(place.best)) + " to " +
                                         rank_words(static_cast<std::uint32_t>(place.worst))) +
        " among the members of " + group + " with figures";
  }
  if (out.verdict != verdict::undetermined) out.missing.clear();
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
  if (c.among) return check_among(d, c);
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

// --- bounds on totals, and statements ---

inline check_result check_one(const dataset_parts& d, const total_claim& c) {
  check_result out;
  const total_result t = total(d, c.metric, c.subject, c.period, {});
  out.used = t.used;
  out.missing = t.missing;
  const outcome o = within(span_of(t.value), span_of(c.bound));
  const std::string sum =
      "the total of " + c.subject.display_name() + ", " + total_text(t) + ", is ";
  if (o == outcome::holds) {
    out.verdict = verdict::supported;
    out.reason = sum + cited::to_string(c.bound);
  } else if (o == outcome::fails) {
    out.verdict = verdict::contradicted;
    out.reason = sum + "not " + cited::to_string(c.bound);
  } else if (!t.complete()) {
    out.reason = std::to_string(t.missing.size()) + " of the figures to add up " +
                 (t.missing.size() == 1 ? "is" : "are") + " missing";
  } else {
    out.reason = sum + "possibly but not certainly " + cited::to_string(c.bound);
  }
  if (out.verdict != verdict::undetermined) out.missing.clear();
  return out;
}

inline check_result check_one(const dataset_parts&, const statement_claim&) {
  check_result out;
  out.verdict = verdict::not_checkable;
  out.reason = "a statement in words: citable, not checkable against figures";
  return out;
}

// Adds a claim that fits its metric, remembering the subjects it names.
inline void add_claim(dataset_parts& d, cited::claim c) {
  check_fits(d.registry, c);
  std::visit(
      [&](const auto& x) {
        using C = std::decay_t<decltype(x)>;
        d.registry.source_number(x.source);
        if constexpr (std::is_same_v<C, statement_claim>) {
          for (const cited::subject& o : x.subjects) d.registry.remember(o);
        } else {
          d.registry.remember(x.subject);
        }
        if constexpr (std::is_same_v<C, comparison_claim>) {
          for (const cited::subject& o : x.others) d.registry.remember(o);
        } else if constexpr (std::is_same_v<C, rank_claim>) {
          for (const cited::subject& o : x.ahead) d.registry.remember(o);
          for (const cited::subject& o : x.behind) d.registry.remember(o);
          if (x.among) d.registry.remember(*x.among);
        }
      },
      c);
  d.claims.push_back(std::move(c));
}

// The verdict on a claim: that of the first observation of each key (`check_one`), then weighed
// with every observation and its origin.
inline check_result check(const dataset_parts& d, const cited::claim& c) {
  check_fits(d.registry, c);
  return std::visit(
      [&](const auto& x) {
        check_result r = check_one(d, x);
        using C = std::decay_t<decltype(x)>;
        const bool settled_by_the_claim =
            std::is_same_v<C, statement_claim> ||
            (r.verdict == verdict::contradicted && r.used.empty() && r.missing.empty());
        if constexpr (!std::is_same_v<C, statement_claim>) {
          if (!settled_by_the_claim) weigh_claim(d, x, r);
        }
        return r;
      },
      c);
}

// --- conflicts ---

// Observations of one key, in [first, last) of the index, whose figures cannot both be true.
inline void disjoint_conflicts(const dataset_parts& d, order_range group, const metric_info& m,
                               std::vector<conflict>& out) {
  const dataset_store& st = d.store;
  const std::string unit = m.unit.empty() ? std::string() : ' ' + std::string(m.unit);
  for (auto a = group.first; a != group.second; ++a) {
    for (auto b = std::next(a);
         b != group.second && dataset_store::same_group(st.at(*a), st.at(*b), true); ++b) {
      if (!dataset_store::disjoint(st.at(*a), st.at(*b), m.kind)) continue;
      const observation_ref x = d.ref(*a), y = d.ref(*b);
      out.push_back({conflict_kind::disjoint_values,
                     {x, y},
                     std::nullopt,
                     std::string(m.name) + " of " + x.subject().display_name() + " in " +
                         x.period().to_long_string() + ": " + cited::to_string(x.value()) + unit +
                         " (source " + x.source_id() + ") and " + cited::to_string(y.value()) +
                         unit + " (source " + y.source_id() + ") cannot both be true"});
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
                   rx.subject().display_name() + " and " + ry.subject().display_name() +
                       " are both " + cited::to_string(rx.value()) + " (" + std::string(m.name) +
                       ", " + rx.period().to_long_string() + ")"});
  }
}

// One side of a comparison claim: its subjects as a sorted list.
inline std::vector<std::string> side_of(const std::vector<cited::subject>& parts) {
  std::vector<std::string> out;
  for (const cited::subject& s : parts) out.push_back(s.to_string());
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// The relation of `b` read from the other side: "A more than B" is "B less than A".
inline comparison reversed(comparison r) {
  return r == comparison::more_than   ? comparison::less_than
         : r == comparison::less_than ? comparison::more_than
                                      : r;
}

// Comparison claims from different sources about the same comparison (the same subjects on each
// side, in either order) whose relations differ: "more than" and "about equal" cannot both be
// asserted.
inline void claim_conflicts(const dataset_parts& d, std::vector<conflict>& out) {
  for (std::size_t i = 0; i < d.claims.size(); ++i) {
    const auto* a = std::get_if<comparison_claim>(&d.claims[i]);
    if (!a) continue;
    const std::vector<std::string> a_left = side_of({a->subject}), a_right = side_of(a->others);
    for (std::size_t j = i + 1; j < d.claims.size(); ++j) {
      const auto* b = std::get_if<comparison_claim>(&d.claims[j]);
      if (!b || b->source == a->source || b->metric != a->metric || !(b->period == a->period)) {
        continue;
      }
      const std::vector<std::string> b_left = side_of({b->subject}), b_right = side_of(b->others);
      std::optional<comparison> relation;
      if (a_left == b_left && a_right == b_right) relation = b->relation;
      if (a_left == b_right && a_right == b_left) relation = reversed(b->relation);
      if (!relation || *relation == a->relation) continue;
      out.push_back({conflict_kind::claims_disagree,
                     {},
                     i,
                     describe(d.registry, d.claims[i]) + " (source " + a->source + ") and " +
                         describe(d.registry, d.claims[j]) + " (source " + b->source +
                         ") cannot both hold",
                     j});
    }
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
    check_result r;
    try {
      r = check(d, d.claims[c]);
    } catch (const dataset_error&) {
      continue;  // a claim that cannot be checked (its group changed members) is no conflict
    }
    if (r.verdict == verdict::contradicted) {
      out.push_back({conflict_kind::rank_claim_contradicted, std::move(r.used), c,
                     describe(d.registry, d.claims[c]) + ": " + r.reason});
    }
  }
  claim_conflicts(d, out);
  return out;
}

}  // namespace detail

}  // namespace cited

#endif  // CITED_DATASET_CHECKS_HPP
