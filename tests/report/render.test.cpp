// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/report/render.hpp>

#include <doctest/doctest.h>

#include "report/fixtures.hpp"

#include <string>

namespace render_test {

using namespace cited;
using report_fixtures::count_of;
using report_fixtures::seed;
using report_fixtures::synthetic;

bool has(const std::string& text, std::string_view what) {
  return text.find(what) != std::string::npos;
}

TEST_CASE("to_text") {
  SUBCASE("the seed: figures, verdicts, references, in today's order") {
    const std::string t = to_text(make_factsheet(seed()));
    CHECK(has(t, "Figures (7)\n\n1. China, rank by total computing power, 2025: 2nd\n"));
    CHECK(has(t, "2. China, AI-related publications, 2024: 23,695\n"));
    CHECK(has(t, "   verdict: undetermined (3 of the figures to combine are missing)\n"));
    CHECK(has(t, "   verdict: self-reported (China is observed 2nd;"));
    CHECK(has(t,
              "   reference: Liang, Y. (2025, August 26). China\u2019s Ascent to Global "
              "Computing Power. The Belt and Road News Network.\n"));
    CHECK(has(t,
              "     - neither, self-reported: China, 2024: 23,695; origin \"Dimensions\" "
              "(dataset); source Dimensions (n.d., as cited in Liang, 2025)\n"));
    CHECK(t.find("Figures (7)") < t.find("Claims (13)"));
  }
  SUBCASE("a synthetic dataset") {
    const std::string t = to_text(make_factsheet(synthetic()));
    CHECK(has(t, "4. Example Lab A, measured speed, June 2025: 1.742 EFLOP/s\n"));
    CHECK(has(t, "Claims (2)"));
  }
}

TEST_CASE("to_markdown") {
  SUBCASE("the seed: headings, lists, APA italics") {
    const std::string m = to_markdown(make_factsheet(seed(), reference_format::markdown));
    CHECK(m.starts_with("# China's computing power"));
    CHECK(has(m, "\n## Figures (7)\n"));
    CHECK(has(m, "\n## Claims (13)\n"));
    CHECK(has(m,
              "\n### 4. China: AI-related publications in 2024 more than those of United "
              "States, United Kingdom and European Union combined\n"));
    CHECK(has(m, "**Verdict: undetermined** (3 of the figures to combine are missing)"));
    CHECK(has(m, "**Verdict: self-reported**"));
    CHECK(has(m, "2. **China**, AI-related publications, 2024: **23,695**\n"));
    CHECK(has(m,
              "   - reference: Liang, Y. (2025, August 26). *China\u2019s Ascent to Global "
              "Computing Power*. The Belt and Road News Network.\n"));
    CHECK(has(m,
              "| United States, United Kingdom and European Union combined | United Kingdom | "
              "*no figure* |  |\n"));
  }
  SUBCASE("hostile text is escaped") {
    const std::string m = to_markdown(make_factsheet(synthetic(), reference_format::markdown));
    CHECK(
        m.starts_with("# \\<script\\>alert('x')\\</script\\> Tom \\& Jerry \\*bold\\* "
                      "\\_under\\_ \\[link\\](http://example.org) \\# not a heading \\| pipe "
                      "\\`code\\`\n"));
    CHECK_FALSE(has(m, "<script>"));
    CHECK(has(m, "Example \\<Lab\\> \\& \\*D\\*"));
    CHECK_FALSE(has(m, "Example <Lab>"));
  }
  SUBCASE("references of another format are converted, not taken as Markdown") {
    const std::string m = to_markdown(make_factsheet(synthetic(), reference_format::html));
    CHECK(has(m, "   - reference: *Synthetic figures for tests*. (n.d.). Example Institute.\n"));
  }
}

TEST_CASE("to_html") {
  SUBCASE("the seed: a standalone page with figures, verdicts, references and charts") {
    const std::string h = to_html(make_factsheet(seed(), reference_format::html));
    CHECK(h.starts_with("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">"));
    CHECK(h.ends_with("</main>\n</body>\n</html>\n"));
    CHECK(count_of(h, "<style>") == 1);
    // Standalone and static: no script, no external asset.
    CHECK_FALSE(has(h, "<script"));
    CHECK_FALSE(has(h, "<link"));
    CHECK_FALSE(has(h, "src="));
    CHECK_FALSE(has(h, "url("));
    CHECK(has(h, "<td class=\"value\">23,695</td>"));
    CHECK(has(h,
              "<span class=\"badge v-undetermined\">undetermined</span>3 of the figures to "
              "combine are missing"));
    CHECK(has(h, "<span class=\"badge v-self_reported\">self-reported</span>"));
    CHECK(has(h,
              "<li>Liang, Y. (2025, August 26). <i>China\u2019s Ascent to Global Computing "
              "Power</i>. The Belt and Road News Network.</li>"));
    // Three charts (the rank claim and the two comparisons), each accessible.
    CHECK(count_of(h, "<svg ") == 3);
    CHECK(count_of(h, "role=\"img\"") == 3);
    CHECK(count_of(h, "<table class=\"visually-hidden\">") == 3);
    CHECK(has(h, "<title id=\"chart-4-title\">"));
    CHECK(has(
        h,
        "<tr><td>China</td><td>China</td><td>23,695</td><td><i>Dimensions</i> (n.d., as cited in "
        "Liang, 2025)</td></tr>"));
    CHECK(has(h, "<td>United Kingdom</td><td>no figure</td>"));
    // Every element opened is closed, in a page this simple: as many of each as of its end tag.
    for (const char* tag : {"section", "li", "ol", "ul", "table", "figure", "svg", "details", "p",
                            "h3", "g", "text"}) {
      CAPTURE(tag);
      CHECK(count_of(h, "<" + std::string(tag) + ">") + count_of(h, "<" + std::string(tag) + " ") ==
            count_of(h, "</" + std::string(tag) + ">"));
    }
  }
  SUBCASE("hostile text is escaped") {
    const std::string h = to_html(make_factsheet(synthetic(), reference_format::html));
    CHECK_FALSE(has(h, "<script"));
    CHECK(has(h, "<title>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Tom &amp; Jerry "));
    CHECK(has(h, "<h1>&lt;script&gt;"));
    CHECK(has(h, "Example &lt;Lab&gt; &amp; *D*"));
    CHECK_FALSE(has(h, "Example <Lab>"));
    CHECK_FALSE(has(h, "& *D*"));
  }
  SUBCASE("text references are escaped") {
    dataset ds = synthetic();
    ds.add_source("hostile",
                  provenance{relation::published_by,
                             source{{.kind = source_kind::report,
                                     .title = "Fish & <b>chips</b>",
                                     .publisher = organization{
                                         "Example Institute", organization_kind::research_firm}}}});
    ds.add(statement_claim{{report_fixtures::lab_a()}, "says so", "hostile"});
    const std::string h = to_html(make_factsheet(ds));  // text references
    CHECK(has(h, "Fish &amp; &lt;b&gt;chips&lt;/b&gt;"));
    CHECK_FALSE(has(h, "<b>chips"));
  }
}

}  // namespace render_test
