// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0
//
// The attribution audit of the seed dataset (examples/data/china-compute-2025.json): each
// attribution the article makes, sentence by sentence, is in the dataset with the chain that
// sentence gives, and no outlet is credited with a sentence that does not name it. An outlet
// named at the end of one sentence is not the source of the next.

#include <cited/dataset.hpp>

#include <doctest/doctest.h>

#include <cited/catalog/seed.hpp>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <optional>
#include <set>
#include <string>
#include <variant>
#include <vector>

namespace seed_attribution_test {

using namespace cited;

const dataset& seed_dataset() {
  static const dataset ds = [] {
    std::ifstream in(CITED_SEED_DATASET, std::ios::binary);
    return dataset::from_json(
        std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()));
  }();
  return ds;
}

// Who a hop names: an agent's text, else its work's.
std::string named(const hop& h) {
  if (h.agent) return cited::to_string(*h.agent);
  return h.source->to_string();
}

// The sources (by id) that a figure or a claim of the dataset cites.
std::set<std::string> cited_ids() {
  std::set<std::string> out;
  const dataset& ds = seed_dataset();
  for (std::size_t i = 0; i < ds.size(); ++i) out.insert(ds[i].source_id());
  for (const claim& c : ds.claims()) {
    out.insert(std::visit([](const auto& x) { return x.source; }, c));
  }
  return out;
}

// One attribution of the article: the sentence (by paragraph and place), the dataset's source id
// for it, and what the chain's last hop names with which relation ("" when the sentence credits
// nobody and the chain ends at the article's republication).
struct attribution {
  const char* sentence;
  const char* source_id;
  relation last;
  std::string names;
};

const std::vector<attribution>& attributions() {
  static const std::vector<attribution> all{
      {"1-2: infrastructure among the most advanced; computing power second only to the US",
       "computing-power-rank", relation::stated_by,
       "the head of China's National Data Administration (not named)"},
      {"3: the manufacturing strategy applied to AI", "industrial-strategy", relation::according_to,
       "The New York Times"},
      {"4: 23,695 publications, more than the US, the UK and the EU", "ai-publications",
       relation::according_to, "\"Dimensions\" (dataset)"},
      {"5: Daniel Hook in the Digital Science report", "digital-science-remark", relation::quoting,
       "Daniel Hook, CEO of Digital Science"},
      {"6: Kevin Xu to The NYT", "kevin-xu-remark", relation::quoting,
       "Kevin Xu, founder of Interconnected Capital"},
      {"7.1: market analysts on open-source AI models, according to CNBC", "open-source-adoption",
       relation::stated_by, "the market analysts (not named)"},
      {"7.2: third-largest community on GitHub; GitHub the largest repository",
       "github-developer-community", relation::republished_from, "Science and Technology Daily"},
      {"7.3: Alibaba, Baidu and Huawei as contributors and funders", "open-source-contributors",
       relation::according_to, "The Economist"},
      {"8.2: 12 of the top 15 open-source models", "top-open-source-models", relation::according_to,
       "Artificial Analysis"},
      {"8.3: Tencent and Baidu release models under open-source licences", "open-source-licences",
       relation::according_to, "The Wall Street Journal"},
      {"9: more than 100,000 Qwen derivatives", "qwen-derivative-models", relation::stated_by,
       "Alibaba"},
  };
  return all;
}

TEST_CASE("seed attribution: each sentence's attribution, with its chain") {
  const dataset& ds = seed_dataset();
  const std::set<std::string> used = cited_ids();
  for (const attribution& a : attributions()) {
    CAPTURE(a.sentence);
    const provenance& p = ds.source(a.source_id);
    CHECK(used.contains(a.source_id));  // a figure or a claim cites it
    CHECK(p.seen_in().source == seed::article());
    CHECK(p.hops()[1].relation == relation::republished_from);
    CHECK(p.primary().relation == a.last);
    CHECK(named(p.primary()) == a.names);
  }
}

TEST_CASE("seed attribution: an outlet is credited only where its sentence names it") {
  const dataset& ds = seed_dataset();
  // Each agent of the article and the only chains that may name it.
  const std::vector<std::pair<std::string, std::set<std::string>>> outlets{
      {"The New York Times", {"industrial-strategy", "kevin-xu-remark"}},
      {"CNBC", {"open-source-adoption"}},
      {"the market analysts (not named)", {"open-source-adoption"}},
      {"The Economist", {"open-source-contributors"}},
      {"The Wall Street Journal", {"open-source-licences"}},
      {"Artificial Analysis", {"top-open-source-models"}},
      {"Alibaba", {"qwen-derivative-models"}},
      {"\"Dimensions\" (dataset)", {"ai-publications"}},
      {"Daniel Hook, CEO of Digital Science", {"digital-science-remark"}},
      {"the head of China's National Data Administration (not named)", {"computing-power-rank"}},
  };
  for (const auto& entry : outlets) {
    const std::string& outlet = entry.first;
    const std::set<std::string>& allowed = entry.second;
    CAPTURE(outlet);
    std::set<std::string> naming;
    for (const std::string& id : ds.source_ids()) {
      for (const hop& h : ds.source(id).hops()) {
        if ((h.agent && cited::to_string(*h.agent) == outlet) ||
            (h.source && !h.agent && h.source->to_string() == outlet)) {
          naming.insert(id);
        }
      }
    }
    CHECK(naming == allowed);
  }
}

TEST_CASE("seed attribution: the figures and claims each sentence gives") {
  const dataset& ds = seed_dataset();
  std::vector<std::pair<std::string, std::string>> figures;  // metric, source id
  for (std::size_t i = 0; i < ds.size(); ++i) {
    figures.emplace_back(std::string(ds[i].metric().id), ds[i].source_id());
  }
  CHECK(figures == std::vector<std::pair<std::string, std::string>>{
                       {"computing_power_rank", "computing-power-rank"},
                       {"ai_publications", "ai-publications"},
                       {"github_developer_community_rank", "github-developer-community"},
                       {"top_open_source_models", "top-open-source-models"},
                       {"derivative_models", "qwen-derivative-models"},
                       {"ai_citation_attention_share", "digital-science-press-release"},
                       {"active_ai_researchers", "digital-science-press-release"}});
  // Every attribution without a figure is a statement, with its subjects.
  std::vector<std::pair<std::string, std::vector<std::string>>> statements;
  for (const claim& c : ds.claims()) {
    if (const auto* s = std::get_if<statement_claim>(&c)) {
      std::vector<std::string> subjects;
      for (const subject& x : s->subjects) subjects.push_back(x.to_string());
      statements.emplace_back(s->source, subjects);
      CHECK_FALSE(s->words.empty());
    }
  }
  using subjects = std::vector<std::string>;
  CHECK(statements ==
        std::vector<std::pair<std::string, subjects>>{
            {"computing-power-rank", subjects{"CN"}},
            {"industrial-strategy", subjects{"CN"}},
            {"digital-science-remark", subjects{"CN"}},
            {"kevin-xu-remark", subjects{"CN"}},
            {"open-source-adoption", subjects{"CN"}},
            {"github-developer-community", subjects{"org:GitHub"}},
            {"open-source-contributors", subjects{"org:Alibaba", "org:Baidu", "org:Huawei"}},
            {"open-source-licences", subjects{"org:Tencent", "org:Baidu"}}});
  // The two quoted remarks keep their quotes.
  for (const claim& c : ds.claims()) {
    const auto* s = std::get_if<statement_claim>(&c);
    if (s && (s->source == "digital-science-remark" || s->source == "kevin-xu-remark")) {
      CAPTURE(s->source);
      CHECK(s->quote.has_value());
    }
  }
}

TEST_CASE("seed attribution: the works record what the article says and nothing more") {
  const dataset& ds = seed_dataset();
  const source& dimensions = *ds.source("ai-publications").primary().source;
  CHECK(dimensions == seed::dimensions());
  CHECK_FALSE(dimensions.published());  // "released in July": no year
  CHECK_FALSE(dimensions.publisher());  // the article names no publisher
  const source& article = *ds.source("ai-publications").seen_in().source;
  CHECK(article.publisher()->name() == "The Belt and Road News Network");
  CHECK(article.time() == "10:54");
  const source& report = *ds.source("digital-science-remark").primary().source;
  CHECK(report == seed::digital_science_report());
  CHECK_FALSE(report.published());
  // The quote is whole, not cut without an ellipsis: it starts where Hook's sentence starts.
  CHECK(report.quote()->starts_with("Given a young"));
  CHECK(report.quote()->ends_with("DeepSeek"));
  // The press conference is known only through the article: undated, untitled, unhosted.
  const hop& told = ds.source("computing-power-rank").primary();
  CHECK(told.source == seed::press_conference());
  // The press release is read directly: one hop.
  CHECK(ds.source("digital-science-press-release").size() == 1);
}

TEST_CASE("seed attribution: every reference is the work read, the origin \"as cited in\" it") {
  const dataset& ds = seed_dataset();
  for (const std::string& id : ds.source_ids()) {
    CAPTURE(id);
    const provenance& p = ds.source(id);
    REQUIRE(reference_of(p) != nullptr);
    const bool release = id == "digital-science-press-release";
    CHECK(*reference_of(p) == (release ? seed::press_release() : seed::article()));
    const std::string in_text = cite_in_text(p);
    CHECK(in_text.ends_with(release ? "(Digital Science, 2025)" : "Liang, 2025)"));
  }
  CHECK(cite_in_text(ds.source("computing-power-rank")) ==
        "(head of China\u2019s National Data Administration, n.d., as cited in Liang, 2025)");
  // CNBC reported what market analysts say: the analysts are the origin.
  CHECK(ds.source("open-source-adoption").hops()[2].agent == agent{seed::cnbc()});
}

}  // namespace seed_attribution_test
