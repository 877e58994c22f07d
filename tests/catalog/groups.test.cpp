// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/catalog/groups.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <string_view>
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
    CHECK(groups::states_at(groups::eu, ymd(2024, 6, 30)).size() == 27);
    CHECK(groups::eu.members_at(ymd(2024, 6, 30)).size() == 34);  // and 7 territories
    CHECK(groups::states_at(groups::eu, ymd(2019, 6, 30)).size() == 28);
    CHECK(groups::eu.members_at(ymd(2019, 6, 30)).size() == 36);  // and 8, with Gibraltar
    CHECK(groups::states_at(groups::eu, ymd(1958, 1, 1)).size() == 6);
    CHECK(groups::eu.members_at(ymd(1958, 1, 1)).size() == 12);  // and 6 French territories
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
    CHECK(groups::eu.members_throughout(y2020).size() == 34);
    CHECK(groups::eu.members_during(y2020).size() == 36);
    CHECK(has(groups::eu.members_throughout(period::parse("2020-01")), "GB"_country));
    CHECK_FALSE(has(groups::eu.members_during(period::parse("2020-02/2024")), "GB"_country));
    CHECK(groups::eu.members_during(period::parse("1950/1957")).empty());
  }
  CHECK(groups::eu.id() == "EU");
  CHECK(groups::eu.name() == "European Union");
  CHECK(groups::eu.members_ever().size() == 38);
}

TEST_CASE("groups::euro_area") {
  CHECK_FALSE(groups::euro_area.contains("HR"_country, ymd(2022, 12, 31)));
  CHECK(groups::euro_area.contains("HR"_country, ymd(2023, 1, 1)));
  CHECK_FALSE(groups::euro_area.contains("BG"_country, ymd(2025, 12, 31)));
  CHECK(groups::euro_area.contains("BG"_country, ymd(2026, 1, 1)));
  CHECK(groups::states_at(groups::euro_area, ymd(1999, 1, 1)).size() == 11);
  CHECK(groups::euro_area.members_at(ymd(1999, 1, 1)).size() == 18);
  CHECK(groups::states_at(groups::euro_area, ymd(2025, 6, 30)).size() == 20);
  CHECK(groups::euro_area.members_at(ymd(2025, 6, 30)).size() == 27);
  CHECK(groups::states_at(groups::euro_area, ymd(2026, 6, 30)).size() == 21);
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
  CHECK_FALSE(groups::brics.contains("ZA"_country, ymd(2010, 12, 22)));
  CHECK(groups::brics.contains("ZA"_country, ymd(2010, 12, 23)));
}

TEST_CASE("groups::eu: territories") {
  SUBCASE("the outermost regions") {
    for (country c :
         {"RE"_country, "GF"_country, "GP"_country, "MQ"_country, "YT"_country, "MF"_country}) {
      INFO(c);
      CHECK(groups::eu.contains(c, ymd(2024, 6, 1)));
      CHECK(groups::euro_area.contains(c, ymd(2024, 6, 1)));
      CHECK(groups::state_of(c) == "FR"_country);
    }
    CHECK(groups::eu.contains("RE"_country, ymd(1958, 1, 1)));
    CHECK_FALSE(groups::eu.contains("YT"_country, ymd(2013, 12, 31)));
    CHECK(groups::eu.contains("YT"_country, ymd(2014, 1, 1)));
  }
  SUBCASE("Aland with Finland") {
    CHECK_FALSE(groups::eu.contains("AX"_country, ymd(1994, 12, 31)));
    CHECK(groups::eu.contains("AX"_country, ymd(1995, 1, 1)));
    CHECK(groups::eu.contains("AX"_country, ymd(2024, 6, 1)));
    CHECK(groups::euro_area.contains("AX"_country, ymd(1999, 1, 1)));
    CHECK(groups::state_of("AX"_country) == "FI"_country);
  }
  SUBCASE("Gibraltar with the UK") {
    CHECK(groups::eu.contains("GI"_country, ymd(2019, 6, 1)));
    CHECK_FALSE(groups::eu.contains("GI"_country, ymd(2020, 2, 1)));
    CHECK_FALSE(groups::euro_area.contains("GI"_country, ymd(2019, 6, 1)));
  }
  SUBCASE("Greenland 1973-1985, Saint-Barthelemy until 2012") {
    CHECK(groups::eu.contains("GL"_country, ymd(1980, 6, 1)));
    CHECK_FALSE(groups::eu.contains("GL"_country, ymd(1986, 6, 1)));
    CHECK_FALSE(groups::eu.contains("BL"_country, ymd(2013, 6, 1)));
    CHECK(groups::eu.contains("BL"_country, ymd(2011, 12, 31)));
    CHECK_FALSE(groups::euro_area.contains("BL"_country, ymd(2012, 1, 1)));
  }
  SUBCASE("historic entries and states are not territories") {
    CHECK_FALSE(groups::eu.contains("DDDE"_country, ymd(1989, 6, 1)));
    CHECK_FALSE(groups::state_of("FR"_country));
    CHECK_FALSE(groups::eu.contains("DZ"_country, ymd(1960, 1, 1)));
  }
  SUBCASE("every territory is a member only while its state is") {
    for (const cited::country_group& g : {groups::eu, groups::euro_area}) {
      for (const auto& m : g.memberships()) {
        if (const auto s = groups::state_of(m.member)) {
          INFO(g.id() << ' ' << m.member);
          CHECK(g.contains(*s, m.from));
        }
      }
    }
  }
}

TEST_CASE("groups::g8") {
  CHECK(groups::g8.contains("RU"_country, ymd(2010, 6, 30)));
  CHECK_FALSE(groups::g8.contains("RU"_country, ymd(2015, 6, 30)));
  CHECK_FALSE(groups::g8.contains("RU"_country, ymd(1997, 6, 20)));
  CHECK(groups::g8.members_at(ymd(2010, 6, 30)).size() == 8);
  CHECK(groups::g8.members_at(ymd(2014, 3, 24)).empty());
  // Over its span, the G8 is the G7 and Russia.
  auto g7 = groups::g7.members_at(ymd(2010, 6, 30));
  g7.push_back("RU"_country);
  std::sort(g7.begin(), g7.end());
  CHECK(groups::g8.members_at(ymd(2010, 6, 30)) == g7);
}

TEST_CASE("groups::g20") {
  CHECK(groups::g20.members_at(ymd(2024, 6, 30)).size() == 19);  // countries only
  CHECK_FALSE(groups::g20.contains("RU"_country, ymd(1999, 12, 14)));
  CHECK(groups::g20.contains("RU"_country, ymd(2024, 6, 30)));
  SUBCASE("the EU and the African Union are member groups") {
    CHECK(groups::has_member_group(groups::g20, "EU", ymd(2000, 1, 1)));
    CHECK_FALSE(groups::has_member_group(groups::g20, "AU", ymd(2023, 9, 8)));
    CHECK(groups::has_member_group(groups::g20, "AU", ymd(2023, 9, 9)));
    const auto m = groups::member_groups_at(groups::g20, ymd(2024, 6, 30));
    REQUIRE(m.size() == 2);
    CHECK(m[0].member == "EU");
    CHECK(m[1].name == "African Union");
    CHECK(groups::member_groups_at(groups::g20, ymd(2010, 1, 1)).size() == 1);
    CHECK(groups::member_groups_at(groups::g7, ymd(2024, 6, 30)).size() == 1);
    CHECK_FALSE(groups::has_member_group(groups::g7, "EU", ymd(1976, 6, 27)));
    CHECK(groups::has_member_group(groups::g8, "EU", ymd(2010, 6, 30)));
    CHECK_FALSE(groups::has_member_group(groups::g8, "EU", ymd(2015, 6, 30)));
    CHECK(groups::member_groups_at(groups::nato, ymd(2024, 6, 30)).empty());
  }
}

TEST_CASE("groups::oecd") {
  CHECK(groups::oecd.members_at(ymd(1961, 9, 30)).size() == 17);
  CHECK(groups::oecd.members_at(ymd(1962, 3, 29)).size() == 20);  // the founders
  CHECK(groups::oecd.contains("CR"_country, ymd(2021, 5, 25)));
  CHECK_FALSE(groups::oecd.contains("CR"_country, ymd(2021, 5, 24)));
  CHECK(groups::oecd.members_at(ymd(2025, 6, 30)).size() == 38);  // since Costa Rica joined
  CHECK(groups::oecd.members_at(ymd(2021, 5, 24)).size() == 37);
  CHECK(groups::oecd.members_at(ymd(2018, 7, 5)).size() == 36);
  CHECK(groups::oecd.members_at(ymd(2010, 12, 9)).size() == 34);
}

TEST_CASE("groups::asean") {
  CHECK(groups::asean.members_at(ymd(1967, 8, 8)).size() == 5);
  // Brunei from 1984-01-07, as the ASEAN Secretariat dates it.
  CHECK_FALSE(groups::asean.contains("BN"_country, ymd(1984, 1, 6)));
  CHECK(groups::asean.contains("BN"_country, ymd(1984, 1, 7)));
  CHECK(groups::asean.members_at(ymd(1999, 4, 30)).size() == 10);
  CHECK(groups::asean.members_at(ymd(2025, 10, 25)).size() == 10);
  CHECK(groups::asean.members_at(ymd(2025, 10, 26)).size() == 11);
}

TEST_CASE("groups::nato") {
  CHECK(groups::nato.members_at(ymd(1949, 8, 24)).size() == 12);
  CHECK(groups::nato.members_at(ymd(1999, 3, 12)).size() == 19);
  CHECK(groups::nato.members_at(ymd(2004, 3, 29)).size() == 26);
  CHECK(groups::nato.members_at(ymd(2020, 3, 27)).size() == 30);
  CHECK(groups::nato.members_at(ymd(2023, 4, 4)).size() == 31);
  CHECK(groups::nato.members_at(ymd(2024, 3, 6)).size() == 31);
  CHECK(groups::nato.members_at(ymd(2024, 3, 7)).size() == 32);
  CHECK_FALSE(groups::nato.contains("FI"_country, ymd(2023, 4, 3)));
  CHECK(groups::nato.contains("FI"_country, ymd(2023, 4, 4)));
}

TEST_CASE("groups::african_union") {
  const auto& au = groups::african_union;
  CHECK(au.id() == "AU");
  CHECK(au.members_at(ymd(2002, 7, 8)).empty());
  CHECK(au.members_at(ymd(2002, 7, 9)).size() == 52);  // the Sahrawi Republic has no ISO code
  CHECK_FALSE(au.contains("SS"_country, ymd(2011, 7, 25)));
  CHECK(au.contains("SS"_country, ymd(2011, 7, 26)));
  CHECK_FALSE(au.contains("MA"_country, ymd(2017, 1, 29)));
  CHECK(au.contains("MA"_country, ymd(2017, 1, 30)));
  CHECK(au.members_at(ymd(2024, 6, 30)).size() == 54);
  CHECK_FALSE(au.contains("EH"_country, ymd(2024, 6, 30)));
}

TEST_CASE("groups::builtin") {
  CHECK(std::size(groups::builtin) == 10);
  for (const cited::country_group& g : groups::builtin) {
    INFO(g.id());
    CHECK_FALSE(g.memberships().empty());
  }
  // Every member group is a built-in group, in a built-in group.
  const auto known = [](std::string_view id) {
    for (const cited::country_group& g : groups::builtin) {
      if (g.id() == id) return true;
    }
    return false;
  };
  for (const auto& m : groups::member_groups()) {
    INFO(m.group << ' ' << m.member);
    CHECK(known(m.group));
    CHECK(known(m.member));
  }
}
