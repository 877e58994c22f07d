// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/cite/in_text.hpp>

#include <doctest/doctest.h>

#include "cite/sources.hpp"

#include <cited/catalog/seed.hpp>

#include <string>

namespace citation_test {

TEST_CASE("cite_in_text: a work") {
  SUBCASE("parenthetical and narrative") {
    CHECK(cite_in_text(seed::article()) == "(Liang, 2025)");
    CHECK(cite_in_text(seed::article(), citation_form::narrative) == "Liang (2025)");
    CHECK(cite_in_text(seed::press_release()) == "(Digital Science, 2025)");
  }
  SUBCASE("two authors, three or more") {
    CHECK(cite_in_text(news("T", {named("Rivera", "Ana"), named("Okafor", "Chidi")})) ==
          "(Rivera & Okafor, 2025)");
    CHECK(cite_in_text(news("T", {named("Rivera", "Ana"), named("Okafor", "Chidi")}),
                       citation_form::narrative) == "Rivera and Okafor (2025)");
    CHECK(cite_in_text(news("T", {named("Rivera", "Ana"), named("Okafor", "Chidi"),
                                  example_institute})) == "(Rivera et al., 2025)");
  }
  SUBCASE("no author: the title, in italics or in quotation marks as the reference has it") {
    CHECK(cite_in_text(seed::dimensions()) == "(Dimensions, n.d.)");
    CHECK(cite_in_text(seed::dimensions(), citation_form::parenthetical, reference_format::html) ==
          "(<i>Dimensions</i>, n.d.)");
    CHECK(cite_in_text(seed::dimensions(), citation_form::narrative, reference_format::markdown) ==
          "*Dimensions* (n.d.)");
    // A newspaper article's title is not italic: it is quoted, with the comma inside.
    CHECK(cite_in_text(news("Chips", {})) == "(\u201cChips,\u201d 2025)");
    CHECK(cite_in_text(news("Chips", {}), citation_form::narrative) == "\u201cChips\u201d (2025)");
  }
  SUBCASE("no author and no title: the description") {
    CHECK(cite_in_text(seed::press_conference()) == "([Press conference], n.d.)");
  }
  SUBCASE("HTML is escaped") {
    const organization ampersand{"Smith & Jones <Research>", organization_kind::research_firm};
    const source report{{.kind = source_kind::report, .title = "R", .authors = {ampersand}}};
    CHECK(cite_in_text(report, citation_form::parenthetical, reference_format::html) ==
          "(Smith &amp; Jones &lt;Research&gt;, n.d.)");
  }
}

TEST_CASE("cite_in_text: a provenance, \"as cited in\" the work read") {
  SUBCASE("a fact whose origin is the work read is cited as that work") {
    CHECK(cite_in_text(seed::press_release_figures()) == "(Digital Science, 2025)");
  }
  SUBCASE("the press conference, known only through the article") {
    CHECK(cite_in_text(seed::computing_power_rank()) ==
          "(head of China\u2019s National Data Administration, n.d., as cited in Liang, 2025)");
    CHECK(cite_in_text(seed::computing_power_rank(), citation_form::narrative) ==
          "head of China\u2019s National Data Administration (n.d., as cited in Liang, 2025)");
  }
  SUBCASE("a person quoted from a work, an organization, a work") {
    CHECK(cite_in_text(seed::digital_science_remark()) == "(Hook, n.d., as cited in Liang, 2025)");
    CHECK(cite_in_text(seed::top_open_source_models()) ==
          "(Artificial Analysis, as cited in Liang, 2025)");
    CHECK(cite_in_text(seed::top_open_source_models(), citation_form::narrative) ==
          "Artificial Analysis (as cited in Liang, 2025)");
    CHECK(cite_in_text(seed::ai_publications()) == "(Dimensions, n.d., as cited in Liang, 2025)");
    CHECK(cite_in_text(seed::ai_publications(), citation_form::narrative, reference_format::html) ==
          "<i>Dimensions</i> (n.d., as cited in Liang, 2025)");
    // Kevin Xu spoke to The New York Times; the citation names him, not the outlet between.
    CHECK(cite_in_text(seed::kevin_xu_remark()) == "(Xu, as cited in Liang, 2025)");
  }
  SUBCASE("a sentence with no attribution of its own is the article's") {
    CHECK(cite_in_text(seed::github_developer_community_rank()) == "(Liang, 2025)");
  }
  SUBCASE("the reference list holds the work read only") {
    for (const provenance& p : {seed::computing_power_rank(), seed::ai_publications(),
                                seed::digital_science_remark(), seed::kevin_xu_remark()}) {
      REQUIRE(reference_of(p) != nullptr);
      CHECK(*reference_of(p) == seed::article());
    }
    CHECK(*reference_of(seed::press_release_figures()) == seed::press_release());
    const provenance told{relation::stated_by, agent{seed::alibaba()}};
    CHECK(reference_of(told) == nullptr);
    CHECK(cite_in_text(told) == "(Alibaba)");
  }
}

}  // namespace citation_test
