// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0
//
// The fact sheet's per-capita lines: the seed dataset with CLDR 41's populations of China and the
// US. Each line cites the figure's source and CLDR's population; the seed's US figures stay
// unknown, so the US gets no line.

#include <cited/report/per_capita.hpp>

#include <cited/dataset/reference.hpp>
#include <cited/report/render.hpp>

#include <doctest/doctest.h>

#include "report/fixtures.hpp"

#include <string>

using namespace cited::literals;

namespace {

cited::dataset seed_with_populations() {
  cited::dataset ds = report_fixtures::seed();
  cited::reference::add_figures(ds, {"CN"_country, "US"_country});
  return ds;
}

}  // namespace

TEST_CASE("per capita lines: the seed's counts per million people, citing CLDR's population") {
  const cited::dataset ds = seed_with_populations();
  const std::vector<cited::factsheet_per_capita> lines = cited::per_capita_lines(ds);
  REQUIRE(lines.size() == 2);
  CHECK(lines[0].subject == "CN");
  CHECK(lines[0].metric == "ai_publications");
  CHECK(lines[0].population_source == "cldr-41");
  CHECK(lines[0].population_source_name == "Unicode Consortium (2022)");
  const std::string cldr =
      "   reference: Unicode Consortium. (2022). Unicode Common Locale Data Repository (CLDR), "
      "version 41 [Data set]. https://cldr.unicode.org/index/downloads/cldr-41\n";
  CHECK(cited::per_capita_text(lines) ==
        "Per million people (2)\n"
        "\n"
        "1. China, AI-related publications, 2024: 17.00 per million people\n"
        "   23,695 (source ai-publications: Dimensions (n.d., as cited in Liang, 2025))\n"
        "   divided by a population of 1,394,020,000 in 2022, estimated (source cldr-41: Unicode "
        "Consortium (2022))\n"
        "   reference: Liang, Y. (2025, August 26). China\u2019s Ascent to Global Computing "
        "Power. The Belt and Road News Network.\n" +
            cldr +
            "\n"
            "2. China, active AI researchers, 2025: 21.52 per million people\n"
            "   30,000 (source digital-science-press-release: Digital Science (2025))\n"
            "   divided by a population of 1,394,020,000 in 2022, estimated (source cldr-41: "
            "Unicode Consortium (2022))\n"
            "   reference: Digital Science. (2025, July 10). New report shows China dominates in "
            "AI research \u2013 and is western world\u2019s leading collaborator on AI [Press "
            "release]. GlobeNewswire. "
            "https://www.globenewswire.com/news-release/2025/07/10/3113094/0/en/"
            "New-report-shows-China-dominates-in-AI-research-and-is-western-world-s-leading-"
            "collaborator-on-AI.html\n" +
            cldr);
}

TEST_CASE("per capita lines: the US figures stay unknown") {
  const cited::dataset ds = seed_with_populations();
  for (const cited::factsheet_per_capita& l : cited::per_capita_lines(ds)) {
    CHECK(l.subject != "US");
  }
  CHECK(ds.find("ai_publications", cited::subject("US"_country), cited::period::parse("2024"))
            .empty());
  // The fact sheet itself is unchanged: the lines are a section of their own.
  const cited::factsheet sheet = cited::make_factsheet(ds);
  CHECK(cited::to_text(sheet).find("per million people") == std::string::npos);
}

TEST_CASE("per capita lines: options") {
  const cited::dataset ds = seed_with_populations();
  // GDP per person, when named.
  const auto gdp =
      cited::per_capita_lines(ds, cited::reference_format::text, {.metrics = {"gdp"}, .per = 1});
  REQUIRE(gdp.size() == 2);
  CHECK(gdp[0].value == "18,192 $ (PPP) per person");
  CHECK(gdp[0].figure == "25,360,000,000,000 $ (PPP)");
  CHECK(gdp[1].subject == "US");
  CHECK(gdp[1].value == "58,592 $ (PPP) per person");
  // No population metric: no lines.
  CHECK(cited::per_capita_lines(report_fixtures::seed()).empty());
  // Markdown citations print without their markup.
  const auto md = cited::per_capita_lines(ds, cited::reference_format::markdown);
  CHECK(cited::per_capita_text(md, cited::reference_format::markdown) ==
        cited::per_capita_text(cited::per_capita_lines(ds)));
}
