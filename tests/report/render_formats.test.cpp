// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/report/render.hpp>

#include <doctest/doctest.h>
#include <cited/dataset.hpp>

#include "report/fixtures.hpp"

#include <string>
#include <string_view>

// Markdown that stays one list however long the sheet, text that never opens a block, references
// printed in every format whatever the sheet's, and verdicts in words. The figures are made up,
// about made-up labs.
namespace render_formats_test {

using namespace cited;
using report_fixtures::seed;
using report_fixtures::synthetic;

bool has(std::string_view text, std::string_view what) {
  return text.find(what) != std::string_view::npos;
}

/// A made-up metric whose name starts with a list marker.
struct odd_metric {
  using value_type = count;
  static constexpr std::string_view id = "odd_metric";
  static constexpr std::string_view name = "+ odd metric";
  static constexpr bool additive = true;
  static constexpr bool higher_is_better = true;
};

TEST_CASE("to_markdown: items from 10 on") {
  dataset ds = synthetic();
  for (int year = 2010; year < 2017; ++year) {
    ds.add<metrics::ai_publications>(report_fixtures::lab_c(), period::parse(std::to_string(year)),
                                     count{year - 2000}, "synthetic");
  }
  REQUIRE(ds.size() >= 11);
  const std::string m = to_markdown(make_factsheet(ds, reference_format::markdown));
  // Under "9. " the sub-items are indented by three spaces, under "10. " and "11. " by four (the
  // marker's width), and their own sub-items by two more.
  const std::size_t nine = m.find("\n9. **");
  const std::size_t ten = m.find("\n10. **");
  const std::size_t eleven = m.find("\n11. **");
  REQUIRE(nine != std::string::npos);
  REQUIRE(ten != std::string::npos);
  REQUIRE(eleven != std::string::npos);
  const std::string item9 = m.substr(nine, ten - nine);
  const std::string item10 = m.substr(ten, eleven - ten);
  CHECK(has(item9, "\n   - ids: metric"));
  CHECK(has(item9, "\n   - provenance:\n     - "));
  CHECK(has(item10, "\n    - ids: metric"));
  CHECK(has(item10, "\n    - provenance:\n      - "));
  CHECK(has(item10, "\n    - in text: "));
  CHECK(has(item10, "\n    - check: "));
  CHECK_FALSE(has(item10, "\n   - "));
}

TEST_CASE("markdown_escape: a leading block marker") {
  using detail::markdown_escape;
  CHECK(markdown_escape("- x") == "\\- x");
  CHECK(markdown_escape("+ x") == "\\+ x");
  CHECK(markdown_escape("* x") == "\\* x");
  CHECK(markdown_escape("# x") == "\\# x");
  CHECK(markdown_escape("> x") == "\\> x");
  CHECK(markdown_escape("= x") == "\\= x");
  CHECK(markdown_escape("1. x") == "1\\. x");
  CHECK(markdown_escape("12) x") == "12\\) x");
  CHECK(markdown_escape("2024 a year") == "2024 a year");
  CHECK(markdown_escape("a - b + c 1. d") == "a - b + c 1. d");
  SUBCASE("in a sheet: a list item whose text starts with a marker") {
    dataset ds = synthetic();
    ds.add_metric<odd_metric>();
    ds.add<odd_metric>(report_fixtures::lab_a(), period::parse("2024"), count{3}, "synthetic");
    ds.add(comparison_claim{report_fixtures::lab_a(),
                            "odd_metric",
                            period::parse("2024"),
                            comparison::more_than,
                            {report_fixtures::lab_b()},
                            "synthetic"});
    const std::string m = to_markdown(make_factsheet(ds, reference_format::markdown));
    CHECK(has(m, "\n- \\+ odd metric of Example Lab B in 2024\n"));
    CHECK_FALSE(has(m, "\n- + odd"));
  }
}

TEST_CASE("references in any format, whatever the sheet's") {
  const std::string liang = "Liang, Y. (2025, August 26). ";
  SUBCASE("to_text of a Markdown or HTML sheet is the text sheet's") {
    const std::string text = to_text(make_factsheet(seed()));
    CHECK(to_text(make_factsheet(seed(), reference_format::html)) == text);
    CHECK(to_text(make_factsheet(seed(), reference_format::markdown)) == text);
    CHECK(to_text(make_factsheet(synthetic(), reference_format::html)) ==
          to_text(make_factsheet(synthetic())));
  }
  SUBCASE("to_html of a Markdown sheet keeps the italics") {
    const std::string h = to_html(make_factsheet(seed(), reference_format::markdown));
    CHECK(has(h, "<li>" + liang +
                     "<i>China\u2019s Ascent to Global Computing Power</i>. The Belt and Road "
                     "News Network.</li>"));
    CHECK(h == to_html(make_factsheet(seed(), reference_format::html)));
  }
  SUBCASE("to_markdown of an HTML sheet keeps the italics") {
    const std::string m = to_markdown(make_factsheet(seed(), reference_format::html));
    CHECK(has(m, "   - reference: " + liang +
                     "*China\u2019s Ascent to Global Computing Power*. The Belt and Road News "
                     "Network.\n"));
    CHECK_FALSE(has(m, "<i>"));
    CHECK_FALSE(has(m, "\\<i\\>"));
  }
  SUBCASE("a text sheet has no italics to give: its references print escaped") {
    const std::string h = to_html(make_factsheet(seed()));
    CHECK(has(h, "<li>" + liang +
                     "China\u2019s Ascent to Global Computing Power. The Belt and Road News "
                     "Network.</li>"));
  }
}

TEST_CASE("to_text: verdicts in words") {
  const std::string t = to_text(make_factsheet(seed()));
  CHECK(has(t, "   verdict: self-reported ("));
  CHECK(has(t, "   verdict: not checkable (a statement in words"));
  CHECK_FALSE(has(t, "self_reported"));
  CHECK_FALSE(has(t, "not_checkable"));
}

}  // namespace render_formats_test
