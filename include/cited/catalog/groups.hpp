// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0
//
// The built-in country groups. Every date here is a first day of membership, or the first day
// after it ended, and comes from the body itself or its statistics office; the comments say
// which. Included from <cited/value/country_group.hpp>.

#ifndef CITED_CATALOG_GROUPS_HPP
#define CITED_CATALOG_GROUPS_HPP

#include <cited/value/country_group.hpp>

namespace cited::detail::group_data {

using namespace cited::literals;

// clang-format off

// The EU's member states. The EEC (Treaty of Rome in force 1958-01-01) is counted as the EU, by
// convention. Enlargement dates: European Commission, "Together in the EU" and the European
// Parliament's enlargement history. The UK left at midnight CET on 2020-01-31.
inline constexpr membership eu[] = {
    {"BE"_country, ymd(1958, 1, 1), {}},  {"DE"_country, ymd(1958, 1, 1), {}},
    {"FR"_country, ymd(1958, 1, 1), {}},  {"IT"_country, ymd(1958, 1, 1), {}},
    {"LU"_country, ymd(1958, 1, 1), {}},  {"NL"_country, ymd(1958, 1, 1), {}},
    {"DK"_country, ymd(1973, 1, 1), {}},  {"IE"_country, ymd(1973, 1, 1), {}},
    {"GB"_country, ymd(1973, 1, 1), ymd(2020, 2, 1)},
    {"GR"_country, ymd(1981, 1, 1), {}},  {"ES"_country, ymd(1986, 1, 1), {}},
    {"PT"_country, ymd(1986, 1, 1), {}},  {"AT"_country, ymd(1995, 1, 1), {}},
    {"FI"_country, ymd(1995, 1, 1), {}},  {"SE"_country, ymd(1995, 1, 1), {}},
    {"CY"_country, ymd(2004, 5, 1), {}},  {"CZ"_country, ymd(2004, 5, 1), {}},
    {"EE"_country, ymd(2004, 5, 1), {}},  {"HU"_country, ymd(2004, 5, 1), {}},
    {"LV"_country, ymd(2004, 5, 1), {}},  {"LT"_country, ymd(2004, 5, 1), {}},
    {"MT"_country, ymd(2004, 5, 1), {}},  {"PL"_country, ymd(2004, 5, 1), {}},
    {"SK"_country, ymd(2004, 5, 1), {}},  {"SI"_country, ymd(2004, 5, 1), {}},
    {"BG"_country, ymd(2007, 1, 1), {}},  {"RO"_country, ymd(2007, 1, 1), {}},
    {"HR"_country, ymd(2013, 7, 1), {}},
};

// Member states that use the euro. Dates: Eurostat, "Glossary: Euro area enlargements";
// Croatia 2023-01-01 and Bulgaria 2026-01-01 by the Council decisions admitting them.
inline constexpr membership euro_area[] = {
    {"AT"_country, ymd(1999, 1, 1), {}}, {"BE"_country, ymd(1999, 1, 1), {}},
    {"DE"_country, ymd(1999, 1, 1), {}}, {"ES"_country, ymd(1999, 1, 1), {}},
    {"FI"_country, ymd(1999, 1, 1), {}}, {"FR"_country, ymd(1999, 1, 1), {}},
    {"IE"_country, ymd(1999, 1, 1), {}}, {"IT"_country, ymd(1999, 1, 1), {}},
    {"LU"_country, ymd(1999, 1, 1), {}}, {"NL"_country, ymd(1999, 1, 1), {}},
    {"PT"_country, ymd(1999, 1, 1), {}}, {"GR"_country, ymd(2001, 1, 1), {}},
    {"SI"_country, ymd(2007, 1, 1), {}}, {"CY"_country, ymd(2008, 1, 1), {}},
    {"MT"_country, ymd(2008, 1, 1), {}}, {"SK"_country, ymd(2009, 1, 1), {}},
    {"EE"_country, ymd(2011, 1, 1), {}}, {"LV"_country, ymd(2014, 1, 1), {}},
    {"LT"_country, ymd(2015, 1, 1), {}}, {"HR"_country, ymd(2023, 1, 1), {}},
    {"BG"_country, ymd(2026, 1, 1), {}},
};

// The Group of Seven, from the first summit (Rambouillet, 1975-11-15); Canada from the San Juan
// summit, 1976-06-27. The EU takes part but is not a country.
inline constexpr membership g7[] = {
    {"FR"_country, ymd(1975, 11, 15), {}}, {"DE"_country, ymd(1975, 11, 15), {}},
    {"IT"_country, ymd(1975, 11, 15), {}}, {"JP"_country, ymd(1975, 11, 15), {}},
    {"GB"_country, ymd(1975, 11, 15), {}}, {"US"_country, ymd(1975, 11, 15), {}},
    {"CA"_country, ymd(1976, 6, 27), {}},
};

// BRICS, from the first BRIC leaders' summit (Yekaterinburg, 2009-06-16). South Africa from its
// invitation as a full member on 2010-12-24 (first summit attended: Sanya, 2011-04-14). Egypt,
// Ethiopia, Iran and the UAE from 2024-01-01; Indonesia from 2025-01-06, when Brazil, as chair,
// announced its admission. Saudi Arabia was invited but has not confirmed, so it is not listed.
inline constexpr membership brics[] = {
    {"BR"_country, ymd(2009, 6, 16), {}}, {"RU"_country, ymd(2009, 6, 16), {}},
    {"IN"_country, ymd(2009, 6, 16), {}}, {"CN"_country, ymd(2009, 6, 16), {}},
    {"ZA"_country, ymd(2010, 12, 24), {}}, {"EG"_country, ymd(2024, 1, 1), {}},
    {"ET"_country, ymd(2024, 1, 1), {}}, {"IR"_country, ymd(2024, 1, 1), {}},
    {"AE"_country, ymd(2024, 1, 1), {}}, {"ID"_country, ymd(2025, 1, 6), {}},
};

// clang-format on

}  // namespace cited::detail::group_data

namespace cited::groups {

/// The European Union's member states since 1958 (the EEC counted as the EU).
inline constexpr country_group eu{"EU", "European Union", detail::group_data::eu};
/// The EU member states that use the euro, since 1999.
inline constexpr country_group euro_area{"EA", "Euro area", detail::group_data::euro_area};
/// The Group of Seven, since 1975.
inline constexpr country_group g7{"G7", "Group of Seven", detail::group_data::g7};
/// BRICS, since the first BRIC summit in 2009.
inline constexpr country_group brics{"BRICS", "BRICS", detail::group_data::brics};

}  // namespace cited::groups

#endif  // CITED_CATALOG_GROUPS_HPP
