// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/catalog/groups.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <vector>

using cited::country;
using cited::period;
using cited::ymd;
using namespace cited::literals;
namespace groups = cited::groups;

namespace groups_test {
bool has(const std::vector<country>& v, country c) {
  return std::find(v.begin(), v.end(), c) != v.end();
}
}  // namespace groups_test
using groups_test::has;

TEST_CASE("groups::eu") {
  SUBCASE("the UK was a member through 2020-01-31") {
    CHECK(groups::eu.contains("GB"_country, ymd(2020, 1, 31)));
    CHECK_FALSE(groups::eu.contains("GB"_country, ymd(2020, 2, 1)));
    CHECK_FALSE(groups::eu.contains("GB"_country, ymd(1972, 12, 31)));
    CHECK(groups::eu.contains("GB"_country, ymd(1973, 1, 1)));
  }
  SUBCASE("Croatia joined on 2013-07-01") {
    CHECK_FALSE(groups::eu.contains("HR"_country, ymd(2013, 6, 30)));
    CHECK(groups::eu.contains("HR"_country, ymd(2013, 7, 1)));
  }
  SUBCASE("27 members in mid-2024, 28 in 2019") {
    CHECK(groups::eu.members_at(ymd(2024, 6, 30)).size() == 27);
    CHECK(groups::eu.members_at(ymd(2019, 6, 30)).size() == 28);
    CHECK(groups::eu.members_at(ymd(1958, 1, 1)).size() == 6);
    CHECK(groups::eu.members_at(ymd(1957, 12, 31)).empty());
  }
  SUBCASE("members_at is sorted and has no repeats") {
    const auto m = groups::eu.members_at(ymd(2024, 6, 30));
    CHECK(std::is_sorted(m.begin(), m.end()));
    CHECK(std::adjacent_find(m.begin(), m.end()) == m.end());
    CHECK_FALSE(has(m, "GB"_country));
    CHECK(has(m, "DE"_country));
  }
  SUBCASE("throughout and during a period") {
    const auto y2020 = period::parse("2020");
    CHECK_FALSE(has(groups::eu.members_throughout(y2020), "GB"_country));
    CHECK(has(groups::eu.members_during(y2020), "GB"_country));
    CHECK(groups::eu.members_throughout(y2020).size() == 27);
    CHECK(groups::eu.members_during(y2020).size() == 28);
    CHECK(has(groups::eu.members_throughout(period::parse("2020-01")), "GB"_country));
    CHECK_FALSE(has(groups::eu.members_during(period::parse("2020-02/2024")), "GB"_country));
    CHECK(groups::eu.members_during(period::parse("1950/1957")).empty());
  }
  CHECK(groups::eu.id() == "EU");
  CHECK(groups::eu.name() == "European Union");
  CHECK(groups::eu.members_ever().size() == 28);
}

TEST_CASE("groups::euro_area") {
  CHECK_FALSE(groups::euro_area.contains("HR"_country, ymd(2022, 12, 31)));
  CHECK(groups::euro_area.contains("HR"_country, ymd(2023, 1, 1)));
  CHECK_FALSE(groups::euro_area.contains("BG"_country, ymd(2025, 12, 31)));
  CHECK(groups::euro_area.contains("BG"_country, ymd(2026, 1, 1)));
  CHECK(groups::euro_area.members_at(ymd(1999, 1, 1)).size() == 11);
  CHECK(groups::euro_area.members_at(ymd(2025, 6, 30)).size() == 20);
  CHECK(groups::euro_area.members_at(ymd(2026, 6, 30)).size() == 21);
  // Every euro-area member is an EU member whenever it is in the euro area.
  for (const auto& m : groups::euro_area.memberships()) {
    INFO(m.member);
    CHECK(groups::eu.contains(m.member, m.from));
  }
}

TEST_CASE("groups::g7") {
  CHECK(groups::g7.members_at(ymd(2024, 6, 30)).size() == 7);
  CHECK_FALSE(groups::g7.contains("CA"_country, ymd(1975, 11, 15)));
  CHECK(groups::g7.contains("CA"_country, ymd(1976, 6, 27)));
  CHECK_FALSE(groups::g7.contains("RU"_country, ymd(2000, 1, 1)));
}

TEST_CASE("groups::brics") {
  SUBCASE("Egypt, Ethiopia, Iran and the UAE from 2024-01-01") {
    for (country c : {"EG"_country, "ET"_country, "IR"_country, "AE"_country}) {
      INFO(c);
      CHECK_FALSE(groups::brics.contains(c, ymd(2023, 12, 31)));
      CHECK(groups::brics.contains(c, ymd(2024, 1, 1)));
    }
  }
  SUBCASE("Indonesia from 2025") {
    CHECK_FALSE(groups::brics.contains("ID"_country, ymd(2024, 12, 31)));
    CHECK(groups::brics.contains("ID"_country, ymd(2025, 6, 30)));
    CHECK(has(groups::brics.members_throughout(period::parse("2025-02/2025-12")), "ID"_country));
  }
  SUBCASE("sizes over time") {
    CHECK(groups::brics.members_at(ymd(2009, 6, 16)).size() == 4);
    CHECK(groups::brics.members_at(ymd(2023, 6, 30)).size() == 5);
    CHECK(groups::brics.members_at(ymd(2024, 6, 30)).size() == 9);
    CHECK(groups::brics.members_at(ymd(2025, 6, 30)).size() == 10);
  }
  CHECK_FALSE(groups::brics.contains("SA"_country, ymd(2025, 6, 30)));
}
