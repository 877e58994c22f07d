// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_VALUE_UNIT_HPP
#define CITED_VALUE_UNIT_HPP

/// Units of measure, the machinery: the `cited::unit` concept, units named by their symbol
/// (`named_unit<"W", dimensions::power>`), SI prefixes that compose with them
/// (`units::peta<units::flops>` is "PFLOP/s", 10^15 FLOP/s) and the exact conversion factor between
/// two units of a dimension. The built-in units are in <cited/value/units.hpp>.

#include <cited/reflect/type_name.hpp>

#include <concepts>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <numeric>
#include <ratio>
#include <string_view>

namespace cited {

/// A string usable as a template argument: `named_unit<"token/s", throughput>`. Holds `N`
/// characters and a terminating '\0'.
template <std::size_t N>
struct fixed_string {
  char chars[N + 1] = {};

  constexpr fixed_string(const char (&text)[N + 1]) noexcept {  // NOLINT: implicit by design
    for (std::size_t i = 0; i != N; ++i) chars[i] = text[i];
  }
  /// The characters, without the '\0'.
  constexpr std::string_view view() const noexcept { return {chars, N}; }
  static constexpr std::size_t size() noexcept { return N; }
};
template <std::size_t N>
fixed_string(const char (&)[N]) -> fixed_string<N - 1>;

/// A unit: a dimension, a `std::ratio` and a power of ten (`power10`, 0 when left out) that
/// together give its size in the dimension's base unit, and a symbol. A user adds one with
/// `named_unit` and the prefixes, or by writing such a struct:
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

/// The base unit of `Dimension` (or `10^Power10` of it), whose symbol is `Symbol`:
///
///     struct flops : cited::named_unit<"FLOP/s", dimensions::computing_rate> {};
template <fixed_string Symbol, class Dimension, int Power10 = 0>
struct named_unit {
  using dimension = Dimension;
  using ratio = std::ratio<1>;
  static constexpr int power10 = Power10;
  static constexpr std::string_view symbol = Symbol.view();
};

namespace detail {

template <class U>
constexpr int power10_of() noexcept {
  if constexpr (requires { U::power10; }) {
    return U::power10;
  } else {
    return 0;
  }
}

template <std::size_t N>
struct symbol_text {
  char chars[N] = {};
};

template <std::size_t N, std::size_t M>
constexpr symbol_text<N + M> join_symbols(std::string_view a, std::string_view b) noexcept {
  symbol_text<N + M> out;
  for (std::size_t i = 0; i != N; ++i) out.chars[i] = a[i];
  for (std::size_t i = 0; i != M; ++i) out.chars[N + i] = b[i];
  return out;
}

}  // namespace detail

/// `U` times 10^`Power`, whose symbol is `Prefix` then `U`'s: `prefixed_unit<"k", 3, watts>` is
/// "kW". The SI prefixes below name the usual ones.
template <fixed_string Prefix, int Power, unit U>
struct prefixed_unit {
  using dimension = typename U::dimension;
  using ratio = typename U::ratio;
  static constexpr int power10 = detail::power10_of<U>() + Power;

 private:
  static constexpr auto text_ = detail::join_symbols<Prefix.size(), U::symbol.size()>(
      Prefix.view(), std::string_view(U::symbol));

 public:
  static constexpr std::string_view symbol{text_.chars, Prefix.size() + U::symbol.size()};
};

/// The SI prefixes, which compose with a unit: `units::kilo<units::watts>` is "kW",
/// `units::peta<units::flops>` "PFLOP/s". They live beside the built-in units.
namespace units {
template <unit U>
using kilo = prefixed_unit<"k", 3, U>;
template <unit U>
using mega = prefixed_unit<"M", 6, U>;
template <unit U>
using giga = prefixed_unit<"G", 9, U>;
template <unit U>
using tera = prefixed_unit<"T", 12, U>;
template <unit U>
using peta = prefixed_unit<"P", 15, U>;
template <unit U>
using exa = prefixed_unit<"E", 18, U>;
template <unit U>
using zetta = prefixed_unit<"Z", 21, U>;
}  // namespace units

namespace detail {

constexpr double power_of_ten(int p) noexcept {
  double r = 1;
  for (int i = 0; i < (p < 0 ? -p : p); ++i) r *= 10;  // exact up to 10^22
  return p < 0 ? 1 / r : r;
}

constexpr std::uint64_t exact_power_of_ten(int p) noexcept {  // p in [0, 19]
  std::uint64_t r = 1;
  for (int i = 0; i < p; ++i) r *= 10;
  return r;
}

// Whether num / den * 10^p (num / den in lowest terms, den > 0) is a whole number. Exact in 64
// bits: as num and den share no factor, den must divide 10^p, or (p < 0) den be 1 and 10^-p
// divide num.
constexpr bool whole_ratio(std::intmax_t num, std::intmax_t den, int p) noexcept {
  if (num < 0 || p > 18 || p < -18) return p > 18 && den == 1;
  if (num == 0) return true;
  if (p >= 0) return exact_power_of_ten(p) % static_cast<std::uint64_t>(den) == 0;
  return den == 1 && static_cast<std::uint64_t>(num) % exact_power_of_ten(-p) == 0;
}

// From -> To: how many To one From is (num / den * 10^power10), whether that is a whole
// number, and the conversion of a value.
template <class From, class To>
struct conversion {
  using ratio = std::ratio_divide<typename From::ratio, typename To::ratio>;
  static constexpr int power10 = power10_of<From>() - power10_of<To>();
  static constexpr bool integral = whole_ratio(ratio::num, ratio::den, power10);
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

// The name of dimension `D`: its `name` member, else its `type_name` ("computing_rate"); empty
// when it has neither (a template's specialization).
template <class D>
constexpr std::string_view dimension_name() noexcept {
  if constexpr (requires { std::string_view(D::name); }) {
    return std::string_view(D::name);
  } else {
    return type_name<D>;
  }
}

}  // namespace detail

/// A unit's size in its dimension's base unit at run time: `num / den * 10^power10`, with the
/// factors of ten of `num` and `den` moved into `power10`, so that one size has one form
/// (`std::exa` and `power10 = 18` are both `{1, 1, 18}`).
struct unit_scale {
  std::intmax_t num = 1;
  std::intmax_t den = 1;
  int power10 = 0;

  /// The same size in one form: `num / den` in lowest terms, the factors of 2 and 5 of `den`
  /// and the factors of ten of `num` moved into `power10` (`{1000, 1, 12}` is `{1, 1, 15}`,
  /// `{1024, 10, 0}` is `{1024, 1, -1}`); `num` and `den` must be positive.
  constexpr unit_scale normalized() const noexcept {
    unit_scale s = *this;
    if (s.num <= 0 || s.den <= 0) return s;
    const std::intmax_t g = std::gcd(s.num, s.den);
    s.num /= g;
    s.den /= g;
    constexpr std::intmax_t limit = std::numeric_limits<std::intmax_t>::max() / 5;
    while (s.den % 10 == 0) {
      s.den /= 10;
      --s.power10;
    }
    while (s.den % 5 == 0 && s.num <= limit) {  // n / 5 = 2n / 10
      s.den /= 5;
      s.num *= 2;
      --s.power10;
    }
    while (s.den % 2 == 0 && s.num <= limit) {  // n / 2 = 5n / 10
      s.den /= 2;
      s.num *= 5;
      --s.power10;
    }
    while (s.num % 10 == 0) {
      s.num /= 10;
      ++s.power10;
    }
    return s;
  }

  friend constexpr bool operator==(const unit_scale&, const unit_scale&) noexcept = default;
};

/// The run-time size of unit `U`, normalized: `scale_of<units::petaflops>()` is `{1, 1, 15}`.
template <unit U>
constexpr unit_scale scale_of() noexcept {
  return unit_scale{U::ratio::num, U::ratio::den, detail::power10_of<U>()}.normalized();
}

/// The name of unit `U`'s dimension at run time: the dimension's `static constexpr
/// std::string_view name` when it has one, else its type's unqualified name
/// (`dimensions::computing_rate` is "computing_rate").
template <unit U>
inline constexpr std::string_view dimension_name_of =
    detail::dimension_name<typename U::dimension>();

}  // namespace cited

#endif  // CITED_VALUE_UNIT_HPP
