// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/value/country_group.hpp>

#include <cited/catalog/groups.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <concepts>
#include <vector>

using cited::country;
using cited::period;
using cited::ymd;
using namespace cited::literals;
namespace groups = cited::groups;

// Membership queries are constant expressions.
static_assert(groups::eu.contains("GB"_country, ymd(2020, 1, 31)));
static_assert(!groups::eu.contains("GB"_country, ymd(2020, 2, 1)));

// There is no membership query without a date.
template <class G>
concept dateless_contains = requires(const G& g, country c) {
  g.contains(c);
};
static_assert(!dateless_contains<cited::country_group>);
static_assert(!dateless_contains<cited::dynamic_country_group>);

namespace {
bool has(const std::vector<country>& v, country c) {
  return std::find(v.begin(), v.end(), c) != v.end();
}
}  // namespace

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

TEST_CASE("country_group, built at compile time") {
  static constexpr cited::membership benelux_members[] = {
      {"BE"_country, ymd(1944, 9, 5), {}},
      {"NL"_country, ymd(1944, 9, 5), {}},
      {"LU"_country, ymd(1944, 9, 5), {}},
  };
  constexpr cited::country_group benelux{"BNL", "Benelux customs union", benelux_members};
  static_assert(benelux.contains("LU"_country, ymd(2000, 1, 1)));
  CHECK(benelux.members_at(ymd(2000, 1, 1)).size() == 3);
  CHECK(benelux.members_at(ymd(1944, 9, 4)).empty());
}

TEST_CASE("dynamic_country_group") {
  cited::dynamic_country_group g{"X", "a synthetic group for tests"};
  g.add("FR"_country, ymd(2000, 1, 1), ymd(2005, 1, 1)).add("DE"_country, ymd(2001, 1, 1));

  SUBCASE("queries") {
    CHECK(g.contains("FR"_country, ymd(2004, 12, 31)));
    CHECK_FALSE(g.contains("FR"_country, ymd(2005, 1, 1)));
    CHECK(g.members_at(ymd(2002, 1, 1)) == std::vector{"DE"_country, "FR"_country});
    CHECK(g.view().members_at(ymd(2002, 1, 1)) == g.members_at(ymd(2002, 1, 1)));
    CHECK(g.view().name() == "a synthetic group for tests");
  }
  SUBCASE("a country may leave and rejoin; abutting intervals join up") {
    g.add("FR"_country, ymd(2005, 1, 1), ymd(2010, 1, 1));
    g.add("FR"_country, ymd(2012, 1, 1));
    CHECK(has(g.members_throughout(period::parse("2000/2009")), "FR"_country));
    CHECK_FALSE(has(g.members_throughout(period::parse("2000/2011")), "FR"_country));
    CHECK_FALSE(g.contains("FR"_country, ymd(2011, 6, 1)));
    CHECK(g.contains("FR"_country, ymd(2030, 6, 1)));
    CHECK(has(g.members_during(period::parse("2011/2012")), "FR"_country));
    CHECK_FALSE(has(g.members_during(period::parse("2010/2011")), "FR"_country));
  }
  SUBCASE("bad intervals are refused and leave the group unchanged") {
    CHECK_THROWS_AS(g.add("FR"_country, ymd(2004, 1, 1)), cited::country_group_error);
    CHECK_THROWS_AS(g.add("FR"_country, ymd(1990, 1, 1), ymd(2000, 1, 2)),
                    cited::country_group_error);
    CHECK_THROWS_AS(g.add("IT"_country, ymd(2000, 1, 1), ymd(2000, 1, 1)),
                    cited::country_group_error);
    CHECK_THROWS_AS(g.add("IT"_country, ymd(2001, 2, 30)), cited::country_group_error);
    CHECK(g.memberships().size() == 2);
    CHECK_FALSE(g.contains("IT"_country, ymd(2001, 3, 1)));
    // Touching is not overlapping: FR may rejoin the day it left.
    CHECK_NOTHROW(g.add("FR"_country, ymd(2005, 1, 1)));
  }
  SUBCASE("the constexpr form validates too") {
    const cited::membership overlapping[] = {
        {"FR"_country, ymd(2000, 1, 1), {}},
        {"FR"_country, ymd(2003, 1, 1), {}},
    };
    CHECK_THROWS_AS(cited::country_group("Y", "bad", overlapping), cited::country_group_error);
  }
}
