// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/value/country_group.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <cstdint>
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

TEST_CASE("country_group, indexed by country") {
  // Two intervals of one country, given out of country order.
  static constexpr std::array<cited::membership, 4> given = {{
      {"NO"_country, ymd(1960, 5, 3), ymd(1973, 1, 1)},
      {"DK"_country, ymd(1960, 5, 3), ymd(1973, 1, 1)},
      {"NO"_country, ymd(1990, 1, 1), {}},
      {"IS"_country, ymd(1970, 3, 1), {}},
  }};
  static constexpr auto indexed = cited::make_indexed_memberships(given);
  constexpr cited::country_group g{"X", "Example", indexed.memberships, indexed.by_country};
  const cited::country_group plain{"X", "Example", given};

  SUBCASE("sorted by country, the given order kept within one") {
    CHECK(indexed.memberships[0].member == "DK"_country);
    CHECK(indexed.memberships[1].member == "IS"_country);
    CHECK(indexed.memberships[2] == given[0]);
    CHECK(indexed.memberships[3] == given[2]);
    CHECK(g.memberships_of("NO"_country).size() == 2);
    CHECK(g.memberships_of("SE"_country).empty());
    CHECK(plain.memberships_of("SE"_country).size() == 4);
  }
  SUBCASE("answers as the unindexed group does, on every country and day probed") {
    for (const country c : country::all()) {
      for (const auto d : {ymd(1960, 5, 2), ymd(1960, 5, 3), ymd(1972, 12, 31), ymd(1973, 1, 1),
                           ymd(1980, 1, 1), ymd(1990, 1, 1), ymd(2024, 6, 1)}) {
        CHECK(g.contains(c, d) == plain.contains(c, d));
      }
    }
    static_assert(g.contains("NO"_country, ymd(1972, 12, 31)));
    static_assert(!g.contains("NO"_country, ymd(1980, 1, 1)));
    static_assert(g.contains("NO"_country, ymd(1990, 1, 1)));
    CHECK(g.members_ever() == plain.members_ever());
  }
  SUBCASE("an index that does not describe the memberships is refused") {
    auto bad = indexed.by_country;
    bad.back() = 3;
    CHECK_THROWS_AS(cited::country_group("X", "Example", indexed.memberships, bad),
                    cited::country_group_error);
    CHECK_THROWS_AS(cited::country_group("X", "Example", given, indexed.by_country),
                    cited::country_group_error);
    const std::array<std::uint16_t, 3> short_index{0, 0, 4};
    CHECK_THROWS_AS(cited::country_group("X", "Example", indexed.memberships, short_index),
                    cited::country_group_error);
  }
}
