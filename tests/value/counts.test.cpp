// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/value/counts.hpp>

#include <doctest/doctest.h>

#include "support.hpp"

#include <cited/csv.hpp>
#include <cited/json.hpp>

#include <boost/describe/class.hpp>

#include <cstdint>
#include <limits>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

using cited::count;
using cited::rank;
using cited::share;

using support::text;

TEST_CASE("count") {
  SUBCASE("adds, compares, and prints with thousands separators") {
    count c{23695};
    c += count{5};
    CHECK(c == count{23700});
    CHECK(count{2} < count{10});
    CHECK(count().value() == 0);
    CHECK(text(count{23695}) == "23,695");
    CHECK(text(count{100000}) == "100,000");
    CHECK(text(count{999}) == "999");
    CHECK(text(count{1234567}) == "1,234,567");
  }
  SUBCASE("is never negative and never wraps") {
    const int negative = -1;
    CHECK_THROWS_AS(count{negative}, std::invalid_argument);
    const count max{std::numeric_limits<std::uint64_t>::max()};
    CHECK_THROWS_AS(static_cast<void>(max + count{1}), std::overflow_error);
  }
}

TEST_CASE("rank") {
  SUBCASE("1 is first; of N is optional") {
    CHECK(rank{2, 190}.position() == 2);
    CHECK(rank{2, 190}.of() == 190u);
    CHECK(rank{3}.of() == std::nullopt);
    CHECK(rank{1}.better_than(rank{2}));
    CHECK(rank{4}.worse_than(rank{2}));
    CHECK_FALSE(rank{2}.better_than(rank{2}));
  }
  SUBCASE("the difference of two ranks is a distance in places") {
    CHECK(rank{5} - rank{2} == 3);
    CHECK(rank{2} - rank{5} == -3);
  }
  SUBCASE("place 0 and places after the last are refused") {
    const std::uint32_t zero = 0;
    CHECK_THROWS_AS(rank{zero}, std::invalid_argument);
    const std::uint32_t three = 3;
    CHECK_THROWS_AS((rank{three, 2}), std::invalid_argument);
    const int minus_one = -1;
    CHECK_THROWS_WITH_AS(rank{minus_one}, "cited: a rank starts at 1", std::invalid_argument);
    CHECK_THROWS_WITH_AS((rank{1, zero}), "cited: a rank is of at least one place",
                         std::invalid_argument);
    const long long too_far = 1LL << 40;
    CHECK_THROWS_AS(rank{too_far}, std::invalid_argument);
  }
  SUBCASE("prints as an English ordinal") {
    CHECK(text(rank{2, 190}) == "2nd of 190");
    CHECK(text(rank{1}) == "1st");
    CHECK(text(rank{3}) == "3rd");
    CHECK(text(rank{4}) == "4th");
    CHECK(text(rank{11}) == "11th");
    CHECK(text(rank{12}) == "12th");
    CHECK(text(rank{13}) == "13th");
    CHECK(text(rank{21}) == "21st");
    CHECK(text(rank{102}) == "102nd");
    CHECK(text(rank{111}) == "111th");
    CHECK(text(rank{1001, 2000}) == "1,001st of 2,000");
  }
}

TEST_CASE("share") {
  SUBCASE("k of n, with k <= n and n > 0") {
    const share s{12, 15};
    CHECK(s.k() == 12);
    CHECK(s.n() == 15);
    CHECK(static_cast<double>(s) == doctest::Approx(0.8));
    CHECK(text(s) == "12 of 15");
    const std::uint32_t sixteen = 16;
    CHECK_THROWS_WITH_AS((share{sixteen, 15}), "cited: a share's k must not exceed its n",
                         std::invalid_argument);
    const std::uint32_t zero = 0;
    CHECK_THROWS_AS((share{zero, zero}), std::invalid_argument);
    CHECK_THROWS_AS((share{-1, 15}), std::invalid_argument);
  }
  SUBCASE("equality is structural") {
    CHECK(share{12, 15} == share{12, 15});
    CHECK(share{12, 15} != share{4, 5});
  }
}

namespace quantity_user {
struct facts {
  count publications;
  rank place;
  share models;
  std::optional<rank> other;
  friend bool operator==(const facts&, const facts&) = default;
};
BOOST_DESCRIBE_STRUCT(facts, (), (publications, place, models, other))
}  // namespace quantity_user

TEST_CASE("count, rank and share in JSON and CSV") {
  const std::vector<quantity_user::facts> rows{{count{23695}, rank{2, 190}, share{12, 15}, rank{3}},
                                               {count{0}, rank{1}, share{0, 1}, std::nullopt}};
  SUBCASE("JSON") {
    CHECK(cited::to_json(rows[0]) ==
          R"({"publications":23695,"place":{"position":2,"of":190},"models":{"k":12,"n":15},)"
          R"("other":{"position":3}})");
    CHECK(cited::from_json<std::vector<quantity_user::facts>>(cited::to_json(rows)) == rows);
  }
  SUBCASE("CSV") {
    const std::string csv = cited::to_csv(rows, {.crlf = false});
    CHECK(csv ==
          "publications,place.position,place.of,models.k,models.n,other.position,other.of\n"
          "23695,2,190,12,15,3,\n"
          "0,1,,0,1,,\n");
    CHECK(cited::from_csv<quantity_user::facts>(csv) == rows);
  }
  SUBCASE("what a value class refuses is refused when read") {
    const auto neg = cited::try_from_json<count>("-1");
    REQUIRE_FALSE(neg);
    CHECK(neg.error().reason() == "expected an integer from 0 to 18446744073709551615, got -1");
    const auto zero = cited::try_from_json<rank>(R"({"position":0})");
    REQUIRE_FALSE(zero);
    CHECK(std::string_view(zero.error().what()) == "1:1: at $: cited: a rank starts at 1");
    const auto over = cited::try_from_json<share>(R"({"k":16,"n":15})");
    REQUIRE_FALSE(over);
    CHECK(over.error().reason() == "cited: a share's k must not exceed its n");
  }
}
