// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_DATASET_QUERIES_HPP
#define CITED_DATASET_QUERIES_HPP

/// The queries on a dataset's observations: `find`, `rank` (`cited::ranking`) and `total`
/// (`cited::total_result`).

#include <cited/catalog/groups.hpp>
#include <cited/config.hpp>
#include <cited/dataset/detail/messages.hpp>
#include <cited/dataset/error.hpp>
#include <cited/dataset/observation_ref.hpp>
#include <cited/dataset/policy.hpp>
#include <cited/value/country.hpp>
#include <cited/value/country_group.hpp>
#include <cited/value/estimate.hpp>

#include <algorithm>
#include <array>
#include <bit>
#include <bitset>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <limits>
#include <numeric>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

namespace cited {

namespace detail {

// The entries of a ranking whose place is not certain.
template <class Entry>
std::vector<Entry> uncertain_entries(const std::vector<Entry>& entries) {
  std::vector<Entry> out;
  for (const Entry& e : entries) {
    if (!e.certain()) out.push_back(e);
  }
  return out;
}

}  // namespace detail

/// The order of subjects by a metric in a period. Each entry has the best and the worst place its
/// figure allows among the figures observed: equal when its place is certain, apart when an
/// interval overlaps another's ("more than 100" against exactly 150). Entries with the same exact
/// figure are tied and share a place. Entries are sorted by best place, then worst place. Each
/// subject takes part with the observation `policy` picked (see `query_policy`).
struct ranking {
  struct entry {
    observation_ref observation;
    std::size_t best;
    std::size_t worst;
    bool tied;
    /// True when the place is certain.
    bool certain() const noexcept { return best == worst; }
  };
  std::vector<entry> entries;
  /// The policy that picked each subject's observation.
  query_policy policy;

  /// The entries whose place is not certain.
  std::vector<entry> uncertain() const { return detail::uncertain_entries(entries); }
};

/// How `dataset::total` treats a country named twice (once alone and once in a group), whether
/// it adds the products and systems located in the countries it counts, and which observation it
/// takes for a part with several.
struct total_options {
  /// Count such a country once instead of refusing the total; likewise a product or system named
  /// in the subject and also brought in by its country (`include_products_and_systems`).
  bool deduplicate = false;
  /// Also add the figures of the products and systems whose country the total counts: a country
  /// named, a group's members at the period, the countries inside a group's own figure. Only
  /// those with a figure of the metric in the period are added; use it when the countries' own
  /// figures leave them out.
  ///
  ///     ds.total("computing_power", "US"_country, y2025, {.include_products_and_systems = true});
  bool include_products_and_systems = false;
  /// Which observation a part takes when it has several (`query_policy::all()` is refused); a
  /// part with none that the policy picks is missing.
  query_policy policy = {};
};

/// A total: the sum of the observed figures' intervals, what was used and what is missing. With
/// figures missing, the total is a lower bound ("at least" the known part), since the metrics
/// that add up are never negative.
struct total_result {
  cited::figure value;
  std::vector<observation_ref> used;
  std::vector<figure_key> missing;
  /// Countries named twice and counted once (with `total_options::deduplicate`).
  std::vector<country> deduplicated;
  /// The policy that picked each part's observation.
  query_policy policy;

  /// True when no figure was missing.
  bool complete() const noexcept { return missing.empty(); }
};

namespace detail {

using order_range = dataset_store::order_range;

// The observations of `metric` in `p` (of `*s` only, when given), in the index; empty when the
// dataset has none. Throws for an unknown metric.
inline order_range observations_of(const dataset_parts& d, std::uint16_t m, const cited::subject* s,
                                   const cited::period& p) {
  const auto pid = d.store.find_period(p);
  if (!pid) return d.store.empty_range();
  const order_range group = d.store.group_range(m, *pid);
  if (!s) return group;
  const auto sid = d.store.find_subject(*s);
  if (!sid) return d.store.empty_range();
  return d.store.subject_range(group, *sid);
}
inline order_range observations_of(const dataset_parts& d, std::string_view metric,
                                   const cited::subject* s, const cited::period& p) {
  return observations_of(d, d.registry.metric_number(metric), s, p);
}

inline std::vector<observation_ref> refs(const dataset_parts& d, order_range range) {
  std::vector<observation_ref> out;
  for (auto [it, end] = range; it != end; ++it) out.push_back(d.ref(*it));
  return out;
}

// --- rank ---

// The intervals of the observations as "goodness": higher is better, flipped where lower is.
struct goodness {
  std::vector<end_key> lows, highs;
  bool all_points = true;
};

inline goodness goodness_of(const dataset_parts& d, const std::vector<std::uint32_t>& obs,
                            const metric_info& m) {
  const bool flip = m.kind == value_kind::rank || !m.higher_is_better;
  goodness g{std::vector<end_key>(obs.size()), std::vector<end_key>(obs.size())};
  const bool estimates = m.kind != value_kind::rank && m.kind != value_kind::share;
  const bool counts = figure_kind(m.kind) == value_kind::count;
  for (std::size_t i = 0; i < obs.size(); ++i) {
    const dataset_store::row& r = d.store.at(obs[i]);
    // An exact count or amount is its own interval; other figures are decoded.
    std::pair<end_key, end_key> ends;
    if (estimates && r.bound == static_cast<std::uint8_t>(bound::exact)) {
      const double v = counts ? static_cast<double>(r.a) : std::bit_cast<double>(r.a);
      ends = {{v, 0}, {v, 0}};
    } else {
      ends = dataset_store::interval_of(r, m.kind);
    }
    auto [lo, hi] = ends;
    if (flip) {
      std::swap(lo, hi);
      lo = {-lo.value, -lo.tilt};
      hi = {-hi.value, -hi.tilt};
    }
    g.lows[i] = lo;
    g.highs[i] = hi;
    g.all_points = g.all_points && is_point(lo, hi);
  }
  return g;
}

// Exact figures, as goodness (higher is better): one sort, best first; equal figures share a
// place, which is certain.
inline ranking rank_exact(const dataset_parts& d, const std::vector<std::uint32_t>& obs,
                          const std::vector<double>& values) {
  const std::size_t n = obs.size();
  ranking out;
  out.entries.reserve(n);
  // Best first, and equal figures in the order given (a stable sort), as one sort of integer
  // pairs: the figure's bits made to sort descending, then its position.
  struct place {
    std::uint64_t key;
    std::uint32_t at;
  };
  std::vector<place> order(n);
  for (std::size_t i = 0; i < n; ++i) {
    const auto bits = std::bit_cast<std::uint64_t>(values[i] + 0.0);  // -0 is +0
    const std::uint64_t ascending = bits >> 63 ? ~bits : bits | (std::uint64_t{1} << 63);
    order[i] = {~ascending, static_cast<std::uint32_t>(i)};
  }
  if (n < 64) {
    std::sort(order.begin(), order.end(), [](const place& x, const place& y) {
      return x.key < y.key || (x.key == y.key && x.at < y.at);
    });
  } else {
    // A stable radix sort by bytes, from the lowest, over the bytes in which the keys differ.
    std::uint64_t any = 0;
    std::uint64_t all = ~std::uint64_t{0};
    for (const place& x : order) {
      any |= x.key;
      all &= x.key;
    }
    std::array<unsigned, 8> shifts{};
    std::size_t digits = 0;
    for (unsigned b = 0; b < 8; ++b) {
      if (((any ^ all) >> (8 * b)) & 0xFFu) shifts[digits++] = 8 * b;
    }
    std::array<std::array<std::uint32_t, 256>, 8> counts;
    for (std::size_t i = 0; i < digits; ++i) counts[i].fill(0);
    for (const place& x : order) {
      for (std::size_t i = 0; i < digits; ++i) ++counts[i][(x.key >> shifts[i]) & 0xFFu];
    }
    std::vector<place> moved(n);
    for (std::size_t i = 0; i < digits; ++i) {
      std::array<std::uint32_t, 256>& c = counts[i];
      std::uint32_t start = 0;
      for (std::uint32_t& k : c) start += std::exchange(k, start);
      for (const place& x : order) moved[c[(x.key >> shifts[i]) & 0xFFu]++] = x;
      order.swap(moved);
    }
  }
  for (std::size_t i = 0; i < n;) {
    std::size_t j = i + 1;
    while (j < n && order[j].key == order[i].key) ++j;
    for (std::size_t k = i; k < j; ++k) {
      out.entries.push_back({d.ref(obs[order[k].at]), i + 1, i + 1, j - i > 1});
    }
    i = j;
  }
  return out;
}

// Intervals: each entry's best place follows from the others certainly ahead, its worst from
// those possibly ahead.
inline ranking rank_intervals(const dataset_parts& d, const std::vector<std::uint32_t>& obs,
                              const goodness& g) {
  const std::size_t n = obs.size();
  ranking out;
  out.entries.reserve(n);
  std::vector<end_key> sorted_lows = g.lows, sorted_highs = g.highs;
  std::sort(sorted_lows.begin(), sorted_lows.end());
  std::sort(sorted_highs.begin(), sorted_highs.end());
  std::vector<double> points;
  for (std::size_t i = 0; i < n; ++i) {
    if (is_point(g.lows[i], g.highs[i])) points.push_back(g.lows[i].value);
  }
  std::sort(points.begin(), points.end());
  for (std::size_t i = 0; i < n; ++i) {
    // Certainly ahead: the other's low end is above this one's high end.
    const auto ahead = static_cast<std::size_t>(
        sorted_lows.end() - std::upper_bound(sorted_lows.begin(), sorted_lows.end(), g.highs[i]));
    // Possibly ahead: the other's high end is above this one's low end (not itself).
    auto possibly = static_cast<std::size_t>(
        sorted_highs.end() - std::upper_bound(sorted_highs.begin(), sorted_highs.end(), g.lows[i]));
    if (g.lows[i] < g.highs[i]) --possibly;
    const bool point = is_point(g.lows[i], g.highs[i]);
    const bool tied =
        point && std::upper_bound(points.begin(), points.end(), g.lows[i].value) -
                         std::lower_bound(points.begin(), points.end(), g.lows[i].value) >
                     1;
    out.entries.push_back({d.ref(obs[i]), ahead + 1, possibly + 1, tied});
  }
  std::stable_sort(out.entries.begin(), out.entries.end(),
                   [](const ranking::entry& x, const ranking::entry& y) {
                     return std::tie(x.best, x.worst) < std::tie(y.best, y.worst);
                   });
  return out;
}

// The ranking of the observations `obs`, one per subject, of metric `m`.
inline ranking rank_of(const dataset_parts& d, const std::vector<std::uint32_t>& obs,
                       const metric_info& m) {
  if (obs.empty()) return {};
  std::vector<double> values(obs.size());
  if (m.kind != value_kind::rank && m.kind != value_kind::share) {
    // Exact counts and amounts, the common case, are ranked from their rows.
    const bool counts = figure_kind(m.kind) == value_kind::count;
    bool exact = true;
    for (std::size_t i = 0; i < obs.size() && exact; ++i) {
      const dataset_store::row& r = d.store.at(obs[i]);
      exact = r.bound == static_cast<std::uint8_t>(bound::exact);
      const double v = counts ? static_cast<double>(r.a) : std::bit_cast<double>(r.a);
      values[i] = m.higher_is_better ? v : -v;
    }
    if (exact) return rank_exact(d, obs, values);
  }
  const goodness g = goodness_of(d, obs, m);
  if (!g.all_points) return rank_intervals(d, obs, g);
  for (std::size_t i = 0; i < obs.size(); ++i) values[i] = g.lows[i].value;
  return rank_exact(d, obs, values);
}

inline ranking rank(const dataset_parts& d, std::string_view metric, const cited::period& p,
                    const query_policy& policy = {}) {
  const std::uint16_t number = d.registry.metric_number(metric);
  const metric_info& m = d.registry.metric_at(number);
  // One entry per subject: the observation the policy picks (disagreeing sources show in
  // conflicts()).
  ranking out = rank_of(
      d, selection(d, policy, "rank").per_subject(observations_of(d, number, nullptr, p)), m);
  out.policy = policy;
  return out;
}

// --- total ---

// The countries that are members of `g` throughout `p`, in country order; throws if the
// membership changed during `p`. One pass over the memberships in the common case, where each
// member's interval covers the whole period.
inline std::vector<country> members_of(const country_group& g, const cited::period& p) {
  std::vector<country> out;
  out.reserve(g.memberships().size());
  bool partial = false;
  // Days as integers that order as the dates do (year, month, day), for valid dates.
  const auto key = [](std::chrono::year_month_day x) {
    return static_cast<int>(x.year()) * 512 +
           static_cast<int>(static_cast<unsigned>(x.month())) * 32 +
           static_cast<int>(static_cast<unsigned>(x.day()));
  };
  const int first = key(p.first_day());
  const int last = key(p.last_day());
  for (const membership& m : g.memberships()) {
    const int from = key(m.from);
    const int until = m.until ? key(*m.until) : std::numeric_limits<int>::max();
    const bool overlaps = from <= last && first < until;
    if (!overlaps) continue;
    if (from <= first && last < until) {
      out.push_back(m.member);
    } else {
      partial = true;
    }
  }
  if (partial) {  // intervals that meet, or a change during the period
    out = g.members_throughout(p);
    if (g.members_during(p) != out) {
      throw dataset_error(dataset_errc::membership_changed, "group:" + std::string(g.id()),
                          "the membership of group:" + std::string(g.id()) + " changed during " +
                              p.to_string() + "; total over a period in which it did not");
    }
    return out;
  }
  if (!std::is_sorted(out.begin(), out.end())) std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// For each country by index, its state plus one when it is a territory (`groups::state_of`),
// otherwise 0.
inline constexpr auto territory_states = [] {
  std::array<std::uint16_t, country_table_size> out{};
  for (std::size_t i = 0; i < out.size(); ++i) {
    const std::optional<country> s =
        groups::state_of(*country::at_index(static_cast<std::uint16_t>(i)));
    out[i] = s ? static_cast<std::uint16_t>(s->index() + 1) : std::uint16_t{0};
  }
  return out;
}();

// The subjects whose figures a total adds, each with the observation picked, and the countries
// they count. A unit taken out again (deduplicated) is marked dropped.
class total_units {
 public:
  // An observation's number or none. Unlike std::optional it has no flag byte, which g++ stores
  // apart and then reads back with the number at once, a stalled store in the hot loop.
  struct found_row {
    static constexpr std::uint32_t none = 0xFFFFFFFFu;  // never an observation's number
    std::uint32_t number = none;
    found_row() = default;
    found_row(std::optional<std::uint32_t> n) : number(n ? *n : none) {}  // NOLINT: implicit
    found_row(std::uint32_t n) : number(n) {}                             // NOLINT: implicit
    explicit operator bool() const noexcept { return number != none; }
    bool has_value() const noexcept { return number != none; }
    std::uint32_t operator*() const noexcept { return number; }
  };
  // A unit is a part of the whole, or a subject the store numbers (a member country by its
  // index, a located product), so that no subject is copied while the total is worked out.
  struct unit {
    const cited::subject* part;  // the part of the whole it is, or null
    std::uint32_t number;        // the store's number of its subject, when `part` is null
    found_row found;
    bool dropped = false;

    static unit of_part(const cited::subject& p, found_row f) { return {&p, 0, f, false}; }
    static unit of_number(std::uint32_t n, found_row f) { return {nullptr, n, f, false}; }
    // Its subject.
    cited::subject subject(const dataset_store& store) const {
      return part ? *part : store.subject_at(number);
    }
  };

  total_units(const dataset_parts& d, order_range group, const cited::subject& whole,
              const cited::period& p, const total_options& options)
      : d_(d),
        group_(group),
        whole_(whole),
        p_(p),
        options_(options),
        selection_(d, options.policy, "total"),
        first_added_(options.policy.kind() == query_policy::rule::first_added) {
    units_.reserve(64);
    counted_.reserve(64);
  }

  // Adds the parts of the whole; notes the countries deduplicated in `deduplicated`.
  const std::vector<unit>& collect(std::vector<country>& deduplicated) {
    deduplicated_ = &deduplicated;
    for (const cited::subject& part : whole_.parts()) {
      if (const auto c = part.as_country()) {
        if (count_country(*c, part, false, units_.size())) {
          units_.push_back(unit::of_part(part, pick_number(c->index())));
        }
      } else if (const country_group* g = part.as_group()) {
        add_group(part, *g);
      } else {
        add_other(part);
      }
    }
    if (options_.include_products_and_systems) add_located();
    return units_;
  }

 private:
  // A country counted so far: which part of the whole brought it in, and its own unit, if it has
  // one (a country inside a group's own figure has none).
  struct counted_country {
    static constexpr std::size_t no_unit = static_cast<std::size_t>(-1);
    country c;
    const cited::subject* part;
    bool as_member;
    std::size_t unit;  // or no_unit

    counted_country(country k, const cited::subject* from, bool member,
                    std::optional<std::size_t> u) noexcept
        : c(k), part(from), as_member(member), unit(u ? *u : no_unit) {}
  };

  // The observation of `u` the policy picks, if any.
  found_row pick(const cited::subject& u) const {
    const auto sid = d_.store.find_subject(u);
    if (!sid) return found_row();
    return pick_number(*sid);
  }
  // The same for the subject numbered `sid` in the store (a country's index).
  found_row pick_number(std::uint32_t sid) const {
    if (first_added_) {  // the first of the subject's observations, in the order added
      const auto it = d_.store.subject_first(group_, sid);
      return it == group_.second ? found_row() : found_row(*it);
    }
    return selection_.one(d_.store.subject_range(group_, sid));
  }

  std::string where(const counted_country& e) const {
    return subject_text(*e.part) +
           (e.as_member ? " (a member throughout " + p_.to_string() + ")" : std::string());
  }

  // Counts `c`, which `part` brings in; `alone` is its own unit, or none when `part` is a group
  // with a figure of its own. False when `c` was counted already and is not counted again.
  bool count_country(country c, const cited::subject& part, bool as_member,
                     std::optional<std::size_t> alone) {
    if (!seen_.test(c.index())) {
      seen_.set(c.index());
      counted_.push_back({c, &part, as_member, alone});
      return true;
    }
    for (counted_country& seen : counted_) {
      if (seen.c != c) continue;
      const std::string what = std::string(c.code()) + " is counted in " + where(seen) +
                               " and again in " + where({c, &part, as_member, alone});
      if (!options_.deduplicate) {
        throw dataset_error(dataset_errc::double_counting, std::string(c.code()),
                            "double counting in " + subject_text(whole_) + " in " + p_.to_string() +
                                ": " + what + "; pass {.deduplicate = true} to count it once");
      }
      if (!alone) {  // the new figure includes c and cannot be split: drop the earlier unit
        if (seen.unit == counted_country::no_unit) {
          throw dataset_error(dataset_errc::double_counting, std::string(c.code()),
                              "cannot deduplicate: " + what + ", and both figures include it");
        }
        units_[seen.unit].dropped = true;
        seen = {c, &part, as_member, std::nullopt};
      }
      deduplicated_->push_back(c);
      return false;
    }
    counted_.push_back({c, &part, as_member, alone});
    return true;
  }

  void add_group(const cited::subject& part, const country_group& g) {
    const std::vector<country> members = members_of(g, p_);
    units_.reserve(units_.size() + members.size() + 1);
    counted_.reserve(counted_.size() + members.size());
    if (const auto direct = pick(part)) {
      // Every member is inside the group's own figure; none can be taken out of it.
      for (const country member : members) {
        static_cast<void>(count_country(member, part, false, std::nullopt));
      }
      units_.push_back(unit::of_part(part, direct));
      return;
    }
    // The members' figures stand in for the group's. When members not counted before have no
    // figure at all, the group's own figure is what is missing.
    const std::size_t before = units_.size();
    bool any = false;
    for (const country member : members) {
      // A territory that is a member as part of a state that is a member too (Réunion and
      // France in the EU) is inside the state's figure as its source reports it; it is added
      // only when it has a figure of its own. In a group without its state (Réunion in Eastern
      // Africa), it counts as any member does.
      const std::uint16_t state = territory_states[member.index()];
      found_row found;
      bool looked = false;
      if (state != 0) {
        const country s = *country::at_index(static_cast<std::uint16_t>(state - 1));
        if (std::binary_search(members.begin(), members.end(), s)) {  // in country order
          found = pick_number(member.index());
          looked = true;
          if (!found) continue;
        }
      }
      if (count_country(member, part, true, units_.size())) {
        if (!looked) found = pick_number(member.index());
        units_.push_back(unit::of_number(member.index(), found));
        any = any || found.has_value();
      }
    }
    if (!any && units_.size() > before) {
      units_.erase(units_.begin() + static_cast<std::ptrdiff_t>(before), units_.end());
      for (counted_country& e : counted_) {
        if (e.part == &part) e.unit = units_.size();
      }
      units_.push_back(unit::of_part(part, found_row()));
    }
  }

  // An organization, a product: counted once, or refused when named twice.
  void add_other(const cited::subject& part) {
    bool repeated = false;
    for (const unit& u : units_) {
      repeated = repeated || (!u.dropped && u.subject(d_.store) == part);
    }
    if (!repeated) {
      units_.push_back(unit::of_part(part, pick(part)));
    } else if (!options_.deduplicate) {
      throw dataset_error(dataset_errc::double_counting, part.to_string(),
                          "double counting in " + subject_text(whole_) + ": " + subject_text(part) +
                              " appears twice; pass {.deduplicate = true} to count it once");
    }
  }

  // The products and systems with a figure in the range whose country was counted: each is added
  // once, and one named in the whole as well is refused, or counted once with deduplicate.
  void add_located() {
    const std::size_t named_units = units_.size();  // those the whole names, to check against
    const auto [begin, end] = group_;
    // The range is sorted by subject number, and countries come first.
    auto it = std::partition_point(
        begin, end, [&](std::uint32_t i) { return d_.store.at(i).subject < first_other_subject; });
    while (it != end) {
      const std::uint32_t id = d_.store.at(*it).subject;
      const std::uint32_t first_row = *it;
      while (it != end && d_.store.at(*it).subject == id) ++it;
      cited::subject s = d_.store.subject_at(id);
      const product* p = s.as_product();
      if (!p || !p->country() || !seen_.test(p->country()->index())) continue;
      const auto named_end = units_.begin() + static_cast<std::ptrdiff_t>(named_units);
      const auto named = std::find_if(units_.begin(), named_end, [&](const unit& u) {
        return !u.dropped && u.subject(d_.store) == s;
      });
      if (named == named_end) {
        units_.push_back(unit::of_number(id, first_row));
      } else if (!options_.deduplicate) {
        throw dataset_error(dataset_errc::double_counting, s.to_string(),
                            "double counting in " + whole_.to_string() + " in " + p_.to_string() +
                                ": " + s.to_string() + " is named and also located in " +
                                std::string(p->country()->code()) +
                                "; pass {.deduplicate = true} to count it once");
      }
    }
  }

  const dataset_parts& d_;
  order_range group_;
  const cited::subject& whole_;
  const cited::period& p_;
  const total_options& options_;
  selection selection_;
  std::vector<unit> units_;
  std::vector<counted_country> counted_;
  // Which countries were counted, by index: the common case, a country not seen, needs no scan.
  std::bitset<std::size(country_table)> seen_;
  std::vector<country>* deduplicated_ = nullptr;
  bool first_added_;
};

// The sum of the units' exact counts, when every unit found is an exact count and the sum fits.
inline std::optional<std::uint64_t> exact_count_sum(const dataset_parts& d,
                                                    const std::vector<total_units::unit>& units,
                                                    const metric_info& m) {
  if (m.kind != value_kind::count) return std::nullopt;
  std::uint64_t sum = 0;
  for (const total_units::unit& u : units) {
    if (!u.found || u.dropped) continue;
    const dataset_store::row& r = d.store.at(*u.found);
    if (r.bound != static_cast<std::uint8_t>(bound::exact) || add_overflow(sum, r.a, sum)) {
      return std::nullopt;
    }
  }
  return sum;
}

// Adds up the units' figures as estimates of V (count or double), noting those used and missing.
template <class V>
estimate<V> sum_units(const dataset_parts& d, const std::vector<total_units::unit>& units,
                      const metric_info& m, const cited::period& p, bool add, total_result& out) {
  estimate<V> sum = estimate<V>::exact(V{0});
  for (const total_units::unit& u : units) {
    if (u.dropped) continue;
    if (!u.found) {
      out.missing.push_back({std::string(m.id), u.subject(d.store), p});
      continue;
    }
    out.used.push_back(d.ref(*u.found));
    if (add) sum = sum + dataset_store::decode_estimate<V>(d.store.at(*u.found));
  }
  if (!out.missing.empty()) sum = sum + estimate<V>::at_least(V{0});  // never negative
  return sum;
}

inline total_result total(const dataset_parts& d, std::string_view metric, const cited::subject& s,
                          const cited::period& p, total_options options) {
  const std::uint16_t number = d.registry.metric_number(metric);
  const metric_info& m = d.registry.metric_at(number);
  if (m.kind == value_kind::ratio) {
    throw dataset_error(dataset_errc::not_additive, std::string(m.id),
                        "cannot total " + std::string(m.id) + " (" + std::string(m.name) +
                            "): it is a ratio (" + std::string(m.numerator) + " per " +
                            detail::readable_number(m.per) + " " + std::string(m.denominator) +
                            "), and ratios do not add up; total its numerator and denominator");
  }
  if (!m.additive) {
    throw dataset_error(
        dataset_errc::not_additive, std::string(m.id),
        "cannot total " + std::string(m.id) + " (" + std::string(m.name) + "): it does not add up");
  }
  total_result out;
  out.policy = options.policy;
  total_units collector(d, observations_of(d, number, nullptr, p), s, p, options);
  const std::vector<total_units::unit>& units = collector.collect(out.deduplicated);
  out.used.reserve(units.size());
  const bool amount = figure_kind(m.kind) == value_kind::amount;  // an amount or a number
  try {
    if (amount) {
      out.value = sum_units<double>(d, units, m, p, true, out);
      return out;
    }
    // Exact counts add as integers, checked for overflow; anything else as estimates.
    const std::optional<std::uint64_t> exact = exact_count_sum(d, units, m);
    estimate<count> sum = sum_units<count>(d, units, m, p, !exact, out);
    if (exact) {
      sum = estimate<count>::exact(count{*exact});
      if (!out.missing.empty()) sum = sum + estimate<count>::at_least(count{0});
    }
    out.value = sum;
  } catch (const std::overflow_error&) {  // a sum of counts past 2^64 - 1, of amounts past a double
    throw dataset_error(dataset_errc::too_large, std::string(m.id),
                        "the total of " + std::string(m.id) + " for " + subject_text(s) + " in " +
                            p.to_string() + " is too large for " +
                            (amount ? "a double" : "a count"));
  }
  return out;
}

}  // namespace detail

}  // namespace cited

#endif  // CITED_DATASET_QUERIES_HPP
