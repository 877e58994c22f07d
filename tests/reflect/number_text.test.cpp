// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/reflect/number_text.hpp>

#include <doctest/doctest.h>

#include <cited/csv.hpp>
#include <cited/json.hpp>

#include <boost/describe/class.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace number_text_test {

using cited::number_text;

struct reading {
  std::string label;
  std::optional<number_text> value;
};
BOOST_DESCRIBE_STRUCT(reading, (), (label, value))

TEST_CASE("number_text") {
  SUBCASE("kept as written") {
    const auto r = cited::from_json<reading>(R"({"label": "a", "value": 2.3695e4})");
    REQUIRE(r.value);
    CHECK(r.value->text() == "2.3695e4");
    CHECK(r.value->integer() == std::nullopt);
    CHECK(r.value->to_double() == 23695.0);
    CHECK(cited::to_json(r) == R"({"label":"a","value":2.3695e4})");
  }
  SUBCASE("integer: digits only, exactly, up to 2^64 - 1") {
    const auto integer = [](std::string_view t) { return number_text::parse(t)->integer(); };
    CHECK(integer("9007199254740993") == 9007199254740993u);
    CHECK(integer("18446744073709551615") == 18446744073709551615u);
    CHECK(integer("18446744073709551616") == std::nullopt);
    CHECK(integer("0.99999999999999999") == std::nullopt);
    CHECK(integer("1.0") == std::nullopt);
    CHECK(integer("1e2") == std::nullopt);
    CHECK(integer("-5") == std::nullopt);
    CHECK(integer("-0") == 0u);
    CHECK(number_text::parse("-5")->negative());
  }
  SUBCASE("to_double: the nearest double, or none beyond a double's range") {
    CHECK(number_text::parse("0.99999999999999999")->to_double() == 1.0);
    CHECK(number_text::parse("1e400")->to_double() == std::nullopt);
    CHECK(number_text::parse("-1.5")->to_double() == -1.5);
  }
  SUBCASE("parse takes a JSON number and nothing else") {
    CHECK(number_text::parse("12") == number_text(std::uint64_t{12}));
    CHECK_FALSE(number_text::parse("+1"));
    CHECK_FALSE(number_text::parse("01"));
    CHECK_FALSE(number_text::parse("1."));
    CHECK_FALSE(number_text::parse(" 1"));
    CHECK_FALSE(number_text::parse(""));
  }
  SUBCASE("made from a number, written as cited writes it") {
    CHECK(number_text(std::uint64_t{23695}).text() == "23695");
    CHECK(number_text(100000.0).text() == cited::to_json(100000.0));
    CHECK(number_text(1.5e300).text() == cited::to_json(1.5e300));
    CHECK(number_text(0.1).text() == "0.1");
    CHECK(number_text(1.0) != *number_text::parse("1.0"));  // the same value, not the same text
  }
  SUBCASE("JSON refuses what is not a number") {
    const auto r = cited::try_from_json<reading>(R"({"label": "a", "value": "12"})");
    REQUIRE(!r);
    CHECK(std::string(r.error().what()) ==
          R"(1:25: at $.value: expected a number or null, got "12")");
  }
  SUBCASE("CSV: a cell holding a number, written back as it was") {
    const std::string text = "label,value\r\na,1.50\r\nb,\r\n";
    const auto rows = cited::from_csv<reading>(text);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].value->text() == "1.50");
    CHECK(!rows[1].value);
    CHECK(cited::to_csv(rows) == text);
    const auto bad = cited::try_from_csv<reading>("label,value\r\na,x\r\n");
    REQUIRE(!bad);
    CHECK(std::string(bad.error().what()) ==
          R"(row 2, column 2 (value): expected a number, got "x")");
  }
}

}  // namespace number_text_test
