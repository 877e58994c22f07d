// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/value/amount.hpp>
#include <cited/value/period.hpp>

#include <doctest/doctest.h>

#include "units_user.hpp"

using cited::period;

TEST_CASE("period::to_long_string: the form a person reads") {
  CHECK(period::parse("2025").to_long_string() == "2025");
  CHECK(period::parse("2024-Q1").to_long_string() == "Q1 2024");
  CHECK(period::parse("2024-Q4").to_long_string() == "Q4 2024");
  CHECK(period::parse("2025-06").to_long_string() == "June 2025");
  CHECK(period::parse("2024-03-05").to_long_string() == "5 March 2024");
  CHECK(period::parse("2020/2024").to_long_string() == "2020 to 2024");
  CHECK(period::parse("2025-06/2026-03").to_long_string() == "June 2025 to March 2026");
  CHECK(period::parse("2024-Q1/2025-03").to_long_string() == "Q1 2024 to March 2025");
  CHECK(period::parse("0999-12-31").to_long_string() == "31 December 0999");
  // The ISO form is unchanged.
  CHECK(period::parse("2025-06").to_string() == "2025-06");
}

TEST_CASE("with_si_prefix: an amount under the prefix that suits it") {
  using namespace cited;
  CHECK(with_si_prefix(amount<units::petaflops>{1742}) == "1.742 EFLOP/s");
  CHECK(with_si_prefix(amount<units::petaflops>{1742}, 2) == "1.74 EFLOP/s");
  CHECK(with_si_prefix(amount<units::exaflops>{0.0005}) == "500 TFLOP/s");
  CHECK(with_si_prefix(amount<units::watts>{1.5e9}) == "1.5 GW");
  CHECK(with_si_prefix(amount<units::kilobytes>{0.25}) == "250 B");
  CHECK(with_si_prefix(amount<units::gigawatts>{0}) == "0 GW");
  // A user's unit takes the prefixes too.
  CHECK(with_si_prefix(amount<units_user::tokens_per_second>{12500}) == "12.5 ktoken/s");
  CHECK(with_si_prefix(amount<units_user::kilotokens_per_second>{0.002}) == "2 token/s");
}

// A unit that is not a power of ten of a unit of ratio 1 takes no SI prefix.
template <class U>
concept takes_si_prefix = requires(cited::amount<U> a) {
  cited::with_si_prefix(a);
};
static_assert(takes_si_prefix<cited::units::petaflops>);
static_assert(!takes_si_prefix<units_user::kibibytes>);
static_assert(!takes_si_prefix<units_user::exabytes>);
