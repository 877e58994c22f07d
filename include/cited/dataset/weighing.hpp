// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_DATASET_WEIGHING_HPP
#define CITED_DATASET_WEIGHING_HPP

/// For each kind of claim, the figures it needs and when it holds, so that every observation of
/// them can be weighed as evidence (see `cited::evidence`).

#include <cited/dataset/describe.hpp>
#include <cited/dataset/error.hpp>
#include <cited/dataset/evidence.hpp>
#include <cited/dataset/observation_ref.hpp>
#include <cited/dataset/queries.hpp>
#include <cited/fact/claim.hpp>

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace cited::detail {

// --- comparisons and totals ---

// The keys of a total: those of the figures it used, then those it missed.
inline std::vector<weighed_key> keys_of(const dataset_parts& d, const total_result& t,
                                        std::string_view metric, const cited::period& p) {
  std::vector<weighed_key> out;
  for (const observation_ref& u : t.used) out.push_back(key_of(d, metric, u.subject(), p));
  for (const figure_key& k : t.missing) out.push_back({k, {}});
  return out;
}

// The interval of the sum of keys [from, to); a key with no figure is anything from 0.
inline figure_span sum_of(const key_spans& s, std::size_t from, std::size_t to) {
  figure_span out{{0, 0}, {0, 0}};
  for (std::size_t i = from; i < to; ++i) out = sum(out, s[i] ? *s[i] : unknown_part());
  return out;
}

// Whether `a` stands in `relation` to `b` for all values they allow, for none, or neither.
inline outcome compare(const figure_span& a, const figure_span& b, comparison relation,
                       double tolerance) {
  switch (relation) {
    case comparison::more_than:
      if (below(b.second, a.first)) return outcome::holds;
      return a.second.value <= b.first.value ? outcome::fails : outcome::open;
    case comparison::less_than:
      if (below(a.second, b.first)) return outcome::holds;
      return b.second.value <= a.first.value ? outcome::fails : outcome::open;
    default: {  // |a - b| <= tolerance * b
      const double up = 1 + tolerance, down = 1 - tolerance;
      if (a.second.value <= b.first.value * up && a.first.value >= b.second.value * down) {
        return outcome::holds;
      }
      if (a.first.value > b.second.value * up || a.second.value < b.first.value * down) {
        return outcome::fails;
      }
      return outcome::open;
    }
  }
}

// Whether the values of `inner` all lie in `outer`, none do, or neither.
inline outcome within(const figure_span& inner, const figure_span& outer) {
  if (!(inner.first < outer.first) && !(outer.second < inner.second)) return outcome::holds;
  if (below(inner.second, outer.first) || below(outer.second, inner.first)) return outcome::fails;
  return outcome::open;
}

inline weighing weigh_one(const dataset_parts& d, const comparison_claim& c,
                          const cited::origin& own, std::vector<weighed_key>& keys) {
  keys = keys_of(d, total(d, c.metric, c.subject, c.period, {}), c.metric, c.period);
  const std::size_t mine = keys.size();
  std::vector<weighed_key> theirs =
      keys_of(d, total(d, c.metric, combined(c.others), c.period, {}), c.metric, c.period);
  keys.insert(keys.end(), theirs.begin(), theirs.end());
  return weigh(keys, own, [&](const key_spans& s) {
    return compare(sum_of(s, 0, mine), sum_of(s, mine, s.size()), c.relation, c.tolerance);
  });
}

inline weighing weigh_one(const dataset_parts& d, const total_claim& c, const cited::origin& own,
                          std::vector<weighed_key>& keys) {
  keys = keys_of(d, total(d, c.metric, c.subject, c.period, {}), c.metric, c.period);
  const figure_span bound = span_of(c.bound);
  return weigh(keys, own,
               [&](const key_spans& s) { return within(sum_of(s, 0, s.size()), bound); });
}

// --- shares ---

// Observations of the same list size n weigh on the share; those of another list are neither.
inline weighing weigh_one(const dataset_parts& d, const share_claim& c, const cited::origin& own,
                          std::vector<weighed_key>& keys) {
  weighed_key all = key_of(d, c.metric, c.subject, c.period);
  weighed_key other_lists{all.key, {}};
  keys = {weighed_key{all.key, {}}};
  for (const observation_ref& o : all.observations) {
    (std::get<share>(o.value()).n() == c.value.n() ? keys[0] : other_lists)
        .observations.push_back(o);
  }
  const figure_span claimed = span_of(figure(c.value));
  weighing out = weigh(keys, own, [&](const key_spans& s) {
    if (!s[0]) return outcome::open;
    return within(*s[0], claimed);
  });
  for (const observation_ref& o : other_lists.observations) {
    cited::origin from = cited::origin::of(o.provenance());
    const bool self = from == own;
    out.all.push_back({o, stance::neither, std::move(from), self});
    out.independent.push_back(stance::neither);
  }
  return out;
}

// --- ranks ---

// A place on a metric of places: the subject's own place, those ahead and those behind. A subject
// named ahead or behind needs no figure of its own.
inline outcome place_outcome(const key_spans& s, const rank_claim& c) {
  const auto position = static_cast<double>(c.position);
  bool open = false, fails = false;
  if (!s[0]) {
    open = true;
  } else if (position < s[0]->first.value || s[0]->second.value < position) {
    fails = true;
  } else if (!is_point(s[0]->first, s[0]->second)) {
    open = true;
  }
  for (std::size_t j = 1; j < s.size(); ++j) {
    if (!s[j]) continue;
    const bool ahead = j <= c.ahead.size();
    const double lo = s[j]->first.value, hi = s[j]->second.value;
    if (ahead ? lo >= position : hi <= position) {
      fails = true;
    } else if (ahead ? hi >= position : lo <= position) {
      open = true;
    }
  }
  return fails ? outcome::fails : open ? outcome::open : outcome::holds;
}

inline std::vector<weighed_key> named_keys(const dataset_parts& d, const rank_claim& c) {
  std::vector<weighed_key> keys{key_of(d, c.metric, c.subject, c.period)};
  for (const cited::subject& a : c.ahead) keys.push_back(key_of(d, c.metric, a, c.period));
  for (const cited::subject& b : c.behind) keys.push_back(key_of(d, c.metric, b, c.period));
  return keys;
}

// A place in an order of figures: among every subject observed, or among the members of a group.
struct order_field {
  std::vector<bool> counted;  // which keys take part in the order
  bool flip = false;          // lower is better
  bool whole = false;         // every member of the group is a key (`among`)
  bool member = true;         // the subject is a member of the group
};

// The best and worst place the intervals allow the subject (key 0), and the outcome.
struct order_place {
  outcome result = outcome::open;
  std::size_t best = 1, worst = 1;
  bool complete = false;  // every member of the group has a figure
};

// The outcome of a place from its counts in `out` (best and worst place, and whether the group is
// complete) and from the subjects named ahead and behind: `at(j)` is key j's interval (none: no
// figure), `own` the subject's as goodness (higher is better).
template <class At>
order_place order_finish(order_place out, const figure_span& own, const rank_claim& c,
                         const order_field& f, std::size_t keys, At&& at) {
  const auto good = [&](const figure_span& x) { return f.flip ? flipped(x) : x; };
  bool fails = c.position < out.best || (out.complete && c.position > out.worst);
  bool holds = out.best == out.worst && out.best == c.position &&
               (out.complete || c.ahead.size() + 1 == c.position);
  for (std::size_t j = 1; j <= c.ahead.size() + c.behind.size() && j < keys; ++j) {
    const std::optional<figure_span>& s = at(j);
    if (!s) {
      holds = false;
      continue;
    }
    const figure_span x = good(*s);
    const bool ahead = j <= c.ahead.size();
    if (ahead ? below(x.second, own.first) : below(own.second, x.first)) fails = true;
    if (!(ahead ? below(own.second, x.first) : below(x.second, own.first))) holds = false;
  }
  out.result = fails ? outcome::fails : holds ? outcome::holds : outcome::open;
  return out;
}

inline order_place order_outcome(const key_spans& s, const rank_claim& c, const order_field& f) {
  order_place out;
  if (!f.member) {
    out.result = outcome::fails;
    return out;
  }
  if (!s[0]) return out;
  const auto good = [&](const figure_span& x) { return f.flip ? flipped(x) : x; };
  const figure_span own = good(*s[0]);
  out.complete = f.whole;
  for (std::size_t j = 1; j < s.size(); ++j) {
    if (!f.counted[j]) continue;
    if (!s[j]) {
      out.complete = false;
      continue;
    }
    const figure_span x = good(*s[j]);
    out.best += below(own.second, x.first);
    out.worst += x.second.value > own.first.value;
  }
  return order_finish(out, own, c, f, s.size(),
                      [&](std::size_t j) -> const std::optional<figure_span>& { return s[j]; });
}

// `order_outcome` for each observation of a pool in O(log n): the ends of the counted keys'
// intervals are sorted once, and the others certainly and possibly ahead of the subject counted
// by binary search. With the interval of key i replaced by an observation's, only that key's
// part of the counts changes when i is not the subject.
class order_counter {
 public:
  order_counter(const key_spans& pool, const rank_claim& c, const order_field& f)
      : pool_(pool), c_(c), f_(f) {
    for (std::size_t j = 1; j < pool.size(); ++j) {
      if (!f.counted[j]) continue;
      if (!pool[j]) {
        ++missing_;
        continue;
      }
      const figure_span x = good(*pool[j]);
      lows_.push_back(x.first);
      highs_.push_back(x.second.value);
    }
    std::sort(lows_.begin(), lows_.end());
    std::sort(highs_.begin(), highs_.end());
    if (pool[0]) {
      own_ = good(*pool[0]);
      ahead_ = certainly_ahead(own_->second);
      possibly_ = possibly_ahead(own_->first);
    }
  }

  // The outcome with key i's interval replaced by `s`.
  outcome operator()(std::size_t i, const figure_span& s) const {
    if (!f_.member) return outcome::fails;
    order_place out;
    figure_span own;
    std::size_t missing = missing_;
    if (i == 0) {
      own = good(s);
      out.best += certainly_ahead(own.second);
      out.worst += possibly_ahead(own.first);
    } else {
      if (!own_) return outcome::open;
      own = *own_;
      out.best += ahead_;
      out.worst += possibly_;
      if (f_.counted[i]) {
        if (pool_[i]) {
          const figure_span before = good(*pool_[i]);
          out.best -= below(own.second, before.first);
          out.worst -= before.second.value > own.first.value;
        } else {
          --missing;
        }
        const figure_span now = good(s);
        out.best += below(own.second, now.first);
        out.worst += now.second.value > own.first.value;
      }
    }
    out.complete = f_.whole && missing == 0;
    const std::optional<figure_span> replaced = s;
    return order_finish(out, own, c_, f_, pool_.size(),
                        [&](std::size_t j) -> const std::optional<figure_span>& {
                          return j == i ? replaced : pool_[j];
                        })
        .result;
  }

 private:
  figure_span good(const figure_span& x) const { return f_.flip ? flipped(x) : x; }

  // The counted keys whose low end lies above every value up to `high`.
  std::size_t certainly_ahead(const end_key& high) const {
    const auto first = std::partition_point(lows_.begin(), lows_.end(),
                                            [&](const end_key& low) { return !below(high, low); });
    return static_cast<std::size_t>(lows_.end() - first);
  }

  // The counted keys whose high end is above `low`'s value.
  std::size_t possibly_ahead(const end_key& low) const {
    return static_cast<std::size_t>(highs_.end() -
                                    std::upper_bound(highs_.begin(), highs_.end(), low.value));
  }

  const key_spans& pool_;
  const rank_claim& c_;
  const order_field& f_;
  std::vector<end_key> lows_;
  std::vector<double> highs_;
  std::size_t missing_ = 0;
  std::optional<figure_span> own_;
  std::size_t ahead_ = 0, possibly_ = 0;
};

// The keys of an order: the subject, those named ahead and behind, then every other subject
// observed (or, with `among`, every member of the group).
inline std::vector<weighed_key> order_keys(const dataset_parts& d, const rank_claim& c,
                                           order_field& f) {
  std::vector<weighed_key> keys = named_keys(d, c);
  const metric_info& m = d.registry.metric(c.metric);
  f.flip = m.kind == value_kind::rank || !m.higher_is_better;
  std::vector<cited::subject> field;
  if (c.among) {
    f.whole = true;
    for (const country x : members_of(*c.among->as_group(), c.period)) field.emplace_back(x);
    f.member = std::find(field.begin(), field.end(), c.subject) != field.end();
  } else {
    for (const observation_ref& o : refs(d, observations_of(d, c.metric, nullptr, c.period))) {
      if (field.empty() || !(field.back() == o.subject())) field.push_back(o.subject());
    }
  }
  // The field has each subject once: only the keys named by the claim need to be searched.
  const std::size_t named_count = keys.size();
  const auto named = [&](const cited::subject& s) {
    const auto end = keys.begin() + static_cast<std::ptrdiff_t>(named_count);
    return std::find_if(keys.begin(), end,
                        [&](const weighed_key& k) { return k.key.subject == s; }) != end;
  };
  f.counted.assign(keys.size(), !c.among);
  for (std::size_t j = 1; j < keys.size(); ++j) {
    if (c.among) {
      f.counted[j] = std::find(field.begin(), field.end(), keys[j].key.subject) != field.end();
    }
  }
  for (const cited::subject& s : field) {
    if (named(s)) continue;
    keys.push_back(key_of(d, c.metric, s, c.period));
    f.counted.push_back(true);
  }
  return keys;
}

inline weighing weigh_one(const dataset_parts& d, const rank_claim& c, const cited::origin& own,
                          std::vector<weighed_key>& keys) {
  if (d.registry.metric(c.metric).kind == value_kind::rank && !c.among) {
    keys = named_keys(d, c);
    return weigh(keys, own, [&](const key_spans& s) { return place_outcome(s, c); });
  }
  order_field f;
  keys = order_keys(d, c, f);
  return weigh_prepared(keys, own,
                        [&](const key_spans& pool) { return order_counter(pool, c, f); });
}

// The evidence of a claim, and the verdict that follows, into `r` (which holds the verdict,
// reason and missing figures of the first observation of each key).
template <class C>
void weigh_claim(const dataset_parts& d, const C& c, check_result& r) {
  const cited::origin own =
      cited::origin::of(d.registry.source_at(d.registry.source_number(c.source)));
  std::vector<weighed_key> keys;
  weighing w = weigh_one(d, c, own, keys);
  decide(r, std::move(w), keys, own);
}

}  // namespace cited::detail

#endif  // CITED_DATASET_WEIGHING_HPP
