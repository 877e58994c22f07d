// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/catalog/groups.hpp>

using cited::ymd;
using namespace cited::literals;
namespace groups = cited::groups;

// Membership queries are constant expressions.
static_assert(groups::eu.contains("GB"_country, ymd(2020, 1, 31)));
static_assert(!groups::eu.contains("GB"_country, ymd(2020, 2, 1)));
static_assert(groups::eu.memberships().size() == 38 &&
              groups::euro_area.memberships().size() == 29);
static_assert(groups::g7.memberships().size() == 7 && groups::brics.memberships().size() == 10);
// The records become memberships as written, sorted by country and indexed.
static_assert(groups::eu.memberships_of("GB"_country).size() == 1 &&
              groups::eu.memberships_of("GB"_country)[0] ==
                  cited::membership{"GB"_country, ymd(1973, 1, 1), ymd(2020, 2, 1)});
static_assert(groups::brics.memberships_of("ID"_country)[0] ==
              cited::membership{"ID"_country, ymd(2025, 1, 6), {}});
static_assert(groups::brics.memberships().back().member == "ZA"_country);
static_assert(groups::brics.memberships_of("FR"_country).empty());
static_assert(groups::g8.memberships().size() == 8 && groups::g20.memberships().size() == 19);
static_assert(groups::oecd.memberships().size() == 38 && groups::asean.memberships().size() == 11);
static_assert(groups::nato.memberships().size() == 32 &&
              groups::african_union.memberships().size() == 54);
// Territories, member groups and the list of built-ins are constant expressions too.
static_assert(groups::eu.contains("RE"_country, ymd(2024, 6, 1)));
static_assert(!groups::eu.contains("GL"_country, ymd(1986, 1, 1)));
static_assert(groups::state_of("GI"_country) == "GB"_country);
static_assert(!groups::state_of("GB"_country));
static_assert(groups::has_member_group(groups::g20, "AU", ymd(2023, 9, 9)));
static_assert(!groups::has_member_group(groups::g20, "AU", ymd(2023, 9, 8)));
static_assert(groups::builtin[0].id() == "EU" && groups::builtin[9].id() == "AU");
