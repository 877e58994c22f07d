// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0
//
// The CSL types and variables to_csl_item chooses for news websites, press releases and DOIs.

#include <cited/cite/csl_json.hpp>

#include <doctest/doctest.h>

#include "cite/sources.hpp"

#include <cited/catalog/seed.hpp>

#include <string>

namespace citation_test {

namespace {

const organization example_wire{"Example Wire", organization_kind::news_site};

}  // namespace

TEST_CASE("to_csl_item: news websites") {
  SUBCASE("an article on a news website is a web page in the site") {
    const csl_item item = to_csl_item(seed::article());
    CHECK(item.type == "webpage");
    CHECK(item.container_title == "The Belt and Road News Network");
    CHECK_FALSE(item.publisher);
  }
  SUBCASE("an article in a newspaper stays a newspaper article") {
    const csl_item item = to_csl_item(news("Chips"));
    CHECK(item.type == "article-newspaper");
    CHECK(item.container_title == "The Example Times");
  }
  SUBCASE("a news site's article in a named section: the container is the site, no publisher") {
    const source s{{.kind = source_kind::news_article,
                    .title = "Compute",
                    .publisher = example_wire,
                    .container = "Example Wire Tech",
                    .published = period::parse("2025-03-04"),
                    .url = "https://example.org/tech/compute"}};
    const csl_item item = to_csl_item(s);
    CHECK(item.type == "webpage");
    CHECK(item.container_title == "Example Wire Tech");
    CHECK_FALSE(item.publisher);
    CHECK(item.url == "https://example.org/tech/compute");
  }
  SUBCASE("a newspaper's publisher apart from its name is kept") {
    const source s{{.kind = source_kind::news_article,
                    .title = "Compute",
                    .publisher = example_institute,
                    .container = "The Example Post"}};
    const csl_item item = to_csl_item(s);
    CHECK(item.type == "article-newspaper");
    CHECK(item.container_title == "The Example Post");
    CHECK(item.publisher == "Example Institute");
  }
  SUBCASE("only a news article moves: a report by a news site is a report") {
    const source s{{.kind = source_kind::report, .title = "Review", .publisher = example_wire}};
    CHECK(to_csl_item(s).type == "report");
  }
}

TEST_CASE("to_csl_item: press releases") {
  SUBCASE("a document with its genre, dated to the day, with its distributor and URL") {
    const csl_item item = to_csl_item(seed::press_release());
    CHECK(item.type == "document");
    CHECK(item.genre == "Press release");
    CHECK(item.publisher == "GlobeNewswire");
    CHECK(item.issued == csl_date{{{2025, 7, 10}}});
    REQUIRE(item.url);
    CHECK(item.url->starts_with("https://www.globenewswire.com/news-release/2025/07/10/"));
    REQUIRE(item.author);
    CHECK(*item.author == std::vector<csl_name>{{std::nullopt, std::nullopt, "Digital Science"}});
  }
  SUBCASE("its dateline has no CSL variable in APA and is left out") {
    const std::string csl = to_csl_json(seed::press_release());
    CHECK(csl.find("London") == std::string::npos);
    CHECK(csl.find("event-place") == std::string::npos);
  }
}

TEST_CASE("to_csl_item: DOIs") {
  const source report{{.kind = source_kind::report,
                       .title = "Compute capacity",
                       .authors = {example_institute},
                       .published = period::parse("2025"),
                       .url = "https://example.org/report",
                       .doi = "10.5555/example.2025.1"}};
  SUBCASE("the DOI is written as DOI, beside the URL") {
    const csl_item item = to_csl_item(report);
    CHECK(item.doi == "10.5555/example.2025.1");
    CHECK(item.url == "https://example.org/report");
    CHECK(to_csl_json(report).ends_with(
        R"("issued": {"date-parts": [[2025]]}, "DOI": "10.5555/example.2025.1", )"
        R"("URL": "https://example.org/report"})"));
  }
  SUBCASE("it reads back under CSL's spelling") {
    CHECK(cited::from_json<csl_item>(to_csl_json(report)) == to_csl_item(report));
    const auto r = cited::try_from_json<csl_item>(R"({"id": "a", "type": "report", "doi": "x"})");
    REQUIRE_FALSE(r);
    CHECK(r.error().reason().starts_with(R"(unknown member "doi")"));
  }
  SUBCASE("no DOI, no variable") {
    CHECK_FALSE(to_csl_item(seed::article()).doi);
    CHECK(to_csl_json(seed::article()).find("DOI") == std::string::npos);
  }
}

}  // namespace citation_test
