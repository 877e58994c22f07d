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
#include <cited/value/unit.hpp>

#include <boost/describe/enum.hpp>

#include <compare>
#include <concepts>
#include <cstdint>
#include <iosfwd>
#include <string_view>
#include <type_traits>

namespace cited {

/// The kind of a metric's value: a count, a rank, a share, an amount with a unit, a plain number
/// (a unitless ratio or an index) or a ratio of two named metrics (per capita).
enum class value_kind : std::uint8_t { count, rank, share, amount, number, ratio };
BOOST_DESCRIBE_ENUM(value_kind, count, rank, share, amount, number, ratio)

namespace detail {

template <class T>
struct is_amount : std::false_type {};
template <unit U>
struct is_amount<amount<U>> : std::true_type {};

template <class T>
concept named_dimension = !detail::dimension_name<typename T::unit_type::dimension>().empty();

// A value type a metric may have: an amount's dimension must have a name, which datasets carry.
template <class T>
constexpr bool known_value_kind = std::same_as<T, count> || std::same_as<T, rank> ||
                                  std::same_as<T, share> || std::same_as<T, double> ||
                                  (is_amount<T>::value && named_dimension<T>);

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

// A metric type that names a numerator and a denominator: a ratio.
template <class M>
concept names_ratio_parts = requires {
  typename M::numerator;
  typename M::denominator;
};

// A metric a ratio may name as its numerator or denominator: a count, an amount or a number.
template <class P>
concept ratio_part =
    metric_members<P> && !names_ratio_parts<P> &&
    (std::same_as<typename P::value_type, count> || std::same_as<typename P::value_type, double> ||
     (is_amount<typename P::value_type>::value && named_dimension<typename P::value_type>));

template <class M>
constexpr double per_of() noexcept {
  if constexpr (requires { M::per; }) {
    return static_cast<double>(M::per);
  } else {
    return 1;
  }
}

// A ratio's parts: metrics that are not ratios, a double value, never additive, a positive per.
template <class M>
concept ratio_metric =
    names_ratio_parts<M> && std::same_as<typename M::value_type, double> && !M::additive &&
    ratio_part<typename M::numerator> && ratio_part<typename M::denominator> && (per_of<M>() > 0);

}  // namespace detail

/// A metric: a type with a `value_type` and the static members `id`, `name`, `additive` (only
/// for a value type that adds) and `higher_is_better`:
///
///     struct ai_publications {
///       using value_type = cited::count;
///       static constexpr std::string_view id = "ai_publications";
///       static constexpr std::string_view name = "AI-related publications";
///       static constexpr bool additive = true;          // totals over countries make sense
///       static constexpr bool higher_is_better = true;
///     };
///
/// The value type is `count`, `rank`, `share`, an `amount<Unit>` (whose dimension has a name:
/// a `static constexpr std::string_view name`, or its type's name), or `double`: a plain number
/// (a unitless ratio or an index), or, when the metric names `numerator` and `denominator`
/// metric types, a ratio of them, never additive, per `per` of the denominator (1 if left out):
///
///     struct publications_per_million {
///       using value_type = double;
///       using numerator = ai_publications;
///       using denominator = population;
///       static constexpr double per = 1'000'000;
///       ...  // id, name, additive = false, higher_is_better
///     };
template <class M>
concept metric = detail::metric_members<M> && detail::known_value_kind<typename M::value_type> &&
    (!M::additive || detail::adds<typename M::value_type>)&&(!detail::names_ratio_parts<M> ||
                                                             detail::ratio_metric<M>);

/// A metric's facts at run time: a literal type of views, of static text when made by `of<M>()`.
/// An amount's unit is its symbol, its dimension's name and its scale; a ratio names its numerator
/// and denominator metrics by id and its `per`.
struct metric_info {
  std::string_view id;
  std::string_view name;
  value_kind kind;
  std::string_view unit;  ///< the amount's unit symbol; empty for other kinds
  bool additive;
  bool higher_is_better;
  std::string_view dimension = {};  ///< the amount's unit's dimension ("computing_rate"), or empty
  unit_scale scale = {};            ///< the amount's unit in its dimension's base unit
  std::string_view numerator = {};  ///< a ratio's numerator metric id; empty for other kinds
  std::string_view denominator = {};  ///< a ratio's denominator metric id; empty for other kinds
  double per = 0;  ///< a ratio is numerator per `per` of the denominator; 0 for other kinds

  /// The facts of the metric type `M`.
  template <metric M>
  static constexpr metric_info of() noexcept {
    using V = typename M::value_type;
    metric_info out{M::id, M::name, value_kind::amount, {}, M::additive, M::higher_is_better};
    if constexpr (std::same_as<V, count>) {
      out.kind = value_kind::count;
    } else if constexpr (std::same_as<V, rank>) {
      out.kind = value_kind::rank;
    } else if constexpr (std::same_as<V, share>) {
      out.kind = value_kind::share;
    } else if constexpr (detail::names_ratio_parts<M>) {
      out.kind = value_kind::ratio;
      out.numerator = M::numerator::id;
      out.denominator = M::denominator::id;
      out.per = detail::per_of<M>();
    } else if constexpr (std::same_as<V, double>) {
      out.kind = value_kind::number;
    } else {
      out.unit = V::unit_type::symbol;
      out.dimension = dimension_name_of<typename V::unit_type>;
      out.scale = scale_of<typename V::unit_type>();
    }
    return out;
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
