// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/cite/csl_json.hpp>

#include <doctest/doctest.h>

#include "cite/sources.hpp"

#include <cited/catalog/seed.hpp>

#include <string>
#include <vector>

namespace citation_test {

TEST_CASE("to_csl_item") {
  SUBCASE("the variables of an article on a news website") {
    const csl_item item = to_csl_item(seed::article());
    CHECK(item.id == "liang2025");
    CHECK(item.type == "webpage");
    REQUIRE(item.author);
    CHECK(*item.author == std::vector<csl_name>{{"Liang", "Yilian", std::nullopt}});
    CHECK(item.container_title == "The Belt and Road News Network");
    CHECK(item.issued == csl_date{{{2025, 8, 26}}});
    CHECK_FALSE(item.accessed);
    CHECK(to_csl_item(seed::dimensions(), "dims").id == "dims");
  }
  SUBCASE("an organization is a literal name") {
    const source statement{
        {.kind = source_kind::company_statement, .title = "T", .authors = {seed::alibaba()}}};
    const csl_item item = to_csl_item(statement);
    CHECK(item.author == std::vector<csl_name>{{std::nullopt, std::nullopt, "Alibaba"}});
    CHECK(item.genre == "Statement");
  }
  SUBCASE("to_csl_json is the item written with to_json, and reads back with from_json") {
    const source page{{.kind = source_kind::web_page,
                       .title = "P",
                       .container = "Site",
                       .url = "https://example.org/p",
                       .accessed = period::parse("2025-08-01").first_day()}};
    for (const source& s : {seed::article(), seed::dimensions(), seed::press_conference(), page}) {
      const csl_item item = to_csl_item(s);
      CHECK(to_csl_json(s) == cited::to_json(item, {.spaced = true}));
      CHECK(cited::from_json<csl_item>(to_csl_json(s)) == item);
    }
  }
  SUBCASE("errors name CSL's variables") {
    const auto r = cited::try_from_json<csl_item>(
        R"({"id": "a", "type": "webpage", "issued": {"date-parts": [["2025"]]}})");
    REQUIRE_FALSE(r);
    CHECK(r.error().path() == R"($.issued["date-parts"][0][0])");
    CHECK(cited::try_from_json<csl_item>(R"({"id": "a", "type": "webpage", "url": "u"})")
              .error()
              .reason()
              .starts_with(R"(unknown member "url"; expected "id", "type")"));
  }
}

TEST_CASE("to_csl_json") {
  SUBCASE("a news article") {
    CHECK(to_csl_json(seed::article()) ==
          R"({"id": "liang2025", "type": "webpage", "title": "China's Ascent to Global )"
          R"(Computing Power", "author": [{"family": "Liang", "given": "Yilian"}], )"
          R"("container-title": "The Belt and Road News Network", "issued": {"date-parts": )"
          R"([[2025, 8, 26]]}})");
  }
  SUBCASE("each kind has its CSL type; the output is valid JSON") {
    CHECK(to_csl_json(seed::dimensions(), "dims") ==
          R"({"id": "dims", "type": "dataset", "title": "Dimensions"})");
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
    CHECK(csl.find(R"({"id": "dimensionsnd", )") != std::string::npos);
  }
}

}  // namespace citation_test
