// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/reflect/category.hpp>

#include <cited/value/country.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <array>
#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <variant>
#include <vector>

namespace category_static {

struct point {
  int x = 0;
};
BOOST_DESCRIBE_STRUCT(point, (), (x))

enum class shade { light, dark };
BOOST_DESCRIBE_ENUM(shade, light, dark)

struct undescribed {};

}  // namespace category_static

namespace {

using category_static::point;
using cited::detail::category;
using cited::detail::category_of;

static_assert(category_of<cited::country> == category::string_form);
static_assert(category_of<bool> == category::boolean);
static_assert(category_of<std::int8_t> == category::integer);
static_assert(category_of<std::uint64_t> == category::integer);
static_assert(category_of<char> == category::none);
static_assert(category_of<float> == category::floating);
static_assert(category_of<double> == category::floating);
static_assert(category_of<std::string> == category::string);
static_assert(category_of<std::optional<point>> == category::optional);
static_assert(category_of<cited::located<int>> == category::located);
static_assert(category_of<std::vector<point>> == category::sequence);
static_assert(category_of<std::array<int, 3>> == category::array);
static_assert(category_of<std::map<std::string, int>> == category::string_map);
static_assert(category_of<std::unordered_map<std::string, point>> == category::string_map);
static_assert(category_of<std::map<int, int>> == category::none);
static_assert(category_of<std::multimap<std::string, int>> == category::none);
static_assert(category_of<std::variant<int, point>> == category::variant);
static_assert(category_of<category_static::shade> == category::enumeration);
static_assert(category_of<point> == category::object);
static_assert(category_of<std::chrono::year_month_day> == category::date);
static_assert(category_of<std::chrono::year_month_day_last> == category::none);
static_assert(category_of<category_static::undescribed> == category::none);

}  // namespace
