// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/cite/biblatex.hpp>

#include <doctest/doctest.h>

#include "cite/sources.hpp"

#include <cited/catalog/seed.hpp>

#include <string>
#include <vector>

namespace citation_test {

TEST_CASE("to_biblatex") {
  SUBCASE("the seed works") {
    CHECK(to_biblatex(seed::article()) ==
          "@article{liang2025,\n"
          "  author = {Liang, Yilian},\n"
          "  title = {{China's Ascent to Global Computing Power}},\n"
          "  journaltitle = {The Belt and Road News Network},\n"
          "  date = {2025-08-26}\n"
          "}\n");
    CHECK(to_biblatex(seed::dimensions()) ==
          "@dataset{dimensionsnd,\n  title = {{Dimensions}}\n}\n");
    CHECK(to_biblatex(seed::digital_science_report()) ==
          "@report{digitalsciencend,\n"
          "  author = {{Digital Science}},\n"
          "  title = {{DeepSeek and the New Geopolitics of AI: China's Ascent to Research "
          "Pre-eminence in AI}},\n"
          "  type = {Report}\n"
          "}\n");
    CHECK(to_biblatex(seed::press_conference()) ==
          "@unpublished{pressconferencend,\n  howpublished = {Press conference},\n"
          "  venue = {Beijing}\n}\n");
    CHECK(to_biblatex(seed::press_release()) ==
          "@misc{digitalscience2025,\n"
          "  author = {{Digital Science}},\n"
          "  title = {{New report shows China dominates in AI research \u2013 and is western "
          "world's leading collaborator on AI}},\n"
          "  type = {Press release},\n"
          "  organization = {GlobeNewswire},\n"
          "  location = {London},\n"
          "  date = {2025-07-10},\n"
          "  url = {https://www.globenewswire.com/news-release/2025/07/10/3113094/0/en/"
          "New-report-shows-China-dominates-in-AI-research-and-is-western-world-s-leading-"
          "collaborator-on-AI.html}\n"
          "}\n");
  }
  SUBCASE("each kind in its entry type") {
    const source news_site{{.kind = source_kind::news_article,
                            .title = "T",
                            .authors = {named("Rivera", "Ana")},
                            .publisher = example_times,
                            .container = "The Example Post",
                            .published = period::parse("2025-07")}};
    CHECK(to_biblatex(news_site, "k") ==
          "@article{k,\n  author = {Rivera, Ana},\n  title = {{T}},\n"
          "  journaltitle = {The Example Post},\n  note = {Published by The Example Times},\n"
          "  date = {2025-07}\n}\n");
    const source report{{.kind = source_kind::report,
                         .title = "R",
                         .authors = {named("Okafor", "Chidi")},
                         .publisher = example_institute,
                         .published = period::parse("2024")}};
    CHECK(to_biblatex(report, "k") ==
          "@report{k,\n  author = {Okafor, Chidi},\n  title = {{R}},\n  type = {Report},\n"
          "  institution = {Example Institute},\n  date = {2024}\n}\n");
    const source data{{.kind = source_kind::dataset,
                       .title = "D",
                       .authors = {example_institute},
                       .publisher = example_institute,
                       .published = period::parse("2025-07")}};
    CHECK(to_biblatex(data, "k") ==
          "@dataset{k,\n  author = {{Example Institute}},\n  title = {{D}},\n"
          "  publisher = {Example Institute},\n  date = {2025-07}\n}\n");
    const source conference{{.kind = source_kind::press_conference,
                             .title = "Briefing",
                             .authors = {example_institute},
                             .container = "Example briefing",
                             .published = period::parse("2025-04-29"),
                             .place = "Example City"}};
    CHECK(to_biblatex(conference, "k") ==
          "@unpublished{k,\n  author = {{Example Institute}},\n  title = {{Briefing}},\n"
          "  howpublished = {Press conference},\n  eventtitle = {Example briefing},\n"
          "  venue = {Example City},\n  date = {2025-04-29}\n}\n");
    const source statement{{.kind = source_kind::company_statement,
                            .authors = {example_institute},
                            .publisher = example_times,
                            .published = period::parse("2025-08-01")}};
    CHECK(to_biblatex(statement, "k") ==
          "@misc{k,\n  author = {{Example Institute}},\n  type = {Statement},\n"
          "  organization = {The Example Times},\n  date = {2025-08-01}\n}\n");
    const source page{{.kind = source_kind::web_page,
                       .title = "P",
                       .container = "Example Site",
                       .url = "https://example.org/p"}};
    CHECK(to_biblatex(page, "k") ==
          "@online{k,\n  title = {{P}},\n  organization = {Example Site},\n"
          "  url = {https://example.org/p}\n}\n");
    // @online needs a URL or DOI: a page without one is @misc.
    const source offline{{.kind = source_kind::web_page, .title = "P", .container = "Site"}};
    CHECK(to_biblatex(offline, "k") ==
          "@misc{k,\n  title = {{P}},\n  type = {Web page},\n  organization = {Site}\n}\n");
  }
  SUBCASE("DOI, URL and access date verbatim, text escaped") {
    const source s{{.kind = source_kind::report,
                    .title = "R&D_spend 50% {up}",
                    .authors = {named("Rivera", "Ana"), example_institute},
                    .publisher = organization{"Smith & Sons", organization_kind::company},
                    .published = period::parse("2025-06-30"),
                    .url = "https://example.org/r_1?a=1&b=%20#c",
                    .doi = "10.5555/a_b",
                    .accessed = period::parse("2025-08-01").first_day()}};
    CHECK(to_biblatex(s, "k") ==
          "@report{k,\n  author = {Rivera, Ana and {Example Institute}},\n"
          "  title = {{R\\&D\\_spend 50\\% \\textbraceleft{}up\\textbraceright{}}},\n"
          "  type = {Report},\n  institution = {Smith \\& Sons},\n  date = {2025-06-30},\n"
          "  doi = {10.5555/a_b},\n  url = {https://example.org/r_1?a=1&b=%20#c},\n"
          "  urldate = {2025-08-01}\n}\n");
  }
  SUBCASE("no classic-only field") {
    for (const source& s : seed::works()) {
      const std::string bib = to_biblatex(s);
      for (const char* field : {"journal =", "year =", "month =", "address =", "publisher ="}) {
        CHECK_MESSAGE(bib.find(field) == std::string::npos, field, " in ", bib);
      }
    }
  }
  SUBCASE("many sources, unique keys") {
    const std::vector<source> works{seed::article(), seed::article()};
    const std::string bib = to_biblatex(works);
    CHECK(bib.find("@article{liang2025,") == 0);
    CHECK(bib.find("}\n\n@article{liang2025-2,") != std::string::npos);
  }
}

}  // namespace citation_test
