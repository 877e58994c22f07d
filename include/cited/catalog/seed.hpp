// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0
//
// The sources of the seed article as cited values: "China's Ascent to Global Computing Power" by
// LIANG Yilian, The Belt and Road News Network, 2025-08-26 at 10:54, republished from Science
// and Technology Daily. Only what the article states is recorded, sentence by sentence: each
// chain below names the paragraph and sentence it encodes and credits a figure only to whom that
// sentence credits it. The article gives no URLs, no titles of the news pieces it draws on (only
// the report's), no date or author for the Digital Science report, no year or publisher for the
// Dimensions database and no date for the press conference, and it does not name the official who
// spoke, so none of these appear here. An organization has a country only where the article
// gives one: Interconnected Capital is "U.S.-based", the National Data Administration is China's.
// An organization's kind is the data model's classification of it, not a claim of the article.
//
// One work here does not come from the article: Digital Science's press release of 2025-07-10
// (`press_release()`), which announced the report the article quotes. It is a second source, so
// that the article's figures can be weighed against another.
//
// `cited::seed` is the catalog's record of these works; the fact sheet example and the tests read
// it.

#ifndef CITED_CATALOG_SEED_HPP
#define CITED_CATALOG_SEED_HPP

#include <cited/source.hpp>

#include <vector>

namespace cited::seed {

using cited::organization;
using cited::organization_kind;
using cited::person;
using cited::provenance;
using cited::relation;
using cited::source;
using cited::source_kind;
using namespace cited::literals;

// --- organizations -------------------------------------------------------------------------------

// The masthead reads "The Belt and Road News Network".
inline organization belt_and_road_news_network() {
  return {"The Belt and Road News Network", organization_kind::news_site};
}
inline organization science_and_technology_daily() {
  return {"Science and Technology Daily", organization_kind::newspaper};
}
inline organization new_york_times() {
  return {"The New York Times", organization_kind::newspaper};
}
inline organization cnbc() { return {"CNBC", organization_kind::broadcaster}; }
inline organization economist() { return {"The Economist", organization_kind::newspaper}; }
inline organization wall_street_journal() {
  return {"The Wall Street Journal", organization_kind::newspaper};
}
// "the website Artificial Analysis".
inline organization artificial_analysis() {
  return {"Artificial Analysis", organization_kind::research_firm};
}
inline organization digital_science() {
  return {"Digital Science", organization_kind::research_firm};
}
inline organization interconnected_capital() {
  return {"Interconnected Capital", organization_kind::investment_firm, "US"_country};
}
inline organization national_data_administration() {
  return {"National Data Administration", organization_kind::government_body, "CN"_country};
}
inline organization alibaba() { return {"Alibaba", organization_kind::company}; }
inline organization baidu() { return {"Baidu", organization_kind::company}; }
inline organization huawei() { return {"Huawei", organization_kind::company}; }
inline organization tencent() { return {"Tencent", organization_kind::company}; }
// The article calls GitHub the largest repository of open-source software.
inline organization github() { return {"GitHub", organization_kind::company}; }
// The press release went out through GlobeNewswire.
inline organization globenewswire() { return {"GlobeNewswire", organization_kind::company}; }

// --- people --------------------------------------------------------------------------------------

inline person liang_yilian() {
  return person{{.family = "Liang", .given = "Yilian", .order = cited::name_order::family_first}};
}
inline person daniel_hook() {
  return person{{.family = "Hook", .given = "Daniel"}, "CEO", digital_science()};
}
inline person kevin_xu() {
  return person{{.family = "Xu", .given = "Kevin"}, "founder", interconnected_capital()};
}
// The article does not name the official; the role is in its words.
inline person head_of_national_data_administration() {
  return person::unnamed("head of China's National Data Administration",
                         national_data_administration());
}

// --- works ---------------------------------------------------------------------------------------

inline source article() {
  return source{{.kind = source_kind::news_article,
                 .title = "China's Ascent to Global Computing Power",
                 .authors = {liang_yilian()},
                 .publisher = belt_and_road_news_network(),
                 .published = cited::period::parse("2025-08-26"),
                 .time = "10:54"}};
}
// "the proprietary Dimensions database released in July": the article gives no year and no
// publisher, so neither is recorded.
inline source dimensions() { return source{{.kind = source_kind::dataset, .title = "Dimensions"}}; }
// The report in which Daniel Hook, Digital Science's CEO, is quoted. The article names no author
// and no date; APA 7 cites a work with no person named as its author under the organization that
// issued it, so the organization is the author.
inline source digital_science_report() {
  return source{
      {.kind = source_kind::report,
       .title = "DeepSeek and the New Geopolitics of AI: China's Ascent to Research Pre-eminence "
                "in AI",
       .authors = {digital_science()},
       .quote = "Given a young, vibrant and highly educated, AI-literate workforce, we should "
                "anticipate a wave of innovation from China along the same lines as DeepSeek"}};
}
// "a recent press conference in Beijing", known only through the article: a secondary source,
// which a reference list leaves out (it is cited "as cited in" the article).
inline source press_conference() {
  return source{{.kind = source_kind::press_conference, .place = "Beijing"}};
}
// Digital Science's press release announcing the report, dated London, 2025-07-10, distributed by
// GlobeNewswire. Not part of the article: a second source.
inline source press_release() {
  return source{
      {.kind = source_kind::press_release,
       .title = "New report shows China dominates in AI research \u2013 and is western world's "
                "leading collaborator on AI",
       .authors = {digital_science()},
       .publisher = globenewswire(),
       .published = cited::period::parse("2025-07-10"),
       .place = "London",
       .url = "https://www.globenewswire.com/news-release/2025/07/10/3113094/0/en/"
              "New-report-shows-China-dominates-in-AI-research-and-is-western-world-s-leading-"
              "collaborator-on-AI.html"}};
}

// --- provenance chains, from the article to each figure's origin, one per attribution ----------

// The article republished Science and Technology Daily's piece ("Source: Science and Technology
// Daily"). A sentence with no attribution of its own is the article's.
inline provenance via_article() {
  return provenance{relation::published_by, article()}.then(relation::republished_from,
                                                            science_and_technology_daily());
}
// Paragraphs 1-2: China's digital infrastructure among the most advanced in scale and technology,
// and its total computing power second only to the United States': said by the head of China's
// National Data Administration at the press conference.
inline provenance computing_power_rank() {
  return via_article().then(relation::stated_by, head_of_national_data_administration(),
                            press_conference());
}
// Paragraph 3, sentence 2: the strategy that made China a leading producer of electric vehicles,
// batteries and solar panels, now applied to AI: according to The New York Times. (Sentence 1,
// on domestic manufacturing, credits nobody and is not recorded.)
inline provenance industrial_strategy() {
  return via_article().then(relation::according_to, new_york_times());
}
// Paragraph 4: 23,695 AI-related publications in 2024, more than the US, the UK and the EU
// combined: according to the Dimensions database, and to nobody else (the NYT's attribution ends
// the paragraph before).
inline provenance ai_publications() {
  return via_article().then(relation::according_to, dimensions());
}
// Paragraph 5: Daniel Hook's remark, quoted from the Digital Science report.
inline provenance digital_science_remark() {
  return via_article().then(relation::quoting, daniel_hook(), digital_science_report());
}
// Paragraph 6: Kevin Xu's remark, which he made to The New York Times.
inline provenance kevin_xu_remark() {
  return via_article()
      .then(relation::according_to, new_york_times())
      .then(relation::quoting, kevin_xu());
}
// Paragraph 7, sentence 1: market analysts on open-source AI models, whom the article does not
// name: according to CNBC.
inline person market_analysts() { return person::unnamed("market analysts"); }
inline provenance open_source_adoption() {
  return via_article()
      .then(relation::according_to, cnbc())
      .then(relation::stated_by, market_analysts());
}
// Paragraph 7, sentence 2: the third-largest developer community on GitHub, and GitHub the largest
// repository of open-source software. The sentence credits nobody: it is the article's own.
inline provenance github_developer_community_rank() { return via_article(); }
// Paragraph 7, sentence 3: Alibaba, Baidu and Huawei as contributors to and funders of open-source
// projects: The Economist reported it.
inline provenance open_source_contributors() {
  return via_article().then(relation::according_to, economist());
}
// Paragraph 8, sentence 2: 12 of the world's top 15 open-source AI models: according to the
// website Artificial Analysis.
inline provenance top_open_source_models() {
  return via_article().then(relation::according_to, artificial_analysis());
}
// Paragraph 8, sentence 3: Tencent and Baidu releasing models under open-source licences:
// according to The Wall Street Journal.
inline provenance open_source_licences() {
  return via_article().then(relation::according_to, wall_street_journal());
}
// Paragraph 9: more than 100,000 models derived from Qwen: the company said so.
inline provenance qwen_derivative_models() {
  return via_article().then(relation::stated_by, alibaba());
}
// The press release's own figures, read in the release itself.
inline provenance press_release_figures() {
  return provenance{relation::published_by, press_release()};
}

// Every work the article names, then the press release.
inline std::vector<source> works() {
  return {article(), dimensions(), digital_science_report(), press_conference(), press_release()};
}

}  // namespace cited::seed

#endif  // CITED_CATALOG_SEED_HPP
