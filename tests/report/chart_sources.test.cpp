// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/report/chart_svg.hpp>

#include <doctest/doctest.h>
#include <cited/dataset.hpp>
#include <cited/report/render.hpp>

#include "report/fixtures.hpp"

#include <cmath>
#include <cstddef>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

// A chart draws the figures a claim's check used, each credited to its source; an unknown total
// is drawn as unknown; and odd charts (no bars, many parts, numbers that are not finite) still
// make a valid image. The figures are made up, about made-up labs, by made-up publishers.
namespace chart_sources_test {

using namespace cited;
using report_fixtures::count_of;

bool has(std::string_view text, std::string_view what) {
  return text.find(what) != std::string_view::npos;
}

// The values of attribute `name` in every element of `svg`.
std::vector<std::string> all_values(std::string_view svg, std::string_view name) {
  std::vector<std::string> out;
  const std::string key = " " + std::string(name) + "=\"";
  for (std::size_t at = svg.find(key); at != std::string_view::npos; at = svg.find(key, at + 1)) {
    const std::size_t from = at + key.size();
    out.emplace_back(svg.substr(from, svg.find('"', from) - from));
  }
  return out;
}

// The value of attribute `name` of each `<rect` of class `kind`, in order.
std::vector<std::string> rects(std::string_view svg, std::string_view kind, std::string_view name) {
  std::vector<std::string> out;
  const std::string of_kind = " class=\"" + std::string(kind) + '"';
  const std::string key = " " + std::string(name) + "=\"";
  for (std::size_t at = svg.find("<rect "); at != std::string_view::npos;
       at = svg.find("<rect ", at + 1)) {
    const std::string_view tag = svg.substr(at, svg.find('>', at) - at);
    const std::size_t k = tag.find(key);
    if (tag.find(of_kind) == std::string_view::npos || k == std::string_view::npos) continue;
    const std::size_t from = k + key.size();
    out.emplace_back(tag.substr(from, tag.find('"', from) - from));
  }
  return out;
}

// Every length and coordinate of the image is a finite number, and no length is negative.
void check_geometry(std::string_view svg) {
  for (const char* name : {"x", "y", "width", "height", "x1", "y1", "x2", "y2"}) {
    for (const std::string& v : all_values(svg, name)) {
      CAPTURE(name);
      CAPTURE(v);
      const double d = std::stod(v);
      CHECK(std::isfinite(d));
      if (std::string_view(name) == "width" || std::string_view(name) == "height") {
        CHECK(d >= 0);
      }
    }
  }
  CHECK_FALSE(has(svg, "nan"));
  CHECK_FALSE(has(svg, "inf"));
}

inline organization publisher(std::string name) {
  return organization{std::move(name), organization_kind::research_firm};
}

// Two surveys that give Example Lab A different figures for 2024 (survey X's first: "more than
// 50"; survey Y's: 300), survey Y's for Lab B (100), and a newsletter's claim that A published
// more than B, which survey Y's figure for A bears out and survey X's leaves open.
dataset two_sources() {
  dataset ds{with_builtins};
  const auto add_source = [&ds](std::string id, std::string title, std::string by) {
    ds.add_source(std::move(id), provenance{relation::published_by,
                                            source{{.kind = source_kind::report,
                                                    .title = std::move(title),
                                                    .publisher = publisher(std::move(by))}}});
  };
  add_source("survey-x", "Example survey X", "Example Survey Office X");
  add_source("survey-y", "Example survey Y", "Example Survey Office Y");
  add_source("newsletter", "Example newsletter", "Example Newsletter Office");
  const period y2024 = period::parse("2024");
  ds.add<metrics::ai_publications>(report_fixtures::lab_a(), y2024,
                                   estimate<count>::more_than(count{50}), "survey-x");
  ds.add<metrics::ai_publications>(report_fixtures::lab_a(), y2024, count{300}, "survey-y");
  ds.add<metrics::ai_publications>(report_fixtures::lab_b(), y2024, count{100}, "survey-y");
  ds.add(comparison_claim{report_fixtures::lab_a(),
                          "ai_publications",
                          y2024,
                          comparison::more_than,
                          {report_fixtures::lab_b()},
                          "newsletter"});
  return ds;
}

TEST_CASE("chart_part: the figure the check used, with its source") {
  const dataset ds = two_sources();
  const check_result r = ds.check(ds.claims()[0]);
  REQUIRE(r.verdict == verdict::supported);
  const std::string y_name = cite_in_text(ds.source("survey-y"), citation_form::narrative);
  const std::string x_name = cite_in_text(ds.source("survey-x"), citation_form::narrative);
  REQUIRE(y_name != x_name);

  SUBCASE("the model") {
    const factsheet s = make_factsheet(ds);
    REQUIRE(s.claims[0].chart);
    const chart& c = *s.claims[0].chart;
    REQUIRE(c.bars.size() == 2);
    const chart_part& a = c.bars[0].parts.at(0);
    CHECK(a.value == 300.0);  // survey Y's, which the check used; not survey X's, added first
    CHECK(a.value_text == "300");
    CHECK(a.source == "survey-y");
    CHECK(a.source_name == y_name);
    const chart_part& b = c.bars[1].parts.at(0);
    CHECK(b.value == 100.0);
    CHECK(b.source == "survey-y");
    CHECK(has(c.description, "Example Lab A: 300, from " + y_name + "."));
    CHECK_FALSE(has(c.description, x_name));
  }
  SUBCASE("the SVG description, the HTML caption and hidden table, the Markdown table") {
    const factsheet s = make_factsheet(ds, reference_format::html);
    const std::string svg = to_svg(*s.claims[0].chart, "c");
    CHECK(has(svg, "<desc id=\"c-desc\">AI-related publications. Example Lab A: 300, from " +
                       svg::escape(y_name) + "."));
    const std::string h = to_html(s);
    CHECK(has(
        h, "<figcaption>AI-related publications. Example Lab A: 300, from " + svg::escape(y_name)));
    CHECK(has(h, "<th scope=\"col\">Source</th>"));
    CHECK(has(h, "<tr><td>Example Lab A</td><td>Example Lab A</td><td>300</td><td>" +
                     cite_in_text(ds.source("survey-y"), citation_form::narrative,
                                  reference_format::html) +
                     "</td></tr>"));
    const std::string m = to_markdown(make_factsheet(ds, reference_format::markdown));
    CHECK(has(m, "| AI-related publications | part | figure | source |\n|---|---|---|---|\n"));
    CHECK(has(m, "| Example Lab A | Example Lab A | 300 | " +
                     cite_in_text(ds.source("survey-y"), citation_form::narrative,
                                  reference_format::markdown) +
                     " |\n"));
  }
  SUBCASE("the seed's claim 13 credits China's figure to Dimensions, as cited in Liang") {
    const factsheet s = make_factsheet(report_fixtures::seed());
    REQUIRE(s.claims.size() == 13);
    REQUIRE(s.claims[12].chart);
    const chart_part& china = s.claims[12].chart->bars[0].parts.at(0);
    CHECK(china.value_text == "23,695");
    CHECK(china.source == "ai-publications");
    CHECK(china.source_name == "Dimensions (n.d., as cited in Liang, 2025)");
    CHECK(s.claims[12].source == "digital-science-press-release");
    CHECK(has(s.claims[12].chart->description,
              "China: 23,695, from Dimensions (n.d., as cited in Liang, 2025)."));
  }
}

TEST_CASE("to_svg: an unknown total") {
  SUBCASE("the seed's comparison: China to scale, the combined total open-ended") {
    const factsheet s = make_factsheet(report_fixtures::seed());
    const std::string svg = to_svg(*s.claims[3].chart);
    check_geometry(svg);
    REQUIRE(rects(svg, "bar", "width").size() == 1);
    const double china_end =
        std::stod(rects(svg, "bar", "x")[0]) + std::stod(rects(svg, "bar", "width")[0]);
    REQUIRE(rects(svg, "unknown", "width").size() == 1);
    const double unknown_x = std::stod(rects(svg, "unknown", "x")[0]);
    const double unknown_end = unknown_x + std::stod(rects(svg, "unknown", "width")[0]);
    // It runs to the image's end, past China's bar: the unknown total is not drawn smaller.
    CHECK(unknown_end == doctest::Approx(std::stod(all_values(svg, "width")[0]) - 2));
    CHECK(unknown_end > china_end);
    CHECK(rects(svg, "unknown", "data-missing") == std::vector<std::string>{"3"});
    CHECK(has(svg, ">total unknown: 3 of 3 parts have no figure</text>"));
    CHECK(has(svg, ">no figure: United States, United Kingdom and European Union</text>"));
    // No part is drawn as a bar of its own, of zero or any other length.
    CHECK(rects(svg, "missing", "width").empty());
    CHECK(count_of(svg, "class=\"bar\"") == 1);
  }
  SUBCASE("known parts to scale, then the unknown rest") {
    const factsheet s = make_factsheet(report_fixtures::synthetic());
    const std::string svg = to_svg(*s.claims[0].chart);
    check_geometry(svg);
    const std::vector<std::string> x = rects(svg, "bar", "x");
    const std::vector<std::string> w = rects(svg, "bar", "width");
    REQUIRE(w.size() == 3);  // A 300; B 100 and C 50, D unknown
    CHECK(std::stod(w[1]) / std::stod(w[0]) == doctest::Approx(100.0 / 300).epsilon(0.01));
    CHECK(std::stod(w[2]) / std::stod(w[0]) == doctest::Approx(50.0 / 300).epsilon(0.01));
    REQUIRE(rects(svg, "unknown", "x").size() == 1);
    CHECK(std::stod(rects(svg, "unknown", "x")[0]) ==
          doctest::Approx(std::stod(x[2]) + std::stod(w[2])));
    CHECK(has(svg, "total unknown: 1 of 3 parts have no figure</text>"));
    CHECK(has(svg, ">no figure: Example &lt;Lab&gt; &amp; *D*</text>"));
  }
  SUBCASE("a ranking's subject with no figure") {
    const factsheet s = make_factsheet(report_fixtures::seed());
    const std::string svg = to_svg(*s.claims[1].chart);
    check_geometry(svg);
    CHECK(rects(svg, "unknown", "data-missing") == std::vector<std::string>{"1"});
    CHECK(has(svg, ">no figure</text>"));
    CHECK(rects(svg, "point", "data-subject") == std::vector<std::string>{"CN"});
  }
}

chart_part known(std::string label, double v) {
  return {label, label, v, label + " value", false, "src", "Src (n.d.)"};
}

TEST_CASE("to_svg: edge cases") {
  SUBCASE("no bars") {
    const std::string svg = to_svg(chart{chart_kind::ranking, "Nothing", "Nothing.", "m", "", {}});
    check_geometry(svg);
    CHECK(std::stod(all_values(svg, "height")[0]) > 0);
    CHECK(has(svg, ">no figures to draw</text>"));
  }
  SUBCASE("very many parts: no negative width") {
    chart c{chart_kind::comparison, "Many", "Many.", "m", "", {}};
    chart_bar values{"values", {}}, ranks{"ranks", {}}, gaps{"gaps", {}};
    for (int i = 0; i < 400; ++i) {
      std::string name = "v";  // appended, not "v" + std::string: g++ 12 -O3 warns falsely
      name += std::to_string(i);
      values.parts.push_back(known(name, 1));
      ranks.parts.push_back({"r", "r", std::nullopt, "1st", false, "src", "Src (n.d.)"});
      gaps.parts.push_back({"g", "g", std::nullopt, "no figure", true, "", ""});
    }
    gaps.parts.push_back(known("g-known", 5));
    c.bars = {values, ranks, gaps};
    const std::string svg = to_svg(c);
    check_geometry(svg);
    CHECK(count_of(svg, "class=\"bar\"") == 401);
    CHECK(count_of(svg, "class=\"point\"") == 400);
    CHECK(rects(svg, "unknown", "data-missing") == std::vector<std::string>{"400"});
    CHECK(has(svg, "more</text>"));  // the 400 names, cut to fit
  }
  SUBCASE("numbers that are not finite: drawn as boxes with their text, the rest to scale") {
    chart c{chart_kind::ranking, "Odd", "Odd.", "m", "", {}};
    c.bars.push_back({"q", {known("q", std::numeric_limits<double>::quiet_NaN())}});
    c.bars.push_back({"r", {known("r", std::numeric_limits<double>::infinity())}});
    c.bars.push_back({"ten", {known("ten", 10)}});
    const std::string svg = to_svg(c);
    check_geometry(svg);
    REQUIRE(rects(svg, "bar", "width").size() == 1);
    CHECK(std::stod(rects(svg, "bar", "width")[0]) > 100);
    CHECK(count_of(svg, "class=\"point\"") == 2);
  }
  SUBCASE("data-value is the number's shortest round-trip text") {
    chart c{chart_kind::ranking, "Small", "Small.", "m", "", {}};
    c.bars.push_back({"a", {known("a", 0.004)}});
    c.bars.push_back({"b", {known("b", 23695)}});
    c.bars.push_back({"c", {known("c", 0.1 + 0.2)}});
    const std::string svg = to_svg(c);
    CHECK(rects(svg, "bar", "data-value") ==
          std::vector<std::string>{"0.004", "23695", "0.30000000000000004"});
  }
  SUBCASE("svg::image writes no negative length") {
    svg::image img(-5, std::numeric_limits<double>::quiet_NaN(), "t", "d");
    img.rect(0, 0, -3, -1);
    const std::string svg = img.finish();
    check_geometry(svg);
  }
}

}  // namespace chart_sources_test
