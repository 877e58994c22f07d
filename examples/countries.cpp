// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0
//
// A tour of countries and country groups: lookups, literals, historic codes and dated membership.

#include <cited/cited.hpp>

#include <iostream>

int main() {
  using namespace cited::literals;

  // A literal is checked at compile time: "XX"_country or "cn"_country does not compile.
  constexpr cited::country cn = "CN"_country;
  std::cout << cn << " / " << cn.alpha3() << " / " << *cn.numeric() << ": " << cn.name() << " ("
            << cn.official_name() << ")\n";

  // Lookups at run time return std::optional.
  for (const char* name : {"South Korea", "UK", "united states of america", "Atlantis"}) {
    if (const auto c = cited::country::from_name(name)) {
      std::cout << '"' << name << "\" is " << *c << ", " << c->display_name() << '\n';
    } else {
      std::cout << '"' << name << "\" is not a country name\n";
    }
  }
  if (const auto c = cited::country::from_numeric(840)) std::cout << "840 is " << *c << '\n';

  // Withdrawn codes live on in ISO 3166-3, keyed by alpha-4 because alpha-2 codes were reused.
  const auto su = "SUHH"_country;
  std::cout << su << " (" << su.name() << ") was withdrawn on " << *su.withdrawal_date() << '\n';

  // Groups change over time, so every membership question names a date or a period.
  const auto& eu = cited::groups::eu;
  std::cout << std::boolalpha;
  std::cout << "GB in the EU on 2020-01-31: " << eu.contains("GB"_country, cited::ymd(2020, 1, 31))
            << ", on 2020-02-01: " << eu.contains("GB"_country, cited::ymd(2020, 2, 1)) << '\n';
  // Members are states and territories with their own ISO code (Reunion, Aland, ...).
  std::cout << "EU members on 2024-06-30: " << eu.members_at(cited::ymd(2024, 6, 30)).size()
            << ", of which member states: "
            << cited::groups::states_at(eu, cited::ymd(2024, 6, 30)).size() << '\n';
  std::cout << "BRICS members throughout 2025:";
  for (const auto c : cited::groups::brics.members_throughout(cited::period::parse("2025")))
    std::cout << ' ' << c;
  std::cout << '\n';

  // Your own group, built at run time.
  cited::dynamic_country_group g{"AUKUS", "AUKUS security pact"};
  g.add("AU"_country, cited::ymd(2021, 9, 15))
      .add("GB"_country, cited::ymd(2021, 9, 15))
      .add("US"_country, cited::ymd(2021, 9, 15));
  std::cout << g.name() << " members in 2024: " << g.members_at(cited::ymd(2024, 1, 1)).size()
            << '\n';
}
