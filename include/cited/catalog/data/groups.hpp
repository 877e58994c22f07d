// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0
//
// The dated memberships of the built-in country groups, as plain records: ISO 3166 alpha-2 codes
// and dates as year, month and day. Every date is a first day of membership, or the first day
// after it ended, and comes from the body itself or its statistics office; the comments say
// which. <cited/catalog/groups.hpp> makes the groups (`cited::groups::eu`, ...) from them, and
// checks them at compile time.

#ifndef CITED_CATALOG_DATA_GROUPS_HPP
#define CITED_CATALOG_DATA_GROUPS_HPP

#include <cstdint>
#include <string_view>

namespace cited::detail {

// A calendar date; year 0 for none.
struct record_date {
  std::int16_t year = 0;
  std::uint8_t month = 0;
  std::uint8_t day = 0;
};

// One interval of membership, [from, until): the member's alpha-2 code, its first day as a
// member and the first day no longer a member (none while the membership lasts).
struct membership_record {
  std::string_view alpha2;
  record_date from;
  record_date until = {};
};

}  // namespace cited::detail

namespace cited::detail::group_data {

// clang-format off

// The EU's member states. The EEC (Treaty of Rome in force 1958-01-01) is counted as the EU, by
// convention. Enlargement dates: European Commission, "Together in the EU" and the European
// Parliament's enlargement history. The UK left at midnight CET on 2020-01-31.
inline constexpr membership_record eu[] = {
    {"BE", {1958, 1, 1}, {}},  {"DE", {1958, 1, 1}, {}},
    {"FR", {1958, 1, 1}, {}},  {"IT", {1958, 1, 1}, {}},
    {"LU", {1958, 1, 1}, {}},  {"NL", {1958, 1, 1}, {}},
    {"DK", {1973, 1, 1}, {}},  {"IE", {1973, 1, 1}, {}},
    {"GB", {1973, 1, 1}, {2020, 2, 1}},
    {"GR", {1981, 1, 1}, {}},  {"ES", {1986, 1, 1}, {}},
    {"PT", {1986, 1, 1}, {}},  {"AT", {1995, 1, 1}, {}},
    {"FI", {1995, 1, 1}, {}},  {"SE", {1995, 1, 1}, {}},
    {"CY", {2004, 5, 1}, {}},  {"CZ", {2004, 5, 1}, {}},
    {"EE", {2004, 5, 1}, {}},  {"HU", {2004, 5, 1}, {}},
    {"LV", {2004, 5, 1}, {}},  {"LT", {2004, 5, 1}, {}},
    {"MT", {2004, 5, 1}, {}},  {"PL", {2004, 5, 1}, {}},
    {"SK", {2004, 5, 1}, {}},  {"SI", {2004, 5, 1}, {}},
    {"BG", {2007, 1, 1}, {}},  {"RO", {2007, 1, 1}, {}},
    {"HR", {2013, 7, 1}, {}},
};

// Member states that use the euro. Dates: Eurostat, "Glossary: Euro area enlargements";
// Croatia 2023-01-01 and Bulgaria 2026-01-01 by the Council decisions admitting them.
inline constexpr membership_record euro_area[] = {
    {"AT", {1999, 1, 1}, {}}, {"BE", {1999, 1, 1}, {}},
    {"DE", {1999, 1, 1}, {}}, {"ES", {1999, 1, 1}, {}},
    {"FI", {1999, 1, 1}, {}}, {"FR", {1999, 1, 1}, {}},
    {"IE", {1999, 1, 1}, {}}, {"IT", {1999, 1, 1}, {}},
    {"LU", {1999, 1, 1}, {}}, {"NL", {1999, 1, 1}, {}},
    {"PT", {1999, 1, 1}, {}}, {"GR", {2001, 1, 1}, {}},
    {"SI", {2007, 1, 1}, {}}, {"CY", {2008, 1, 1}, {}},
    {"MT", {2008, 1, 1}, {}}, {"SK", {2009, 1, 1}, {}},
    {"EE", {2011, 1, 1}, {}}, {"LV", {2014, 1, 1}, {}},
    {"LT", {2015, 1, 1}, {}}, {"HR", {2023, 1, 1}, {}},
    {"BG", {2026, 1, 1}, {}},
};

// The Group of Seven, from the first summit (Rambouillet, 1975-11-15); Canada from the San Juan
// summit, 1976-06-27. The EU takes part but is not a country.
inline constexpr membership_record g7[] = {
    {"FR", {1975, 11, 15}, {}}, {"DE", {1975, 11, 15}, {}},
    {"IT", {1975, 11, 15}, {}}, {"JP", {1975, 11, 15}, {}},
    {"GB", {1975, 11, 15}, {}}, {"US", {1975, 11, 15}, {}},
    {"CA", {1976, 6, 27}, {}},
};

// BRICS, from the first BRIC leaders' summit (Yekaterinburg, 2009-06-16). South Africa from its
// invitation as a full member on 2010-12-24 (first summit attended: Sanya, 2011-04-14). Egypt,
// Ethiopia, Iran and the UAE from 2024-01-01; Indonesia from 2025-01-06, when Brazil, as chair,
// announced its admission. Saudi Arabia was invited but has not confirmed, so it is not listed.
inline constexpr membership_record brics[] = {
    {"BR", {2009, 6, 16}, {}}, {"RU", {2009, 6, 16}, {}},
    {"IN", {2009, 6, 16}, {}}, {"CN", {2009, 6, 16}, {}},
    {"ZA", {2010, 12, 24}, {}}, {"EG", {2024, 1, 1}, {}},
    {"ET", {2024, 1, 1}, {}}, {"IR", {2024, 1, 1}, {}},
    {"AE", {2024, 1, 1}, {}}, {"ID", {2025, 1, 6}, {}},
};

// clang-format on

}  // namespace cited::detail::group_data

#endif  // CITED_CATALOG_DATA_GROUPS_HPP
