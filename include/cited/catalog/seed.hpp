// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0
//
// The sources of the seed article as cited values: "China's Ascent to Global Computing Power" by
// LIANG Yilian, Belt and Road News Network, 2025-08-26, republished from Science and Technology
// Daily. Only what the article states is recorded: it gives no URLs, no titles of the pieces it
// draws on, no date for the Digital Science report or the press conference, and it does not name
// the official who spoke, so none of these appear here. Countries are given where they are
// certain: the article says Interconnected Capital is U.S.-based.
//
// `cited::seed` is the catalog's record of that article; the fact sheet example and the tests
// read it.

#ifndef CITED_CATALOG_SEED_HPP
#define CITED_CATALOG_SEED_HPP

#include <cited/source.hpp>

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

inline organization belt_and_road_news_network() {
  return {"Belt and Road News Network", organization_kind::news_site, "CN"_country};
}
inline organization science_and_technology_daily() {
  return {"Science and Technology Daily", organization_kind::newspaper, "CN"_country};
}
inline organization new_york_times() {
  return {"The New York Times", organization_kind::newspaper, "US"_country};
}
inline organization cnbc() { return {"CNBC", organization_kind::broadcaster, "US"_country}; }
inline organization economist() {
  return {"The Economist", organization_kind::newspaper, "GB"_country};
}
inline organization wall_street_journal() {
  return {"The Wall Street Journal", organization_kind::newspaper, "US"_country};
}
inline organization artificial_analysis() {
  return {"Artificial Analysis", organization_kind::research_firm};
}
inline organization digital_science() {
  return {"Digital Science", organization_kind::research_firm, "GB"_country};
}
inline organization interconnected_capital() {
  return {"Interconnected Capital", organization_kind::investment_firm, "US"_country};
}
inline organization national_data_administration() {
  return {"National Data Administration", organization_kind::government_body, "CN"_country};
}
inline organization alibaba() { return {"Alibaba", organization_kind::company, "CN"_country}; }

// --- people
// ----------------------------------------------------------------------------------------

inline person liang_yilian() {
  return person{{.family = "Liang", .given = "Yilian", .order = cited::name_order::family_first}};
}
inline person daniel_hook() {
  return person{{.family = "Hook", .given = "Daniel"}, "CEO", digital_science()};
}
inline person kevin_xu() {
  return person{{.family = "Xu", .given = "Kevin"}, "founder", interconnected_capital()};
}
// The article does not name the official.
inline person head_of_national_data_administration() {
  return person::unnamed("head", national_data_administration());
}

// --- works
// -----------------------------------------------------------------------------------------

inline source article() {
  return source{{.kind = source_kind::news_article,
                 .title = "China's Ascent to Global Computing Power",
                 .authors = {liang_yilian()},
                 .publisher = belt_and_road_news_network(),
                 .published = cited::period::parse("2025-08-26")}};
}
// The Dimensions database, in the release of July 2025.
inline source dimensions() {
  return source{{.kind = source_kind::dataset,
                 .title = "Dimensions",
                 .publisher = digital_science(),
                 .published = cited::period::parse("2025-07")}};
}
inline source digital_science_report() {
  return source{
      {.kind = source_kind::report,
       .title = "DeepSeek and the New Geopolitics of AI: China's Ascent to Research Pre-eminence "
                "in AI",
       .publisher = digital_science(),
       .quote = "we should anticipate a wave of innovation from China along the same lines as "
                "DeepSeek"}};
}
// A recent press conference in Beijing, before the article's date; the article gives no title,
// date or host.
inline source press_conference() {
  return source{{.kind = source_kind::press_conference, .place = "Beijing"}};
}

// --- provenance chains, from the article to each figure's origin
// -----------------------------------

// The article republished Science and Technology Daily's piece.
inline provenance via_article() {
  return provenance{relation::published_by, article()}.then(relation::republished_from,
                                                            science_and_technology_daily());
}
// Computing power second only to the United States: said by the head of the National Data
// Administration at the press conference.
inline provenance computing_power_rank() {
  return via_article().then(relation::stated_by, head_of_national_data_administration(),
                            press_conference());
}
// 23,695 AI-related publications in 2024: according to The New York Times, citing the Dimensions
// database.
inline provenance ai_publications() {
  return via_article()
      .then(relation::according_to, new_york_times())
      .then(relation::citing, dimensions());
}
// China's developer community on GitHub, the third largest: according to CNBC.
inline provenance github_developer_community_rank() {
  return via_article().then(relation::according_to, cnbc());
}
// 12 of the world's top 15 open-source AI models: according to the website Artificial Analysis.
inline provenance top_open_source_models() {
  return via_article().then(relation::according_to, artificial_analysis());
}
// More than 100,000 models derived from Qwen: the company said so.
inline provenance qwen_derivative_models() {
  return via_article().then(relation::stated_by, alibaba());
}
// Daniel Hook's remark, quoted from the Digital Science report.
inline provenance digital_science_remark() {
  return via_article().then(relation::quoting, daniel_hook(), digital_science_report());
}

// Every work the article names.
inline std::vector<source> works() {
  return {article(), dimensions(), digital_science_report(), press_conference()};
}

}  // namespace cited::seed

#endif  // CITED_CATALOG_SEED_HPP
