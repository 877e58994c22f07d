// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/fact/claim.hpp>

#include <doctest/doctest.h>

#include <cited/reflect/names.hpp>

#include <variant>

namespace claim_test {

using namespace cited;
using namespace cited::literals;

TEST_CASE("claims are values") {
  const period y2024 = period::parse("2024");
  const comparison_claim a{"CN"_country,          "ai_publications", y2024,
                           comparison::more_than, {"US"_country},    "s"};
  comparison_claim b = a;
  CHECK(a == b);
  b.relation = comparison::less_than;
  CHECK(a != b);
  const claim c = rank_claim{"CN"_country, "computing_power_rank", y2024, 2, {"US"_country}, "s"};
  CHECK(std::get<rank_claim>(c).position == 2);
  CHECK(enum_name(verdict::undetermined) == "undetermined");
}

}  // namespace claim_test
