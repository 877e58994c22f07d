// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0
//
// The fact sheet shows a UN M49 region subject by its name. The figures are made up.

#include <cited/report/factsheet.hpp>

#include <doctest/doctest.h>
#include <cited/dataset.hpp>
#include <cited/report/render.hpp>

#include "report/fixtures.hpp"

#include <string>

namespace report_regions_test {

using namespace cited;
using namespace cited::literals;
using report_fixtures::count_of;

struct test_papers {
  using value_type = count;
  static constexpr std::string_view id = "test_papers";
  static constexpr std::string_view name = "test papers";
  static constexpr bool additive = true;
  static constexpr bool higher_is_better = true;
};

TEST_CASE("a fact sheet names a region subject") {
  dataset ds{with_builtins};
  ds.add_metric<test_papers>();
  ds.add_source("synthetic",
                provenance{relation::published_by,
                           source{{.kind = source_kind::report,
                                   .title = "Synthetic figures for tests",
                                   .publisher = organization{"Example Institute",
                                                             organization_kind::research_firm}}}});
  const period y2024 = period::parse("2024");
  ds.add<test_papers>(regions::europe, y2024, count{1000}, "synthetic");
  ds.add<test_papers>("DE"_country, y2024, count{120}, "synthetic");
  ds.add(rank_claim{"DE"_country,
                    std::string(test_papers::id),
                    y2024,
                    1,
                    {},
                    "synthetic",
                    {},
                    subject(regions::western_europe)});

  const factsheet s = make_factsheet(ds);
  REQUIRE(s.figures.size() == 2);
  const factsheet_figure& europe =
      s.figures[1].subject == "region:150" ? s.figures[1] : s.figures[0];
  CHECK(europe.subject == "region:150");
  CHECK(europe.subject_name == "Europe");
  REQUIRE(s.claims.size() == 1);
  CHECK(s.claims[0].claim.find("among the members of Western Europe") != std::string::npos);
  // Other members of Western Europe have no figure: the sheet names them to settle it.
  CHECK_FALSE(s.claims[0].would_settle_it.empty());

  const std::string text = to_text(s);
  CHECK(count_of(text, "Europe, ") >= 1);
  CHECK(text.find("Western Europe") != std::string::npos);
  const std::string html = to_html(make_factsheet(ds, reference_format::html));
  CHECK(html.find("Europe") != std::string::npos);
}

}  // namespace report_regions_test
