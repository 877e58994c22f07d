// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/catalog/groups.hpp>

using cited::ymd;
using namespace cited::literals;
namespace groups = cited::groups;

// Membership queries are constant expressions.
static_assert(groups::eu.contains("GB"_country, ymd(2020, 1, 31)));
static_assert(!groups::eu.contains("GB"_country, ymd(2020, 2, 1)));
static_assert(groups::eu.memberships().size() == 28 &&
              groups::euro_area.memberships().size() == 21);
static_assert(groups::g7.memberships().size() == 7 && groups::brics.memberships().size() == 10);
// The records become memberships as written.
static_assert(groups::eu.memberships()[8] ==
              cited::membership{"GB"_country, ymd(1973, 1, 1), ymd(2020, 2, 1)});
static_assert(groups::brics.memberships().back() ==
              cited::membership{"ID"_country, ymd(2025, 1, 6), {}});
