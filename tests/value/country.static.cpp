// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/value/country.hpp>

#include <concepts>
#include <string_view>
#include <type_traits>

using cited::country;
using namespace cited::literals;

// The value contract, at compile time.
static_assert(sizeof(country) == 2);
static_assert(std::is_trivially_copyable_v<country>);
static_assert(!std::is_default_constructible_v<country>);
static_assert(std::totally_ordered<country>);
static_assert(std::is_nothrow_copy_constructible_v<country>);
static_assert(!std::is_convertible_v<int, country>);
static_assert(!std::is_convertible_v<const char*, country>);
static_assert(!std::is_convertible_v<country, int>);

// Lookups and literals are constant expressions.
static_assert("CN"_country.alpha3() == "CHN");
static_assert("CN"_country.numeric() == 156);
static_assert(country::from_alpha2("US") == "US"_country);
static_assert(country::from_alpha3("GBR") == "GB"_country);
static_assert(country::from_numeric(156) == "CN"_country);
static_assert(country::from_name("united kingdom") == "GB"_country);
static_assert(country::all().size() == 249);
static_assert("SUHH"_country.is_historic());
static_assert("XK"_country.is_user_assigned());
static_assert("AD"_country < "AE"_country);

// A literal with a bad code is rejected by a static_assert; tests/compile_fail checks the message.
// Codes given at run time are checked by the lookups, which concepts can see:
template <class T>
concept constructible_from_string = std::constructible_from<T, std::string_view>;
static_assert(!constructible_from_string<country>);
