// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/report/chart_svg.hpp>

#include <doctest/doctest.h>

#include "report/fixtures.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace chart_svg_test {

using namespace cited;
using report_fixtures::count_of;

// The value of attribute `name` in each `<rect` of `svg` of class `kind` ("bar", "missing"), in
// order.
std::vector<std::string> attributes(std::string_view svg, std::string_view kind,
                                    std::string_view name) {
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

TEST_CASE("to_svg") {
  SUBCASE("bars in proportion to their figures, a missing part drawn as missing") {
    const factsheet s = make_factsheet(report_fixtures::synthetic());
    REQUIRE(s.claims[0].chart);
    const std::string svg = to_svg(*s.claims[0].chart, "c");
    CHECK(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\""));
    CHECK(svg.ends_with("</svg>"));
    const std::vector<std::string> values = attributes(svg, "bar", "data-value");
    const std::vector<std::string> widths = attributes(svg, "bar", "width");
    REQUIRE(values == std::vector<std::string>{"300", "100", "50"});
    REQUIRE(widths.size() == 3);
    const double per_unit = std::stod(widths[0]) / 300;
    CHECK(per_unit > 0);
    CHECK(std::stod(widths[1]) == doctest::Approx(100 * per_unit).epsilon(0.001));
    CHECK(std::stod(widths[2]) == doctest::Approx(50 * per_unit).epsilon(0.001));
    // Lab D has no figure: the total is an open-ended unknown region naming it, not a bar of
    // zero.
    CHECK(attributes(svg, "unknown", "data-missing") == std::vector<std::string>{"1"});
    CHECK(svg.find(">no figure: Example &lt;Lab&gt; &amp; *D*</text>") != std::string::npos);
    CHECK(svg.find("data-value=\"0\"") == std::string::npos);
    // The name is escaped, in the drawing and in the description.
    CHECK(svg.find("Example &lt;Lab&gt; &amp; *D*") != std::string::npos);
    CHECK(svg.find("<desc id=\"c-desc\">AI-related publications. Example Lab A: 300, from ") !=
          std::string::npos);
    CHECK(svg.find("Example &lt;Lab&gt; &amp; *D*: no figure (1 of 3 parts have no figure, so the "
                   "combined figure is unknown).</desc>") != std::string::npos);
  }
  SUBCASE("a ranking with amounts: bars to one scale, in the claim's order") {
    const factsheet s = make_factsheet(report_fixtures::synthetic());
    REQUIRE(s.claims[1].chart);
    CHECK(s.claims[1].chart->kind == chart_kind::ranking);
    const std::string svg = to_svg(*s.claims[1].chart);
    CHECK(attributes(svg, "bar", "data-subject") ==
          std::vector<std::string>{"org:Example Lab A", "org:Example Lab B"});
    const std::vector<std::string> widths = attributes(svg, "bar", "width");
    REQUIRE(widths.size() == 2);
    CHECK(std::stod(widths[1]) / std::stod(widths[0]) ==
          doctest::Approx(950.0 / 1742).epsilon(0.01));
    CHECK(svg.find(">1.742 EFLOP/s</text>") != std::string::npos);
    CHECK(svg.find(">more than 950 PFLOP/s</text>") != std::string::npos);
  }
  SUBCASE("the seed's comparison: China's bar beside three missing parts") {
    const factsheet s = make_factsheet(report_fixtures::seed());
    const std::string svg = to_svg(*s.claims[3].chart);
    CHECK(attributes(svg, "bar", "data-value") == std::vector<std::string>{"23695"});
    CHECK(svg.find(">no figure: United States, United Kingdom and European Union</text>") !=
          std::string::npos);
  }
}

TEST_CASE("svg::image") {
  svg::image img(100, 50, "A & B", "<desc>", "x\"y");
  img.rect(0, 0, 10.005, 1.0 / 3, {{"class", "a\"b"}});
  img.text(1, 2, "<script>&");
  const std::string out = img.group().line(0, 0, 1, 1).finish();
  CHECK(out ==
        "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"100\" height=\"50\" "
        "viewBox=\"0 0 100 50\" aria-labelledby=\"x&quot;y-title x&quot;y-desc\">"
        "<title id=\"x&quot;y-title\">A &amp; B</title><desc id=\"x&quot;y-desc\">&lt;desc&gt;"
        "</desc><rect x=\"0\" y=\"0\" width=\"10.01\" height=\"0.33\" class=\"a&quot;b\"/>"
        "<text x=\"1\" y=\"2\">&lt;script&gt;&amp;</text><g><line x1=\"0\" y1=\"0\" x2=\"1\" "
        "y2=\"1\"/></g></svg>");
  CHECK(svg::escape("'") == "&#39;");
  CHECK(svg::number(-0.001) == "0");
}

}  // namespace chart_svg_test
