// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/source/agents.hpp>

#include <doctest/doctest.h>

#include "source/sources.hpp"
#include "support.hpp"

#include <cited/catalog/seed.hpp>

#include <string>

namespace source_test {

TEST_CASE("organization") {
  SUBCASE("name, kind and country") {
    const organization o = seed::interconnected_capital();  // "a U.S.-based hedge fund"
    CHECK(o.name() == "Interconnected Capital");
    CHECK(o.kind() == organization_kind::investment_firm);
    CHECK(o.country() == "US"_country);
    CHECK(support::text(o) == "Interconnected Capital");
    // The article gives no country for the outlets it cites, so none is recorded.
    CHECK_FALSE(seed::new_york_times().country().has_value());
    CHECK_FALSE(seed::artificial_analysis().country().has_value());
  }
  SUBCASE("equality compares every part") {
    CHECK(seed::cnbc() == organization{"CNBC", organization_kind::broadcaster});
    CHECK(seed::cnbc() != organization{"CNBC", organization_kind::newspaper});
    CHECK(seed::cnbc() != organization{"CNBC", organization_kind::broadcaster, "US"_country});
  }
  SUBCASE("a name must be real text") {
    CHECK_THROWS_WITH_AS(organization("", organization_kind::company),
                         "an organization's name is empty", source_error);
    CHECK_THROWS_WITH_AS(organization(" Acme", organization_kind::company),
                         "an organization's name starts or ends with a space", source_error);
    CHECK_THROWS_WITH_AS(organization("Ac\nme", organization_kind::company),
                         "an organization's name contains a control character", source_error);
    CHECK_THROWS_WITH_AS(organization("Ac\xffme", organization_kind::company),
                         "an organization's name is not valid UTF-8", source_error);
  }
}

TEST_CASE("person") {
  SUBCASE("a given-first name") {
    const person p = seed::daniel_hook();
    REQUIRE(p.name());
    CHECK(p.name()->family == "Hook");
    CHECK(p.display_name() == "Daniel Hook");
    CHECK(p.role() == "CEO");
    CHECK(p.affiliation() == seed::digital_science());
    CHECK(p.to_string() == "Daniel Hook, CEO of Digital Science");
    CHECK(support::text(p) == "Daniel Hook, CEO of Digital Science");
  }
  SUBCASE("a family-first name prints its family name in capitals") {
    CHECK(seed::liang_yilian().display_name() == "LIANG Yilian");
    CHECK(seed::liang_yilian().to_string() == "LIANG Yilian");
    const person p{{.family = "Zhōu", .given = "Wei", .order = name_order::family_first}};
    CHECK(p.display_name() == "ZHōU Wei");  // only ASCII letters change case
  }
  SUBCASE("a person known by one name") {
    const person p{{.family = "Suharto"}};
    CHECK(p.display_name() == "Suharto");
    CHECK(p.to_string() == "Suharto");
  }
  SUBCASE("an affiliation without a role") {
    const person p{{.family = "Rivera", .given = "Ana"}, "", example_times};
    CHECK(p.to_string() == "Ana Rivera, The Example Times");
  }
  SUBCASE("an unnamed person is known by role") {
    const person p = seed::head_of_national_data_administration();
    CHECK_FALSE(p.name());
    CHECK(p.display_name().empty());
    CHECK(p.to_string() == "the head of China's National Data Administration (not named)");
    CHECK(p.role_names_affiliation());
    CHECK(person::unnamed("spokesperson", seed::alibaba()).to_string() ==
          "the spokesperson of Alibaba (not named)");
    CHECK_THROWS_WITH_AS(person::unnamed(""), "an unnamed person's role is empty", source_error);
  }
  SUBCASE("names must be real text") {
    CHECK_THROWS_WITH_AS(person({.family = "", .given = "Ana"}), "a person's family name is empty",
                         source_error);
    CHECK_THROWS_WITH_AS(person({.family = "Rivera", .given = "Ana "}),
                         "a person's given name starts or ends with a space", source_error);
    CHECK_THROWS_WITH_AS(person({.family = "Rivera"}, "\t"),
                         "a person's role contains a control character", source_error);
  }
}

}  // namespace source_test
