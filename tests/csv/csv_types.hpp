// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_TESTS_CSV_CSV_TYPES_HPP
#define CITED_TESTS_CSV_CSV_TYPES_HPP

// The rows that csv.test.cpp and csv.static.cpp write and read.

#include <cited/csv.hpp>

#include <cited/value/country.hpp>
#include <cited/value/period.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <array>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <list>
#include <optional>
#include <ostream>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

// Rows a user might keep in a spreadsheet.
namespace csv_user {

using namespace cited::literals;

struct point {
  int x = 0;
  int y = 0;
  friend bool operator==(const point&, const point&) = default;
};
BOOST_DESCRIBE_STRUCT(point, (), (x, y))

struct note {
  std::string text;
  std::optional<std::string> remark;
  friend bool operator==(const note&, const note&) = default;
};
BOOST_DESCRIBE_STRUCT(note, (), (text, remark))

enum class medium { newspaper, broadcaster, database };
BOOST_DESCRIBE_ENUM(medium, newspaper, broadcaster, database)

struct outlet {
  std::string name;
  medium kind = medium::newspaper;
  friend bool operator==(const outlet&, const outlet&) = default;
};
BOOST_DESCRIBE_STRUCT(outlet, (), (name, kind))

struct citation {
  std::string title;
  outlet source;
  std::optional<outlet> reviewer;
  friend bool operator==(const citation&, const citation&) = default;
};
BOOST_DESCRIBE_STRUCT(citation, (), (title, source, reviewer))

struct numbers {
  double d = 0;
  float f = 0;
  std::int64_t big = 0;
  std::uint8_t small = 0;
  std::optional<int> maybe;
  bool flag = false;
  friend bool operator==(const numbers&, const numbers&) = default;
};
BOOST_DESCRIBE_STRUCT(numbers, (), (d, f, big, small, maybe, flag))

struct reading {
  medium kind = medium::newspaper;
  std::chrono::year_month_day date{};
  cited::country where = "CN"_country;
  cited::period when = cited::period::quarter(std::chrono::year{2024}, 1);
  std::vector<std::string> tags;
  std::optional<cited::country> via;
  friend bool operator==(const reading&, const reading&) = default;
};
BOOST_DESCRIBE_STRUCT(reading, (), (kind, date, where, when, tags, via))

struct sample {
  std::string name;
  double value = 0;
  std::vector<double> series;
  std::chrono::year_month_day date = std::chrono::year{2024} / 1 / 1;
  friend bool operator==(const sample&, const sample&) = default;
};
BOOST_DESCRIBE_STRUCT(sample, (), (name, value, series, date))

// No default constructor: a country has no default value.
struct office {
  std::string city;
  cited::country where;
  friend bool operator==(const office&, const office&) = default;
};
BOOST_DESCRIBE_STRUCT(office, (), (city, where))

struct posting {
  std::string role;
  std::optional<office> at;
  friend bool operator==(const posting&, const posting&) = default;
};
BOOST_DESCRIBE_STRUCT(posting, (), (role, at))

struct single {
  std::optional<int> v;
  friend bool operator==(const single&, const single&) = default;
};
BOOST_DESCRIBE_STRUCT(single, (), (v))

struct all_optional {
  std::optional<int> a;
  std::optional<std::string> b;
};
BOOST_DESCRIBE_STRUCT(all_optional, (), (a, b))

struct ambiguous {
  int id = 0;
  std::optional<all_optional> o;
};
BOOST_DESCRIBE_STRUCT(ambiguous, (), (id, o))

struct nothing {};
BOOST_DESCRIBE_STRUCT(nothing, (), ())

}  // namespace csv_user

#endif  // CITED_TESTS_CSV_CSV_TYPES_HPP
