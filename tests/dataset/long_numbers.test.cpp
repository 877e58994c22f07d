// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/dataset.hpp>

#include <doctest/doctest.h>

#include "dataset/fixtures.hpp"

#include <cstdlib>
#include <string>
#include <string_view>

// Numbers longer than a number_text keeps whole, in a dataset's JSON and CSV: a count refuses
// them and quotes their first characters; an amount takes the nearest double of all their digits.
// The figures are synthetic.
namespace long_numbers_test {

using namespace cited;

const period y2025 = period::parse("2025");

// A 300-digit integer, 1234567890 repeated, about 1.2e299.
std::string long_integer() {
  std::string out;
  for (int i = 0; i < 30; ++i) out += "1234567890";
  return out;
}

// 0. and 100 digits, 1234567890 repeated.
std::string long_fraction() { return "0." + long_integer().substr(0, 100); }

// 400 digits: beyond a double's range.
std::string huge_integer() { return long_integer() + long_integer().substr(0, 100); }

double nearest(const std::string& text) { return std::strtod(text.c_str(), nullptr); }

dataset synthetic() { return dataset_fixtures::synthetic_dataset(); }

// A synthetic dataset's JSON with one count (7) and one amount (280), their values replaced by
// `count_value` and `amount_value`.
std::string json_with(std::string_view count_value, std::string_view amount_value) {
  dataset ds = synthetic();
  ds.add(observation{"US"_country, "ai_publications", y2025, estimate<count>::exact(count{7}),
                     "synthetic"});
  ds.add(observation{"CN"_country, "computing_power", y2025, estimate<double>::exact(280.0),
                     "synthetic"});
  std::string text = ds.to_json();
  const auto replace = [&](std::string_view from, std::string_view to) {
    const std::size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), to);
  };
  replace("\"value\": 7,", "\"value\": " + std::string(count_value) + ",");
  replace("\"value\": 280,", "\"value\": " + std::string(amount_value) + ",");
  return text;
}

std::string csv_with(std::string_view metric, std::string_view value, std::string_view unit) {
  return "metric,subject,period,value,bound,upper,tolerance,of,unit,status,source\r\n" +
         std::string(metric) + ",US,2025," + std::string(value) + ",exact,,,,\"" +
         std::string(unit) + "\",normal,synthetic\r\n";
}

using dataset_fixtures::what_of;

TEST_CASE("dataset: numbers longer than a number_text keeps") {
  SUBCASE("JSON: an amount takes the nearest double of all the digits") {
    const dataset ds = dataset::from_json(json_with("7", long_integer()));
    CHECK(ds[1].value() == figure(estimate<double>::exact(nearest(long_integer()))));
    const dataset f = dataset::from_json(json_with("7", long_fraction()));
    CHECK(f[1].value() == figure(estimate<double>::exact(nearest(long_fraction()))));
  }
  SUBCASE("JSON: a count refuses them, quoting their first characters") {
    CHECK(what_of([] { static_cast<void>(dataset::from_json(json_with(long_integer(), "280"))); })
              .ends_with("a count must be an integer from 0 to 2^53 - 1, got "
                         "\"1234567890123456...\""));
    CHECK(what_of([] { static_cast<void>(dataset::from_json(json_with(long_fraction(), "280"))); })
              .ends_with("a count must be an integer from 0 to 2^53 - 1, got "
                         "\"0.12345678901234...\""));
    CHECK(what_of([] {
            static_cast<void>(dataset::from_json(json_with("-" + long_integer(), "280")));
          }).ends_with("a count is never negative, got \"-123456789012345...\""));
  }
  SUBCASE("JSON: an amount beyond a double's range is refused") {
    CHECK(what_of([] { static_cast<void>(dataset::from_json(json_with("7", huge_integer()))); })
              .ends_with("an amount is a finite number within the range of a double, got "
                         "\"1234567890123456...\""));
  }
  SUBCASE("CSV: the same rules, at the cell") {
    const dataset definitions = synthetic().definitions();
    const dataset ds =
        dataset::from_csv(csv_with("computing_power", long_fraction(), "EFLOP/s"), definitions);
    CHECK(ds[0].value() == figure(estimate<double>::exact(nearest(long_fraction()))));
    const dataset big =
        dataset::from_csv(csv_with("computing_power", long_integer(), "EFLOP/s"), definitions);
    CHECK(big[0].value() == figure(estimate<double>::exact(nearest(long_integer()))));
    CHECK(what_of([&] {
            static_cast<void>(
                dataset::from_csv(csv_with("ai_publications", long_integer(), ""), definitions));
          }) ==
          "row 2, column 4 (value): a count must be an integer from 0 to 2^53 - 1, got "
          "\"1234567890123456...\"");
    CHECK(what_of([&] {
            static_cast<void>(dataset::from_csv(
                csv_with("computing_power", huge_integer(), "EFLOP/s"), definitions));
          }) ==
          "row 2, column 4 (value): an amount is a finite number within the range of a "
          "double, got \"1234567890123456...\"");
  }
  SUBCASE("what a dataset writes is the shortest form of each value") {
    const dataset ds = dataset::from_json(json_with("7", long_integer()));
    CHECK(ds.to_json().find("\"value\": " + to_json(nearest(long_integer())) + ",") !=
          std::string::npos);
    CHECK(dataset::from_json(ds.to_json())[1].value() == ds[1].value());
  }
}

}  // namespace long_numbers_test
