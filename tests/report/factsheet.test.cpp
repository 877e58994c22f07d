// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/report/factsheet.hpp>

#include <doctest/doctest.h>
#include <cited/dataset.hpp>
#include <cited/json.hpp>
#include <cited/report/chart_svg.hpp>
#include <cited/report/render.hpp>

#include "report/fixtures.hpp"

#include <algorithm>
#include <cstddef>
#include <string>
#include <vector>

// The figures of the synthetic dataset are made up, about made-up organizations ("Example Lab
// A"...), by "Example Institute"; the seed dataset's are the article's.
namespace factsheet_test {

using namespace cited;
using report_fixtures::count_of;
using report_fixtures::seed;
using report_fixtures::synthetic;

TEST_CASE("make_factsheet") {
  SUBCASE("the seed dataset: figures with names, ids, periods and references") {
    const factsheet s = make_factsheet(seed());
    REQUIRE(s.figures.size() == 7);
    REQUIRE(s.claims.size() == 13);
    const factsheet_figure& publications = s.figures[1];
    CHECK(publications.subject == "CN");
    CHECK(publications.subject_name == "China");
    CHECK(publications.metric == "ai_publications");
    CHECK(publications.metric_name == "AI-related publications");
    CHECK(publications.period == "2024");
    CHECK(publications.period_name == "2024");
    CHECK(publications.value == "23,695");
    CHECK(publications.source == "ai-publications");
    CHECK(publications.source_name == "Dimensions (n.d., as cited in Liang, 2025)");
    CHECK(publications.in_text == "(Dimensions, n.d., as cited in Liang, 2025)");
    REQUIRE(publications.references.size() == 1);
    CHECK(publications.references[0].starts_with("Liang, Y. (2025, August 26)."));
    CHECK(s.figures[4].subject == "product:Qwen");
    CHECK(s.figures[4].subject_name == "Qwen (Alibaba)");
  }
  SUBCASE("the seed's comparison: undetermined, the three parts missing, in conflict") {
    const factsheet s = make_factsheet(seed());
    const factsheet_claim& c = s.claims[3];
    REQUIRE(c.verdict);
    CHECK(*c.verdict == verdict::undetermined);
    CHECK(c.reason ==
          "3 of the figures to combine are missing; the figure for China comes only from the "
          "claim's own origin, \"Dimensions\" (dataset)");
    CHECK(c.would_settle_it.size() == 4);
    CHECK(c.conflicts.size() == 1);
    REQUIRE(c.chart);
    CHECK(c.chart->kind == chart_kind::comparison);
    REQUIRE(c.chart->bars.size() == 2);
    CHECK(c.chart->bars[0].label == "China");
    REQUIRE(c.chart->bars[0].parts.size() == 1);
    CHECK(c.chart->bars[0].parts[0].value == 23695.0);
    CHECK_FALSE(c.chart->bars[0].parts[0].missing);
    CHECK(c.chart->bars[1].label == "United States, United Kingdom and European Union combined");
    REQUIRE(c.chart->bars[1].parts.size() == 3);
    for (const chart_part& p : c.chart->bars[1].parts) {
      CHECK(p.missing);
      CHECK_FALSE(p.value);
    }
    CHECK(c.chart->description.find(
              "China: 23,695, from Dimensions (n.d., as cited in Liang, 2025).") !=
          std::string::npos);
    CHECK(c.chart->description.find("United Kingdom: no figure") != std::string::npos);
  }
  SUBCASE("the seed's rank claim: a ranking chart, the US named ahead with no figure") {
    const factsheet s = make_factsheet(seed());
    const factsheet_claim& c = s.claims[1];
    CHECK(c.verdict == verdict::self_reported);
    REQUIRE(c.chart);
    CHECK(c.chart->kind == chart_kind::ranking);
    REQUIRE(c.chart->bars.size() == 2);
    CHECK(c.chart->bars[0].label == "United States");
    CHECK(c.chart->bars[0].parts[0].missing);
    CHECK(c.chart->bars[1].parts[0].value_text == "2nd");
    CHECK_FALSE(c.chart->bars[1].parts[0].value);  // a rank has no length
  }
  SUBCASE("statements have no chart") {
    const factsheet s = make_factsheet(seed());
    CHECK(s.claims[0].verdict == verdict::not_checkable);
    CHECK_FALSE(s.claims[0].chart);
  }
  SUBCASE("references in the chosen format") {
    CHECK(make_factsheet(seed(), reference_format::html)
              .figures[0]
              .references[0]
              .find("<i>China\u2019s Ascent to Global Computing Power</i>") != std::string::npos);
    CHECK(make_factsheet(seed(), reference_format::markdown)
              .figures[0]
              .references[0]
              .find("*China\u2019s Ascent to Global Computing Power*") != std::string::npos);
  }
  SUBCASE("a synthetic dataset: amounts with the best SI prefix, long periods") {
    const factsheet s = make_factsheet(synthetic());
    REQUIRE(s.figures.size() == 5);
    CHECK(s.figures[3].value == "1.742 EFLOP/s");
    CHECK(s.figures[3].period == "2025-06");
    CHECK(s.figures[3].period_name == "June 2025");
    CHECK(s.figures[4].value == "more than 950 PFLOP/s");
  }
  SUBCASE("a claim that cannot be checked holds its error, and the sheet goes on") {
    const factsheet s = make_factsheet(report_fixtures::test_dataset("double-counted-claim.json"));
    REQUIRE(s.claims.size() == 4);
    const factsheet_claim& bad = s.claims[1];
    CHECK_FALSE(bad.verdict);
    REQUIRE(bad.error);
    CHECK(bad.error->starts_with("double counting in US+FR+group:EU in 2024"));
    CHECK_FALSE(bad.chart);
    CHECK(s.claims[3].verdict == verdict::self_reported);
  }
}

TEST_CASE("factsheet JSON and CSV") {
  const factsheet s = make_factsheet(seed(), reference_format::html);
  const std::string text = to_json(s);
  CHECK(json::validate(text));
  const factsheet back = from_json<factsheet>(text);
  CHECK(to_json(back) == text);
  CHECK(back.claims[3].chart->bars[1].parts.size() == 3);
  const std::string csv = to_csv(factsheet_rows(s));
  CHECK(csv.starts_with(
      "kind,subject,metric,period,statement,verdict,reason,evidence,would_settle_it,source,"
      "references,in_text\r\nfigure,CN,computing_power_rank,2025,2nd,consistent,"));
  CHECK(count_of(csv, "\r\nclaim,") == 13);
}

}  // namespace factsheet_test
