// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_VALUE_AMOUNT_HPP
#define CITED_VALUE_AMOUNT_HPP

/// Physical amounts: `cited::amount<Unit>`, in the units of <cited/value/units.hpp> (FLOP/s from
/// kilo to zetta, watts, bytes) or a user's own (<cited/value/unit.hpp>). Amounts of one dimension
/// convert into each other: exactly and implicitly toward a finer unit (the ratio is an integer),
/// explicitly with `amount_cast` otherwise. Amounts of different dimensions never mix: FLOP/s + W
/// does not compile.

#include <cited/reflect/form.hpp>
#include <cited/text/readable.hpp>
#include <cited/value/unit.hpp>
#include <cited/value/units.hpp>

#include <compare>
#include <concepts>
#include <iosfwd>
#include <string>
#include <string_view>
#include <type_traits>

namespace cited {

/// A physical amount in unit `U`, held as a double: 8 bytes, trivially copyable.
///
///     cited::amount<cited::units::exaflops> world{1.2};
///     cited::amount<cited::units::petaflops> p = world;  // exact: 1200 PFLOP/s
///     auto e = cited::amount_cast<cited::units::exaflops>(p);  // explicit: the other way
template <unit U>
class amount {
 public:
  using unit_type = U;

  /// Zero.
  constexpr amount() noexcept = default;
  /// `value` of `U`.
  constexpr explicit amount(double value) noexcept : value_(value) {}
  /// From a coarser unit of the same dimension: exact, so implicit (1 PFLOP/s is 1000 TFLOP/s).
  template <unit V>
  requires(same_dimension<U, V> && !std::same_as<U, V> &&
           detail::conversion<V, U>::
               integral) constexpr amount(amount<V> other) noexcept  // NOLINT: implicit by design
      : value_(detail::conversion<V, U>::apply(other.value())) {}
  /// From a finer unit of the same dimension: may round, so explicit.
  template <unit V>
  requires(same_dimension<U, V> && !std::same_as<U, V> &&
           !detail::conversion<V, U>::integral) constexpr explicit amount(amount<V> other) noexcept
      : value_(detail::conversion<V, U>::apply(other.value())) {}

  /// The number of `U`.
  constexpr double value() const noexcept { return value_; }

  friend constexpr amount operator+(amount a, amount b) noexcept {
    return amount(a.value_ + b.value_);
  }
  friend constexpr amount operator-(amount a, amount b) noexcept {
    return amount(a.value_ - b.value_);
  }
  constexpr amount& operator+=(amount b) noexcept { return *this = *this + b; }
  friend constexpr amount operator*(amount a, double k) noexcept { return amount(a.value_ * k); }
  friend constexpr amount operator*(double k, amount a) noexcept { return amount(k * a.value_); }
  friend constexpr amount operator/(amount a, double k) noexcept { return amount(a.value_ / k); }
  /// A ratio of two amounts of one unit: a plain number.
  friend constexpr double operator/(amount a, amount b) noexcept { return a.value_ / b.value_; }

  friend constexpr bool operator==(amount, amount) noexcept = default;
  friend constexpr auto operator<=>(amount, amount) noexcept = default;

  /// "1.2 EFLOP/s", "1,200 PFLOP/s": the shortest decimal that reads back as the value, with
  /// thousands separated; scientific notation only below 10^-6 and from 10^21.
  template <class CharT, class Traits>
  friend std::basic_ostream<CharT, Traits>& operator<<(std::basic_ostream<CharT, Traits>& os,
                                                       amount a) {
    return os << detail::readable_number(a.value_) << ' ' << U::symbol;
  }

 private:
  double value_ = 0;
};

/// `a` in unit `To` of the same dimension, whether or not the conversion is exact.
template <unit To, unit From>
requires same_dimension<To, From>
constexpr amount<To> amount_cast(amount<From> a) noexcept {
  if constexpr (std::same_as<To, From>) {
    return a;
  } else {
    return amount<To>(detail::conversion<From, To>::apply(a.value()));
  }
}

/// The finer of two units of one dimension, one a whole multiple of the other.
template <unit A, unit B>
requires detail::nested_units<A, B>
using finer_unit = std::conditional_t<detail::conversion<A, B>::integral, B, A>;

/// Sums and compares amounts of one dimension in different units, in the finer unit, when one is
/// a whole multiple of the other: 1 EFLOP/s + 500 PFLOP/s is 1500 PFLOP/s. Other pairs (kB and
/// KiB) must be converted first, with `amount_cast`.
template <unit A, unit B>
requires(detail::nested_units<A, B> && !std::same_as<A, B>) constexpr amount<finer_unit<A, B>>
operator+(amount<A> a, amount<B> b) noexcept {
  return amount<finer_unit<A, B>>(a) + amount<finer_unit<A, B>>(b);
}
template <unit A, unit B>
requires(detail::nested_units<A, B> && !std::same_as<A, B>) constexpr bool operator==(
    amount<A> a, amount<B> b) noexcept {
  return amount<finer_unit<A, B>>(a) == amount<finer_unit<A, B>>(b);
}
template <unit A, unit B>
requires(detail::nested_units<A, B> && !std::same_as<A, B>) constexpr auto operator<=>(
    amount<A> a, amount<B> b) noexcept {
  return amount<finer_unit<A, B>>(a) <=> amount<finer_unit<A, B>>(b);
}

namespace detail {

// The unit an SI prefix applies to: `U` without its prefixes (`units::flops` for
// `units::peta<units::flops>`).
template <class U>
struct unprefixed {
  using type = U;
};
template <fixed_string Prefix, int Power, class U>
struct unprefixed<prefixed_unit<Prefix, Power, U>> : unprefixed<U> {};

}  // namespace detail

/// `a` under the SI prefix that puts its number between 1 and 1000 ("1.742 EFLOP/s" for
/// 1742 PFLOP/s; "999 W"), with thousands grouped at the smallest or largest prefix (pico to
/// yotta). `precision` is the number of digits after the point; -1 gives the shortest text that
/// reads back as the scaled number. The prefix applies to the unit without its own prefixes, which
/// must be a unit of ratio 1: a KiB (1024 B) or a unit written as `std::exa` of another takes none.
template <unit U>
requires(detail::unprefixed<U>::type::ratio::num == 1 &&
         detail::unprefixed<U>::type::ratio::den == 1) std::string
    with_si_prefix(amount<U> a, int precision = -1) {
  using base = typename detail::unprefixed<U>::type;
  return detail::readable_si(a.value(), detail::power10_of<U>() - detail::power10_of<base>(),
                             std::string_view(base::symbol), precision);
}

/// An amount is written as its number, in the type's unit: `1.2`.
template <unit U>
struct proxy_form<amount<U>> {
  using proxy = double;
  static double to_proxy(amount<U> a) noexcept { return a.value(); }
  static amount<U> from_proxy(double&& v) noexcept { return amount<U>(v); }
};

}  // namespace cited

#endif  // CITED_VALUE_AMOUNT_HPP
