// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_VALUE_METRIC_HPP
#define CITED_VALUE_METRIC_HPP

/// Metrics as types: a metric names what is measured and the kind of its value, and
/// `cited::measure<Metric>` is a value of it that cannot mix with another metric's.
/// `cited::metric_info` carries the same facts at run time, for datasets. The seed article's
/// metrics are in `<cited/catalog/seed_metrics.hpp>`.

#include <cited/reflect/form.hpp>
#include <cited/value/amount.hpp>
#include <cited/value/counts.hpp>

#include <compare>
#include <concepts>
#include <iosfwd>
#include <string_view>
#include <type_traits>

namespace cited {

/// The kind of a metric's value.
enum class value_kind : std::uint8_t { count, rank, share, amount };

namespace detail {

template <class T>
struct is_amount : std::false_type {};
template <unit U>
struct is_amount<amount<U>> : std::true_type {};

template <class T>
constexpr bool known_value_kind = std::same_as<T, count> || std::same_as<T, rank> ||
                                  std::same_as<T, share> || is_amount<T>::value;

template <class M>
concept metric_members = requires {
  typename M::value_type;
  { M::id } -> std::convertible_to<std::string_view>;
  { M::name } -> std::convertible_to<std::string_view>;
  { M::additive } -> std::convertible_to<bool>;
  { M::higher_is_better } -> std::convertible_to<bool>;
};

template <class V>
concept adds = requires(V v) {
  v + v;
};

}  // namespace detail

/// A metric: a type with a `value_type` (`count`, `rank`, `share` or an `amount<Unit>`) and the
/// static members `id`, `name`, `additive` (only for a value type that adds) and
/// `higher_is_better`:
///
///     struct ai_publications {
///       using value_type = cited::count;
///       static constexpr std::string_view id = "ai_publications";
///       static constexpr std::string_view name = "AI-related publications";
///       static constexpr bool additive = true;          // totals over countries make sense
///       static constexpr bool higher_is_better = true;
///     };
template <class M>
concept metric = detail::metric_members<M> && detail::known_value_kind<typename M::value_type> &&
    (!M::additive || detail::adds<typename M::value_type>);

/// A metric's facts at run time.
struct metric_info {
  std::string_view id;
  std::string_view name;
  value_kind kind;
  std::string_view unit;  ///< the amount's unit symbol; empty for counts, ranks and shares
  bool additive;
  bool higher_is_better;

  /// The facts of the metric type `M`.
  template <metric M>
  static constexpr metric_info of() noexcept {
    using V = typename M::value_type;
    value_kind kind = value_kind::amount;
    std::string_view unit_symbol;
    if constexpr (std::same_as<V, count>) {
      kind = value_kind::count;
    } else if constexpr (std::same_as<V, rank>) {
      kind = value_kind::rank;
    } else if constexpr (std::same_as<V, share>) {
      kind = value_kind::share;
    } else {
      unit_symbol = V::unit_type::symbol;
    }
    return {M::id, M::name, kind, unit_symbol, M::additive, M::higher_is_better};
  }

  friend constexpr bool operator==(const metric_info&, const metric_info&) = default;
};

/// A value of metric `M`: exactly `M::value_type` in size and cost, but a type of its own.
/// Measures of one metric are equal or not, order when their values order (counts, amounts),
/// and add when the metric is additive; measures of two metrics do none of these.
///
///     cited::measure<ai_publications> cn{cited::count{23695}};
template <metric M>
class measure {
 public:
  using metric_type = M;
  using value_type = typename M::value_type;

  constexpr explicit measure(value_type v) noexcept(
      std::is_nothrow_copy_constructible_v<value_type>)
      : value_(v) {}

  constexpr const value_type& value() const noexcept { return value_; }

  /// The sum, for an additive metric.
  friend constexpr measure operator+(const measure& a, const measure& b) requires(
      M::additive&& requires(value_type x) { x + x; }) {
    return measure(a.value_ + b.value_);
  }

  friend constexpr bool operator==(const measure&, const measure&) = default;
  friend constexpr auto operator<=>(
      const measure& a, const measure& b) requires std::three_way_comparable<value_type> {
    return a.value_ <=> b.value_;
  }

  template <class CharT, class Traits>
  friend std::basic_ostream<CharT, Traits>& operator<<(std::basic_ostream<CharT, Traits>& os,
                                                       const measure& m) {
    return os << m.value_;
  }

 private:
  value_type value_;
};

/// A measure is written as its value.
template <metric M>
struct proxy_form<measure<M>> {
  using proxy = typename M::value_type;
  static proxy to_proxy(const measure<M>& m) { return m.value(); }
  static measure<M> from_proxy(proxy&& v) { return measure<M>(std::move(v)); }
};

}  // namespace cited

#endif  // CITED_VALUE_METRIC_HPP
