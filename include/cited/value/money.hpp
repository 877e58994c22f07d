// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_VALUE_MONEY_HPP
#define CITED_VALUE_MONEY_HPP

/// Sums of money, two ways:
///
/// - `cited::money_in<"EUR">`, whose currency is part of its type. It is an `amount` (see
///   <cited/value/amount.hpp>) in the unit `units::currency_unit<"EUR">`, whose dimension is that
///   currency's own, so that it adds, scales, compares and prints as amounts do, and EUR + USD
///   does not compile, as FLOP/s + W does not. An unknown code (`money_in<"XYZ">`) does not
///   compile either.
/// - `cited::money`, whose currency is a run-time value (read from a file, say). Adding,
///   subtracting, dividing or ordering sums of two currencies throws `cited::currency_mismatch`,
///   which names both; `==` is structural and never throws (EUR 1 is not USD 1).
///
/// Both hold a double, as `amount` does: they are for the figures that sources report ("$1.2
/// billion"), not for bookkeeping, and nothing rounds them to a currency's minor unit. There is
/// no exchange rate anywhere: converting between currencies is a claim with a source and a date,
/// not arithmetic.

#include <cited/reflect/form.hpp>
#include <cited/text/readable.hpp>
#include <cited/value/amount.hpp>
#include <cited/value/currency.hpp>
#include <cited/value/unit.hpp>

#include <boost/describe/class.hpp>

#include <compare>
#include <iosfwd>
#include <stdexcept>
#include <string>
#include <string_view>

namespace cited {

/// True when `Code` names a currency of the table: `known_currency_code<"EUR">`.
template <fixed_string Code>
concept known_currency_code = (currency::from_code(Code.view()).has_value());

namespace dimensions {
/// Money in one currency: each currency is a dimension of its own, so that sums in two
/// currencies never convert or mix. Its name is "money_" and the code ("money_EUR").
template <fixed_string Code>
requires known_currency_code<Code>
struct money_of {
 private:
  static constexpr auto text_ =
      detail::join_symbols<6, Code.size()>(std::string_view("money_"), Code.view());

 public:
  static constexpr std::string_view name{text_.chars, 6 + Code.size()};
};
}  // namespace dimensions

namespace units {
/// The unit of sums in one currency, whose symbol is its code: `units::currency_unit<"EUR">` is
/// "EUR".
template <fixed_string Code>
requires known_currency_code<Code>
struct currency_unit : named_unit<Code, dimensions::money_of<Code>> {
  /// The currency.
  static constexpr cited::currency currency = *cited::currency::from_code(Code.view());
};
}  // namespace units

/// A sum of money whose currency is part of its type: an `amount` in `units::currency_unit<Code>`.
///
///     cited::money_in<"EUR"> a{1234.5};
///     auto total = a + cited::money_in<"EUR">{10};  // prints "1,244.5 EUR"
///     // a + cited::money_in<"USD">{1};             // does not compile
template <fixed_string Code>
requires known_currency_code<Code>
using money_in = amount<units::currency_unit<Code>>;

/// What arithmetic or ordering on `cited::money` throws when the two sums are in different
/// currencies. Its `what()` names both: "cited::money: cannot add EUR and USD".
class currency_mismatch : public std::invalid_argument {
 public:
  /// The sums were in `left` and `right`; `operation` is a verb such as "add".
  currency_mismatch(cited::currency left, cited::currency right, std::string_view operation)
      : std::invalid_argument(message(left, right, operation)), left_(left), right_(right) {}

  /// The currency of the left operand.
  cited::currency left() const noexcept { return left_; }

  /// The currency of the right operand.
  cited::currency right() const noexcept { return right_; }

 private:
  // Built by appending (g++ 12 at -O3 warns, wrongly, about "literal" + std::string&&).
  static std::string message(cited::currency left, cited::currency right,
                             std::string_view operation) {
    std::string out = "cited::money: cannot ";
    out += operation;
    out += ' ';
    out += left.code();
    out += " and ";
    out += right.code();
    return out;
  }

  cited::currency left_;
  cited::currency right_;
};

/// A sum of money in a currency known at run time: 16 bytes, trivially copyable. Sums of one
/// currency add, subtract, scale and order; sums of two throw `cited::currency_mismatch`.
///
///     cited::money m{"EUR"_currency, 1234.5};
///     m + cited::money{"EUR"_currency, 10};  // EUR 1,244.50
///     m + cited::money{"USD"_currency, 1};   // throws: cannot add EUR and USD
class money {
 public:
  /// `value` units of `c` (1234.5 for EUR 1,234.50).
  constexpr money(cited::currency c, double value) noexcept : currency_(c), value_(value) {}
  /// From a sum whose currency is in its type. Exact, so implicit.
  template <fixed_string Code>
  constexpr money(money_in<Code> m) noexcept  // NOLINT: implicit by design
      : currency_(units::currency_unit<Code>::currency), value_(m.value()) {}

  /// The currency.
  constexpr cited::currency currency() const noexcept { return currency_; }
  /// The number of units of the currency.
  constexpr double value() const noexcept { return value_; }

  /// This sum as a `money_in<Code>`; throws `currency_mismatch` when it is in another currency.
  template <fixed_string Code>
  constexpr money_in<Code> in() const {
    constexpr cited::currency wanted = units::currency_unit<Code>::currency;
    if (currency_ != wanted) throw currency_mismatch(currency_, wanted, "convert between");
    return money_in<Code>(value_);
  }

  friend constexpr money operator+(money a, money b) {
    return money(a.common(b, "add"), a.value_ + b.value_);
  }
  friend constexpr money operator-(money a, money b) {
    return money(a.common(b, "subtract"), a.value_ - b.value_);
  }
  constexpr money& operator+=(money b) { return *this = *this + b; }
  constexpr money& operator-=(money b) { return *this = *this - b; }
  friend constexpr money operator-(money a) noexcept { return money(a.currency_, -a.value_); }
  friend constexpr money operator*(money a, double k) noexcept {
    return money(a.currency_, a.value_ * k);
  }
  friend constexpr money operator*(double k, money a) noexcept {
    return money(a.currency_, k * a.value_);
  }
  friend constexpr money operator/(money a, double k) noexcept {
    return money(a.currency_, a.value_ / k);
  }
  /// The ratio of two sums of one currency: a plain number.
  friend constexpr double operator/(money a, money b) {
    a.common(b, "divide");
    return a.value_ / b.value_;
  }

  /// Structural: the same currency and the same number. Sums in two currencies are unequal, and
  /// comparing them for equality never throws.
  friend constexpr bool operator==(money, money) noexcept = default;
  /// Orders sums of one currency by their numbers; throws `currency_mismatch` for two.
  friend constexpr std::partial_ordering operator<=>(money a, money b) {
    a.common(b, "compare");
    return a.value_ <=> b.value_;
  }

  /// "EUR 1,234.50": the code, then the number with the currency's fraction digits (CLDR's),
  /// thousands grouped.
  template <class CharT, class Traits>
  friend std::basic_ostream<CharT, Traits>& operator<<(std::basic_ostream<CharT, Traits>& os,
                                                       money m) {
    return os << m.currency_.code() << ' '
              << detail::readable_fixed(m.value_, m.currency_.fraction_digits());
  }

 private:
  constexpr cited::currency common(money b, std::string_view operation) const {
    if (currency_ != b.currency_) throw currency_mismatch(currency_, b.currency_, operation);
    return currency_;
  }

  cited::currency currency_;
  double value_;
};

namespace detail {
struct money_data {
  cited::currency currency;
  double amount;
};
BOOST_DESCRIBE_STRUCT(money_data, (), (currency, amount))
}  // namespace detail

/// A `money` is written as its currency and number: `{"currency":"EUR","amount":1234.5}`.
template <>
struct proxy_form<money> {
  using proxy = detail::money_data;
  static proxy to_proxy(money m) noexcept { return {m.currency(), m.value()}; }
  static money from_proxy(proxy&& p) noexcept { return money(p.currency, p.amount); }
};

}  // namespace cited

#endif  // CITED_VALUE_MONEY_HPP
