// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/reflect/number_text.hpp>

#include <doctest/doctest.h>

#include <cited/csv.hpp>
#include <cited/json.hpp>

#include <boost/describe/class.hpp>

#include <cstdlib>
#include <optional>
#include <string>
#include <vector>

// Numbers longer than a number_text keeps whole: their value comes from all their digits, and
// their text is cut for messages.
namespace number_text_long_test {

using cited::number_text;

struct reading {
  std::string label;
  std::optional<number_text> value;
};
BOOST_DESCRIBE_STRUCT(reading, (), (label, value))

// The nearest double of `text`, by the C library.
double nearest(const std::string& text) { return std::strtod(text.c_str(), nullptr); }

// A 300-digit integer, 1234567890 repeated, about 1.2e299.
std::string long_integer() {
  std::string out;
  for (int i = 0; i < 30; ++i) out += "1234567890";
  return out;
}

// 0. and 100 digits, 1234567890 repeated.
std::string long_fraction() { return "0." + long_integer().substr(0, 100); }

TEST_CASE("number_text: a long number") {
  SUBCASE("up to max_kept characters, kept whole") {
    const std::string longest = "-1234567890.12345678901234567e5";
    REQUIRE(longest.size() == number_text::max_kept);
    const auto whole = number_text::parse(longest);
    REQUIRE(whole);
    CHECK(!whole->cut());
    CHECK(whole->text() == longest);
    CHECK(whole->to_double() == nearest(longest));
    const auto one_more = number_text::parse("-1234567890.12345678901234567e50");
    REQUIRE(one_more);
    CHECK(one_more->cut());
    CHECK(one_more->text() == "-1234567890.1234...");
    CHECK(one_more->to_double() == nearest("-1234567890.12345678901234567e50"));
    CHECK(one_more->negative());
    CHECK(number_text(-2.2250738585072014e-308).text() == "-2.2250738585072014e-308");
  }
  SUBCASE("a 300-digit integer: its value from every digit, its text cut") {
    const auto n = number_text::parse(long_integer());
    REQUIRE(n);
    CHECK(n->cut());
    CHECK(n->text() == "1234567890123456...");
    CHECK(n->integer() == std::nullopt);
    CHECK(n->to_double() == nearest(long_integer()));
    CHECK(!n->negative());
  }
  SUBCASE("a 100-digit fraction") {
    const auto n = number_text::parse(long_fraction());
    REQUIRE(n);
    CHECK(n->cut());
    CHECK(n->text() == "0.12345678901234...");
    CHECK(n->integer() == std::nullopt);
    CHECK(n->to_double() == nearest(long_fraction()));
  }
  SUBCASE("digits past the kept text still round the value") {
    // 2^53 + 1 lies halfway between two doubles: a 1 far to the right rounds it up.
    const auto halfway = number_text::parse("9007199254740993.000000000000000000000");
    const auto above = number_text::parse("9007199254740993.000000000000000000001");
    REQUIRE(halfway);
    REQUIRE(above);
    CHECK(halfway->to_double() == 9007199254740992.0);
    CHECK(above->to_double() == 9007199254740994.0);
    CHECK(halfway->text() == above->text());
    CHECK(*halfway != *above);
    CHECK(*above == *number_text::parse("9007199254740993.000000000000000000001"));
  }
  SUBCASE("beyond a double's range: no value, and JSON cannot write it") {
    const std::string huge = long_integer() + long_integer().substr(0, 100);  // 400 digits
    const auto n = number_text::parse(huge);
    REQUIRE(n);
    CHECK(n->to_double() == std::nullopt);
    CHECK(number_text::parse("0." + std::string(400, '0') + "1")->to_double() == std::nullopt);
    const reading r{"a", n};
    CHECK_THROWS_WITH_AS(static_cast<void>(cited::to_json(r)),
                         "at $.value: cannot write \"1234567890123456...\" as JSON: it is longer "
                         "than a number_text keeps and beyond a double's range",
                         cited::json_error);
  }
  SUBCASE("JSON reads every digit and writes the shortest form of the value") {
    const auto r = cited::from_json<reading>(R"({"label": "a", "value": )" + long_integer() + "}");
    REQUIRE(r.value);
    CHECK(r.value->to_double() == nearest(long_integer()));
    const std::string written = cited::to_json(r);
    CHECK(written == R"({"label":"a","value":)" + cited::to_json(nearest(long_integer())) + "}");
    CHECK(cited::from_json<reading>(written).value->to_double() == nearest(long_integer()));
    const auto f = cited::from_json<reading>(R"({"label": "f", "value": )" + long_fraction() + "}");
    CHECK(f.value->to_double() == nearest(long_fraction()));
  }
  SUBCASE("CSV: the same, at the cell") {
    const std::string text =
        "label,value\r\na," + long_integer() + "\r\nb," + long_fraction() + "\r\n";
    const auto rows = cited::from_csv<reading>(text);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].value->to_double() == nearest(long_integer()));
    CHECK(rows[0].value->text() == "1234567890123456...");
    CHECK(rows[1].value->to_double() == nearest(long_fraction()));
    CHECK(cited::to_csv(rows) == "label,value\r\na," + cited::to_json(nearest(long_integer())) +
                                     "\r\nb," + cited::to_json(nearest(long_fraction())) + "\r\n");
  }
}

}  // namespace number_text_long_test
