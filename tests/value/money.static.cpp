// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/value/money.hpp>

#include <cited/value/metric.hpp>

#include "support.hpp"

#include <string_view>
#include <type_traits>

using cited::money;
using cited::money_in;
using namespace cited::literals;

using support::addable;
using support::comparable;

// A currency in the type: sums in two currencies neither add nor compare nor convert.
static_assert(addable<money_in<"EUR">, money_in<"EUR">>);
static_assert(comparable<money_in<"EUR">, money_in<"EUR">>);
static_assert(!addable<money_in<"EUR">, money_in<"USD">>);
static_assert(!comparable<money_in<"EUR">, money_in<"USD">>);
static_assert(!support::equality_comparable_with<money_in<"EUR">, money_in<"USD">>);
static_assert(!std::is_constructible_v<money_in<"EUR">, money_in<"USD">>);
static_assert(!addable<money_in<"EUR">, double>);
static_assert(!std::is_convertible_v<double, money_in<"EUR">>);
// Nor with a physical amount.
static_assert(!addable<money_in<"EUR">, cited::amount<cited::units::watts>>);

// An unknown code is no type.
template <cited::fixed_string Code>
concept money_type = requires {
  typename money_in<Code>;
};
static_assert(money_type<"EUR"> && money_type<"DEM">);
static_assert(!money_type<"XYZ"> && !money_type<"eur">);
static_assert(cited::known_currency_code<"JPY"> && !cited::known_currency_code<"EURO">);

// It is an amount: 8 bytes, constexpr arithmetic, its unit named by the code.
static_assert(sizeof(money_in<"EUR">) == 8);
static_assert(std::is_trivially_copyable_v<money_in<"EUR">>);
static_assert((money_in<"EUR">{1.5} + money_in<"EUR">{2}).value() == 3.5);
static_assert(money_in<"EUR">{1} < money_in<"EUR">{2});
static_assert(cited::units::currency_unit<"EUR">::symbol == "EUR");
static_assert(cited::units::currency_unit<"EUR">::currency == "EUR"_currency);
static_assert(cited::dimension_name_of<cited::units::currency_unit<"EUR">> == "money_EUR");
static_assert(
    !cited::same_dimension<cited::units::currency_unit<"EUR">, cited::units::currency_unit<"USD">>);

// The run-time type: two currencies add at compile time, and are refused when run.
static_assert(sizeof(money) == 16);
static_assert(std::is_trivially_copyable_v<money>);
static_assert(!std::is_default_constructible_v<money>);
static_assert(addable<money, money>);
static_assert(std::is_convertible_v<money_in<"EUR">, money>);
static_assert(!std::is_convertible_v<money, money_in<"EUR">>);
static_assert(!std::is_convertible_v<double, money>);
static_assert((money{"EUR"_currency, 1} + money{"EUR"_currency, 2}).value() == 3);
static_assert(money{"EUR"_currency, 1} != money{"USD"_currency, 1});
static_assert(money(money_in<"JPY">{5}).currency() == "JPY"_currency);
static_assert(money{"EUR"_currency, 2}.in<"EUR">() == money_in<"EUR">{2});

// A typed sum can be a metric's value: its unit is the code, its dimension the currency's own.
namespace money_static {
struct ai_investment {
  using value_type = money_in<"USD">;
  static constexpr std::string_view id = "ai_investment";
  static constexpr std::string_view name = "Private investment in AI";
  static constexpr bool additive = true;
  static constexpr bool higher_is_better = true;
};
}  // namespace money_static
static_assert(cited::metric<money_static::ai_investment>);
static_assert(cited::metric_info::of<money_static::ai_investment>().unit == "USD");
static_assert(cited::metric_info::of<money_static::ai_investment>().dimension == "money_USD");
