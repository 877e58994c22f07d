// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/value/country_group.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <vector>

using cited::country;
using cited::period;
using cited::ymd;
using namespace cited::literals;

namespace {
bool has(const std::vector<country>& v, country c) {
  return std::find(v.begin(), v.end(), c) != v.end();
}
}  // namespace

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
