// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_DATASET_EVIDENCE_HPP
#define CITED_DATASET_EVIDENCE_HPP

/// The evidence for a claim (`cited::evidence`): every observation of the figures a claim needs,
/// each weighed for or against it (`cited::stance`) with its primary origin, and the verdict that
/// follows when evidence from the claim's own origin counts as self-reported, never as support.

#include <cited/dataset/observation_ref.hpp>
#include <cited/dataset/queries.hpp>
#include <cited/fact/claim.hpp>
#include <cited/fact/figure.hpp>
#include <cited/source/origin.hpp>

#include <boost/describe/enum.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <variant>
#include <vector>

namespace cited {

/// How one observation bears on a claim, given every other figure at hand: it `supports` the
/// claim when the claim holds whichever of the other observations is right, `contradicts` it when
/// the claim fails whichever is right, and is `neither` otherwise.
enum class stance : std::uint8_t { supports, contradicts, neither };
BOOST_DESCRIBE_ENUM(stance, supports, contradicts, neither)

/// One observation weighed for a claim: its stance, its source's primary origin, and whether that
/// origin is the claim's own (`self_reported`: the source agreeing with itself).
struct evidence {
  observation_ref observation;
  cited::stance stance = cited::stance::neither;
  cited::origin origin;
  bool self_reported = false;
};

/// The verdict on a claim, the observations it rests on, the figures that would settle it (for
/// `undetermined`, the keys with no figure; for `self_reported`, also the keys with no figure from
/// another origin than the claim's), one sentence saying why, and every observation of the keys
/// the claim needs, weighed (`evidence`).
struct check_result {
  cited::verdict verdict = cited::verdict::undetermined;
  std::vector<observation_ref> used;
  std::vector<figure_key> missing;
  std::string reason;
  std::vector<cited::evidence> evidence;
};

namespace detail {

// The interval a figure allows, as sortable ends; no limit is -inf or +inf.
using figure_span = std::pair<end_key, end_key>;

template <class V, class Number>
figure_span span_of(const interval<V>& i, Number number) {
  constexpr double inf = std::numeric_limits<double>::infinity();
  return {i.low.value ? end_key{number(*i.low.value), i.low.open ? 1 : 0} : end_key{-inf, 0},
          i.high.value ? end_key{number(*i.high.value), i.high.open ? -1 : 0} : end_key{inf, 0}};
}

// A count or amount as its interval; a rank as its position; a share as its ratio.
inline figure_span span_of(const figure& f) {
  if (const auto* c = std::get_if<estimate<count>>(&f)) {
    return span_of(c->interval(), [](count x) { return static_cast<double>(x.value()); });
  }
  if (const auto* a = std::get_if<estimate<double>>(&f)) {
    return span_of(a->interval(), [](double x) { return x; });
  }
  double v = 0;
  if (const auto* r = std::get_if<cited::rank>(&f)) {
    v = r->position();
  } else {
    const share& s = std::get<share>(f);
    v = s.n() == 0 ? 0.0 : static_cast<double>(s.k()) / static_cast<double>(s.n());
  }
  return {{v, 0}, {v, 0}};
}

// The smallest interval that holds both.
inline figure_span hull(const figure_span& a, const figure_span& b) {
  return {std::min(a.first, b.first), std::max(a.second, b.second)};
}

// The interval of a sum.
inline figure_span sum(const figure_span& a, const figure_span& b) {
  return {{a.first.value + b.first.value, std::max(a.first.tilt, b.first.tilt)},
          {a.second.value + b.second.value, std::min(a.second.tilt, b.second.tilt)}};
}

// What a figure that is missing from a total may be: anything from 0 (figures that add up are
// never negative).
inline figure_span unknown_part() { return {{0, 0}, {std::numeric_limits<double>::infinity(), 0}}; }

// True when every value up to `high` lies below every value from `low`.
inline bool below(const end_key& high, const end_key& low) {
  return high.value < low.value || (high.value == low.value && (high.tilt < 0 || low.tilt > 0));
}

// The interval flipped, so that a higher value is better.
inline figure_span flipped(const figure_span& s) {
  return {{-s.second.value, -s.second.tilt}, {-s.first.value, -s.first.tilt}};
}

// Whether a claim holds for every value that the figures allow, fails for every one, or neither.
enum class outcome : std::uint8_t { holds, fails, open };

// The intervals of a claim's keys (none: no figure).
using key_spans = std::vector<std::optional<figure_span>>;

// A key a claim needs, with all its observations.
struct weighed_key {
  figure_key key;
  std::vector<observation_ref> observations;
};

// The evidence of a claim: each observation with its stance among all the figures, and its
// stance among the figures of other origins than the claim's (neither for a self-reported one).
struct weighing {
  std::vector<evidence> all;
  std::vector<cited::stance> independent;
};

inline cited::stance stance_of(outcome o) {
  return o == outcome::holds   ? stance::supports
         : o == outcome::fails ? stance::contradicts
                               : stance::neither;
}

// Weighs each observation of `keys`. `prepare(pool)` is called once for each pool of intervals
// (each key's hull: of all its observations, and of those from other origins than `own`) and
// returns `f(i, span)`: the outcome of the claim when key i's figure lies in `span` and every other
// key's in its interval in the pool. An observation is weighed with its own interval for its key.
template <class Prepare>
weighing weigh_prepared(const std::vector<weighed_key>& keys, const cited::origin& own,
                        Prepare&& prepare) {
  weighing out;
  key_spans all(keys.size()), independent(keys.size());
  std::vector<figure_span> own_spans;
  for (std::size_t i = 0; i < keys.size(); ++i) {
    for (const observation_ref& o : keys[i].observations) {
      const figure_span s = span_of(o.value());
      cited::origin from = cited::origin::of(o.provenance());
      const bool self = from == own;
      all[i] = all[i] ? hull(*all[i], s) : s;
      if (!self) independent[i] = independent[i] ? hull(*independent[i], s) : s;
      out.all.push_back({o, stance::neither, std::move(from), self});
      own_spans.push_back(s);
    }
  }
  auto with_all = prepare(all);
  const bool any_independent = std::any_of(out.all.begin(), out.all.end(),
                                           [](const evidence& e) { return !e.self_reported; });
  std::optional<decltype(prepare(independent))> with_independent;
  if (any_independent) with_independent.emplace(prepare(independent));
  std::size_t k = 0;
  for (std::size_t i = 0; i < keys.size(); ++i) {
    for (std::size_t n = 0; n < keys[i].observations.size(); ++n, ++k) {
      out.all[k].stance = stance_of(with_all(i, own_spans[k]));
      out.independent.push_back(out.all[k].self_reported
                                    ? stance::neither
                                    : stance_of((*with_independent)(i, own_spans[k])));
    }
  }
  return out;
}

// Weighs each observation of `keys`: `eval(key_spans)` says whether the claim holds when each key's
// figure lies in its interval. An observation is weighed with its own interval for its key and,
// for the other keys, the hull of their observations: of all of them, and of those from other
// origins than `own`. Each weighing evaluates every key: use `weigh_prepared` where that is too
// slow.
template <class Eval>
weighing weigh(const std::vector<weighed_key>& keys, const cited::origin& own, Eval&& eval) {
  return weigh_prepared(keys, own, [&eval](key_spans& pool) {
    // The pool takes the observation's interval for its key while it is weighed.
    return [&eval, &pool](std::size_t i, const figure_span& s) {
      const std::optional<figure_span> kept = pool[i];
      pool[i] = s;
      const outcome o = eval(std::as_const(pool));
      pool[i] = kept;
      return o;
    };
  });
}

// The key of `s` for a claim's metric and period, with their observations.
inline weighed_key key_of(const dataset_parts& d, std::string_view metric, const cited::subject& s,
                          const cited::period& p) {
  return {{std::string(metric), s, p}, refs(d, observations_of(d, metric, &s, p))};
}

// --- the verdict ---

inline std::string origins_of(const std::vector<evidence>& e, cited::stance which) {
  std::vector<std::string> names;
  for (const evidence& x : e) {
    if (x.stance != which) continue;
    std::string name = x.origin.to_string();
    if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
  }
  std::string out;
  for (const std::string& n : names) {
    if (!out.empty()) out += "; ";
    out += n;
  }
  return out;
}

// "1 figure bears it out", "2 figures contradict it".
inline std::string figures_do(std::size_t n, std::string_view one, std::string_view many) {
  std::string out = std::to_string(n);
  out += n == 1 ? " figure " : " figures ";
  out += n == 1 ? one : many;
  return out;
}

inline std::string bear_out(std::size_t n, const std::vector<evidence>& e) {
  return figures_do(n, "bears it out", "bear it out") + " (" + origins_of(e, stance::supports) +
         ")";
}

inline std::string contradict(std::size_t n, const std::vector<evidence>& e) {
  return figures_do(n, "contradicts it", "contradict it") + " (" +
         origins_of(e, stance::contradicts) + ")";
}

// The verdict from the evidence, into `r`, whose `reason` and `missing` are those of the first
// observation of each key (`base`):
// - independent support and any contradiction: disputed;
// - independent support only: supported;
// - contradiction only (from any origin): contradicted;
// - support from the claim's own origin only: self_reported;
// - else undetermined.
// `used` becomes the observations that bear on the verdict (all found, when undetermined), and
// `missing` the keys with no figure from another origin, when the verdict is not settled by them.
// The evidence lists the observations of `keys` first, key by key, as `weigh` does.
inline void decide(check_result& r, weighing w, const std::vector<weighed_key>& keys,
                   const cited::origin& own) {
  const verdict base = r.verdict;
  bool independent_for = false, against = false, any_for = false;
  std::size_t n_for = 0, n_against = 0;
  for (std::size_t i = 0; i < w.all.size(); ++i) {
    independent_for = independent_for || w.independent[i] == stance::supports;
    against = against || w.all[i].stance == stance::contradicts;
    any_for = any_for || w.all[i].stance == stance::supports;
    n_for += w.all[i].stance == stance::supports;
    n_against += w.all[i].stance == stance::contradicts;
  }
  r.verdict = independent_for && against ? verdict::disputed
              : independent_for          ? verdict::supported
              : against                  ? verdict::contradicted
              : any_for                  ? verdict::self_reported
                                         : verdict::undetermined;
  r.evidence = std::move(w.all);
  r.used.clear();
  for (const evidence& e : r.evidence) {
    if (e.stance != stance::neither || r.verdict == verdict::undetermined) {
      r.used.push_back(e.observation);
    }
  }
  if (r.verdict == verdict::self_reported || r.verdict == verdict::undetermined) {
    // The keys in `missing`, by text, so that a key is looked for among those of its text only.
    std::unordered_multimap<std::string, std::size_t> listed;
    for (std::size_t i = 0; i < r.missing.size(); ++i) listed.emplace(r.missing[i].to_string(), i);
    std::vector<std::string> own_only;  // the subjects whose only figures are the claim's origin's
    std::size_t e = 0;                  // the evidence of key k starts at e
    for (const weighed_key& k : keys) {
      const auto first = r.evidence.begin() + static_cast<std::ptrdiff_t>(e);
      const auto last = first + static_cast<std::ptrdiff_t>(k.observations.size());
      e += k.observations.size();
      const bool independent =
          std::any_of(first, last, [](const evidence& x) { return !x.self_reported; });
      if (k.observations.empty() || independent) continue;
      std::string text = k.key.to_string();
      const auto [from, to] = listed.equal_range(text);
      if (std::none_of(from, to, [&](const auto& x) { return r.missing[x.second] == k.key; })) {
        listed.emplace(std::move(text), r.missing.size());
        r.missing.push_back(k.key);
        own_only.push_back(k.key.subject.display_name());
      }
    }
    // An undetermined verdict keeps the reason of the check, which counts the figures not found;
    // it also names those found only from the claim's own origin, which `missing` now lists.
    if (r.verdict == verdict::undetermined && base == verdict::undetermined && !own_only.empty()) {
      std::string who;
      for (std::size_t i = 0; i < own_only.size(); ++i) {
        if (i > 0) who += i + 1 == own_only.size() ? " and " : ", ";
        who += own_only[i];
      }
      r.reason += (own_only.size() == 1 ? "; the figure for " : "; the figures for ") + who +
                  (own_only.size() == 1 ? " comes" : " come") +
                  " only from the claim's own origin, " + own.to_string();
    }
  } else {
    r.missing.clear();
  }
  if (r.verdict == base && r.verdict != verdict::self_reported) return;
  switch (r.verdict) {
    case verdict::self_reported:
      r.reason = (base == verdict::supported ? r.reason + "; only" : std::string("only")) +
                 " the claim's own origin, " + own.to_string() + ", gives figures that bear it out";
      break;
    case verdict::disputed:
      r.reason = bear_out(n_for, r.evidence) + " and " + contradict(n_against, r.evidence);
      break;
    case verdict::contradicted:
      r.reason = contradict(n_against, r.evidence);
      break;
    case verdict::supported:
      r.reason = bear_out(n_for, r.evidence);
      break;
    default:
      r.reason = "the figures at hand leave it open";
      break;
  }
}

}  // namespace detail

}  // namespace cited

#endif  // CITED_DATASET_EVIDENCE_HPP
