// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/value/currency.hpp>

#include <concepts>
#include <functional>
#include <string_view>
#include <type_traits>

using cited::currency;
using namespace cited::literals;

// The value contract, at compile time.
static_assert(sizeof(currency) == 2);
static_assert(std::is_trivially_copyable_v<currency>);
static_assert(!std::is_default_constructible_v<currency>);
static_assert(std::totally_ordered<currency>);
static_assert(std::is_nothrow_copy_constructible_v<currency>);
static_assert(!std::is_convertible_v<int, currency>);
static_assert(!std::is_convertible_v<const char*, currency>);
static_assert(!std::is_convertible_v<std::string_view, currency>);
static_assert(!std::is_convertible_v<currency, int>);

// Lookups, accessors and literals are constant expressions.
static_assert("EUR"_currency.code() == "EUR");
static_assert("EUR"_currency.numeric() == 978);
static_assert("EUR"_currency.name() == "Euro");
static_assert("EUR"_currency.fraction_digits() == 2);
static_assert("JPY"_currency.fraction_digits() == 0);
static_assert("KWD"_currency.fraction_digits() == 3);
static_assert("EUR"_currency.is_current() && !"DEM"_currency.is_current());
static_assert(currency::from_code("USD") == "USD"_currency);
static_assert(!currency::from_code("usd") && !currency::from_code("XYZ"));
static_assert(currency::from_numeric(840) == "USD"_currency);
static_assert(!currency::from_numeric(0) && !currency::from_numeric(1000));
static_assert("DEM"_currency < "EUR"_currency);  // code order
static_assert(std::hash<currency>{}("EUR"_currency) == "EUR"_currency.index());
static_assert(cited::has_string_form<currency>);

// The table is sorted by code, and its index is the position in all().
static_assert([] {
  const auto all = currency::all();
  for (std::size_t i = 0; i < all.size(); ++i) {
    if (all[i].index() != i) return false;
    if (i > 0 && !(all[i - 1].code() < all[i].code())) return false;
  }
  return true;
}());
