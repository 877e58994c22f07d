// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/reflect/hash.hpp>

#include <doctest/doctest.h>

#include <cited/value/country.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <functional>
#include <optional>
#include <string>
#include <unordered_set>
#include <variant>
#include <vector>

namespace user {
enum class shade { light, dark };
BOOST_DESCRIBE_ENUM(shade, light, dark)

struct keyed {
  std::string name;
  std::vector<int> parts;
  std::optional<shade> tone;
  std::variant<int, std::string> extra;
  friend bool operator==(const keyed&, const keyed&) = default;
};
BOOST_DESCRIBE_STRUCT(keyed, (), (name, parts, tone, extra))
// A described struct with a member that only std::hash knows.
struct placed {
  cited::country where;
  int count = 0;
};
BOOST_DESCRIBE_STRUCT(placed, (), (where, count))
}  // namespace user

TEST_CASE("hash_value") {
  const user::keyed a{"a", {1, 2}, user::shade::dark, 3};
  SUBCASE("equal values hash alike") {
    CHECK(cited::hash_value(a) ==
          cited::hash_value(user::keyed{"a", {1, 2}, user::shade::dark, 3}));
  }
  SUBCASE("each member takes part") {
    CHECK(cited::hash_value(a) !=
          cited::hash_value(user::keyed{"b", {1, 2}, user::shade::dark, 3}));
    CHECK(cited::hash_value(a) !=
          cited::hash_value(user::keyed{"a", {2, 1}, user::shade::dark, 3}));
    CHECK(cited::hash_value(a) != cited::hash_value(user::keyed{"a", {1, 2}, std::nullopt, 3}));
    CHECK(cited::hash_value(a) !=
          cited::hash_value(user::keyed{"a", {1, 2}, user::shade::light, 3}));
    CHECK(cited::hash_value(a) !=
          cited::hash_value(user::keyed{"a", {1, 2}, user::shade::dark, std::string("3")}));
  }
  SUBCASE("unordered containers hash alike whatever their order") {
    std::unordered_set<std::string> a_set, b_set;
    for (int i = 0; i < 50; ++i) a_set.insert(std::to_string(i));
    for (int i = 49; i >= 0; --i) b_set.insert(std::to_string(i));
    b_set.rehash(512);
    REQUIRE(a_set == b_set);
    CHECK(cited::hash_value(a_set) == cited::hash_value(b_set));
    b_set.erase("7");
    CHECK(cited::hash_value(a_set) != cited::hash_value(b_set));
  }
  SUBCASE("as the hash of an unordered container") {
    std::unordered_set<user::keyed, cited::hash> set{a, a, user::keyed{"b", {}, {}, 0}};
    CHECK(set.size() == 2);
    CHECK(set.contains(a));
  }
  SUBCASE("cited's value classes, and described structs holding them") {
    using namespace cited::literals;
    CHECK(cited::hash_value("FR"_country) == std::hash<cited::country>{}("FR"_country));
    CHECK(cited::hash_value(user::placed{"FR"_country, 1}) ==
          cited::hash_value(user::placed{"FR"_country, 1}));
    CHECK(cited::hash_value(user::placed{"FR"_country, 1}) !=
          cited::hash_value(user::placed{"DE"_country, 1}));
    std::unordered_set<cited::country, cited::hash> countries{"FR"_country, "FR"_country};
    CHECK(countries.size() == 1);
  }
}
