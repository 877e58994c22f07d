// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/reflect/names.hpp>

#include <doctest/doctest.h>

#include "reflect/names_types.hpp"

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

TEST_CASE("field_names") {
  SUBCASE("a struct") {
    const auto names = cited::field_names<user::point>();
    CHECK(names.size() == 2);
    CHECK(names[0] == "x");
    CHECK(names[1] == "y");
  }
  SUBCASE("inherited members come first") {
    const auto names = cited::field_names<user::labelled>();
    REQUIRE(names.size() == 4);
    CHECK(names[0] == "x");
    CHECK(names[1] == "y");
    CHECK(names[2] == "label");
    CHECK(names[3] == "tags");
  }
  SUBCASE("private members of a described class") {
    const auto names = cited::field_names<user::account>();
    CHECK(names[0] == "owner_");
    CHECK(names[1] == "balance_");
  }
}

TEST_CASE("field_keys") {
  SUBCASE("the C++ names by default") {
    CHECK(cited::field_keys<user::labelled> == cited::field_names<user::labelled>());
  }
  SUBCASE("a specialization gives other spellings; field_names keeps the C++ ones") {
    const auto keys = cited::field_keys<user::titled>;
    CHECK(keys[0] == "container-title");
    CHECK(keys[1] == "N");
    CHECK(cited::field_names<user::titled>()[0] == "container_title");
  }
}

TEST_CASE("for_each_field") {
  SUBCASE("reads every member, in order") {
    const user::labelled v{{1, 2}, "p", {7}};
    std::vector<std::string> seen;
    cited::for_each_field(v, [&](std::string_view name, const auto& member) {
      using M = std::remove_cvref_t<decltype(member)>;
      std::string s(name);
      if constexpr (std::is_same_v<M, int>) s.append("=").append(std::to_string(member));
      if constexpr (std::is_same_v<M, std::string>) s.append("=").append(member);
      if constexpr (std::is_same_v<M, std::vector<int>>) {
        s.append("#").append(std::to_string(member.size()));
      }
      seen.push_back(s);
    });
    CHECK(seen == std::vector<std::string>{"x=1", "y=2", "label=p", "tags#1"});
  }
  SUBCASE("writes through a non-const object, private members included") {
    user::account a{"ada", 10};
    cited::for_each_field(a, [](std::string_view name, auto& member) {
      if constexpr (std::is_same_v<std::remove_cvref_t<decltype(member)>, long>) {
        CHECK(name == "balance_");
        member += 5;
      }
    });
    CHECK(a.balance() == 15);
    CHECK(a.owner() == "ada");
  }
  SUBCASE("a const object gives const members") {
    const user::point p{3, 4};
    cited::for_each_field(p, [](std::string_view, auto& member) {
      static_assert(std::is_const_v<std::remove_reference_t<decltype(member)>>);
    });
  }
}

TEST_CASE("enum_name") {
  CHECK(cited::enum_name(user::bound::exact) == "exact");
  CHECK(cited::enum_name(user::bound::less_than) == "less_than");
  CHECK(cited::enum_name(user::signal::low) == "low");
  CHECK(cited::enum_name(user::signal::mid) == "mid");
  CHECK(cited::enum_name(user::green) == "green");
  SUBCASE("an alias gives the first-declared name") {
    CHECK(cited::enum_name(user::signal::maximum) == "high");
  }
  SUBCASE("an unnamed value gives an empty name") {
    CHECK(cited::enum_name(static_cast<user::bound>(200)).empty());
    CHECK(cited::enum_name(static_cast<user::signal>(-41)).empty());
    CHECK(cited::enum_name(static_cast<user::signal>(1)).empty());
    CHECK(cited::enum_name(static_cast<user::signal>(1001)).empty());
  }
  SUBCASE("every enumerator round-trips") {
    for (const auto name : cited::enum_names<user::bound>()) {
      const auto e = cited::enum_from_name<user::bound>(name);
      REQUIRE(e);
      CHECK(cited::enum_name(*e) == name);
    }
  }
}

TEST_CASE("enum_from_name") {
  CHECK(cited::enum_from_name<user::signal>("maximum") == user::signal::maximum);
  CHECK(cited::enum_from_name<user::signal>("high") == user::signal::high);
  CHECK(cited::enum_from_name<user::plain>("blue") == user::blue);
  SUBCASE("exact match only") {
    CHECK_FALSE(cited::enum_from_name<user::bound>("Exact"));
    CHECK_FALSE(cited::enum_from_name<user::bound>("exac"));
    CHECK_FALSE(cited::enum_from_name<user::bound>("exactly"));
    CHECK_FALSE(cited::enum_from_name<user::bound>(""));
    CHECK_FALSE(cited::enum_from_name<user::bound>(std::string_view("exact\0", 6)));
  }
  SUBCASE("takes a string_view that is not null-terminated") {
    const std::string text = "at_leastXYZ";
    CHECK(cited::enum_from_name<user::bound>(std::string_view(text).substr(0, 8)) ==
          user::bound::at_least);
  }
}

TEST_CASE("enum lookups ignore a user's helpers of the same names") {
  CHECK(user::underlying(user::signal::mid) == 7);
  CHECK(cited::enum_name(user::signal::mid) == "mid");
  CHECK(cited::enum_from_name<user::signal>("off") == user::signal::off);
}

TEST_CASE("enum_names") {
  const auto names = cited::enum_names<user::signal>();
  CHECK(names == std::array<std::string_view, 5>{"low", "off", "high", "maximum", "mid"});
}
