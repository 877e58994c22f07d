// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/cite.hpp>

#include <doctest/doctest.h>

#include <cited/catalog/seed.hpp>

#include <cited/json.hpp>

#include <algorithm>
#include <cstddef>
#include <string>
#include <vector>

namespace citation_test {

using namespace cited;

const organization example_times{"The Example Times", organization_kind::newspaper};
const organization example_institute{"Example Institute", organization_kind::research_firm};

person named(const char* family, const char* given) {
  return person{{.family = family, .given = given}};
}

source news(std::string title, std::vector<agent> authors = {named("Rivera", "Ana")}) {
  return source{{.kind = source_kind::news_article,
                 .title = std::move(title),
                 .authors = std::move(authors),
                 .publisher = example_times,
                 .published = period::parse("2025-03-04")}};
}

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

TEST_CASE("cite") {
  SUBCASE("the seed article's works") {
    CHECK(cite(seed::article()) ==
          "Liang, Y. (2025, August 26). China\u2019s Ascent to Global Computing Power. Belt and "
          "Road News Network.");
    CHECK(cite(seed::dimensions()) == "Dimensions. (2025). [Dataset]. Digital Science.");
    CHECK(cite(seed::digital_science_report()) ==
          "DeepSeek and the New Geopolitics of AI: China\u2019s Ascent to Research Pre-eminence in "
          "AI. (n.d.). Digital Science.");
    CHECK(cite(seed::press_conference()) == "[Press conference]. (n.d.). Beijing.");
  }
  SUBCASE("authors: one, two, three, twenty and more than twenty") {
    CHECK(cite(news("T")).starts_with("Rivera, A. (2025, March 4). T. "));
    CHECK(cite(news("T", {named("Rivera", "Ana"), named("Okafor", "Chidi")}))
              .starts_with("Rivera, A., & Okafor, C. (2025"));
    CHECK(cite(news("T", {named("Martin", "Jean-Paul"), named("Nakamura", "Yuki Anne"),
                          named("Rivera", "ana")}))
              .starts_with("Martin, J.-P., Nakamura, Y. A., & Rivera, A. (2025"));
    std::vector<agent> many;
    for (int i = 1; i <= 21; ++i) {
      many.emplace_back(person{{.family = "A" + std::to_string(i), .given = "B"}});
    }
    CHECK(cite(news("T", many)).starts_with("A1, B., A2, B., A3, B.,"));
    CHECK(cite(news("T", many)).find("A19, B., \u2026 A21, B. (2025") != std::string::npos);
    CHECK(cite(news("T", many)).find("A20") == std::string::npos);
    many.pop_back();
    CHECK(cite(news("T", many)).find("A19, B., & A20, B. (2025") != std::string::npos);
    CHECK(cite(news("T", {example_institute, person{{.family = "Suharto"}}}))
              .starts_with("Example Institute, & Suharto. (2025"));
  }
  SUBCASE("dates by kind: reports and datasets by year, the rest as precisely as known") {
    CHECK(cite(news("T")).find("(2025, March 4)") != std::string::npos);
    const source report{{.kind = source_kind::report,
                         .title = "R",
                         .publisher = example_institute,
                         .published = period::parse("2025-03-04")}};
    CHECK(cite(report) == "R. (2025). Example Institute.");
    const source page{{.kind = source_kind::web_page,
                       .title = "P",
                       .container = "Site",
                       .published = period::parse("2025-03")}};
    CHECK(cite(page) == "P. (2025, March). Site.");
  }
  SUBCASE("an undated work with an access date is retrieved") {
    const source page{{.kind = source_kind::web_page,
                       .title = "Leaderboard",
                       .publisher = example_institute,
                       .url = "https://example.org/lb",
                       .accessed = period::parse("2025-08-01").first_day()}};
    CHECK(cite(page) ==
          "Leaderboard. (n.d.). Example Institute. Retrieved August 1, 2025, from "
          "https://example.org/lb");
    source_fields dated = page.fields();
    dated.published = period::parse("2025");
    CHECK(cite(source{dated}) == "Leaderboard. (2025). Example Institute. https://example.org/lb");
  }
  SUBCASE("the publisher or site is left out when it is the sole author") {
    const source report{{.kind = source_kind::report,
                         .title = "Annual review",
                         .authors = {example_institute},
                         .publisher = example_institute,
                         .published = period::parse("2024")}};
    CHECK(cite(report) == "Example Institute. (2024). Annual review.");
  }
  SUBCASE("descriptors, events and places") {
    const organization ministry{"Ministry of Examples", organization_kind::government_body};
    const source briefing{{.kind = source_kind::press_conference,
                           .title = "Briefing",
                           .authors = {ministry},
                           .container = "Press office briefing",
                           .published = period::parse("2025-04-29"),
                           .place = "Example City"}};
    CHECK(cite(briefing) ==
          "Ministry of Examples. (2025, April 29). Briefing [Press conference]. Press office "
          "briefing, Example City.");
    const source statement{{.kind = source_kind::company_statement, .authors = {ministry}}};
    CHECK(cite(statement) == "Ministry of Examples. (n.d.). [Statement].");
  }
  SUBCASE("typographic quotes, and the period inside a closing quote") {
    CHECK(
        cite(news("The \"open\" model's reach")).find("The \u201copen\u201d model\u2019s reach.") !=
        std::string::npos);
    CHECK(cite(news("Analysts call it 'a wave'")).find("it \u201ca wave.\u201d The") !=
          std::string::npos);
    CHECK(cite(news("\"It's 'soft power',\" he says"))
              .find("\u201cIt\u2019s \u2018soft power\u2019,\u201d he says.") != std::string::npos);
  }
  SUBCASE("a title ending in ? or ! takes no period") {
    CHECK(cite(news("Who builds the models?")).find("models? The Example Times.") !=
          std::string::npos);
    CHECK(cite(news("Yes!")).find("Yes! The") != std::string::npos);
  }
}

TEST_CASE("citation_key") {
  CHECK(citation_key(seed::article()) == "liang2025");
  CHECK(citation_key(seed::dimensions()) == "dimensions2025");
  CHECK(citation_key(seed::digital_science_report()) == "deepseeknd");
  CHECK(citation_key(seed::press_conference()) == "pressconferencend");
  CHECK(citation_key(news("T", {example_institute})) == "exampleinstitute2025");
  CHECK(citation_key(news("T", {named("Łukasiewicz", "Ágnes")})) == "ukasiewicz2025");
}

TEST_CASE("to_csl_json") {
  SUBCASE("a news article") {
    CHECK(to_csl_json(seed::article()) ==
          R"({"id": "liang2025", "type": "article-newspaper", "title": "China's Ascent to Global )"
          R"(Computing Power", "author": [{"family": "Liang", "given": "Yilian"}], )"
          R"("container-title": "Belt and Road News Network", "issued": {"date-parts": )"
          R"([[2025, 8, 26]]}})");
  }
  SUBCASE("each kind has its CSL type; the output is valid JSON") {
    CHECK(to_csl_json(seed::dimensions(), "dims") ==
          R"({"id": "dims", "type": "dataset", "title": "Dimensions", "publisher": )"
          R"("Digital Science", "issued": {"date-parts": [[2025, 7]]}})");
    CHECK(to_csl_json(seed::press_conference()) ==
          R"({"id": "pressconferencend", "type": "speech", "genre": "Press conference", )"
          R"("event-place": "Beijing"})");
    const source statement{{.kind = source_kind::company_statement,
                            .title = "On \"Qwen\" \\ models",
                            .authors = {seed::alibaba()}}};
    CHECK(to_csl_json(statement).find(R"("type": "document", "title": "On \"Qwen\" \\ models", )"
                                      R"("author": [{"literal": "Alibaba"}], )"
                                      R"("genre": "Statement")") != std::string::npos);
    const source page{{.kind = source_kind::web_page,
                       .title = "P",
                       .container = "Site",
                       .url = "https://example.org/p",
                       .accessed = period::parse("2025-08-01").first_day()}};
    CHECK(to_csl_json(page) ==
          R"({"id": "pnd", "type": "webpage", "title": "P", "container-title": "Site", )"
          R"("accessed": {"date-parts": [[2025, 8, 1]]}, "URL": "https://example.org/p"})");
    CHECK(json::validate(to_csl_json(statement)));
  }
  SUBCASE("many sources: an array with unique ids") {
    const std::vector<source> works{seed::article(), seed::article(), seed::dimensions()};
    const std::string csl = to_csl_json(works);
    CHECK(json::validate(csl));
    CHECK(csl.find(R"({"id": "liang2025", )") != std::string::npos);
    CHECK(csl.find(R"({"id": "liang2025-2", )") != std::string::npos);
    CHECK(csl.find(R"({"id": "dimensions2025", )") != std::string::npos);
  }
}

TEST_CASE("to_bibtex") {
  SUBCASE("a news article") {
    CHECK(to_bibtex(seed::article()) ==
          "@article{liang2025,\n"
          "  author = {Liang, Yilian},\n"
          "  title = {{China's Ascent to Global Computing Power}},\n"
          "  journal = {Belt and Road News Network},\n"
          "  year = {2025},\n"
          "  month = aug,\n"
          "  date = {2025-08-26}\n"
          "}\n");
  }
  SUBCASE("a report, a dataset and a press conference") {
    CHECK(to_bibtex(seed::digital_science_report()) ==
          "@techreport{deepseeknd,\n"
          "  title = {{DeepSeek and the New Geopolitics of AI: China's Ascent to Research "
          "Pre-eminence in AI}},\n"
          "  institution = {Digital Science}\n"
          "}\n");
    CHECK(to_bibtex(seed::dimensions())
              .find("@misc{dimensions2025,\n  title = {{Dimensions}},\n"
                    "  howpublished = {Dataset},\n"
                    "  publisher = {Digital Science},\n") == 0);
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
