// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/cite/apa.hpp>

#include <doctest/doctest.h>

#include "cite/sources.hpp"

#include <cited/catalog/seed.hpp>

#include <string>
#include <vector>

namespace citation_test {

TEST_CASE("cite") {
  SUBCASE("the seed article's works") {
    CHECK(cite(seed::article()) ==
          "Liang, Y. (2025, August 26). China\u2019s Ascent to Global Computing Power. The Belt "
          "and Road News Network.");
    CHECK(cite(seed::dimensions()) == "Dimensions. (n.d.). [Data set].");
    // The organization is the author; as the publisher too, it is not repeated.
    CHECK(cite(seed::digital_science_report()) ==
          "Digital Science. (n.d.). DeepSeek and the New Geopolitics of AI: China\u2019s Ascent to "
          "Research Pre-eminence in AI.");
    CHECK(cite(seed::press_release()) ==
          "Digital Science. (2025, July 10). New report shows China dominates in AI research "
          "\u2013 and is western world\u2019s leading collaborator on AI [Press release]. "
          "GlobeNewswire. "
          "https://www.globenewswire.com/news-release/2025/07/10/3113094/0/en/"
          "New-report-shows-China-dominates-in-AI-research-and-is-western-world-s-leading-"
          "collaborator-on-AI.html");
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
      // Built with append, not "A" + std::string: g++ 12 at -O3 wrongly sees an overlapping
      // memcpy in the latter when inlined here (-Wrestrict, GCC PR 105329).
      std::string family = "A";
      family += std::to_string(i);
      many.emplace_back(person{{.family = family, .given = "B"}});
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

}  // namespace citation_test
