// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_UNITS_HPP
#define CITED_UNITS_HPP

/// Physical amounts: `cited::amount<Unit>`, with a small unit system (FLOP/s from kilo to zetta,
/// watts, bytes) that users can extend. Amounts of one dimension convert into each other: exactly
/// and implicitly toward a finer unit (the ratio is an integer), explicitly with `amount_cast`
/// otherwise. Amounts of different dimensions never mix: FLOP/s + W does not compile.

#include <cited/form.hpp>

#include <charconv>
#include <compare>
#include <concepts>
#include <cstdint>
#include <ostream>
#include <ratio>
#include <string>
#include <string_view>
#include <type_traits>

namespace cited {

/// What a unit measures. Units of one dimension convert into each other.
namespace dimensions {
struct computing_rate {};  // floating-point operations per second
struct power {};
struct information {};
}  // namespace dimensions

/// A unit: a dimension, a `std::ratio` and a power of ten (`power10`, 0 when left out) that
/// together give its size in the dimension's base unit, and a symbol. A user adds one by writing
/// such a struct:
///
///     struct tokens_per_second {
///       using dimension = my::throughput;
///       using ratio = std::ratio<1>;
///       static constexpr std::string_view symbol = "token/s";
///     };
template <class U>
concept unit = requires {
  typename U::dimension;
  { U::ratio::num } -> std::convertible_to<std::intmax_t>;
  { U::ratio::den } -> std::convertible_to<std::intmax_t>;
  { U::symbol } -> std::convertible_to<std::string_view>;
};

/// Two units of the same dimension.
template <class A, class B>
concept same_dimension =
    unit<A> && unit<B> && std::same_as<typename A::dimension, typename B::dimension>;

namespace detail {

template <class U>
constexpr int power10_of() noexcept {
  if constexpr (requires { U::power10; }) {
    return U::power10;
  } else {
    return 0;
  }
}

constexpr double power_of_ten(int p) noexcept {
  double r = 1;
  for (int i = 0; i < (p < 0 ? -p : p); ++i) r *= 10;  // exact up to 10^22
  return p < 0 ? 1 / r : r;
}

// From -> To: how many To one From is, and whether that is a whole number.
template <class From, class To>
struct conversion {
  using ratio = std::ratio_divide<typename From::ratio, typename To::ratio>;
  static constexpr int power10 = power10_of<From>() - power10_of<To>();
  static constexpr bool integral = [] {
    if (power10 < 0 || power10 > 18) return power10 >= 0 && ratio::den == 1;
    std::intmax_t p = 1;
    for (int i = 0; i < power10; ++i) p *= 10;
    return p % ratio::den == 0;
  }();
  static constexpr double factor =
      static_cast<double>(ratio::num) / static_cast<double>(ratio::den) * power_of_ten(power10);
};

template <int Power, char... Symbol>
struct si_unit {
  using ratio = std::ratio<1>;
  static constexpr int power10 = Power;
  static constexpr char text[] = {Symbol...};
  static constexpr std::string_view symbol{text, sizeof...(Symbol)};
};

}  // namespace detail

/// The built-in units.
namespace units {
// clang-format off
struct flops : detail::si_unit<0, 'F','L','O','P','/','s'> { using dimension = dimensions::computing_rate; };
struct kiloflops : detail::si_unit<3, 'k','F','L','O','P','/','s'> { using dimension = dimensions::computing_rate; };
struct megaflops : detail::si_unit<6, 'M','F','L','O','P','/','s'> { using dimension = dimensions::computing_rate; };
struct gigaflops : detail::si_unit<9, 'G','F','L','O','P','/','s'> { using dimension = dimensions::computing_rate; };
struct teraflops : detail::si_unit<12, 'T','F','L','O','P','/','s'> { using dimension = dimensions::computing_rate; };
struct petaflops : detail::si_unit<15, 'P','F','L','O','P','/','s'> { using dimension = dimensions::computing_rate; };
struct exaflops : detail::si_unit<18, 'E','F','L','O','P','/','s'> { using dimension = dimensions::computing_rate; };
struct zettaflops : detail::si_unit<21, 'Z','F','L','O','P','/','s'> { using dimension = dimensions::computing_rate; };
struct watts : detail::si_unit<0, 'W'> { using dimension = dimensions::power; };
struct kilowatts : detail::si_unit<3, 'k','W'> { using dimension = dimensions::power; };
struct megawatts : detail::si_unit<6, 'M','W'> { using dimension = dimensions::power; };
struct gigawatts : detail::si_unit<9, 'G','W'> { using dimension = dimensions::power; };
struct bytes : detail::si_unit<0, 'B'> { using dimension = dimensions::information; };
struct kilobytes : detail::si_unit<3, 'k','B'> { using dimension = dimensions::information; };
struct megabytes : detail::si_unit<6, 'M','B'> { using dimension = dimensions::information; };
struct gigabytes : detail::si_unit<9, 'G','B'> { using dimension = dimensions::information; };
struct terabytes : detail::si_unit<12, 'T','B'> { using dimension = dimensions::information; };
struct petabytes : detail::si_unit<15, 'P','B'> { using dimension = dimensions::information; };
// clang-format on
}  // namespace units

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
      : value_(other.value() * detail::conversion<V, U>::factor) {}
  /// From a finer unit of the same dimension: may round, so explicit.
  template <unit V>
  requires(same_dimension<U, V> && !std::same_as<U, V> &&
           !detail::conversion<V, U>::integral) constexpr explicit amount(amount<V> other) noexcept
      : value_(other.value() * detail::conversion<V, U>::factor) {}

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

  /// "1.2 EFLOP/s".
  friend std::ostream& operator<<(std::ostream& os, amount a) {
    char buffer[64];
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, a.value_).ptr;
    return os << std::string_view(buffer, static_cast<std::size_t>(end - buffer)) << ' '
              << U::symbol;
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
    return amount<To>(a.value() * detail::conversion<From, To>::factor);
  }
}

/// The finer of two units of one dimension, into which both convert exactly.
template <unit A, unit B>
requires same_dimension<A, B>
using finer_unit = std::conditional_t<detail::conversion<A, B>::integral, B, A>;

/// Sums and compares amounts of one dimension in different units, in the finer unit:
/// 1 EFLOP/s + 500 PFLOP/s is 1500 PFLOP/s.
template <unit A, unit B>
requires(same_dimension<A, B> && !std::same_as<A, B>) constexpr amount<finer_unit<A, B>> operator+(
    amount<A> a, amount<B> b) noexcept {
  return amount<finer_unit<A, B>>(a) + amount<finer_unit<A, B>>(b);
}
template <unit A, unit B>
requires(same_dimension<A, B> && !std::same_as<A, B>) constexpr bool operator==(
    amount<A> a, amount<B> b) noexcept {
  return amount<finer_unit<A, B>>(a) == amount<finer_unit<A, B>>(b);
}
template <unit A, unit B>
requires(same_dimension<A, B> && !std::same_as<A, B>) constexpr auto operator<=>(
    amount<A> a, amount<B> b) noexcept {
  return amount<finer_unit<A, B>>(a) <=> amount<finer_unit<A, B>>(b);
}

/// An amount is written as its number, in the type's unit: `1.2`.
template <unit U>
struct proxy_form<amount<U>> {
  using proxy = double;
  static double to_proxy(amount<U> a) noexcept { return a.value(); }
  static amount<U> from_proxy(double&& v) noexcept { return amount<U>(v); }
};

}  // namespace cited

#endif  // CITED_UNITS_HPP
