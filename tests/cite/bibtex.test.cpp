// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/cite/bibtex.hpp>

#include <doctest/doctest.h>

#include "cite/sources.hpp"

#include <cited/catalog/seed.hpp>

#include <algorithm>
#include <cstddef>
#include <string>
#include <vector>

namespace citation_test {

// True when every brace is closed, ignoring escaped ones: what a BibTeX reader needs.
bool braces_balance(const std::string& bib) {
  int depth = 0;
  for (std::size_t i = 0; i < bib.size(); ++i) {
    if (bib[i] == '\\') {
      ++i;
      continue;
    }
    if (bib[i] == '{') ++depth;
    if (bib[i] == '}' && --depth < 0) return false;
  }
  return depth == 0;
}

TEST_CASE("to_bibtex") {
  SUBCASE("the seed works, in plain.bst's fields only") {
    CHECK(to_bibtex(seed::article()) ==
          "@article{liang2025,\n"
          "  author = {Liang, Yilian},\n"
          "  title = {{China's Ascent to Global Computing Power}},\n"
          "  journal = {The Belt and Road News Network},\n"
          "  year = {2025},\n"
          "  month = {26~August}\n"
          "}\n");
    CHECK(to_bibtex(seed::digital_science_report()) ==
          "@techreport{digitalsciencend,\n"
          "  author = {{Digital Science}},\n"
          "  title = {{DeepSeek and the New Geopolitics of AI: China's Ascent to Research "
          "Pre-eminence in AI}},\n"
          "  type = {Report}\n"
          "}\n");
    CHECK(to_bibtex(seed::dimensions()) ==
          "@misc{dimensionsnd,\n  title = {{Dimensions}},\n  key = {Dimensions},\n"
          "  howpublished = {Data set}\n}\n");
    CHECK(to_bibtex(seed::press_conference()) ==
          "@misc{pressconferencend,\n  key = {Press conference},\n"
          "  howpublished = {Press conference, Beijing}\n}\n");
    CHECK(to_bibtex(seed::press_release()) ==
          "@misc{digitalscience2025,\n"
          "  author = {{Digital Science}},\n"
          "  title = {{New report shows China dominates in AI research \u2013 and is western "
          "world's leading collaborator on AI}},\n"
          "  howpublished = {Press release, GlobeNewswire, London},\n"
          "  year = {2025},\n"
          "  month = {10~July},\n"
          "  note = {https://www.globenewswire.com/news-release/2025/07/10/3113094/0/en/"
          "New-report-shows-China-dominates-in-AI-research-and-is-western-world-s-leading-"
          "collaborator-on-AI.html}\n"
          "}\n");
  }
  SUBCASE("no biblatex-only field, for any seed work") {
    for (const source& s : seed::works()) {
      const std::string bib = to_bibtex(s);
      for (const char* field : {"date =", "urldate", "eventtitle", "url =", "doi =", "publisher =",
                                "organization =", "address =", "location ="}) {
        CHECK_MESSAGE(bib.find(field) == std::string::npos, field, " in ", bib);
      }
    }
  }
  SUBCASE("each kind: howpublished names it, then the site or event, publisher and place") {
    const source statement{{.kind = source_kind::company_statement,
                            .title = "On our models",
                            .authors = {example_institute},
                            .publisher = example_times,
                            .published = period::parse("2025-08")}};
    CHECK(to_bibtex(statement, "k") ==
          "@misc{k,\n  author = {{Example Institute}},\n  title = {{On our models}},\n"
          "  howpublished = {Statement, The Example Times},\n  year = {2025},\n"
          "  month = aug\n}\n");
    const source conference{{.kind = source_kind::press_conference,
                             .authors = {example_institute},
                             .container = "Example briefing",
                             .published = period::parse("2025"),
                             .place = "Example City"}};
    CHECK(to_bibtex(conference, "k") ==
          "@misc{k,\n  author = {{Example Institute}},\n"
          "  howpublished = {Press conference, Example briefing, Example City},\n"
          "  year = {2025}\n}\n");
    const source page{{.kind = source_kind::web_page,
                       .title = "P",
                       .publisher = example_institute,
                       .container = "Example Site"}};
    CHECK(to_bibtex(page, "k") ==
          "@misc{k,\n  title = {{P}},\n  key = {P},\n"
          "  howpublished = {Web page, Example Site, Example Institute}\n}\n");
    // A publisher that repeats the author is left out, as APA leaves it out.
    const source data{{.kind = source_kind::dataset,
                       .title = "D",
                       .authors = {example_institute},
                       .publisher = example_institute}};
    CHECK(to_bibtex(data, "k") ==
          "@misc{k,\n  author = {{Example Institute}},\n  title = {{D}},\n"
          "  howpublished = {Data set}\n}\n");
    const source report{{.kind = source_kind::report,
                         .title = "R",
                         .publisher = example_institute,
                         .published = period::parse("2024")}};
    CHECK(to_bibtex(report, "k") ==
          "@techreport{k,\n  title = {{R}},\n  key = {R},\n  type = {Report},\n"
          "  institution = {Example Institute},\n  year = {2024}\n}\n");
  }
  SUBCASE("a newspaper's publisher of another name is in the note") {
    const source s{{.kind = source_kind::news_article,
                    .title = "T",
                    .publisher = example_times,
                    .container = "The Example Post",
                    .published = period::parse("2025-07")}};
    CHECK(to_bibtex(s, "k") ==
          "@article{k,\n  title = {{T}},\n  key = {T},\n  journal = {The Example Post},\n  year = "
          "{2025},\n"
          "  month = jul,\n  note = {Published by The Example Times}\n}\n");
  }
  SUBCASE("special characters are escaped, names that would split are braced") {
    const source s = news("R&D_spend {rises} 50% to $9bn, #1 in ~Asia^ \\ maybe",
                          {named("Rivera", "Ana"), example_institute,
                           person{{.family = "Smith, Jr.", .given = "John"}},
                           organization{"Ernst and Young", organization_kind::company}});
    const std::string bib = to_bibtex(s, "key");
    CHECK(bib.find("  title = {{R\\&D\\_spend \\textbraceleft{}rises\\textbraceright{} 50\\% "
                   "to \\$9bn, \\#1 in "
                   "\\textasciitilde{}Asia\\textasciicircum{} \\textbackslash{} maybe}},\n") !=
          std::string::npos);
    CHECK(bib.find("  author = {Rivera, Ana and {Example Institute} and {Smith, Jr.}, John and "
                   "{Ernst and Young}},\n") != std::string::npos);
    CHECK(braces_balance(bib));
    // BibTeX counts escaped braces too, so a lone brace must not appear even escaped.
    const std::string lone = to_bibtex(news("Open { brace"), "k");
    CHECK(lone.find("title = {{Open \\textbraceleft{} brace}}") != std::string::npos);
    CHECK(std::count(lone.begin(), lone.end(), '{') == std::count(lone.begin(), lone.end(), '}'));
  }
  SUBCASE("names BibTeX would split are braced") {
    const std::string bib =
        to_bibtex(news("T", {person{{.family = "Smith AND Jones", .given = "Al"}},
                             person{{.family = "Ban Ki moon"}}, person{{.family = "Suharto"}}}),
                  "k");
    CHECK(bib.find("author = {{Smith AND Jones}, Al and {Ban Ki moon} and Suharto}") !=
          std::string::npos);
  }
  SUBCASE("the DOI, the URL and the access date are in the note, escaped") {
    const source page{{.kind = source_kind::web_page,
                       .title = "P",
                       .container = "Site",
                       .url = "https://example.org/p_1?a=1&b=%20#c~d",
                       .doi = "10.5555/a_b",
                       .accessed = period::parse("2025-08-01").first_day()}};
    CHECK(to_bibtex(page, "k") ==
          "@misc{k,\n  title = {{P}},\n  key = {P},\n  howpublished = {Web page, Site},\n"
          "  note = {https://doi.org/10.5555/a\\_b. "
          "https://example.org/p\\_1?a=1\\&b=\\%20\\#c\\textasciitilde{}d. "
          "Accessed 1 August 2025}\n}\n");
    CHECK(braces_balance(to_bibtex(page)));
  }
  SUBCASE("many sources, unique keys") {
    const std::vector<source> works{seed::article(), seed::article()};
    const std::string bib = to_bibtex(works);
    CHECK(bib.find("@article{liang2025,") == 0);
    CHECK(bib.find("\n\n@article{liang2025-2,") != std::string::npos);
    CHECK(braces_balance(bib));
  }
}

}  // namespace citation_test
