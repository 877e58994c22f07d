// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/catalog/names.hpp>

#include <array>
#include <span>
#include <string_view>
#include <type_traits>

using cited::country;
using namespace cited::literals;
namespace locales = cited::locales;

// Names and lookups are constant expressions.
static_assert("DE"_country.name(locales::fr) == "Allemagne");
static_assert("CN"_country.name(locales::zh) == "中国");
static_assert("SUHH"_country.name(locales::fr) == "SUHH"_country.name());
static_assert(country::from_name("Allemagne", locales::fr) == "DE"_country);
static_assert(country::from_name("usa", locales::fr, locales::de) == "US"_country);
static_assert(!country::from_name("Allemagne", locales::de));
constexpr country germany = "DE"_country;
static_assert(noexcept(germany.name(locales::fr)));
static_assert(noexcept(country::from_name("Allemagne", locales::fr)));

inline constexpr std::array<cited::locale_names, 2> french_then_german{locales::fr, locales::de};
static_assert(country::from_name("USA", french_then_german) == "US"_country);

// A locale is a small value: a tag and two spans.
static_assert(std::is_trivially_copyable_v<cited::locale_names>);
static_assert(!std::is_default_constructible_v<cited::locale_names>);

// from_name takes locales only: not text, not a country.
template <class... A>
concept from_name_takes = requires(A... a) {
  country::from_name(a...);
};
static_assert(from_name_takes<std::string_view>);
static_assert(from_name_takes<std::string_view, cited::locale_names>);
static_assert(!from_name_takes<std::string_view, std::string_view>);
static_assert(!from_name_takes<std::string_view, country>);
static_assert(from_name_takes<std::string_view, std::span<const cited::locale_names>>);
