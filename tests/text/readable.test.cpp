// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/text/readable.hpp>

#include <doctest/doctest.h>

#include <limits>
#include <string>

using cited::detail::readable_si;
using cited::detail::split_si_prefix;

TEST_CASE("readable_si: the prefix that puts the number between 1 and 1000") {
  CHECK(readable_si(1742, 15, "FLOP/s") == "1.742 EFLOP/s");
  CHECK(readable_si(1.742, 18, "FLOP/s") == "1.742 EFLOP/s");
  CHECK(readable_si(999, 0, "W") == "999 W");
  CHECK(readable_si(1000, 0, "W") == "1 kW");
  CHECK(readable_si(0.5, 15, "FLOP/s") == "500 TFLOP/s");
  CHECK(readable_si(-2500, 3, "W") == "-2.5 MW");
  CHECK(readable_si(0.001, 0, "W") == "1 mW");
  CHECK(readable_si(2.5e-6, 0, "W") == "2.5 \u00b5W");
  CHECK(readable_si(1536, 0, "B") == "1.536 kB");
  // Past the largest prefix the number grows, with its thousands grouped.
  CHECK(readable_si(1e30, 0, "W") == "1,000,000 YW");
  CHECK(readable_si(1e-15, 0, "W") == "0.001 pW");
}

TEST_CASE("readable_si: a precision, and rounding that reaches the next prefix") {
  CHECK(readable_si(1742, 15, "FLOP/s", 1) == "1.7 EFLOP/s");
  CHECK(readable_si(1742, 15, "FLOP/s", 0) == "2 EFLOP/s");
  CHECK(readable_si(999.96, 0, "W", 1) == "1.0 kW");
  CHECK(readable_si(999.96, 0, "W", 2) == "999.96 W");
  CHECK(readable_si(999.96, 0, "W") == "999.96 W");
}

TEST_CASE("readable_si: zero, infinities and NaN keep the given unit") {
  CHECK(readable_si(0, 15, "FLOP/s") == "0 PFLOP/s");
  CHECK(readable_si(0, 0, "W", 2) == "0.00 W");
  CHECK(readable_si(std::numeric_limits<double>::infinity(), 0, "W") == "inf W");
  CHECK(readable_si(-std::numeric_limits<double>::infinity(), 9, "W") == "-inf GW");
}

TEST_CASE("split_si_prefix: only the built-in bases are split") {
  auto p = split_si_prefix("PFLOP/s");
  REQUIRE(p);
  CHECK(p->power10 == 15);
  CHECK(p->base == "FLOP/s");
  p = split_si_prefix("kW");
  REQUIRE(p);
  CHECK(p->power10 == 3);
  CHECK(p->base == "W");
  p = split_si_prefix("B");
  REQUIRE(p);
  CHECK(p->power10 == 0);
  CHECK(p->base == "B");
  CHECK_FALSE(split_si_prefix("Pa"));
  CHECK_FALSE(split_si_prefix("min"));
  CHECK_FALSE(split_si_prefix("publications"));
  CHECK_FALSE(split_si_prefix("XW"));
  CHECK_FALSE(split_si_prefix(""));
}

TEST_CASE("readable_si: the decimal point moves, with no binary noise") {
  CHECK(readable_si(0.000999, 0, "W") == "999 \u00b5W");
  CHECK(readable_si(0.1234, 18, "FLOP/s") == "123.4 PFLOP/s");
  CHECK(readable_si(0.3, 0, "W") == "300 mW");
  CHECK(readable_si(123456789, 0, "B") == "123.456789 MB");
  CHECK(readable_si(-0.0, 0, "W") == "0 W");
  CHECK(readable_si(-0.0, 0, "W", 1) == "0.0 W");
  // Rounded half up from the shortest decimal.
  CHECK(readable_si(0.1225, 0, "W", 1) == "122.5 mW");
  CHECK(readable_si(0.0015, 0, "W", 0) == "2 mW");
  CHECK(readable_si(-0.0004, 0, "W", 0) == "-400 \u00b5W");
  CHECK(readable_si(0.4, -12, "W", 0) == "0 pW");
}

TEST_CASE("readable_si: a long precision is written in full, never cut") {
  const std::string text = readable_si(5, 0, "W", 500);
  CHECK(text.size() == 2 + 500 + 2);
  CHECK(text.starts_with("5.000"));
  CHECK(text.ends_with("0 W"));
  CHECK(readable_si(1e300, 0, "W", 2).ends_with(".00 YW"));
  // The shortest form of a number past the ends of the prefixes is scientific.
  CHECK(readable_si(1e300, 0, "W") == "1e+276 YW");
  CHECK(readable_si(-1.5e-20, 0, "W") == "-1.5e-08 pW");
  CHECK(cited::detail::readable_fixed(1e300, 3).size() == 301 + 100 + 4);
}
