// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_VALUE_ESTIMATE_HPP
#define CITED_VALUE_ESTIMATE_HPP

/// How exactly a value is known: `cited::estimate<V>`, "more than 100,000", "about 1.2 EFLOP/s",
/// "between 10 and 20". Comparisons follow the intervals the estimates stand for, and sums add
/// the intervals.

#include <cited/reflect/form.hpp>
#include <cited/value/counts.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <compare>
#include <concepts>
#include <cstdint>
#include <limits>
#include <optional>
#include <ostream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <utility>

namespace cited {

/// What an estimate says of the true value.
enum class bound : std::uint8_t {
  exact,          ///< it is the value
  at_least,       ///< it is the value or more
  more_than,      ///< it is above the value
  at_most,        ///< it is the value or less
  less_than,      ///< it is below the value
  approximately,  ///< it is near the value (within a tolerance, when one is given)
  between,        ///< it is within [value, upper]
  unbounded,      ///< nothing is known: what "at least 1" plus "at most 4" gives
};
BOOST_DESCRIBE_ENUM(bound, exact, at_least, more_than, at_most, less_than, approximately, between,
                    unbounded)

namespace detail {

// v - t, but not below zero for a count; a measure subtracts its values.
template <class V>
constexpr V lower_by(const V& v, const V& t) {
  if constexpr (std::same_as<V, count>) {
    return t > v ? count() : count(v.value() - t.value());
  } else if constexpr (requires { typename V::metric_type; }) {
    return V(detail::lower_by(v.value(), t.value()));
  } else {
    return v - t;
  }
}

// Values of V that are whole numbers and never negative, where "more than 5" is "at least 6".
template <class V>
constexpr bool counts_like = std::same_as<V, count>;

// For counts, by bound (in the order of `bound`): which candidate is the low end of the closed
// interval, {0, v, v + 1, v - tolerance}, and which is the high end, {no limit, v, v - 1, upper,
// v + tolerance}; `approximately` without a tolerance takes candidate 0 for both.
inline constexpr std::uint8_t count_low_pick[8] = {1, 1, 2, 0, 0, 3, 1, 0};
inline constexpr std::uint8_t count_high_pick[8] = {1, 0, 0, 1, 2, 4, 3, 0};
// The same for the raw ends that sums add, before a count's open ends are closed: whether the
// low end is {none, v, v open, v - tolerance}, and the high end {none, v, v open, upper,
// v + tolerance}.
inline constexpr std::uint8_t count_raw_low[8] = {1, 1, 2, 0, 0, 3, 1, 0};
inline constexpr std::uint8_t count_raw_high[8] = {1, 0, 0, 1, 2, 4, 3, 0};

// c ? x : y, with a mask rather than a branch.
constexpr std::uint64_t select_if(bool c, std::uint64_t x, std::uint64_t y) noexcept {
  const std::uint64_t mask = std::uint64_t{0} - static_cast<std::uint64_t>(c);
  return (x & mask) | (y & ~mask);
}

// Not constexpr: a constant expression that calls one of these does not compile.
inline void estimate_error_between_runs_backwards() {}
inline void estimate_error_negative_tolerance() {}
inline void estimate_error_empty_interval() {}
inline void estimate_error_overflow() {}

}  // namespace detail

/// One end of the interval an estimate stands for: a value, closed or open, or no limit (no
/// value). "more than 5" of a `double` starts at 5, open; of a count, at 6, closed.
template <class V>
struct interval_end {
  std::optional<V> value;  ///< none: no limit
  bool open = false;       ///< true when the value itself is not in the interval

  friend constexpr bool operator==(const interval_end&, const interval_end&) = default;
};

/// The interval an estimate stands for: its low and high ends (see `estimate::interval`).
template <class V>
struct interval {
  interval_end<V> low;
  interval_end<V> high;

  friend constexpr bool operator==(const interval&, const interval&) = default;
};

/// A value `V` known exactly or within bounds. Make one with the named constructors:
///
///     auto derivatives = cited::estimate<cited::count>::more_than(cited::count{100000});
///     derivatives > cited::estimate<cited::count>::exact(cited::count{90000});   // true
///
/// `<=>` orders by the intervals the estimates stand for and returns std::partial_ordering:
/// "more than 100,000" is greater than exactly 100,000 and than exactly 90,000, but unordered
/// with exactly 150,000, which it may or may not exceed. Equivalent means both are the same exact
/// value. `==` is structural instead (same bound, same numbers), so that the type stays regular:
/// `more_than(5) == more_than(5)` although neither is known to equal the other. `<` is therefore
/// only a partial order: sort estimates, or key ordered containers by them, with a comparator of
/// your own. For counts, which are whole and never negative, "more than 5" and "at least 6" order
/// alike.
template <class V>
class estimate {
 public:
  using value_type = V;

  static constexpr estimate exact(V v) { return estimate(bound::exact, v); }
  static constexpr estimate at_least(V v) { return estimate(bound::at_least, v); }
  /// Above `v`; for a count, `v` must not be the largest count.
  static constexpr estimate more_than(V v) {
    if constexpr (detail::counts_like<V>) {
      if (v.value() == std::numeric_limits<std::uint64_t>::max()) empty_interval();
    }
    return estimate(bound::more_than, v);
  }
  static constexpr estimate at_most(V v) { return estimate(bound::at_most, v); }
  /// Below `v`; for a count, `v` must not be 0.
  static constexpr estimate less_than(V v) {
    if constexpr (detail::counts_like<V>) {
      if (v.value() == 0) empty_interval();
    }
    return estimate(bound::less_than, v);
  }
  /// "About v", with no stated tolerance: ordered against nothing.
  static constexpr estimate approximately(V v) { return estimate(bound::approximately, v); }
  /// "v ± tolerance"; the tolerance must not be negative, and v + tolerance must exist.
  static constexpr estimate approximately(V v, V tolerance) requires requires(V x) { x + x; }
  {
    if constexpr (requires { V{}; }) {
      if (!(tolerance >= V{})) {  // negative, or not a number
        if (std::is_constant_evaluated()) detail::estimate_error_negative_tolerance();
        throw std::invalid_argument("cited: a tolerance is not negative");
      }
    }
    static_cast<void>(v + tolerance);  // throws now, for a count, rather than when compared
    estimate e(bound::approximately, v);
    e.second_ = tolerance;
    return e;
  }
  /// Within [low, high]; throws std::invalid_argument unless low <= high (a constant expression
  /// with low > high does not compile).
  static constexpr estimate between(V low, V high) {
    if (!(low <= high)) {  // backwards, or not a number
      if (std::is_constant_evaluated()) detail::estimate_error_between_runs_backwards();
      throw std::invalid_argument("cited: between(low, high) needs low <= high");
    }
    estimate e(bound::between, low);
    e.second_ = high;
    return e;
  }
  /// Nothing known; the same as `unbounded()`.
  constexpr estimate() noexcept = default;
  /// Nothing known.
  static constexpr estimate unbounded() noexcept { return estimate(); }

  /// The bound.
  constexpr cited::bound kind() const noexcept { return bound_; }
  /// The value the bound is about (the low end of `between`); none when unbounded.
  constexpr const std::optional<V>& value() const noexcept { return first_; }
  /// The high end of `between`.
  constexpr std::optional<V> upper() const {
    return bound_ == bound::between ? second_ : std::nullopt;
  }
  /// The tolerance of `approximately`, when given.
  constexpr std::optional<V> tolerance() const {
    return bound_ == bound::approximately ? second_ : std::nullopt;
  }
  /// True for an exact value.
  constexpr bool is_exact() const noexcept { return bound_ == bound::exact; }

  /// The lowest value the estimate allows (none: no limit). For a count, whole and never
  /// negative, the end is closed: "more than 5" starts at 6, and an unlimited low end is 0.
  constexpr interval_end<V> low_end() const {
    auto end = raw_low();
    if constexpr (detail::counts_like<V>) {
      if (!end.value) return {count(), false};
      if (end.open) return {count(end.value->value() + 1), false};
    }
    return end;
  }
  /// The highest value the estimate allows (none: no limit); for a count, closed as above.
  constexpr interval_end<V> high_end() const {
    auto end = raw_high();
    if constexpr (detail::counts_like<V>) {
      if (end.value && end.open) return {count(end.value->value() - 1), false};
    }
    return end;
  }
  /// The interval the estimate stands for, `{low_end(), high_end()}`:
  ///
  ///     estimate<count>::more_than(count{5}).interval().low.value == count{6}
  constexpr cited::interval<V> interval() const { return {low_end(), high_end()}; }

 private:
  // The ends as the bound states them, open or closed; sums add these.
  constexpr interval_end<V> raw_low() const {
    switch (bound_) {
      case bound::exact:
      case bound::at_least:
      case bound::between:
        return {first_, false};
      case bound::more_than:
        return {first_, true};
      case bound::approximately:
        if (second_) return {detail::lower_by(*first_, *second_), false};
        return {};
      default:
        return {};
    }
  }
  constexpr interval_end<V> raw_high() const {
    switch (bound_) {
      case bound::exact:
      case bound::at_most:
        return {first_, false};
      case bound::less_than:
        return {first_, true};
      case bound::between:
        return {second_, false};
      case bound::approximately:
        if (second_) return {*first_ + *second_, false};
        return {};
      default:
        return {};
    }
  }

 public:
  /// Structural equality: same bound, same numbers.
  friend constexpr bool operator==(const estimate&, const estimate&) = default;

  /// Interval order (see the class comment).
  friend constexpr std::partial_ordering operator<=>(
      const estimate& a, const estimate& b) requires std::totally_ordered<V> {
    if constexpr (detail::counts_like<V>) {  // closed whole-number intervals, without branches
      const count_span x = a.count_interval();
      const count_span y = b.count_interval();
      if (a.bound_ == bound::exact && b.bound_ == bound::exact && x.low == y.low) {
        return std::partial_ordering::equivalent;
      }
      if (x.high < y.low) return std::partial_ordering::less;
      if (y.high < x.low) return std::partial_ordering::greater;
      return std::partial_ordering::unordered;
    }
    if (a.bound_ == bound::exact && b.bound_ == bound::exact && *a.first_ == *b.first_) {
      return std::partial_ordering::equivalent;
    }
    if (before(a.high_end(), b.low_end())) return std::partial_ordering::less;
    if (before(b.high_end(), a.low_end())) return std::partial_ordering::greater;
    return std::partial_ordering::unordered;
  }

  /// The sum of two estimates: the sum of their intervals, as a bound (exact 3 + at least 2 is
  /// at least 5; at least 1 + at most 4 is unbounded). Approximate values add as approximately,
  /// with the tolerances added when both are given.
  friend constexpr estimate operator+(const estimate& a, const estimate& b) requires requires(V x) {
    x + x;
  }
  {
    if constexpr (detail::counts_like<V>) {
      if (interval_sum(a, b)) {
        estimate sum = a;
        sum.add_count_intervals(b);
        return sum;
      }
    }
    if (a.bound_ == bound::unbounded || b.bound_ == bound::unbounded) return unbounded();
    const bool centred_a = a.bound_ == bound::exact || a.bound_ == bound::approximately;
    const bool centred_b = b.bound_ == bound::exact || b.bound_ == bound::approximately;
    if (centred_a && centred_b) {
      const V sum = plus(*a.first_, *b.first_);
      if (a.is_exact() && b.is_exact()) return exact(sum);
      const bool known = (a.is_exact() || a.second_) && (b.is_exact() || b.second_);
      if (!known) return approximately(sum);
      const V ta = a.is_exact() ? *b.second_ : *a.second_;
      return approximately(sum, a.is_exact() || b.is_exact() ? ta : plus(*a.second_, *b.second_));
    }
    const auto add = [](const interval_end<V>& x, const interval_end<V>& y) {
      interval_end<V> r;
      if (x.value && y.value) r = {plus(*x.value, *y.value), x.open || y.open};
      return r;
    };
    const auto low = add(a.raw_low(), b.raw_low());
    const auto high = add(a.raw_high(), b.raw_high());
    if (low.value && high.value) return between(*low.value, *high.value);  // both closed here
    if (low.value) return low.open ? more_than(*low.value) : at_least(*low.value);
    if (high.value) return high.open ? less_than(*high.value) : at_most(*high.value);
    return unbounded();
  }
  /// `*this = *this + b`.
  constexpr estimate& operator+=(const estimate& b) requires requires(V x) { x + x; }
  {
    if constexpr (detail::counts_like<V>) {
      if (interval_sum(*this, b)) {  // in place
        add_count_intervals(b);
        return *this;
      }
    }
    return *this = *this + b;
  }

 private:
  template <class W>
  friend constexpr bool certainly_greater(const estimate<W>& a, const estimate<W>& b);

  // For counts: the closed interval as whole numbers, no low limit being 0 and no high limit the
  // largest count; it orders as `interval()` does. Computed from tables rather than branches,
  // since the bounds of figures side by side vary.
  struct count_span {
    std::uint64_t low;
    std::uint64_t high;
  };
  constexpr count_span count_interval() const noexcept requires detail::counts_like<V> {
    const std::uint64_t v = first_ ? first_->value() : 0;
    const std::uint64_t w = second_ ? second_->value() : 0;
    const auto b = static_cast<std::size_t>(bound_);
    // `approximately` without a tolerance allows any count.
    const bool open_ended = bound_ == bound::approximately && !second_;
    const std::uint64_t lows[4] = {0, v, v + 1, v > w ? v - w : 0};
    const std::uint64_t highs[5] = {std::numeric_limits<std::uint64_t>::max(), v, v - 1, w, v + w};
    return {lows[open_ended ? 0 : detail::count_low_pick[b]],
            highs[open_ended ? 0 : detail::count_high_pick[b]]};
  }

  // For counts: the raw ends that sums add (see `raw_low` and `raw_high`), with masks.
  struct count_ends {
    std::uint64_t low, high;
    bool has_low, has_high, open_low, open_high;
  };
  constexpr count_ends raw_count_ends() const noexcept requires detail::counts_like<V> {
    using detail::select_if;
    const std::uint64_t v = first_.value_or(V()).value();
    const std::uint64_t w = second_.value_or(V()).value();
    const auto b = static_cast<std::size_t>(bound_);
    const bool open_ended = bound_ == bound::approximately && !second_;
    const std::uint8_t lo = open_ended ? 0 : detail::count_raw_low[b];
    const std::uint8_t hi = open_ended ? 0 : detail::count_raw_high[b];
    return {select_if(lo == 3, v > w ? v - w : 0, v),
            select_if(hi == 3, w, select_if(hi == 4, v + w, v)),
            lo != 0,
            hi != 0,
            lo == 2,
            hi == 2};
  }

  // True when neither is unbounded and not both are centred (exact or about a value): the sums
  // `add_count_intervals` makes.
  static constexpr bool interval_sum(const estimate& a, const estimate& b) noexcept {
    const auto centred = [](cited::bound k) {
      return k == bound::exact || k == bound::approximately;
    };
    return a.bound_ != bound::unbounded && b.bound_ != bound::unbounded &&
           !(centred(a.bound_) && centred(b.bound_));
  }

  // this + b for counts, where `interval_sum(*this, b)`: the sum of their raw ends, as
  // `operator+` makes it, written in place; throws as `count` does past 2^64 - 1.
  constexpr void add_count_intervals(const estimate& b) requires detail::counts_like<V> {
    const count_ends x = raw_count_ends();
    const count_ends y = b.raw_count_ends();
    const bool has_low = x.has_low && y.has_low;
    const bool has_high = x.has_high && y.has_high;
    std::uint64_t low = 0;
    std::uint64_t high = 0;
    if ((has_low && add_overflows(x.low, y.low, low)) ||
        (has_high && add_overflows(x.high, y.high, high))) {
      if (std::is_constant_evaluated()) detail::count_error_overflow();
      throw std::overflow_error("cited: count overflow");  // as count's operator+
    }
    if (has_low && has_high) {  // both ends closed here, and low <= high
      *this = estimate(bound::between, count(low));
      second_ = count(high);
    } else if (has_low) {
      *this = x.open_low || y.open_low ? more_than(count(low)) : at_least(count(low));
    } else if (has_high) {
      *this = x.open_high || y.open_high ? less_than(count(high)) : at_most(count(high));
    } else {
      *this = unbounded();
    }
  }

  // x + y into `sum`; true when it wraps past 2^64 - 1.
  static constexpr bool add_overflows(std::uint64_t x, std::uint64_t y,
                                      std::uint64_t& sum) noexcept {
    sum = x + y;
    return sum < x;
  }

 public:
  /// "more than 100,000", "about 1.2 EFLOP/s ± 0.1 EFLOP/s", "between 10 and 20", "unknown".
  template <class CharT, class Traits>
  friend std::basic_ostream<CharT, Traits>& operator<<(std::basic_ostream<CharT, Traits>& os,
                                                       const estimate& e) {
    switch (e.bound_) {
      case bound::exact:
        return os << *e.first_;
      case bound::at_least:
        return os << "at least " << *e.first_;
      case bound::more_than:
        return os << "more than " << *e.first_;
      case bound::at_most:
        return os << "at most " << *e.first_;
      case bound::less_than:
        return os << "less than " << *e.first_;
      case bound::approximately:
        os << "about " << *e.first_;
        if (e.second_) os << " \u00B1 " << *e.second_;
        return os;
      case bound::between:
        return os << "between " << *e.first_ << " and " << *e.second_;
      default:
        return os << "unknown";
    }
  }

 private:
  constexpr estimate(cited::bound b, V v) : first_(v), bound_(b) {}

  // x + y; for floating-point values, throws std::overflow_error where finite values add up to
  // infinity, as a count does past its largest value.
  static constexpr V plus(const V& x, const V& y) {
    const V sum = x + y;
    if constexpr (std::is_floating_point_v<V>) {
      if (sum - sum != 0 && x - x == 0 && y - y == 0) {  // infinite, from finite values
        if (std::is_constant_evaluated()) detail::estimate_error_overflow();
        throw std::overflow_error("cited: the sum is too large to be finite");
      }
    }
    return sum;
  }

  [[noreturn]] static void empty_interval_thrown() {
    throw std::invalid_argument("cited: no count is below 0 or above the largest count");
  }
  static constexpr void empty_interval() {
    if (std::is_constant_evaluated()) detail::estimate_error_empty_interval();
    empty_interval_thrown();
  }

  // True when every value up to `high` lies below every value from `low`.
  static constexpr bool before(const interval_end<V>& high, const interval_end<V>& low) {
    if (!high.value || !low.value) return false;
    if (*high.value < *low.value) return true;
    return *high.value == *low.value && (high.open || low.open);
  }

  std::optional<V> first_;
  std::optional<V> second_;  // the upper end of between, or the tolerance of approximately
  cited::bound bound_ = bound::unbounded;
};

/// True when `a` is above `b` whatever their true values are.
template <class V>
constexpr bool certainly_greater(const estimate<V>& a, const estimate<V>& b) {
  if constexpr (detail::counts_like<V>) {
    // `greater` exactly when b's interval ends below a's: then the two are neither the same
    // exact value nor `less`, as every interval's low end is at most its high end.
    return b.count_interval().high < a.count_interval().low;
  }
  return (a <=> b) == std::partial_ordering::greater;
}

/// True when `a` may be above `b`: some value `a` allows exceeds some value `b` allows.
template <class V>
constexpr bool possibly_greater(const estimate<V>& a, const estimate<V>& b) {
  const auto high = a.high_end();
  const auto low = b.low_end();
  if (!high.value || !low.value) return true;
  if (*low.value < *high.value) return true;
  return false;
}

/// The string of an estimate, as it streams.
template <class V>
std::string to_string(const estimate<V>& e) {
  std::ostringstream os;
  os << e;
  return os.str();
}

namespace detail {

template <class V>
struct estimate_data {
  cited::bound bound;
  std::optional<V> value;
  std::optional<V> upper;
  std::optional<V> tolerance;
  BOOST_DESCRIBE_CLASS(estimate_data, (), (bound, value, upper, tolerance), (), ())
};

}  // namespace detail

/// An estimate is written `{"bound": "more_than", "value": 100000}`, with `upper` for `between`
/// and `tolerance` for `approximately` when it has one; `{"bound": "unbounded"}` has no value.
/// Other combinations are refused when read.
template <class V>
struct proxy_form<estimate<V>> {
  using proxy = detail::estimate_data<V>;
  static proxy to_proxy(const estimate<V>& e) {
    return {e.kind(), e.value(), e.upper(), e.tolerance()};
  }
  static estimate<V> from_proxy(proxy&& p) {
    const bool needs_value = p.bound != bound::unbounded;
    if (needs_value != p.value.has_value()) {
      throw std::invalid_argument(needs_value ? "this bound needs a value"
                                              : "an unbounded estimate has no value");
    }
    if (p.upper.has_value() != (p.bound == bound::between)) {
      throw std::invalid_argument("an upper end goes with \"between\", and only with it");
    }
    if (p.tolerance && p.bound != bound::approximately) {
      throw std::invalid_argument("a tolerance goes only with \"approximately\"");
    }
    switch (p.bound) {
      case bound::exact:
        return estimate<V>::exact(*p.value);
      case bound::at_least:
        return estimate<V>::at_least(*p.value);
      case bound::more_than:
        return estimate<V>::more_than(*p.value);
      case bound::at_most:
        return estimate<V>::at_most(*p.value);
      case bound::less_than:
        return estimate<V>::less_than(*p.value);
      case bound::approximately:
        return p.tolerance ? estimate<V>::approximately(*p.value, *p.tolerance)
                           : estimate<V>::approximately(*p.value);
      case bound::between:
        return estimate<V>::between(*p.value, *p.upper);
      default:
        return estimate<V>::unbounded();
    }
  }
};

}  // namespace cited

#endif  // CITED_VALUE_ESTIMATE_HPP
