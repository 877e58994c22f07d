// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/cite/apa.hpp>

#include <doctest/doctest.h>

#include "cite/sources.hpp"

#include <cited/catalog/seed.hpp>

#include <string>

namespace citation_test {

TEST_CASE("cite: Markdown and HTML put APA's italics in") {
  SUBCASE("an article on a news website: the title is italic, the site is not") {
    CHECK(cite(seed::article(), reference_format::html) ==
          "Liang, Y. (2025, August 26). <i>China\u2019s Ascent to Global Computing Power</i>. The "
          "Belt and Road News Network.");
    CHECK(cite(seed::article(), reference_format::markdown) ==
          "Liang, Y. (2025, August 26). *China\u2019s Ascent to Global Computing Power*. The Belt "
          "and Road News Network.");
  }
  SUBCASE("a newspaper article: the newspaper is italic, the title is not") {
    CHECK(cite(news("Chips"), reference_format::html) ==
          "Rivera, A. (2025, March 4). Chips. <i>The Example Times</i>.");
  }
  SUBCASE("a report, a data set and a press release: the title is italic, the label is not") {
    CHECK(cite(seed::digital_science_report(), reference_format::html) ==
          "Digital Science. (n.d.). <i>DeepSeek and the New Geopolitics of AI: China\u2019s Ascent "
          "to Research Pre-eminence in AI</i>.");
    CHECK(cite(seed::dimensions(), reference_format::html) ==
          "<i>Dimensions</i>. (n.d.). [Data set].");
    CHECK(cite(seed::press_release(), reference_format::markdown) ==
          "Digital Science. (2025, July 10). *New report shows China dominates in AI research "
          "\u2013 and is western world\u2019s leading collaborator on AI* \\[Press release\\]. "
          "GlobeNewswire. "
          "<https://www.globenewswire.com/news-release/2025/07/10/3113094/0/en/"
          "New-report-shows-China-dominates-in-AI-research-and-is-western-world-s-leading-"
          "collaborator-on-AI.html>");
  }
  SUBCASE("a title that ends a sentence keeps its own mark, inside the italics") {
    const source q{
        {.kind = source_kind::report, .title = "Who leads?", .authors = {example_institute}}};
    CHECK(cite(q, reference_format::html) == "Example Institute. (n.d.). <i>Who leads?</i>");
    CHECK(cite(q) == "Example Institute. (n.d.). Who leads?");
  }
  SUBCASE("special characters are escaped, URLs are HTML-escaped or Markdown autolinks") {
    const organization odd{"R&D <Lab> *star* _x_ [y]", organization_kind::research_firm};
    const source report{{.kind = source_kind::report,
                         .title = "A & B <c>",
                         .authors = {odd},
                         .url = "https://example.org/a?b=1&c=2"}};
    CHECK(cite(report, reference_format::html) ==
          "R&amp;D &lt;Lab&gt; *star* _x_ [y]. (n.d.). <i>A &amp; B &lt;c&gt;</i>. "
          "https://example.org/a?b=1&amp;c=2");
    CHECK(cite(report, reference_format::markdown) ==
          "R&D \\<Lab\\> \\*star\\* \\_x\\_ \\[y\\]. (n.d.). *A & B \\<c\\>*. "
          "<https://example.org/a?b=1&c=2>");
    CHECK(cite(report) ==
          "R&D <Lab> *star* _x_ [y]. (n.d.). A & B <c>. https://example.org/a?b=1&c=2");
  }
  SUBCASE("a DOI replaces the URL") {
    const source data{{.kind = source_kind::dataset,
                       .title = "Example Index",
                       .authors = {example_institute},
                       .published = period::parse("2024"),
                       .url = "https://example.org/index",
                       .doi = "10.5555/example.1"}};
    CHECK(cite(data) ==
          "Example Institute. (2024). Example Index [Data set]. "
          "https://doi.org/10.5555/example.1");
    CHECK(cite(data, reference_format::html).find("<i>Example Index</i> [Data set].") !=
          std::string::npos);
  }
  SUBCASE("plain text is the same text without the markup") {
    for (const source& s : seed::works()) {
      std::string stripped = cite(s, reference_format::html);
      for (const char* tag : {"<i>", "</i>"}) {
        for (auto at = stripped.find(tag); at != std::string::npos; at = stripped.find(tag)) {
          stripped.erase(at, std::string(tag).size());
        }
      }
      CHECK(stripped == cite(s));
    }
  }
}

}  // namespace citation_test
