// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_VALUE_AMOUNT_HPP
#define CITED_VALUE_AMOUNT_HPP

/// Physical amounts: `cited::amount<Unit>`, with a small unit system (FLOP/s from kilo to zetta,
/// watts, bytes) that users can extend. Amounts of one dimension convert into each other: exactly
/// and implicitly toward a finer unit (the ratio is an integer), explicitly with `amount_cast`
/// otherwise. Amounts of different dimensions never mix: FLOP/s + W does not compile.

#include <cited/reflect/form.hpp>

#include <algorithm>
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

__extension__ typedef unsigned __int128 unit_uint128;

// From -> To: how many To one From is (num / den * 10^power10), whether that is a whole
// number, and the conversion of a value.
template <class From, class To>
struct conversion {
  using ratio = std::ratio_divide<typename From::ratio, typename To::ratio>;
  static constexpr int power10 = power10_of<From>() - power10_of<To>();
  static constexpr bool integral = [] {
    if (ratio::num < 0 || power10 > 18 || power10 < -18) {
      return power10 > 18 && ratio::den == 1;  // a whole ratio times a large power of ten
    }
    unit_uint128 scale = 1;
    for (int i = 0; i < (power10 < 0 ? -power10 : power10); ++i) scale *= 10;
    const unit_uint128 top = static_cast<unit_uint128>(ratio::num) * (power10 > 0 ? scale : 1);
    const unit_uint128 bottom = static_cast<unit_uint128>(ratio::den) * (power10 < 0 ? scale : 1);
    return top % bottom == 0;
  }();
  // Multiplies or divides by the power of ten, so that 9 PFLOP/s is 0.009 EFLOP/s as 9 / 1000
  // gives it.
  static constexpr double apply(double v) noexcept {
    v = v * static_cast<double>(ratio::num) / static_cast<double>(ratio::den);
    return power10 >= 0 ? v * power_of_ten(power10) : v / power_of_ten(-power10);
  }
};

// Two units of one dimension of which one is a whole multiple of the other.
template <class A, class B>
concept nested_units = same_dimension<A, B> &&
    (conversion<A, B>::integral || conversion<B, A>::integral);

inline std::string readable_number(double v) {
  char buffer[400];
  const double magnitude = v < 0 ? -v : v;
  const bool fixed = magnitude == 0 || (magnitude >= 1e-6 && magnitude < 1e21);
  const char* end =
      fixed ? std::to_chars(buffer, buffer + sizeof buffer, v, std::chars_format::fixed).ptr
            : std::to_chars(buffer, buffer + sizeof buffer, v).ptr;
  const std::string_view text(buffer, static_cast<std::size_t>(end - buffer));
  if (!fixed) return std::string(text);
  const std::size_t sign = text.starts_with('-') ? 1 : 0;
  const std::size_t point = std::min(text.find('.'), text.size());
  std::string out(text.substr(0, sign));
  for (std::size_t i = sign; i < point; ++i) {
    if (i != sign && (point - i) % 3 == 0) out += ',';
    out += text[i];
  }
  out += text.substr(point);
  return out;
}

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
  friend std::ostream& operator<<(std::ostream& os, amount a) {
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

/// An amount is written as its number, in the type's unit: `1.2`.
template <unit U>
struct proxy_form<amount<U>> {
  using proxy = double;
  static double to_proxy(amount<U> a) noexcept { return a.value(); }
  static amount<U> from_proxy(double&& v) noexcept { return amount<U>(v); }
};

}  // namespace cited

#endif  // CITED_VALUE_AMOUNT_HPP
