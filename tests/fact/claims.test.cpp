// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/fact/claim.hpp>

#include <doctest/doctest.h>

#include <cited/catalog/groups.hpp>
#include <cited/reflect/names.hpp>

#include <variant>

namespace claims_test {

using namespace cited;
using namespace cited::literals;

const period y2024 = period::parse("2024");

TEST_CASE("rank_claim: behind and among are empty by default") {
  rank_claim a{"CN"_country, "computing_power_rank", y2024, 1, {}, "s"};
  CHECK(a.behind.empty());
  CHECK_FALSE(a.among);
  rank_claim b = a;
  b.behind = {"US"_country};
  CHECK(a != b);
  b = a;
  b.among = subject(groups::eu);
  CHECK(a != b);
}

TEST_CASE("comparison_claim: about equal, with a tolerance") {
  const comparison_claim a{
      "CN"_country, "ai_publications", y2024, comparison::about_equal, {"US"_country}, "s", 0.05};
  comparison_claim b = a;
  CHECK(a == b);
  b.tolerance = 0.1;
  CHECK(a != b);
  const comparison_claim more{"CN"_country,          "ai_publications", y2024,
                              comparison::more_than, {"US"_country},    "s"};
  CHECK(more.tolerance == 0);
  CHECK(enum_name(comparison::about_equal) == "about_equal");
}

TEST_CASE("total_claim and statement_claim are values") {
  const total_claim t{groups::g7, "ai_publications", y2024,
                      figure(estimate<count>::more_than(count{300})), "s"};
  total_claim u = t;
  CHECK(t == u);
  u.bound = figure(estimate<count>::more_than(count{400}));
  CHECK(t != u);
  const claim c = statement_claim{{"CN"_country}, "a wave of innovation", "s"};
  CHECK(std::get<statement_claim>(c).words == "a wave of innovation");
}

TEST_CASE("verdict: the new values have names") {
  CHECK(enum_name(verdict::self_reported) == "self_reported");
  CHECK(enum_name(verdict::disputed) == "disputed");
  CHECK(enum_name(verdict::not_checkable) == "not_checkable");
}

}  // namespace claims_test
