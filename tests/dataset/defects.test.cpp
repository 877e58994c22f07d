// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/dataset.hpp>

#include <doctest/doctest.h>

#include <cited/catalog/seed.hpp>
#include <cited/csv.hpp>
#include <cited/json.hpp>
#include "dataset/fixtures.hpp"
#include "support.hpp"

#include <boost/describe/class.hpp>

#include <fstream>
#include <iterator>
#include <limits>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

// Defects D1 to D7 of the facts issue, each with what it looked like and what it must be now. The
// figures here, except the seed article's, are synthetic and say nothing about the countries they
// name.
namespace defects_test {

using namespace cited;
using namespace cited::literals;

const period y2024 = period::parse("2024");
const period y2025 = period::parse("2025");

std::string file_text(const char* path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

std::string seed_text() { return file_text(CITED_SEED_DATASET); }

// The seed's text with the first `from` after `anchor` replaced by `to`.
std::string seed_with(std::string_view from, std::string_view to, std::string_view anchor = "") {
  std::string text = seed_text();
  const std::size_t at = text.find(from, text.find(anchor));
  REQUIRE(at != std::string::npos);
  text.replace(at, from.size(), to);
  return text;
}

using dataset_fixtures::what_of;

std::string json_error_of(const std::string& text) {
  return what_of([&] { static_cast<void>(dataset::from_json(text)); });
}

const std::string csv_header =
    "metric,subject,period,value,bound,upper,tolerance,of,unit,status,source\r\n";

std::string csv_error_of(const std::string& rows) {
  const dataset seed = dataset::from_json(seed_text());
  return what_of(
      [&] { static_cast<void>(dataset::from_csv(csv_header + rows, seed.definitions())); });
}

using dataset_fixtures::synthetic_source;

dataset synthetic() {
  dataset ds{with_builtins};
  ds.add_source("synthetic", synthetic_source());
  return ds;
}

// `text` with its first `from` replaced by `to`.
std::string replaced(std::string text, std::string_view from, std::string_view to) {
  const std::size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  text.replace(at, from.size(), to);
  return text;
}

observation power(const char* country_code, estimate<double> e);

// A synthetic dataset's JSON with one amount, 280 EFLOP/s, written `"value": 280,`.
std::string amounts_text() {
  dataset ds = synthetic();
  ds.add(power("US", estimate<double>::exact(280.0)));
  return ds.to_json();
}

observation power(const char* country_code, estimate<double> e) {
  return observation{country::from_alpha2(country_code).value(), "computing_power", y2025, e,
                     "synthetic"};
}

TEST_CASE("D1: counts, positions and k are integers as written, and errors quote the input") {
  SUBCASE("JSON: a count is not rounded, and is quoted as written") {
    for (const std::string written :
         {"0.99999999999999999", "2.3695e4", "23695.0", "9007199254740993"}) {
      CAPTURE(written);
      CHECK(json_error_of(seed_with(R"("value": 23695,)", "\"value\": " + written + ",")) ==
            "394:16: at $.observations[1].value: a count must be an integer from 0 to 2^53 - 1, "
            "got \"" +
                written + "\"");
    }
    const dataset largest =
        dataset::from_json(seed_with(R"("value": 23695,)", R"("value": 9007199254740991,)"));
    CHECK(largest[1].value() == figure(estimate<count>::exact(count{9007199254740991u})));
  }
  SUBCASE("JSON: upper and tolerance of a count, a rank's position, a share's k") {
    CHECK(json_error_of(seed_with(R"("value": 23695,)", R"("value": 23695, "upper": 3e4,)")) ==
          "394:32: at $.observations[1].upper: a count must be an integer from 0 to 2^53 - 1, got "
          "\"3e4\"");
    CHECK(json_error_of(seed_with(R"("value": 2,)", R"("value": 2.0,)")) ==
          "384:16: at $.observations[0].value: a rank must be an integer from 0 to 2^53 - 1, got "
          "\"2.0\"");
    CHECK(json_error_of(seed_with(R"("value": 12,)", R"("value": 1.2e1,)")) ==
          "414:16: at $.observations[3].value: k must be an integer from 0 to 2^53 - 1, got "
          "\"1.2e1\"");
    CHECK(json_error_of(seed_with(R"("value": 23695,)", R"("value": -1e0,)")) ==
          "394:16: at $.observations[1].value: a count is never negative, got \"-1e0\"");
  }
  SUBCASE("JSON: an amount is any finite number") {
    const std::string text = amounts_text();
    const dataset ds = dataset::from_json(replaced(text, R"("value": 280,)", R"("value": 2.8e2,)"));
    CHECK(ds[0].value() == figure(estimate<double>::exact(280.0)));
    CHECK(json_error_of(replaced(text, R"("value": 280,)", R"("value": 1e400,)"))
              .ends_with("at $.observations[0].value: an amount is a finite number within the "
                         "range of a double, got \"1e400\""));
  }
  SUBCASE("CSV: the same rules, at the cell") {
    CHECK(
        csv_error_of("ai_publications,CN,2024,2.3695e4,exact,,,,\"\",normal,ai-publications\r\n") ==
        "row 2, column 4 (value): a count must be an integer from 0 to 2^53 - 1, got "
        "\"2.3695e4\"");
    CHECK(
        csv_error_of(
            "ai_publications,CN,2024,9007199254740993,exact,,,,\"\",normal,ai-publications\r\n") ==
        "row 2, column 4 (value): a count must be an integer from 0 to 2^53 - 1, got "
        "\"9007199254740993\"");
    CHECK(csv_error_of("ai_publications,CN,2024,0.99999999999999999,exact,,,,\"\",normal,"
                       "ai-publications\r\n") ==
          "row 2, column 4 (value): a count must be an integer from 0 to 2^53 - 1, got "
          "\"0.99999999999999999\"");
    CHECK(csv_error_of("computing_power_rank,CN,2025,1.0,exact,,,,\"\",normal,"
                       "computing-power-rank\r\n") ==
          "row 2, column 4 (value): a rank must be an integer from 0 to 2^53 - 1, got \"1.0\"");
    CHECK(csv_error_of("ai_publications,CN,2024,x,exact,,,,\"\",normal,ai-publications\r\n") ==
          "row 2, column 4 (value): expected a number, got \"x\"");
    const dataset amounts = dataset::from_csv(
        csv_header + "computing_power,CN,2025,2.8e2,exact,,,,EFLOP/s,normal,synthetic\r\n",
        synthetic().definitions());
    CHECK(amounts[0].value() == figure(estimate<double>::exact(280.0)));
  }
  SUBCASE("what a dataset writes is unchanged") {
    const dataset seed = dataset::from_json(seed_text());
    CHECK(seed.to_json() + "\n" == seed_text());
    std::string csv_path = CITED_SEED_DATASET;  // the same name, .csv for .json
    csv_path.replace(csv_path.size() - 4, 4, "csv");
    CHECK(seed.to_csv() == file_text(csv_path.c_str()));
  }
}

TEST_CASE("D3: a total of amounts that overflows is refused, as one of counts is") {
  dataset ds = synthetic();
  ds.add(power("US", estimate<double>::exact(1.7e308)));
  ds.add(power("CN", estimate<double>::exact(1.7e308)));
  const subject both = subject::aggregate({"US"_country, "CN"_country});
  try {
    static_cast<void>(ds.total("computing_power", both, y2025));
    FAIL("no error");
  } catch (const dataset_error& e) {
    CHECK(e.kind() == dataset_errc::too_large);
    CHECK(e.id() == "computing_power");
    CHECK(std::string(e.what()) ==
          "the total of computing_power for US+CN in 2025 is too large for a double");
  }
  SUBCASE("estimate<double> sums refuse to overflow; finite sums are as before") {
    using amounts = estimate<double>;
    CHECK_THROWS_AS(amounts::exact(1.7e308) + amounts::exact(1.7e308), std::overflow_error);
    CHECK_THROWS_AS(amounts::at_least(1.7e308) + amounts::at_least(1.7e308), std::overflow_error);
    CHECK(amounts::exact(1.5) + amounts::at_least(2.0) == amounts::at_least(3.5));
    CHECK(amounts::exact(1.7e308) + amounts::exact(-1.7e308) == amounts::exact(0.0));
  }
}

TEST_CASE("D4: an additive metric's figures are never negative") {
  dataset ds = synthetic();
  SUBCASE("a negative amount is refused when added, and nothing is added") {
    const std::string what = what_of([&] { ds.add(power("US", estimate<double>::exact(-5.0))); });
    CHECK(what == "computing_power adds up, and its figures are never negative; got \"-5\"");
    CHECK(ds.size() == 0);
    try {
      ds.add(power("US", estimate<double>::between(-1.0, 3.0)));
      FAIL("no error");
    } catch (const dataset_error& e) {
      CHECK(e.kind() == dataset_errc::bad_value);
      CHECK(e.id() == "computing_power");
    }
    CHECK(ds.size() == 0);
  }
  SUBCASE("a negative amount is refused when read, at its value") {
    CHECK(json_error_of(replaced(amounts_text(), R"("value": 280,)", R"("value": -5,)"))
              .ends_with("at $.observations[0].value: computing_power adds up, and its figures are "
                         "never negative; got \"-5\""));
    CHECK(what_of([] {
            static_cast<void>(dataset::from_csv(
                csv_header + "computing_power,CN,2025,-0.5,exact,,,,EFLOP/s,normal,synthetic\r\n",
                synthetic().definitions()));
          }) ==
          "row 2, column 4 (value): computing_power adds up, and its figures are never negative; "
          "got \"-0.5\"");
  }
  SUBCASE("a metric that does not add up may be negative") {
    metric_info net{"net_change_in_compute",
                    "net change in computing power (test)",
                    value_kind::amount,
                    "EFLOP/s",
                    false,
                    true};
    net.dimension = "computing_rate";
    net.scale = {1, 1, 18};
    ds.add_metric(net);
    ds.add(observation{"US"_country, "net_change_in_compute", y2025, estimate<double>::exact(-5.0),
                       "synthetic"});
    CHECK(ds.size() == 1);
  }
  SUBCASE("a total with a figure missing is at least the sum of the others") {
    ds.add(power("US", estimate<double>::exact(5.0)));
    const total_result t =
        ds.total("computing_power", subject::aggregate({"US"_country, "CN"_country}), y2025);
    CHECK(t.value == figure(estimate<double>::at_least(5.0)));
    REQUIRE(t.missing.size() == 1);
    CHECK(t.missing[0].subject == subject("CN"_country));
  }
}

TEST_CASE("D5: messages stay short whatever the input") {
  const dataset seed = dataset::from_json(seed_text());
  SUBCASE("a 1 MB CSV column name") {
    const std::string name(1 << 20, 'x');
    try {
      static_cast<void>(dataset::from_csv(name + ",metric\r\n", seed.definitions()));
      FAIL("no error");
    } catch (const csv_error& e) {
      const std::string what = e.what();
      CHECK(what.size() < 1024);
      CHECK(what.starts_with("row 1, column 1 (xxxx"));
      CHECK(what.ends_with(": unknown column \"" + std::string(60, 'x') + "...\" (1048576 bytes)"));
      CHECK(e.row() == 1);
      CHECK(e.column() == 1);
      CHECK(e.field() == std::string(60, 'x') + "... (1048576 bytes)");
    }
  }
  SUBCASE("a 1 MB JSON key, in the path and in the reason") {
    const std::string key(1 << 20, 'k');
    const std::string in_path = json_error_of(
        R"({"format": "cited-dataset/1", "works": {}, "agents": {}, "products": [], "sources": {")" +
        key + R"(": []}, "observations": [], "claims": []})");
    CHECK(in_path.size() < 1024);
    CHECK(in_path == "1:" + std::to_string(90 + key.size()) + ": at $.sources[\"" +
                         std::string(60, 'k') +
                         "...\"]: a provenance chain needs at least one hop");
    const std::string in_reason = json_error_of(R"({")" + key + R"(": 1})");
    CHECK(in_reason.size() < 1024);
    CHECK(in_reason.starts_with("1:2: at $: unknown member \"kkkk"));
  }
  SUBCASE("a 2,100-part aggregate") {
    dataset ds = synthetic();
    std::vector<subject> parts(2100, subject("US"_country));
    const std::string what =
        what_of([&] { ds.total("ai_publications", subject::aggregate(parts), y2024); });
    CHECK(what.size() < 1024);
    CHECK(what ==
          "double counting in US+US+US+US+US+US+US+US+... (2100 parts) in 2024: US is counted in "
          "US and again in US; pass {.deduplicate = true} to count it once");
  }
  SUBCASE("quoted text is cut on a UTF-8 boundary, with its length") {
    std::string text;
    for (int i = 0; i < 40; ++i) text += "\u00e9";  // 2 bytes each
    CHECK(detail::quoted(text) == "\"" + text.substr(0, 60) + "...\" (80 bytes)");
    const std::string odd = "x" + text;  // the 60th byte is inside a character
    CHECK(detail::quoted(odd) == "\"" + odd.substr(0, 59) + "...\" (81 bytes)");
    CHECK(detail::quoted(std::string(60, 'a')) == "\"" + std::string(60, 'a') + "\"");
  }
}

TEST_CASE("D6: a number too large is not said to be too small") {
  CHECK(what_of([] { static_cast<void>(rank{5000000000LL}); }) ==
        "cited: a rank's position is at most 4294967295");
  CHECK(what_of([] { static_cast<void>(rank{0}); }) == "cited: a rank starts at 1");
  CHECK(what_of([] {
          static_cast<void>(rank{1, 5000000000LL});
        }) == "cited: a rank is of at most 4294967295 places");
  CHECK(what_of([] { static_cast<void>(rank{1, 0}); }) == "cited: a rank is of at least one place");
  CHECK(what_of([] {
          static_cast<void>(share{5000000000LL, 6000000000LL});
        }) == "cited: a share's k and n are at most 4294967295");
  CHECK(what_of([] {
          static_cast<void>(share{1, 5000000000ULL});
        }) == "cited: a share's k and n are at most 4294967295");
  CHECK(what_of([] { static_cast<void>(share{-1, 2}); }) == "cited: a share is not negative");
  CHECK(what_of([] { static_cast<void>(count{-1}); }) == "cited: a count is not negative");
  CHECK(count{std::numeric_limits<std::uint64_t>::max()}.value() ==
        std::numeric_limits<std::uint64_t>::max());
}

// A pair whose from_proxy refuses `high` below `low`, naming the member.
struct test_span {
  int low = 0;
  int high = 0;
};
struct test_span_data {
  int low = 0;
  int high = 0;
};
BOOST_DESCRIBE_STRUCT(test_span_data, (), (low, high))

struct test_row {
  std::string name;
  test_span span;
};

}  // namespace defects_test

template <>
struct cited::proxy_form<defects_test::test_span> {
  using proxy = defects_test::test_span_data;
  static proxy to_proxy(const defects_test::test_span& s) { return {s.low, s.high}; }
  static defects_test::test_span from_proxy(proxy&& p) {
    if (p.high < p.low) throw cited::member_error("high", "high must not be below low");
    return {p.low, p.high};
  }
};

namespace defects_test {

BOOST_DESCRIBE_STRUCT(test_row, (), (name, span))

TEST_CASE("D7: JSON errors name the member at fault") {
  SUBCASE("a source's invalid quote") {
    const std::string title = R"("title": "China's Ascent to Global Computing Power",)";
    std::string with_quote = title;
    with_quote.insert(with_quote.size() - 1, R"(, "quote": "a\u0001b")");
    CHECK(json_error_of(seed_with(title, with_quote)) ==
          "28:69: at $.works[\"brnn-article\"].quote: a source's quote contains a control "
          "character");
    try {
      static_cast<void>(dataset::from_json(seed_with(title, with_quote)));
    } catch (const json_error& e) {
      CHECK(e.path() == "$.works[\"brnn-article\"].quote");
      CHECK(e.line() == 28);
      CHECK(e.column() == 69);
    }
  }
  SUBCASE("a rank claim's place of 0") {
    const std::string what =
        json_error_of(seed_with(R"("position": 2)", R"("position": 0)", "\"claims\""));
    CHECK(what == "467:21: at $.claims[1].rank.position: a rank claim's position starts at 1");
  }
  SUBCASE("a comparison claim with no others") {
    const std::string text = seed_text();
    const std::size_t others = text.find("\"others\": [", text.find("\"claims\""));
    REQUIRE(others != std::string::npos);
    const std::size_t close = text.find(']', others);
    std::string empty = text;
    empty.replace(others, close + 1 - others, "\"others\": []");
    CHECK(json_error_of(empty).find("at $.claims[3].comparison.others: a comparison claim needs "
                                    "others") != std::string::npos);
  }
  SUBCASE("any proxy_form that throws member_error, in JSON and in CSV") {
    const auto json =
        cited::try_from_json<test_row>("{\"name\": \"a\",\n \"span\": {\"low\": 5, \"high\": 2}}");
    REQUIRE(!json);
    CHECK(std::string(json.error().what()) == "2:29: at $.span.high: high must not be below low");
    CHECK(json.error().path() == "$.span.high");
    const auto csv = cited::try_from_csv<test_row>("name,span.low,span.high\r\na,5,2\r\n");
    REQUIRE(!csv);
    CHECK(std::string(csv.error().what()) ==
          "row 2, column 3 (span.high): high must not be below low");
  }
}

}  // namespace defects_test
