// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/fact.hpp>

#include <doctest/doctest.h>

#include <cited/catalog/seed.hpp>
#include "support.hpp"

#include <cited/json.hpp>

#include <string>
#include <type_traits>
#include <utility>
#include <vector>

namespace claim_test {

using namespace cited;
using namespace cited::literals;

const product qwen{"Qwen", seed::alibaba(), "CN"_country};

static_assert(std::is_convertible_v<country, subject>);
static_assert(!std::is_default_constructible_v<subject>);
static_assert(!std::is_default_constructible_v<product>);
// parts() points into the subject: a temporary's parts do not compile.
template <class S>
concept has_parts = requires(S&& s) {
  std::forward<S>(s).parts();
};
static_assert(has_parts<const subject&>);
static_assert(!has_parts<subject>);

TEST_CASE("product") {
  CHECK(qwen.name() == "Qwen");
  CHECK(qwen.maker() == seed::alibaba());
  CHECK(qwen.country() == "CN"_country);
  CHECK(support::text(qwen) == "Qwen");
  CHECK_THROWS_AS(product("", seed::alibaba()), source_error);
  CHECK(from_json<product>(to_json(qwen)) == qwen);
  CHECK(to_json(qwen) ==
        R"({"name":"Qwen","maker":{"name":"Alibaba","kind":"company","country":"CN"},)"
        R"("country":"CN"})");
}

TEST_CASE("subject") {
  SUBCASE("each kind, with its text form and display name") {
    const subject cn = "CN"_country;
    CHECK(cn.kind() == subject_kind::country);
    CHECK(cn.as_country() == "CN"_country);
    CHECK(cn.to_string() == "CN");
    CHECK(cn.display_name() == "China");
    const subject eu = groups::eu;
    CHECK(eu.kind() == subject_kind::group);
    REQUIRE(eu.as_group() != nullptr);
    CHECK(eu.as_group()->id() == "EU");
    CHECK(eu.to_string() == "group:EU");
    CHECK(eu.display_name() == "European Union");
    const subject alibaba = seed::alibaba();
    CHECK(alibaba.to_string() == "org:Alibaba");
    CHECK(alibaba.as_organization()->kind() == organization_kind::company);
    const subject q = qwen;
    CHECK(q.to_string() == "product:Qwen");
    CHECK(q.display_name() == "Qwen (Alibaba)");
    CHECK(q.as_product()->maker() == seed::alibaba());
    CHECK(cn.parts().size() == 1);
    CHECK(cn.parts()[0] == cn);
    CHECK_FALSE(cn.as_group());
    CHECK_FALSE(eu.as_country());
  }
  SUBCASE("an aggregate is flat and has at least two parts") {
    const subject others = subject::aggregate({"US"_country, "GB"_country, groups::eu});
    CHECK(others.kind() == subject_kind::aggregate);
    CHECK(others.to_string() == "US+GB+group:EU");
    CHECK(others.display_name() == "United States, United Kingdom and European Union combined");
    const subject nested = subject::aggregate({"CN"_country, others});
    CHECK(nested.parts().size() == 4);
    CHECK(nested.to_string() == "CN+US+GB+group:EU");
    CHECK(support::text(nested) == "CN+US+GB+group:EU");
    CHECK_THROWS_WITH_AS(subject::aggregate({"CN"_country}),
                         "an aggregate needs at least two parts", subject_error);
    CHECK_THROWS_AS(subject::aggregate({}), subject_error);
  }
  SUBCASE("equality is by identity") {
    CHECK(subject("CN"_country) == subject("CN"_country));
    CHECK(subject("CN"_country) != subject("US"_country));
    CHECK(subject(groups::eu) == subject(groups::eu));
    CHECK(subject(groups::eu) != subject(groups::euro_area));
    CHECK(subject(seed::alibaba()) != subject(qwen));
    CHECK(subject::aggregate({"US"_country, "GB"_country}) !=
          subject::aggregate({"GB"_country, "US"_country}));
  }
  SUBCASE("a name with '+' cannot be a subject") {
    CHECK_THROWS_WITH_AS(subject(organization("A+B", organization_kind::company)),
                         "an organization's name must not be empty or contain '+' to be a "
                         "subject, got \"A+B\"",
                         subject_error);
  }
}

TEST_CASE("figure") {
  CHECK(kind_of(figure(estimate<count>::exact(count{1}))) == value_kind::count);
  CHECK(kind_of(figure(estimate<double>::exact(1.5))) == value_kind::amount);
  CHECK(kind_of(figure(rank{2})) == value_kind::rank);
  CHECK(kind_of(figure(share{12, 15})) == value_kind::share);
  CHECK(to_string(figure(estimate<count>::more_than(count{100000}))) == "more than 100,000");
  CHECK(to_string(figure(rank{2})) == "2nd");
  CHECK(to_string(figure(share{12, 15})) == "12 of 15");
}

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
