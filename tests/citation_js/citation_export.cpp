// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0
//
// Writes, for each test source, its CSL-JSON, its APA text from cited::cite and its BibTeX, as a
// JSON array for compare.js, which renders the CSL-JSON with citation-js and compares, and for
// csl_schema.js, which validates the CSL-JSON against the CSL-JSON schema. The seed
// article's works come first; the rest are synthetic sources (example.org URLs, made-up names)
// that cover each source kind and each rule of the APA text. A case with a `difference` is one
// where cited's text is deliberately not citation-js's; compare.js checks that it still differs.
// With an argument, `bibtex` or `biblatex`, it writes all the sources as one .bib file instead.

#include <cited/cite.hpp>
#include <cited/json.hpp>

#include <cited/catalog/seed.hpp>

#include <boost/describe/class.hpp>

#include <iostream>
#include <optional>
#include <string>
#include <vector>

namespace {

namespace seed = cited::seed;
using cited::organization;
using cited::organization_kind;
using cited::person;
using cited::source;
using cited::source_kind;

// `apa_html`, when set, is compared with citation-js's HTML rendering; `html_difference` is the
// reason why cited's HTML deliberately differs when its text does not.
struct citation_case {
  std::string name;
  std::string csl;
  std::string apa;
  std::string bibtex;
  std::optional<std::string> difference;
  std::optional<std::string> apa_html = std::nullopt;
  std::optional<std::string> html_difference = std::nullopt;
};
BOOST_DESCRIBE_STRUCT(citation_case, (),
                      (name, csl, apa, bibtex, difference, apa_html, html_difference))

cited::period date(const char* text) { return cited::period::parse(text); }

person named(const char* family, const char* given) {
  return person{{.family = family, .given = given}};
}

std::vector<cited::agent> people(int n) {
  std::vector<cited::agent> out;
  for (int i = 1; i <= n; ++i) {
    const std::string family = "Author" + std::to_string(i);
    out.emplace_back(person{{.family = family, .given = "Sam"}});
  }
  return out;
}

const organization example_times{"The Example Times", organization_kind::newspaper};
const organization example_media{"Example Media Group", organization_kind::company};
const organization example_institute{"Example Institute", organization_kind::research_firm};
const organization example_ministry{"Ministry of Examples", organization_kind::government_body};
const organization example_corp{"Example Corp", organization_kind::company};
const organization example_wire{"Example Wire", organization_kind::news_site};
const organization example_newswire{"Example Newswire", organization_kind::company};

// APA 7 (10.9) labels a data set "[Data set]"; citation-js's APA template prints "[Dataset]".
const std::string data_set_label =
    "APA 7 labels a data set \"[Data set]\"; citation-js's APA template prints \"[Dataset]\"";

const std::string place_without_event =
    "APA gives the location of a talk; citation-js prints the place only after an event name";

struct entry {
  std::string name;
  source work;
  std::optional<std::string> difference = std::nullopt;
};

std::vector<entry> entries() {
  std::vector<entry> out;
  int n = 0;
  for (const source& s : seed::works()) {
    const bool place_only =
        s.kind() == source_kind::press_conference && s.place() && !s.container();
    out.push_back({"seed work " + std::to_string(++n) + ": " + s.to_string(), s,
                   place_only ? std::optional<std::string>(place_without_event) : std::nullopt});
  }

  out.push_back({"news article: one author, a day, a URL",
                 source{{.kind = source_kind::news_article,
                         .title = "Chips, data and talent",
                         .authors = {named("Rivera", "Ana")},
                         .publisher = example_times,
                         .published = date("2025-03-04"),
                         .url = "https://example.org/news/chips?id=7&lang=en"}}});
  out.push_back({"news article: two authors, a month, a container apart from the publisher",
                 source{{.kind = source_kind::news_article,
                         .title = "Who builds the models?",
                         .authors = {named("Rivera", "Ana"), named("Okafor", "Chidi")},
                         .publisher = example_media,
                         .container = "The Example Post",
                         .published = date("2025-07")}}});
  out.push_back({"news article: three authors, hyphenated and multiple given names, quotes",
                 source{{.kind = source_kind::news_article,
                         .title = "The \"open\" model's reach",
                         .authors = {named("Martin", "Jean-Paul"), named("Nakamura", "Yuki Anne"),
                                     named("O'Neill", "Ciara")},
                         .publisher = example_times,
                         .published = date("2024")}}});
  out.push_back(
      {"news article: a title ending in a quotation", source{{.kind = source_kind::news_article,
                                                              .title = "Analysts call it 'a wave'",
                                                              .authors = {named("Rivera", "Ana")},
                                                              .publisher = example_times}}});
  out.push_back({"news article: no author, dated, with an access date",
                 source{{.kind = source_kind::news_article,
                         .title = "Compute race heats up",
                         .publisher = example_times,
                         .published = date("2025-01-15"),
                         .url = "https://example.org/a",
                         .accessed = date("2025-02-01").first_day()}}});
  out.push_back(
      {"news article: undated, retrieved", source{{.kind = source_kind::news_article,
                                                   .title = "Compute race heats up",
                                                   .authors = {named("Rivera", "Ana")},
                                                   .publisher = example_times,
                                                   .url = "https://example.org/b",
                                                   .accessed = date("2025-02-01").first_day()}}});
  out.push_back({"news article: twenty authors", source{{.kind = source_kind::news_article,
                                                         .title = "A long byline",
                                                         .authors = people(20),
                                                         .publisher = example_times,
                                                         .published = date("2025")}}});
  out.push_back({"news article: twenty-two authors", source{{.kind = source_kind::news_article,
                                                             .title = "A longer byline",
                                                             .authors = people(22),
                                                             .publisher = example_times,
                                                             .published = date("2025")}}});
  out.push_back({"news article: non-ASCII names and title",
                 source{{.kind = source_kind::news_article,
                         .title = "Über die Rechenleistung — «naïve» estimates",
                         .authors = {named("Émile", "Zoë"), named("Łukasiewicz", "Ágnes")},
                         .publisher = example_times,
                         .published = date("2025-12-31")}}});
  out.push_back({"news article: BibTeX special characters",
                 source{{.kind = source_kind::news_article,
                         .title = "R&D_spend {rises} 50% to $9bn, #1 in ~Asia^ \\ maybe",
                         .authors = {named("Rivera", "Ana")},
                         .publisher = example_times,
                         .published = date("2025-06")}}});
  out.push_back({"report: people as authors, dated by year",
                 source{{.kind = source_kind::report,
                         .title = "Compute capacity in 2025",
                         .authors = {named("Okafor", "Chidi"), named("Rivera", "Ana")},
                         .publisher = example_institute,
                         .published = date("2025-07-03"),
                         .url = "https://example.org/report.pdf"}}});
  out.push_back({"report: the publisher is the author", source{{.kind = source_kind::report,
                                                                .title = "Annual review",
                                                                .authors = {example_institute},
                                                                .publisher = example_institute,
                                                                .published = date("2024")}}});
  out.push_back({"report: no author, undated", source{{.kind = source_kind::report,
                                                       .title = "Open models and their derivatives",
                                                       .publisher = example_institute}}});
  out.push_back(
      {"dataset: an organization as author", source{{.kind = source_kind::dataset,
                                                     .title = "Example Publications Index",
                                                     .authors = {example_institute},
                                                     .publisher = example_corp,
                                                     .published = date("2025-07"),
                                                     .url = "https://example.org/data"}}});
  out.push_back({"dataset: the publisher is the author", source{{.kind = source_kind::dataset,
                                                                 .title = "Example Compute Census",
                                                                 .authors = {example_institute},
                                                                 .publisher = example_institute,
                                                                 .published = date("2024")}}});
  out.push_back({"press conference: titled, at an event",
                 source{{.kind = source_kind::press_conference,
                         .title = "Briefing on the digital economy",
                         .authors = {example_ministry},
                         .container = "Example Information Office briefing",
                         .published = date("2025-04-29"),
                         .place = "Example City",
                         .url = "https://example.org/briefing"}}});
  out.push_back(
      {"press conference: untitled, with an author", source{{.kind = source_kind::press_conference,
                                                             .authors = {example_ministry},
                                                             .published = date("2025-08")}}});
  out.push_back({"company statement: titled, published on another site, retrieved",
                 source{{.kind = source_kind::company_statement,
                         .title = "On our open models",
                         .authors = {example_corp},
                         .publisher = example_media,
                         .url = "https://example.org/statement",
                         .accessed = date("2025-08-01").first_day()}}});
  out.push_back({"company statement: untitled", source{{.kind = source_kind::company_statement,
                                                        .authors = {example_corp},
                                                        .published = date("2025-08-01")}}});
  out.push_back(
      {"web page: a person as author, a site", source{{.kind = source_kind::web_page,
                                                       .title = "Open model leaderboard",
                                                       .authors = {named("Okafor", "Chidi")},
                                                       .container = "Example Rankings",
                                                       .published = date("2025-08"),
                                                       .url = "https://example.org/leaderboard"}}});
  out.push_back({"web page: no author, undated, retrieved",
                 source{{.kind = source_kind::web_page,
                         .title = "Leaderboard",
                         .publisher = example_institute,
                         .url = "https://example.org/lb",
                         .accessed = date("2025-08-01").first_day()}}});
  out.push_back({"web page: the site is the author", source{{.kind = source_kind::web_page,
                                                             .title = "About the index",
                                                             .authors = {example_institute},
                                                             .container = "Example Institute",
                                                             .published = date("2025-05-05"),
                                                             .url = "https://example.org/about"}}});

  out.push_back({"news article: a person known by one name",
                 source{{.kind = source_kind::news_article,
                         .title = "Mononyms in bylines",
                         .authors = {person{{.family = "Suharto"}}, named("Rivera", "Ana")},
                         .publisher = example_times,
                         .published = date("2025")}}});
  out.push_back(
      {"web page: one author known by one name", source{{.kind = source_kind::web_page,
                                                         .title = "Notes",
                                                         .authors = {person{{.family = "Suharto"}}},
                                                         .container = "Example Blog",
                                                         .published = date("2025-02-03")}}});
  out.push_back({"news article: nested quotations and apostrophes",
                 source{{.kind = source_kind::news_article,
                         .title = "\"It's 'soft power',\" says an investor",
                         .authors = {named("Rivera", "Ana")},
                         .publisher = example_times,
                         .published = date("2025")}}});

  // News websites, press releases, DOIs, and organizations as authors and publishers.
  out.push_back({"news website article: a person as author, a day, a URL",
                 source{{.kind = source_kind::news_article,
                         .title = "Compute clusters double",
                         .authors = {named("Rivera", "Ana")},
                         .publisher = example_wire,
                         .published = date("2025-05-06"),
                         .time = "09:30",
                         .url = "https://example.org/wire/clusters"}}});
  out.push_back({"news website article: no author, a section of the site, a month",
                 source{{.kind = source_kind::news_article,
                         .title = "Where the chips go",
                         .publisher = example_wire,
                         .container = "Example Wire Technology",
                         .published = date("2025-06"),
                         .url = "https://example.org/wire/tech/chips"}}});
  out.push_back({"news website article: undated, retrieved",
                 source{{.kind = source_kind::news_article,
                         .title = "Open weights, open questions",
                         .authors = {named("Okafor", "Chidi")},
                         .publisher = example_wire,
                         .url = "https://example.org/wire/open",
                         .accessed = date("2025-09-01").first_day()}}});
  out.push_back({"news website article: the site is the author",
                 source{{.kind = source_kind::news_article,
                         .title = "Wire staff report on compute",
                         .authors = {example_wire},
                         .publisher = example_wire,
                         .published = date("2025-04-01")}}});
  out.push_back({"press release: an organization as author, a distributor, a dateline, a URL",
                 source{{.kind = source_kind::press_release,
                         .title = "Example Institute publishes its compute census",
                         .authors = {example_institute},
                         .publisher = example_newswire,
                         .published = date("2025-07-10"),
                         .place = "Example City",
                         .url = "https://example.org/news/census"}}});
  out.push_back(
      {"press release: no URL, no distributor", source{{.kind = source_kind::press_release,
                                                        .title = "Example Corp opens its models",
                                                        .authors = {example_corp},
                                                        .published = date("2025-03")}}});
  out.push_back({"press release: the publisher is the author, no URL",
                 source{{.kind = source_kind::press_release,
                         .title = "Annual results",
                         .authors = {example_corp},
                         .publisher = example_corp,
                         .published = date("2025-02-14")}}});
  out.push_back({"report: a DOI and a URL, the DOI printed",
                 source{{.kind = source_kind::report,
                         .title = "Compute and publications",
                         .authors = {named("Okafor", "Chidi")},
                         .publisher = example_institute,
                         .published = date("2025-07-03"),
                         .url = "https://example.org/report/compute",
                         .doi = "10.5555/example.2025.7"}}});
  out.push_back({"report: the organization that wrote it publishes it, with a DOI",
                 source{{.kind = source_kind::report,
                         .title = "State of open models",
                         .authors = {example_institute},
                         .publisher = example_institute,
                         .published = date("2025"),
                         .doi = "10.5555/example.2025.8"}}});
  out.push_back({"report: the organization that wrote it publishes it, with a URL",
                 source{{.kind = source_kind::report,
                         .title = "Compute census methods",
                         .authors = {example_institute},
                         .publisher = example_institute,
                         .published = date("2025-01"),
                         .url = "https://example.org/census/methods"}}});
  out.push_back({"dataset: a DOI", source{{.kind = source_kind::dataset,
                                           .title = "Example Model Registry",
                                           .authors = {named("Rivera", "Ana")},
                                           .publisher = example_institute,
                                           .published = date("2024-11"),
                                           .doi = "10.5555/example.data.3"}}});
  out.push_back({"dataset: no author, no publisher, no date",
                 source{{.kind = source_kind::dataset, .title = "Example Citation Index"}}});

  // Deliberate differences.
  out.push_back({"press conference: a place and no event",
                 source{{.kind = source_kind::press_conference,
                         .authors = {example_ministry},
                         .published = date("2025-08"),
                         .place = "Example City"}},
                 place_without_event});
  out.push_back({"two authors: a person, then an organization",
                 source{{.kind = source_kind::news_article,
                         .title = "Joint reporting",
                         .authors = {named("Rivera", "Ana"), example_media},
                         .publisher = example_times,
                         .published = date("2025")}},
                 "APA puts a comma before the ampersand; citation-js leaves it out when an "
                 "organization follows a person"});
  out.push_back({"undated, a URL, no access date",
                 source{{.kind = source_kind::report,
                         .title = "Open models",
                         .publisher = example_institute,
                         .url = "https://example.org/open"}},
                 "citation-js prints \"Retrieved <URL>\" with no date; cited prints the URL"});
  out.push_back({"given names in lower case",
                 source{{.kind = source_kind::news_article,
                         .title = "Initials",
                         .authors = {named("Rivera", "ana maría")},
                         .publisher = example_times,
                         .published = date("2025")}},
                 "citation-js does not abbreviate lower-case given names; cited writes A. M."});
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  // "bibtex" or "biblatex": all the sources as one .bib file, for tests/bibtex/check.cmake.
  const std::string mode = argc > 1 ? argv[1] : "";
  if (mode == "bibtex" || mode == "biblatex") {
    std::vector<source> works;
    for (const entry& e : entries()) works.push_back(e.work);
    // Fields the APA comparison has no case for yet: a DOI beside a URL, and an access date.
    works.push_back(source{{.kind = source_kind::report,
                            .title = "Compute and citations",
                            .authors = {named("Okafor", "Chidi")},
                            .publisher = example_institute,
                            .published = date("2025-06-30"),
                            .url = "https://example.org/reports/compute_2025#summary",
                            .doi = "10.5555/example.42",
                            .accessed = date("2025-08-01").first_day()}});
    std::cout << (mode == "bibtex" ? cited::to_bibtex(works) : cited::to_biblatex(works));
    return 0;
  }
  std::vector<citation_case> cases;
  for (const entry& e : entries()) {
    std::optional<std::string> difference = e.difference;
    if (!difference && e.work.kind() == source_kind::dataset) difference = data_set_label;
    cases.push_back({e.name, cited::to_csl_json(e.work), cited::cite(e.work),
                     cited::to_bibtex(e.work), std::move(difference),
                     cited::cite(e.work, cited::reference_format::html)});
  }
  std::cout << cited::to_json(cases, {.pretty = true}) << '\n';
}
