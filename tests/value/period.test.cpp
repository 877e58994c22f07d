// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/value/period.hpp>

#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <type_traits>

using cited::period;
using cited::period_error;
using std::chrono::year;
using std::chrono::year_month_day;

namespace {
constexpr year_month_day date(int y, unsigned m, unsigned d) {
  return year{y} / std::chrono::month{m} / std::chrono::day{d};
}
}  // namespace

static_assert(std::is_trivially_copyable_v<period>);
static_assert(!std::is_default_constructible_v<period>);
static_assert(period::parse("2024-Q1").first_day() == date(2024, 1, 1));
static_assert(period::parse("2024-Q1").last_day() == date(2024, 3, 31));
static_assert(period::parse("2024-02").last_day() == date(2024, 2, 29));
static_assert(period::parse("2020/2024").contains(date(2022, 6, 1)));
static_assert(!period::try_parse("2025-02-30"));

TEST_CASE("period::parse") {
  SUBCASE("a year") {
    const auto p = period::parse("2024");
    CHECK(p.precision() == cited::precision::year);
    CHECK(p.first_day() == date(2024, 1, 1));
    CHECK(p.last_day() == date(2024, 12, 31));
    CHECK_FALSE(p.is_range());
  }
  SUBCASE("quarters") {
    CHECK(period::parse("2024-Q1").last_day() == date(2024, 3, 31));
    CHECK(period::parse("2024-Q2").first_day() == date(2024, 4, 1));
    CHECK(period::parse("2024-Q2").last_day() == date(2024, 6, 30));
    CHECK(period::parse("2024-Q4").last_day() == date(2024, 12, 31));
  }
  SUBCASE("months, leap years included") {
    CHECK(period::parse("2024-02").last_day() == date(2024, 2, 29));
    CHECK(period::parse("2025-02").last_day() == date(2025, 2, 28));
    CHECK(period::parse("1900-02").last_day() == date(1900, 2, 28));
    CHECK(period::parse("2000-02").last_day() == date(2000, 2, 29));
  }
  SUBCASE("days") {
    const auto p = period::parse("2024-03-05");
    CHECK(p.precision() == cited::precision::day);
    CHECK(p.first_day() == p.last_day());
    CHECK(period::parse("2024-02-29").first_day() == date(2024, 2, 29));
  }
  SUBCASE("ranges") {
    const auto p = period::parse("2020/2024");
    CHECK(p.is_range());
    CHECK(p.first_day() == date(2020, 1, 1));
    CHECK(p.last_day() == date(2024, 12, 31));
    CHECK(p.precision() == cited::precision::year);
    const auto q = period::parse("2024-03/2024-Q3");
    CHECK(q.precision() == cited::precision::month);
    CHECK(q.end_precision() == cited::precision::quarter);
    CHECK(q.last_day() == date(2024, 9, 30));
  }
  SUBCASE("bad text is rejected with a message naming it") {
    for (const char* bad : {"",           "2025-02-30",
                            "2024-Q5",    "2024-Q0",
                            "2024/2020",  "2024-13",
                            "2024-00",    "2024-1",
                            "24",         "2024-",
                            "2024-q1",    "2024-03-5",
                            "2024-03-32", "-2024",
                            "+2024",      "2024 ",
                            " 2024",      "2024/",
                            "/2024",      "2020/2024/2025",
                            "2024-W01",   "2024-03-05T00:00",
                            "2024/2024",  "2020/2022/",
                            "２０２４"}) {
      INFO(bad);
      CHECK_FALSE(period::try_parse(bad));
      CHECK_THROWS_AS(period::parse(bad), period_error);
    }
    CHECK_THROWS_WITH(period::parse("2025-02-30"),
                      "expected a period like 2024, 2024-Q1, 2024-03, 2024-03-05 or 2020/2024, "
                      "got \"2025-02-30\" (no such day)");
    CHECK_THROWS_WITH(period::parse("2024/2020"),
                      doctest::Contains("got \"2024/2020\" (the range runs backwards)"));
    CHECK_THROWS_WITH(period::parse(""), doctest::Contains("got \"\""));
    CHECK_THROWS_WITH(period::parse("2024x03x05"),
                      "expected a period like 2024, 2024-Q1, 2024-03, 2024-03-05 or 2020/2024, "
                      "got \"2024x03x05\"");
  }
}

TEST_CASE("period factories") {
  CHECK(period::year(year{2024}) == period::parse("2024"));
  CHECK(period::quarter(year{2024}, 1) == period::parse("2024-Q1"));
  CHECK(period::month(year{2024} / std::chrono::March) == period::parse("2024-03"));
  CHECK(period::day(date(2024, 3, 5)) == period::parse("2024-03-05"));
  CHECK(period::between(period::parse("2020"), period::parse("2024")) ==
        period::parse("2020/2024"));
  CHECK_THROWS_AS(period::quarter(year{2024}, 5), period_error);
  CHECK_THROWS_AS(period::quarter(year{2024}, 0), period_error);
  CHECK_THROWS_AS(period::day(date(2025, 2, 29)), period_error);
  CHECK_THROWS_AS(period::year(year{10000}), period_error);
  CHECK_THROWS_AS(period::year(year{-1}), period_error);
  CHECK_THROWS_AS(period::between(period::parse("2024"), period::parse("2020")), period_error);
  CHECK_THROWS_AS(period::between(period::parse("2020/2021"), period::parse("2024")), period_error);
}

TEST_CASE("period text form round-trips") {
  for (const char* text : {"2024", "0000", "9999", "2024-Q1", "2024-Q4", "2024-03", "2024-12",
                           "2024-03-05", "2020/2024", "2024-03/2024-Q3", "2019-12-31/2020-01"}) {
    INFO(text);
    CHECK(period::parse(text).to_string() == text);
    std::ostringstream os;
    os << period::parse(text);
    CHECK(os.str() == text);
  }
}

TEST_CASE("period::contains and overlaps") {
  const auto y2024 = period::parse("2024");
  CHECK(y2024.contains(date(2024, 1, 1)));
  CHECK(y2024.contains(date(2024, 12, 31)));
  CHECK_FALSE(y2024.contains(date(2023, 12, 31)));
  CHECK_FALSE(y2024.contains(date(2025, 1, 1)));
  CHECK(y2024.contains(period::parse("2024-Q3")));
  CHECK_FALSE(y2024.contains(period::parse("2024/2025")));
  CHECK(y2024.overlaps(period::parse("2024/2025")));
  CHECK(period::parse("2023-12/2024-01").overlaps(y2024));
  CHECK_FALSE(y2024.overlaps(period::parse("2025-01-01")));
  CHECK_FALSE(period::parse("2023").overlaps(y2024));
}

TEST_CASE("period comparison is structural") {
  CHECK(period::parse("2024") != period::parse("2024-01/2024-12"));
  CHECK(period::parse("2024").first_day() == period::parse("2024-01/2024-12").first_day());
  CHECK(period::parse("2023") < period::parse("2024"));
  CHECK(period::parse("2024") < period::parse("2024-03"));
}

TEST_CASE("period string_form") {
  using form = cited::string_form<cited::period>;
  static_assert(cited::has_string_form<cited::period>);
  for (const std::string_view text : {"2024", "2024-Q1", "2024-03", "2024-03-05", "2020/2024-Q2"}) {
    std::string out;
    form::write(cited::period::parse(text), out);
    CHECK(out == text);
    CHECK(form::read(text) == cited::period::parse(text));
  }
  CHECK_THROWS_WITH_AS(form::read("2025-02-30"),
                       doctest::Contains("got \"2025-02-30\" (no such day)"), cited::period_error);
}
