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
  SUBCASE("a news article") {
    CHECK(to_bibtex(seed::article()) ==
          "@article{liang2025,\n"
          "  author = {Liang, Yilian},\n"
          "  title = {{China's Ascent to Global Computing Power}},\n"
          "  journal = {The Belt and Road News Network},\n"
          "  year = {2025},\n"
          "  month = aug,\n"
          "  date = {2025-08-26}\n"
          "}\n");
  }
  SUBCASE("a report, a dataset and a press conference") {
    CHECK(to_bibtex(seed::digital_science_report()) ==
          "@techreport{digitalsciencend,\n"
          "  author = {{Digital Science}},\n"
          "  title = {{DeepSeek and the New Geopolitics of AI: China's Ascent to Research "
          "Pre-eminence in AI}}\n"
          "}\n");
    CHECK(to_bibtex(seed::dimensions()) ==
          "@misc{dimensionsnd,\n  title = {{Dimensions}},\n  howpublished = {Dataset}\n}\n");
    CHECK(to_bibtex(seed::press_conference()) ==
          "@misc{pressconferencend,\n  howpublished = {Press conference},\n"
          "  address = {Beijing}\n}\n");
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
  SUBCASE("URLs and access dates") {
    const source page{{.kind = source_kind::web_page,
                       .title = "P",
                       .container = "Site",
                       .url = "https://example.org/p?a=1&b=%20#c",
                       .accessed = period::parse("2025-08-01").first_day()}};
    const std::string bib = to_bibtex(page);
    CHECK(bib.find("  url = {https://example.org/p?a=1&b=%20#c},\n  urldate = {2025-08-01}\n}") !=
          std::string::npos);
    CHECK(bib.find("  organization = {Site}") != std::string::npos);
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
