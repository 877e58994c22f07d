// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/text/digits.hpp>

#include <doctest/doctest.h>

TEST_CASE("parse_digits") {
  SUBCASE("a run of decimal digits") {
    CHECK(cited::detail::parse_digits("2024") == 2024);
    CHECK(cited::detail::parse_digits("07") == 7);
    CHECK(cited::detail::parse_digits("0") == 0);
    CHECK(cited::detail::parse_digits("999999999") == 999999999);
  }
  SUBCASE("anything else is -1") {
    CHECK(cited::detail::parse_digits("") == -1);
    CHECK(cited::detail::parse_digits("2a") == -1);
    CHECK(cited::detail::parse_digits("-1") == -1);
    CHECK(cited::detail::parse_digits(" 1") == -1);
    CHECK(cited::detail::parse_digits("1000000000") == -1);
  }
}

TEST_CASE("hex digits") {
  CHECK(cited::detail::hex_digit(0) == '0');
  CHECK(cited::detail::hex_digit(10) == 'a');
  CHECK(cited::detail::hex_digit(15, true) == 'F');
  for (unsigned v = 0; v < 16; ++v) {
    CHECK(cited::detail::hex_value(cited::detail::hex_digit(v)) == static_cast<int>(v));
    CHECK(cited::detail::hex_value(cited::detail::hex_digit(v, true)) == static_cast<int>(v));
  }
  CHECK(cited::detail::hex_value('g') == -1);
  CHECK(cited::detail::hex_value('/') == -1);
}
