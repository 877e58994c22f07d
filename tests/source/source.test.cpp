// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/source/source.hpp>

#include <doctest/doctest.h>

#include "source/sources.hpp"
#include "support.hpp"

#include <cited/catalog/seed.hpp>
#include <cited/csv.hpp>
#include <cited/json.hpp>

#include <chrono>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace source_test {

TEST_CASE("source") {
  SUBCASE("the fields, as given") {
    const source s = seed::article();
    CHECK(s.kind() == source_kind::news_article);
    CHECK(s.title() == "China's Ascent to Global Computing Power");
    REQUIRE(s.authors().size() == 1);
    CHECK(std::get<person>(s.authors()[0]) == seed::liang_yilian());
    CHECK(s.publisher() == seed::belt_and_road_news_network());
    CHECK(s.container_or_publisher() == "The Belt and Road News Network");
    CHECK(s.published() == period::parse("2025-08-26"));
    CHECK_FALSE(s.url());
    CHECK(s.fields().kind == source_kind::news_article);
  }
  SUBCASE("a one-line description") {
    CHECK(seed::article().to_string() ==
          "\"China's Ascent to Global Computing Power\" (news article by LIANG Yilian, The Belt "
          "and Road News Network, 2025-08-26 10:54)");
    CHECK(seed::dimensions().to_string() == "\"Dimensions\" (dataset)");
    CHECK(support::text(seed::press_conference()) == "a press conference (Beijing)");
    const source two{{.kind = source_kind::report,
                      .title = "T",
                      .authors = {seed::daniel_hook(), seed::kevin_xu()}}};
    CHECK(two.to_string() ==
          "\"T\" (report by Daniel Hook, CEO of Digital Science and Kevin Xu, founder of "
          "Interconnected Capital)");
  }
  SUBCASE("only a press conference or a company statement may be untitled") {
    CHECK_NOTHROW(source{{.kind = source_kind::company_statement}});
    CHECK_THROWS_WITH_AS(article(std::nullopt),
                         "a news article needs a title; only a press conference or a company "
                         "statement may be untitled",
                         source_error);
    CHECK_THROWS_WITH_AS(article(""), "a source's title is empty", source_error);
  }
  SUBCASE("authors are named") {
    CHECK_THROWS_WITH_AS(
        (source{{.kind = source_kind::report,
                 .title = "T",
                 .authors = {seed::head_of_national_data_administration()}}}),
        "an author must be named; \"the head of China's National Data Administration (not "
        "named)\" is not (cite an organization instead)",
        source_error);
  }
  SUBCASE("containers and places belong to some kinds only") {
    CHECK_NOTHROW(source{{.kind = source_kind::web_page, .title = "T", .container = "Site"}});
    CHECK_THROWS_AS((source{{.kind = source_kind::report, .title = "T", .container = "Series"}}),
                    source_error);
    CHECK_THROWS_WITH_AS(
        (source{{.kind = source_kind::report, .title = "T", .place = "Oslo"}}),
        "only a press conference (where it was held) or a press release (its dateline) has a place",
        source_error);
  }
  SUBCASE("a press release has a dateline; no other kind but a press conference has a place") {
    const source release = seed::press_release();
    CHECK(release.kind() == source_kind::press_release);
    CHECK(release.place() == "London");
    CHECK(release.to_string().starts_with("\"New report shows China dominates in AI research"));
    CHECK(
        release.to_string().ends_with("(press release by Digital Science, GlobeNewswire, "
                                      "London, 2025-07-10)"));
  }
  SUBCASE("a time of publication is HH:MM, on a work dated to the day") {
    CHECK(seed::article().time() == "10:54");
    for (const char* ok : {"00:00", "09:05", "23:59"}) {
      CHECK_NOTHROW(source{{.kind = source_kind::news_article,
                            .title = "T",
                            .published = period::parse("2025-08-26"),
                            .time = ok}});
    }
    for (const char* bad : {"24:00", "10:60", "9:05", "10.54", "10:54:00", ""}) {
      CAPTURE(bad);
      CHECK_THROWS_WITH_AS((source{{.kind = source_kind::news_article,
                                    .title = "T",
                                    .published = period::parse("2025-08-26"),
                                    .time = bad}}),
                           doctest::Contains("a time of publication is HH:MM"), source_error);
    }
    CHECK_THROWS_WITH_AS((source{{.kind = source_kind::news_article,
                                  .title = "T",
                                  .published = period::parse("2025-08"),
                                  .time = "10:54"}}),
                         "a time of publication needs a publication day", source_error);
    CHECK_THROWS_AS((source{{.kind = source_kind::news_article, .title = "T", .time = "10:54"}}),
                    source_error);
  }
  SUBCASE("a DOI is 10.<registrant>/<suffix>, without a resolver") {
    const source paper{{.kind = source_kind::report, .title = "T", .doi = "10.6084/m9.figshare.1"}};
    CHECK(paper.doi() == "10.6084/m9.figshare.1");
    for (const char* bad : {"https://doi.org/10.1000/x", "doi:10.1000/x", "10.1000", "10./x",
                            "10.10a0/x", "11.1000/x", "10.1000/", "10.1000/a b", "10.1000/{x}"}) {
      CAPTURE(bad);
      try {
        source{{.kind = source_kind::report, .title = "T", .doi = bad}};
        FAIL("accepted");
      } catch (const source_error& e) {
        CHECK(e.member() == "doi");
      }
    }
  }
  SUBCASE("a publication date is a year, a month or a day") {
    for (const char* ok : {"2025", "2025-07", "2025-07-03"}) {
      CHECK_NOTHROW(
          source{{.kind = source_kind::report, .title = "T", .published = period::parse(ok)}});
    }
    CHECK_THROWS_WITH_AS(
        (source{
            {.kind = source_kind::report, .title = "T", .published = period::parse("2025-Q3")}}),
        "a publication date is a year, a month or a day, got 2025-Q3", source_error);
    CHECK_THROWS_AS(
        (source{
            {.kind = source_kind::report, .title = "T", .published = period::parse("2024/2025")}}),
        source_error);
  }
  SUBCASE("URLs are http or https, with RFC 3986 characters only") {
    const auto with_url = [](const char* url) {
      return source{{.kind = source_kind::web_page, .title = "T", .url = url}};
    };
    CHECK(with_url("https://example.org/a?b=1&c=%20#d").url() ==
          "https://example.org/a?b=1&c=%20#d");
    CHECK_NOTHROW(with_url("http://example.org"));
    CHECK_THROWS_WITH_AS(with_url("ftp://example.org"),
                         "a URL must start with http:// or https:// and name a host, got "
                         "\"ftp://example.org\"",
                         source_error);
    CHECK_THROWS_AS(with_url("https://"), source_error);
    CHECK_THROWS_WITH_AS(with_url("https://example.org/a b"),
                         "a URL may hold only RFC 3986 characters (percent-encode the rest), got "
                         "\"https://example.org/a b\"",
                         source_error);
    for (const char* bad : {"https://example.org/{x}", "https://example.org/\"", "https://e.org/\\",
                            "https://example.org/ü"}) {
      CHECK_THROWS_AS(with_url(bad), source_error);
    }
  }
  SUBCASE("an access date must exist") {
    using namespace std::chrono;
    CHECK_THROWS_AS(
        (source{{.kind = source_kind::web_page, .title = "T", .accessed = 2025y / February / 30}}),
        source_error);
  }
  SUBCASE("equality compares every field") {
    CHECK(seed::article() == seed::article());
    source_fields f = seed::article().fields();
    f.quote = "a quote";
    CHECK(source{f} != seed::article());
  }
}

TEST_CASE("source.data_forms") {
  SUBCASE("organization as JSON") {
    CHECK(to_json(seed::digital_science()) ==
          R"({"name":"Digital Science","kind":"research_firm"})");
    CHECK(from_json<organization>(R"({"name":"X","kind":"other","country":null})") ==
          organization{"X", organization_kind::other});
    CHECK_THROWS_WITH_AS(
        static_cast<void>(from_json<organization>(R"({"name":"","kind":"other","country":null})")),
        "1:9: at $.name: an organization's name is empty", json_error);
  }
  SUBCASE("person as JSON, named and unnamed") {
    CHECK(to_json(seed::liang_yilian()) ==
          R"({"name":{"family":"Liang","given":"Yilian","order":"family_first"}})");
    CHECK(to_json(seed::head_of_national_data_administration()) ==
          R"({"role":"head of China's National Data Administration","affiliation":{"name":)"
          R"("National Data Administration",)"
          R"("kind":"government_body","country":"CN"}})");
    const std::vector<person> people{seed::daniel_hook(), seed::liang_yilian(),
                                     seed::head_of_national_data_administration()};
    CHECK(from_json<std::vector<person>>(to_json(people)) == people);
    CHECK_THROWS_WITH_AS(static_cast<void>(from_json<person>(R"({"name":null,"role":null})")),
                         "1:1: at $: an unnamed person needs a role", json_error);
    CHECK_THROWS_WITH_AS(static_cast<void>(from_json<person>(R"({"role":""})")),
                         "1:1: at $: an unnamed person's role is empty", json_error);
  }
  SUBCASE("every seed chain round-trips through JSON and CSV") {
    for (const provenance& p :
         {seed::computing_power_rank(), seed::ai_publications(),
          seed::github_developer_community_rank(), seed::top_open_source_models(),
          seed::qwen_derivative_models(), seed::digital_science_remark()}) {
      CHECK(from_json<provenance>(to_json(p)) == p);
      CHECK(from_json<provenance>(to_json(p, {.pretty = true, .omit_null_members = false})) == p);
      CHECK(from_csv<hop>(to_csv(p.hops())) == p.hops());
    }
    CHECK(from_csv<source>(to_csv(seed::works())) == seed::works());
    const std::vector<organization> orgs{seed::interconnected_capital(),
                                         seed::artificial_analysis()};
    CHECK(to_csv(orgs) ==
          "name,kind,country\r\nInterconnected Capital,investment_firm,US\r\nArtificial "
          "Analysis,research_firm,\r\n");
    CHECK(from_csv<organization>(to_csv(orgs)) == orgs);
    const std::vector<person> people{seed::daniel_hook(),
                                     seed::head_of_national_data_administration()};
    CHECK(from_csv<person>(to_csv(people)) == people);
  }
  SUBCASE("the CSV columns of a source") {
    CHECK(csv_columns<source>() ==
          std::vector<std::string>{"kind", "title", "authors", "publisher.name", "publisher.kind",
                                   "publisher.country", "container", "published", "time", "place",
                                   "url", "doi", "accessed", "quote"});
  }
  SUBCASE("bad input names where and what") {
    CHECK_THROWS_WITH_AS(static_cast<void>(from_json<provenance>("[]")),
                         "1:1: at $: a provenance chain needs at least one hop", json_error);
    CHECK_THROWS_WITH_AS(
        static_cast<void>(from_json<provenance>(
            R"([{"relation":"citing","source":{"kind":"report","authors":[]}}])")),
        "1:32: at $[0].source: a report needs a title; only a press conference or a company "
        "statement may be untitled",
        json_error);
    CHECK_THROWS_WITH_AS(static_cast<void>(from_json<provenance>(
                             R"([{"relation":"citing","source":{"kind":"report","title":"T",)"
                             R"("authors":[],"published":"2024-Q1"}}])")),
                         "1:86: at $[0].source.published: a publication date is a year, a month or "
                         "a day, got 2024-Q1",
                         json_error);
    CHECK_THROWS_WITH_AS(
        static_cast<void>(from_json<provenance>(R"([{"relation":"cited_by","agent":null}])")),
        doctest::Contains("at $[0].relation: expected one of"), json_error);
    const auto e = try_from_csv<source>(
        "kind,title,authors,publisher.name,publisher.kind,publisher.country,container,published,"
        "place,url,accessed,quote\r\n"
        "report,T,[],,,,,,,ftp://x,,\r\n");
    REQUIRE_FALSE(e);
    CHECK(e.error().row() == 2);
    CHECK(std::string(e.error().reason()).find("a URL must start with http://") !=
          std::string::npos);
  }
}

}  // namespace source_test

TEST_CASE("source::to_string names an organization that is author and publisher once") {
  using namespace cited;
  const organization top{"Example Ranking Project", organization_kind::other};
  source both{{.kind = source_kind::dataset,
               .title = "Example list",
               .authors = {top},
               .publisher = top,
               .published = period::parse("2025-06")}};
  CHECK(both.to_string() == "\"Example list\" (dataset by Example Ranking Project, 2025-06)");
  source other{{.kind = source_kind::dataset,
                .title = "Example list",
                .authors = {top},
                .publisher = organization{"Example Press", organization_kind::other},
                .published = period::parse("2025-06")}};
  CHECK(other.to_string() ==
        "\"Example list\" (dataset by Example Ranking Project, Example Press, 2025-06)");
}
