// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/catalog/regions.hpp>

#include <concepts>
#include <type_traits>
#include <utility>

using namespace cited::literals;
namespace regions = cited::regions;

// The done-when of the regions: containment is a constant expression.
static_assert(regions::eastern_asia.contains("CN"_country));
static_assert(regions::asia.contains("CN"_country) && regions::world.contains("CN"_country));
static_assert(!regions::europe.contains("CN"_country));
static_assert(regions::oceania.contains("AQ"_country));    // through CLDR's Outlying Oceania (QO)
static_assert(!regions::europe.contains("SUHH"_country));  // historic entries are in none

// Regions inside regions, groupings included; a region lies in itself.
static_assert(regions::asia.contains(regions::eastern_asia));
static_assert(!regions::eastern_asia.contains(regions::asia));
static_assert(regions::latin_america.contains(regions::central_america));
static_assert(regions::north_america.contains(regions::caribbean));
static_assert(regions::sub_saharan_africa.contains(regions::western_africa));
static_assert(!regions::sub_saharan_africa.contains(regions::northern_africa));
static_assert(regions::world.contains(regions::world));

// Codes, names and lookups.
static_assert(regions::eastern_asia.code() == 30 && regions::eastern_asia.code_text() == "030");
static_assert(regions::eastern_asia.name() == "Eastern Asia" && regions::europe.name() == "Europe");
static_assert(regions::from_code(150) == regions::europe);
static_assert(regions::from_code("419") == regions::latin_america);
static_assert(!regions::from_code(0) && !regions::from_code(999) && !regions::from_code(156));
static_assert(!regions::from_code("30") && !regions::from_code("0x1") && !regions::from_code("QO"));
static_assert(regions::latin_america.is_grouping() && regions::north_america.is_grouping() &&
              regions::sub_saharan_africa.is_grouping() && !regions::asia.is_grouping());
static_assert(regions::all().size() == 31 && regions::all().front() == regions::world);

// The group view: the members, from the earliest day with no end.
static_assert(regions::eastern_asia.group().id() == "030");
static_assert(regions::eastern_asia.group().contains("JP"_country, cited::ymd(1900, 1, 1)));
static_assert(regions::eastern_asia.group().memberships().size() ==
              regions::eastern_asia.member_count());
static_assert(!regions::eastern_asia.group().memberships().front().until);

// A regular value of one byte, with no default and no conversion from a number or a country.
static_assert(sizeof(cited::region) == 1);
static_assert(std::is_trivially_copyable_v<cited::region>);
static_assert(std::equality_comparable<cited::region> && std::totally_ordered<cited::region>);
static_assert(!std::is_default_constructible_v<cited::region>);
static_assert(!std::is_convertible_v<int, cited::region>);
static_assert(!std::is_convertible_v<cited::country, cited::region>);
static_assert(!std::is_convertible_v<cited::region, cited::country_group>);
static_assert(noexcept(regions::europe.contains(std::declval<cited::country>())));
