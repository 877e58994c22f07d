// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_DATASET_STORE_HPP
#define CITED_DATASET_STORE_HPP

/// How a dataset holds its observations: packed 32-byte rows that name their subject, period,
/// metric and source by number, and an index sorted by (metric, period, subject) built on the
/// first query after a change.

#include <cited/config.hpp>
#include <cited/dataset/error.hpp>
#include <cited/dataset/registry.hpp>
#include <cited/fact/figure.hpp>
#include <cited/fact/subject.hpp>
#include <cited/json/write.hpp>
#include <cited/value/country.hpp>
#include <cited/value/estimate.hpp>
#include <cited/value/metric.hpp>
#include <cited/value/period.hpp>

#include <algorithm>
#include <bit>
#include <chrono>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <limits>
#include <numeric>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <utility>
#include <variant>
#include <vector>

namespace cited::detail {

// An end of an interval as a sortable key: (value, tilt), where an open low end sorts just above
// its value and an open high end just below. No end at all is -inf or +inf.
struct end_key {
  double value;
  int tilt;
  friend bool operator<(const end_key& a, const end_key& b) noexcept {
    return a.value < b.value || (a.value == b.value && a.tilt < b.tilt);
  }
};

// True when an interval is a single value: an exact figure.
inline bool is_point(const end_key& low, const end_key& high) noexcept {
  return low.value == high.value && low.tilt == 0 && high.tilt == 0;
}

// The first subject number that is not a country's index.
inline constexpr std::uint32_t first_other_subject = 0x10000;

// The observations of a dataset as packed rows, the subjects and periods they name by number,
// and the index.
class dataset_store {
 public:
  struct row {
    std::uint64_t a = 0;  // count, amount bits, rank position, share k
    std::uint64_t b = 0;  // upper or tolerance, rank of, share n
    std::uint32_t subject = 0;
    std::uint32_t period = 0;
    std::uint32_t source = 0;
    std::uint16_t metric = 0;
    std::uint8_t bound = 0;
    std::uint8_t flags = 0;  // status in bits 0-1, "b is set" in bit 2
  };
  static_assert(sizeof(row) == 32);
  static constexpr std::uint8_t has_b = 4;

  using order_iterator = std::vector<std::uint32_t>::const_iterator;
  using order_range = std::pair<order_iterator, order_iterator>;

  // --- rows ---

  std::size_t size() const noexcept { return rows_.size(); }
  const row& at(std::size_t i) const noexcept { return rows_[i]; }
  void reserve(std::size_t n) { rows_.reserve(n); }
  // Appends a row (the caller checks that fewer than 2^32 - 1 are held).
  std::size_t push(const row& r) {
    rows_.push_back(r);
    return rows_.size() - 1;
  }
  // Drops the rows and the index; the subjects and periods stay.
  void clear_rows() {
    rows_.clear();
    order_.clear();
    group_starts_.clear();
    indexed_ = 0;
  }

  // --- subjects and periods by number ---

  std::optional<std::uint32_t> find_subject(const cited::subject& s) const {
    if (s.kind() == subject_kind::country) return s.as_country()->index();
    const auto it = subject_ids_.find(s.to_string());
    if (it == subject_ids_.end()) return std::nullopt;
    return it->second;
  }
  // The number of `s`, numbered now if it is new (and its parts remembered in `names`).
  std::uint32_t subject_number(const cited::subject& s, dataset_registry& names) {
    if (const auto c = s.as_country()) return c->index();
    std::string text = s.to_string();
    if (const auto it = subject_ids_.find(text); it != subject_ids_.end()) return it->second;
    names.remember(s);
    const auto id = static_cast<std::uint32_t>(first_other_subject + subjects_.size());
    subjects_.push_back(s);
    subject_ids_.emplace(std::move(text), id);
    return id;
  }
  cited::subject subject_at(std::uint32_t id) const {
    if (id < first_other_subject) return *country::at_index(static_cast<std::uint16_t>(id));
    return subjects_[id - first_other_subject];
  }

  std::optional<std::uint32_t> find_period(const cited::period& p) const {
    const auto it = period_ids_.find(period_key(p));
    if (it == period_ids_.end()) return std::nullopt;
    return it->second;
  }
  std::uint32_t period_number(const cited::period& p) {
    const std::uint64_t key = period_key(p);
    if (const auto it = period_ids_.find(key); it != period_ids_.end()) return it->second;
    const auto id = static_cast<std::uint32_t>(periods_.size());
    periods_.push_back(p);
    period_ids_.emplace(key, id);
    return id;
  }
  const cited::period& period_at(std::uint32_t id) const noexcept { return periods_[id]; }

  // --- figures in rows ---

  // The error for a negative figure of an additive metric. The figures of a metric that adds up
  // are never negative, so that a total with a figure missing is at least the sum of the others.
  static dataset_error negative_amount(const metric_info& m, std::string_view x) {
    return dataset_error(dataset_errc::bad_value, std::string(m.id),
                         std::string(m.id) + " adds up, and its figures are never negative; got " +
                             detail::quoted(x));
  }

  // A row holding `f`, which must be of `m`'s kind; the caller fills in the numbers.
  static row encode(const figure& f, const metric_info& m) {
    if (kind_of(f) != figure_kind(m.kind)) {
      static constexpr std::string_view kinds[] = {"a count",   "a rank",   "a share",
                                                   "an amount", "a number", "a ratio"};
      // An estimate<double> reads as the kind of number the metric takes.
      const value_kind given = kind_of(f) == value_kind::amount ? value_kind::number : kind_of(f);
      throw dataset_error(dataset_errc::wrong_figure_kind, std::string(m.id),
                          std::string(m.id) + " takes " +
                              std::string(kinds[static_cast<std::size_t>(m.kind)]) + ", not " +
                              std::string(kinds[static_cast<std::size_t>(given)]));
    }
    row r;
    if (const auto* c = std::get_if<estimate<count>>(&f)) {
      for (const auto& x : {c->value(), c->upper(), c->tolerance()}) {
        if (x && x->value() >= (std::uint64_t{1} << 53)) {
          throw dataset_error(
              dataset_errc::too_large, std::string(m.id),
              "a dataset holds counts below 2^53, which JSON and CSV carry exactly");
        }
      }
      encode_estimate(*c, r, [](count x) { return x.value(); });
    } else if (const auto* d = std::get_if<estimate<double>>(&f)) {
      for (const auto& x : {d->value(), d->upper(), d->tolerance()}) {
        if (x && !std::isfinite(*x)) {
          throw dataset_error(dataset_errc::bad_value, std::string(m.id),
                              m.kind == value_kind::amount ? "an amount is a finite number"
                                                           : "a number or a ratio is finite");
        }
        if (x && m.additive && *x < 0) throw negative_amount(m, cited::to_json(*x));
      }
      encode_estimate(*d, r, [](double x) { return std::bit_cast<std::uint64_t>(x); });
    } else if (const auto* k = std::get_if<cited::rank>(&f)) {
      r.a = k->position();
      r.b = k->of().value_or(0);
    } else {
      const share& s = std::get<share>(f);
      r.a = s.k();
      r.b = s.n();
    }
    return r;
  }

  // The estimate of a count (V = count) or an amount (V = double) in a row.
  template <class V>
  static estimate<V> decode_estimate(const row& r) {
    const auto value = [](std::uint64_t x) {
      if constexpr (std::is_same_v<V, count>) {
        return count(x);
      } else {
        return std::bit_cast<double>(x);
      }
    };
    const auto b = static_cast<cited::bound>(r.bound);
    detail::estimate_data<V> p{b, std::nullopt, std::nullopt, std::nullopt};
    if (b != bound::unbounded) p.value = value(r.a);
    if (r.flags & has_b) (b == bound::between ? p.upper : p.tolerance) = value(r.b);
    return proxy_form<estimate<V>>::from_proxy(std::move(p));
  }

  static figure decode(const row& r, value_kind kind) {
    switch (figure_kind(kind)) {
      case value_kind::count:
        return decode_estimate<count>(r);
      case value_kind::amount:
        return decode_estimate<double>(r);
      case value_kind::rank:
        return r.b ? cited::rank(static_cast<std::uint32_t>(r.a), static_cast<std::uint32_t>(r.b))
                   : cited::rank(static_cast<std::uint32_t>(r.a));
      default:
        return share(r.a, r.b);
    }
  }

  // The interval a row's figure allows, as sortable ends: a rank's position, a share's ratio, or
  // the interval of the estimate (`estimate::interval`).
  static std::pair<end_key, end_key> interval_of(const row& r, value_kind kind) {
    if (kind == value_kind::rank) {
      const auto v = static_cast<double>(r.a);
      return {{v, 0}, {v, 0}};
    }
    if (kind == value_kind::share) {
      const double v = r.b == 0 ? 0.0 : static_cast<double>(r.a) / static_cast<double>(r.b);
      return {{v, 0}, {v, 0}};
    }
    if (kind == value_kind::count) {
      return ends_of(decode_estimate<count>(r).interval(),
                     [](count x) { return static_cast<double>(x.value()); });
    }
    return ends_of(decode_estimate<double>(r).interval(), [](double x) { return x; });
  }

  // True when two rows' figures cannot both be true.
  static bool disjoint(const row& x, const row& y, value_kind kind) {
    if (kind == value_kind::rank) return x.a != y.a || (x.b != 0 && y.b != 0 && x.b != y.b);
    if (kind == value_kind::share) return x.b == y.b && x.a != y.a;  // k of the same n
    const auto [xl, xh] = interval_of(x, kind);
    const auto [yl, yh] = interval_of(y, kind);
    const auto below = [](const end_key& high, const end_key& low) {
      return high.value < low.value || (high.value == low.value && (high.tilt < 0 || low.tilt > 0));
    };
    return below(xh, yl) || below(yh, xl);
  }

  // --- the index ---

  static bool same_group(const row& x, const row& y, bool with_subject) noexcept {
    return x.metric == y.metric && x.period == y.period &&
           (!with_subject || x.subject == y.subject);
  }

  // Sorts the observations by (metric, period, subject, order added) and notes where each
  // (metric, period) group starts and ends.
  void prepare() const {
    if (indexed_ == rows_.size() && order_.size() == rows_.size()) return;
    order_.resize(rows_.size());
    std::iota(order_.begin(), order_.end(), std::uint32_t{0});
    std::sort(order_.begin(), order_.end(), [&](std::uint32_t i, std::uint32_t j) {
      const row& x = rows_[i];
      const row& y = rows_[j];
      return std::tie(x.metric, x.period, x.subject, i) <
             std::tie(y.metric, y.period, y.subject, j);
    });
    group_starts_.clear();
    for (std::size_t i = 0; i < order_.size(); ++i) {
      const row& r = rows_[order_[i]];
      if (i == 0 || !same_group(rows_[order_[i - 1]], r, false)) {
        group_starts_.push_back({group_key(r.metric, r.period), static_cast<std::uint32_t>(i)});
      }
    }
    group_starts_.shrink_to_fit();
    indexed_ = rows_.size();
  }

  // The observations in index order.
  const std::vector<std::uint32_t>& order() const {
    prepare();
    return order_;
  }

  // The observations of a (metric, period) group, in the index.
  order_range group_range(std::uint16_t metric, std::uint32_t period) const {
    prepare();
    const std::uint64_t key = group_key(metric, period);
    const auto g = std::lower_bound(group_starts_.begin(), group_starts_.end(), key,
                                    [](const std::pair<std::uint64_t, std::uint32_t>& x,
                                       std::uint64_t y) { return x.first < y; });
    if (g == group_starts_.end() || g->first != key) return empty_range();
    return range_of(g);
  }
  order_range empty_range() const noexcept { return {order_.cend(), order_.cend()}; }

  // Calls `f(period, range)` for each (metric, period) group of `metric`, in the order of the
  // period numbers: a binary search, then one step per period of the metric.
  template <class F>
  void for_each_group(std::uint16_t metric, F f) const {
    prepare();
    auto g = std::lower_bound(group_starts_.begin(), group_starts_.end(), group_key(metric, 0),
                              [](const std::pair<std::uint64_t, std::uint32_t>& x,
                                 std::uint64_t y) { return x.first < y; });
    for (; g != group_starts_.end() && (g->first >> 32) == metric; ++g) {
      f(static_cast<std::uint32_t>(g->first & 0xFFFFFFFFu), range_of(g));
    }
  }

  // The first observation of one subject within a group's range, or the range's end. A group
  // with one observation per country holds country i at position i: that place is tried first,
  // then a binary search.
  order_iterator subject_first(const order_range& group, std::uint32_t subject) const {
    const auto n = static_cast<std::size_t>(group.second - group.first);
    if (subject < n) {
      const order_iterator guess = group.first + static_cast<std::ptrdiff_t>(subject);
      if (rows_[*guess].subject == subject &&
          (guess == group.first || rows_[*std::prev(guess)].subject < subject)) {
        return guess;
      }
    }
    const auto below = [&](std::uint32_t i, std::uint32_t x) { return rows_[i].subject < x; };
    const auto from = std::lower_bound(group.first, group.second, subject, below);
    return from != group.second && rows_[*from].subject == subject ? from : group.second;
  }

  // The observations of one subject within a group's range.
  order_range subject_range(const order_range& group, std::uint32_t subject) const {
    const order_iterator from = subject_first(group, subject);
    auto to = from;
    while (to != group.second && rows_[*to].subject == subject) ++to;  // one per source
    return {from, to};
  }

 private:
  template <class V, class Bits>
  static void encode_estimate(const estimate<V>& e, row& r, Bits bits) {
    r.bound = static_cast<std::uint8_t>(e.kind());
    if (e.value()) r.a = bits(*e.value());
    std::optional<V> second = e.upper() ? e.upper() : e.tolerance();
    if (second) {
      r.b = bits(*second);
      r.flags |= has_b;
    }
  }

  using group_iterator = std::vector<std::pair<std::uint64_t, std::uint32_t>>::const_iterator;
  // The observations of the group that starts at `g`.
  order_range range_of(group_iterator g) const {
    const auto last = std::next(g) == group_starts_.end() ? order_.cend()
                                                          : order_.cbegin() + std::next(g)->second;
    return {order_.cbegin() + g->second, last};
  }

  template <class V, class Number>
  static std::pair<end_key, end_key> ends_of(const interval<V>& i, Number number) {
    constexpr double inf = std::numeric_limits<double>::infinity();
    const end_key low =
        i.low.value ? end_key{number(*i.low.value), i.low.open ? 1 : 0} : end_key{-inf, 0};
    const end_key high =
        i.high.value ? end_key{number(*i.high.value), i.high.open ? -1 : 0} : end_key{inf, 0};
    return {low, high};
  }

  static std::uint64_t period_key(const cited::period& p) {
    using namespace std::chrono;
    const auto first =
        static_cast<std::uint32_t>(sys_days(p.first_day()).time_since_epoch().count());
    const auto span =
        static_cast<std::uint64_t>((sys_days(p.last_day()) - sys_days(p.first_day())).count());
    return (std::uint64_t{first} << 32) | (span << 5) |
           (static_cast<std::uint64_t>(p.precision()) << 3) |
           (static_cast<std::uint64_t>(p.end_precision()) << 1) | (p.is_range() ? 1u : 0u);
  }

  static std::uint64_t group_key(std::uint16_t metric, std::uint32_t period) noexcept {
    return (std::uint64_t{metric} << 32) | period;
  }

  std::vector<row> rows_;
  std::vector<cited::subject> subjects_;
  std::unordered_map<std::string, std::uint32_t> subject_ids_;
  std::vector<cited::period> periods_;
  std::unordered_map<std::uint64_t, std::uint32_t> period_ids_;
  mutable std::vector<std::uint32_t> order_;
  // Where each (metric, period) group starts in order_, sorted by group.
  mutable std::vector<std::pair<std::uint64_t, std::uint32_t>> group_starts_;
  mutable std::size_t indexed_ = 0;
};

}  // namespace cited::detail

#endif  // CITED_DATASET_STORE_HPP
