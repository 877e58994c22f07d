// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/source/provenance.hpp>

#include <doctest/doctest.h>

#include "source/sources.hpp"
#include "support.hpp"

#include <cited/catalog/seed.hpp>

#include <optional>
#include <string>
#include <vector>

namespace source_test {

TEST_CASE("provenance") {
  SUBCASE("the seed article's chain for the publications figure") {
    const provenance p = seed::ai_publications();
    // The article credits the figure to the Dimensions database alone: the New York Times is named
    // at the end of the paragraph before, not in this one.
    REQUIRE(p.size() == 3);
    CHECK(p.seen_in().relation == relation::published_by);
    CHECK(p.seen_in().source == seed::article());
    CHECK(p.hops()[1].relation == relation::republished_from);
    CHECK(p.hops()[1].agent == agent{seed::science_and_technology_daily()});
    CHECK(p.primary().relation == relation::according_to);
    CHECK(p.primary().source == seed::dimensions());
    for (const hop& h : p.hops()) CHECK(h.agent != agent{seed::new_york_times()});
    CHECK(p.sources() == std::vector<source>{seed::article(), seed::dimensions()});
    CHECK(p.to_string() ==
          "published by: \"China's Ascent to Global Computing Power\" (news article by LIANG "
          "Yilian, The Belt and Road News Network, 2025-08-26 10:54)\n"
          "republished from: Science and Technology Daily\n"
          "according to: \"Dimensions\" (dataset)");
  }
  SUBCASE("a hop with an agent at a source") {
    const provenance p = seed::computing_power_rank();
    const hop& h = p.primary();
    CHECK(h.relation == relation::stated_by);
    CHECK(h.to_string() ==
          "stated by: the head of China's National Data Administration (not named), at a press "
          "conference (Beijing)");
  }
  SUBCASE("then() appends to a named chain too") {
    provenance p{relation::published_by, seed::article()};
    p.then(relation::according_to, seed::cnbc());
    CHECK(p != seed::github_developer_community_rank());  // that one has the republishing hop
    CHECK(p.size() == 2);
    CHECK(p.primary().agent == agent{seed::cnbc()});
    CHECK(support::text(p).find("\naccording to: CNBC") != std::string::npos);
    CHECK(p.to_string(" <- ").find(" <- according to: CNBC") != std::string::npos);
  }
  SUBCASE("a chain is never empty, and every hop names someone or something") {
    CHECK_THROWS_WITH_AS(provenance(std::vector<hop>{}),
                         "a provenance chain needs at least one hop", provenance_error);
    CHECK_THROWS_WITH_AS(provenance({hop{relation::published_by, seed::article(), std::nullopt},
                                     hop{relation::citing, std::nullopt, std::nullopt}}),
                         "the hop at index 1 has neither a source nor an agent", provenance_error);
    CHECK_THROWS_AS(provenance(std::vector<hop>{hop{static_cast<relation>(9), seed::article()}}),
                    provenance_error);
  }
}

}  // namespace source_test
