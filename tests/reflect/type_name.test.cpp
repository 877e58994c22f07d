// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/reflect/type_name.hpp>

#include <doctest/doctest.h>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace user {
struct point {
  int x = 0;
};
BOOST_DESCRIBE_STRUCT(point, (), (x))
struct chart {};
BOOST_DESCRIBE_STRUCT(chart, (), ())
enum class shade { light, dark };
BOOST_DESCRIBE_ENUM(shade, light, dark)
struct renamed {};
}  // namespace user

template <>
inline constexpr std::string_view cited::type_name<user::renamed> = "alias";

TEST_CASE("type_name") {
  SUBCASE("fixed names for scalars and strings") {
    static_assert(cited::type_name<bool> == "bool");
    static_assert(cited::type_name<std::int32_t> == "int32");
    static_assert(cited::type_name<std::uint8_t> == "uint8");
    static_assert(cited::type_name<std::int64_t> == "int64");
    static_assert(cited::type_name<double> == "double");
    static_assert(cited::type_name<float> == "float");
    static_assert(cited::type_name<std::string> == "string");
    static_assert(cited::type_name<std::chrono::year_month_day> == "date");
    CHECK(cited::type_name<std::uint16_t> == "uint16");
  }
  SUBCASE("a class or enum's unqualified name") {
    static_assert(cited::type_name<user::chart> == "chart");
    static_assert(cited::type_name<user::shade> == "shade");
    CHECK(cited::type_name<user::point> == "point");
  }
  SUBCASE("none for a template, unless specialized") {
    static_assert(cited::type_name<std::vector<int>>.empty());
    static_assert(cited::type_name<user::renamed> == "alias");
    CHECK(cited::type_name<std::optional<int>>.empty());
  }
}
