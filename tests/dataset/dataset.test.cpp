// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/dataset.hpp>

#include <doctest/doctest.h>

#include <cited/catalog/seed.hpp>
#include "dataset/fixtures.hpp"
#include "support.hpp"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <limits>
#include <random>
#include <string>
#include <vector>

// The datasets built here, except the seed article's, are synthetic: their figures are made up to
// exercise the rules, and say nothing about the countries they name.
namespace dataset_test {

using namespace cited;
using namespace cited::literals;
namespace m = cited::metrics;

using counts = estimate<count>;

const period y2019 = period::parse("2019");
const period y2020 = period::parse("2020");
const period y2024 = period::parse("2024");

// A source for synthetic figures.
using dataset_fixtures::synthetic_source;

// The members of `g` throughout `p` that are states, not territories inside a state's figure.
std::vector<country> member_states(const country_group& g, const period& p) {
  std::vector<country> out = g.members_throughout(p);
  std::erase_if(out, [](country c) { return groups::state_of(c).has_value(); });
  return out;
}

// A source of claims about the synthetic figures, from another origin than theirs: figures from a
// claim's own origin would be self-reported, not support.
provenance claimant_source() {
  return provenance{relation::published_by,
                    organization{"Example Newspaper", organization_kind::newspaper}};
}

dataset synthetic() {
  dataset ds{with_builtins};
  ds.add_source("synthetic", synthetic_source());
  return ds;
}

std::string seed_text() {
  std::ifstream in(CITED_SEED_DATASET, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

std::vector<std::string> texts(const std::vector<figure_key>& keys) {
  std::vector<std::string> out;
  for (const figure_key& k : keys) out.push_back(k.to_string());
  return out;
}

TEST_CASE("dataset.add") {
  dataset ds = synthetic();
  SUBCASE("typed and untyped observations, looked up by key") {
    ds.add<m::ai_publications>("CN"_country, y2024, count{23695}, "synthetic");
    ds.add<m::ai_publications>("US"_country, y2024, counts::at_least(count{10}), "synthetic",
                               observation_status::estimated);
    ds.add(observation{"CN"_country, "ai_publications", y2024, counts::exact(count{23000}),
                       "synthetic"});
    REQUIRE(ds.size() == 3);
    const auto cn = ds.find("ai_publications", "CN"_country, y2024);
    REQUIRE(cn.size() == 2);
    CHECK(cn[0].index() == 0);
    CHECK(cn[1].index() == 2);
    CHECK(cn[0].value() == figure(counts::exact(count{23695})));
    CHECK(cn[0].period() == y2024);
    CHECK(cn[0].metric().id == "ai_publications");
    CHECK(cn[0].source_id() == "synthetic");
    CHECK(cn[0].provenance() == synthetic_source());
    CHECK(ds[1].status() == observation_status::estimated);
    CHECK(ds[1].subject() == subject("US"_country));
    CHECK(ds[1].to_observation() == observation{"US"_country, "ai_publications", y2024,
                                                counts::at_least(count{10}), "synthetic",
                                                observation_status::estimated});
    CHECK(ds.find("ai_publications", y2024).size() == 3);
    CHECK(ds.find("ai_publications", "CN"_country, period::parse("2023")).empty());
    CHECK(ds.find("ai_publications", "FR"_country, y2024).empty());
  }
  SUBCASE("amounts, ranks, shares and products") {
    ds.add<m::computing_power>("US"_country, y2024, amount<units::exaflops>{1.5}, "synthetic");
    ds.add<m::computing_power>("CN"_country, y2024,
                               estimate<amount<units::exaflops>>::approximately(
                                   amount<units::exaflops>{1.2}, amount<units::exaflops>{0.1}),
                               "synthetic");
    ds.add<m::computing_power_rank>("CN"_country, y2024, rank{2, 190}, "synthetic");
    ds.add<m::top_open_source_models>("CN"_country, y2024, share{12, 15}, "synthetic");
    const product qwen{"Qwen", seed::alibaba(), "CN"_country};
    ds.add<m::derivative_models>(qwen, y2024, counts::more_than(count{100000}), "synthetic");
    CHECK(ds[1].value() == figure(estimate<double>::approximately(1.2, 0.1)));
    CHECK(ds[2].value() == figure(rank{2, 190}));
    CHECK(ds[3].value() == figure(share{12, 15}));
    CHECK(ds.find("derivative_models", qwen, y2024).size() == 1);
    CHECK(ds.parse_subject("product:Qwen") == subject(qwen));
    CHECK(ds.products().size() == 1);
  }
  SUBCASE("amounts are finite and counts below 2^53") {
    using ef = amount<units::exaflops>;
    CHECK_THROWS_WITH_AS(
        ds.add<m::computing_power>("US"_country, y2024,
                                   ef{std::numeric_limits<double>::quiet_NaN()}, "synthetic"),
        "an amount is a finite number", dataset_error);
    CHECK_THROWS_AS(
        ds.add<m::ai_publications>("US"_country, y2024, count{std::uint64_t{1} << 53}, "synthetic"),
        dataset_error);
    CHECK(ds.size() == 0);
  }
  SUBCASE("bad observations are refused and nothing is added") {
    CHECK_THROWS_WITH_AS(
        ds.add(observation{"CN"_country, "gdp", y2024, counts::exact(count{1}), "synthetic"}),
        "unknown metric \"gdp\"", dataset_error);
    CHECK_THROWS_WITH_AS(ds.add(observation{"CN"_country, "ai_publications", y2024,
                                            counts::exact(count{1}), "nowhere"}),
                         "unknown source id \"nowhere\"", dataset_error);
    CHECK_THROWS_WITH_AS(ds.add(observation{"CN"_country, "computing_power_rank", y2024,
                                            counts::exact(count{2}), "synthetic"}),
                         "computing_power_rank takes a rank, not a count", dataset_error);
    CHECK(ds.size() == 0);
  }
  SUBCASE("sources, metrics and groups are known once") {
    CHECK_NOTHROW(ds.add_source("synthetic", synthetic_source()));
    CHECK_THROWS_WITH_AS(ds.add_source("synthetic", seed::ai_publications()),
                         "another source has the id \"synthetic\"", dataset_error);
    CHECK_THROWS_AS(ds.source("nowhere"), dataset_error);
    CHECK(ds.source_ids() == std::vector<std::string>{"synthetic"});
    CHECK(ds.find_metric("ai_publications")->additive);
    CHECK_THROWS_AS(
        ds.add_metric(metric_info{"ai_publications", "other", value_kind::count, "", false, true}),
        dataset_error);
    CHECK_THROWS_AS(ds.add_group(groups::eu), dataset_error);
  }
  SUBCASE("claims are checked when added") {
    CHECK_THROWS_WITH_AS(
        ds.add(share_claim{"CN"_country, "ai_publications", y2024, share{1, 2}, "synthetic"}),
        "a share claim needs a share metric; ai_publications is not one", dataset_error);
    CHECK_THROWS_AS(ds.add(comparison_claim{"CN"_country,
                                            "computing_power_rank",
                                            y2024,
                                            comparison::more_than,
                                            {"US"_country},
                                            "synthetic"}),
                    dataset_error);
    CHECK_THROWS_AS(
        ds.add(rank_claim{"CN"_country, "computing_power_rank", y2024, 0, {}, "synthetic"}),
        dataset_error);
    CHECK(ds.claims().empty());
  }
}

TEST_CASE("dataset.rank") {
  dataset ds = synthetic();
  const auto add = [&](country c, counts v) {
    ds.add<m::ai_publications>(c, y2024, v, "synthetic");
  };
  SUBCASE("exact figures order; equal figures tie") {
    add("US"_country, counts::exact(count{300}));
    add("CN"_country, counts::exact(count{500}));
    add("GB"_country, counts::exact(count{300}));
    add("FR"_country, counts::exact(count{100}));
    const ranking r = ds.rank("ai_publications", y2024);
    REQUIRE(r.entries.size() == 4);
    CHECK(r.entries[0].observation.subject() == subject("CN"_country));
    CHECK(r.entries[0].best == 1);
    CHECK(r.entries[0].certain());
    CHECK_FALSE(r.entries[0].tied);
    CHECK(r.entries[1].best == 2);
    ds.add_source("claimant", claimant_source());
    CHECK(r.entries[1].tied);
    CHECK(r.entries[2].best == 2);
    CHECK(r.entries[2].tied);
    CHECK(r.entries[3].observation.subject() == subject("FR"_country));
    CHECK(r.entries[3].best == 4);
    CHECK(r.uncertain().empty());
  }
  SUBCASE("overlapping intervals cannot be ordered, and say so") {
    add("CN"_country, counts::exact(count{500}));
    add("US"_country, counts::more_than(count{400}));  // above or below China: unknown
    add("FR"_country, counts::less_than(count{100}));
    const ranking r = ds.rank("ai_publications", y2024);
    REQUIRE(r.entries.size() == 3);
    CHECK(r.entries[0].best == 1);
    CHECK(r.entries[0].worst == 2);
    CHECK(r.entries[1].best == 1);
    CHECK(r.entries[1].worst == 2);
    CHECK(r.entries[2].observation.subject() == subject("FR"_country));
    CHECK(r.entries[2].certain());
    CHECK(r.entries[2].best == 3);
    CHECK(r.uncertain().size() == 2);
  }
  SUBCASE("open ends: more than 500 is ahead of exactly 500") {
    add("CN"_country, counts::exact(count{500}));
    add("US"_country, counts::more_than(count{500}));
    const ranking r = ds.rank("ai_publications", y2024);
    CHECK(r.entries[0].observation.subject() == subject("US"_country));
    CHECK(r.entries[0].certain());
    CHECK(r.entries[1].best == 2);
  }
  SUBCASE("ranks order by position, lower first") {
    ds.add<m::computing_power_rank>("CN"_country, y2024, rank{2}, "synthetic");
    ds.add<m::computing_power_rank>("US"_country, y2024, rank{1}, "synthetic");
    const ranking r = ds.rank("computing_power_rank", y2024);
    CHECK(r.entries[0].observation.subject() == subject("US"_country));
    CHECK(r.entries[1].best == 2);
  }
  SUBCASE("a subject observed twice takes one place") {
    add("US"_country, counts::exact(count{900}));
    ds.add_source("other", synthetic_source().then(relation::citing, seed::dimensions()));
    ds.add<m::ai_publications>("US"_country, y2024, count{900}, "other");
    add("CN"_country, counts::exact(count{500}));
    const ranking r = ds.rank("ai_publications", y2024);
    REQUIRE(r.entries.size() == 2);
    CHECK(r.entries[1].observation.subject() == subject("CN"_country));
    CHECK(r.entries[1].best == 2);
    ds.add_source("claimant", claimant_source());
    CHECK(
        ds.check(rank_claim{"CN"_country, "ai_publications", y2024, 2, {"US"_country}, "claimant"})
            .verdict == verdict::supported);
  }
  SUBCASE("matches a brute-force count on random synthetic intervals") {
    std::mt19937_64 rng(7);
    std::uniform_int_distribution<std::uint64_t> value(0, 60);
    std::uniform_int_distribution<int> kind(0, 5);
    std::vector<counts> figures;
    for (const country c : country::all()) {
      const count v{value(rng)};
      counts e = counts::exact(v);
      switch (kind(rng)) {
        case 1:
          e = counts::at_least(v);
          break;
        case 2:
          e = counts::more_than(v);
          break;
        case 3:
          e = counts::at_most(v);
          break;
        case 4:
          e = counts::between(v, count{v.value() + value(rng) % 10});
          break;
        default:
          break;
      }
      add(c, e);
      figures.push_back(e);
    }
    const ranking r = ds.rank("ai_publications", y2024);
    REQUIRE(r.entries.size() == figures.size());
    for (const ranking::entry& e : r.entries) {
      const counts& mine = figures[e.observation.index()];
      std::size_t certainly = 0, possibly = 0;
      for (std::size_t j = 0; j < figures.size(); ++j) {
        if (j == e.observation.index()) continue;
        if (certainly_greater(figures[j], mine)) ++certainly;
        if (possibly_greater(figures[j], mine)) ++possibly;
      }
      CHECK(e.best == certainly + 1);
      CHECK(e.worst == possibly + 1);
    }
  }
}

TEST_CASE("dataset.total") {
  dataset ds = synthetic();
  const auto add = [&](const subject& s, counts v, const period& p = y2019) {
    ds.add<m::ai_publications>(s, p, v, "synthetic");
  };
  SUBCASE("an interval sum") {
    add("US"_country, counts::exact(count{300}));
    add("GB"_country, counts::at_least(count{50}));
    const auto t =
        ds.total<m::ai_publications>(subject::aggregate({"US"_country, "GB"_country}), y2019);
    CHECK(t.complete());
    CHECK(t.value == counts::at_least(count{350}));
    CHECK(t.used.size() == 2);
  }
  SUBCASE("a non-additive metric is refused at run time too") {
    ds.add<m::computing_power_rank>("US"_country, y2019, rank{1}, "synthetic");
    CHECK_THROWS_WITH_AS(ds.total("computing_power_rank", "US"_country, y2019),
                         "cannot total computing_power_rank (rank by total computing power): it "
                         "does not add up",
                         dataset_error);
  }
  SUBCASE("a group is its members throughout the period") {
    for (const country c : member_states(groups::eu, y2019)) add(c, counts::exact(count{10}));
    const auto t = ds.total<m::ai_publications>(groups::eu, y2019);
    CHECK(t.complete());
    CHECK(t.value == counts::exact(count{280}));  // 28 member states in 2019
    CHECK(t.used.size() == 28);
  }
  SUBCASE("a territory is inside its state's figure unless it has one of its own") {
    for (const country c : member_states(groups::eu, y2019)) add(c, counts::exact(count{10}));
    add("RE"_country, counts::exact(count{1}));  // Reunion, an outermost region of the EU
    const auto t = ds.total<m::ai_publications>(groups::eu, y2019);
    CHECK(t.complete());  // Aland, Gibraltar, ... have no figure and are not missing
    CHECK(t.value == counts::exact(count{281}));
    CHECK(t.used.size() == 29);
  }
  SUBCASE("the UK and the EU in 2019 count the UK twice") {
    for (const country c : member_states(groups::eu, y2019)) add(c, counts::exact(count{10}));
    const subject uk_and_eu = subject::aggregate({"GB"_country, groups::eu});
    CHECK_THROWS_WITH_AS(ds.total<m::ai_publications>(uk_and_eu, y2019),
                         "double counting in GB+group:EU in 2019: GB is counted in GB and again "
                         "in group:EU (a member throughout 2019); pass {.deduplicate = true} to "
                         "count it once",
                         dataset_error);
    const auto t = ds.total<m::ai_publications>(uk_and_eu, y2019, {.deduplicate = true});
    CHECK(t.value == counts::exact(count{280}));
    CHECK(t.deduplicated == std::vector<country>{"GB"_country});
  }
  SUBCASE("after Brexit there is nothing to deduplicate") {
    const period y2021 = period::parse("2021");
    for (const country c : member_states(groups::eu, y2021)) {
      add(c, counts::exact(count{10}), y2021);
    }
    add("GB"_country, counts::exact(count{5}), y2021);
    const auto t =
        ds.total<m::ai_publications>(subject::aggregate({"GB"_country, groups::eu}), y2021);
    CHECK(t.value == counts::exact(count{275}));
  }
  SUBCASE("a group whose membership changed during the period is refused") {
    CHECK_THROWS_WITH_AS(ds.total<m::ai_publications>(groups::eu, y2020),
                         "the membership of group:EU changed during 2020; total over a period in "
                         "which it did not",
                         dataset_error);
  }
  SUBCASE("a group's own figure is used when there is one; it cannot be split") {
    add(groups::eu, counts::exact(count{1000}));
    add("US"_country, counts::exact(count{300}));
    const auto t =
        ds.total<m::ai_publications>(subject::aggregate({"US"_country, groups::eu}), y2019);
    CHECK(t.value == counts::exact(count{1300}));
    // Deduplicated in either order: the group's figure includes GB's.
    for (const subject& both : {subject::aggregate({"GB"_country, groups::eu}),
                                subject::aggregate({groups::eu, "GB"_country})}) {
      const auto d = ds.total<m::ai_publications>(both, y2019, {.deduplicate = true});
      CHECK(d.value == counts::exact(count{1000}));
      CHECK(d.deduplicated == std::vector<country>{"GB"_country});
    }
    add(groups::euro_area, counts::exact(count{700}));
    CHECK_THROWS_WITH_AS(
        ds.total<m::ai_publications>(subject::aggregate({groups::eu, groups::euro_area}), y2019,
                                     {.deduplicate = true}),
        "cannot deduplicate: AT is counted in group:EU and again in group:EA, and both figures "
        "include it",
        dataset_error);
  }
  SUBCASE("overlapping groups: members counted once, and nothing falsely missing") {
    for (const country c : member_states(groups::eu, y2019)) add(c, counts::exact(count{10}));
    const auto t = ds.total<m::ai_publications>(subject::aggregate({groups::eu, groups::euro_area}),
                                                y2019, {.deduplicate = true});
    CHECK(t.complete());
    CHECK(t.value == counts::exact(count{280}));
    CHECK(t.deduplicated.size() == member_states(groups::euro_area, y2019).size());
  }
  SUBCASE("an organization or product named twice") {
    const organization alibaba = seed::alibaba();
    add(alibaba, counts::exact(count{10}));
    CHECK_THROWS_WITH_AS(
        ds.total<m::ai_publications>(subject::aggregate({alibaba, alibaba}), y2019),
        "double counting in org:Alibaba+org:Alibaba: org:Alibaba appears twice; "
        "pass {.deduplicate = true} to count it once",
        dataset_error);
    CHECK(ds.total<m::ai_publications>(subject::aggregate({alibaba, alibaba}), y2019,
                                       {.deduplicate = true})
              .value == counts::exact(count{10}));
  }
  SUBCASE("missing figures make the total a lower bound, and are named") {
    add("US"_country, counts::exact(count{300}));
    const auto t = ds.total<m::ai_publications>(
        subject::aggregate({"US"_country, "GB"_country, groups::eu}), y2019, {.deduplicate = true});
    CHECK_FALSE(t.complete());
    CHECK(t.value == counts::at_least(count{300}));
    CHECK(texts(t.missing) == std::vector<std::string>{"ai_publications of GB in 2019",
                                                       "ai_publications of group:EU in 2019"});
  }
  SUBCASE("amounts add in the metric's unit") {
    using ef = amount<units::exaflops>;
    ds.add<m::computing_power>("US"_country, y2019, ef{1.5}, "synthetic");
    ds.add<m::computing_power>("CN"_country, y2019, estimate<ef>::at_least(ef{1.0}), "synthetic");
    const auto t =
        ds.total<m::computing_power>(subject::aggregate({"US"_country, "CN"_country}), y2019);
    CHECK(t.value == estimate<ef>::at_least(ef{2.5}));
  }
}

TEST_CASE("dataset.check") {
  dataset ds = synthetic();
  ds.add_source("claimant", claimant_source());
  const auto add = [&](const subject& s, counts v) {
    ds.add<m::ai_publications>(s, y2024, v, "synthetic");
  };
  const auto claim_more = [](std::vector<subject> others) {
    return comparison_claim{"CN"_country,          "ai_publications", y2024,
                            comparison::more_than, std::move(others), "claimant"};
  };
  SUBCASE("comparison: supported") {
    add("CN"_country, counts::exact(count{500}));
    add("US"_country, counts::exact(count{300}));
    add("GB"_country, counts::at_most(count{100}));
    const check_result r = ds.check(claim_more({"US"_country, "GB"_country}));
    CHECK(r.verdict == verdict::supported);
    CHECK(r.used.size() == 3);
    CHECK(r.missing.empty());
    CHECK(r.reason ==
          "500 is more than the combined figure of United States and United Kingdom, "
          "at most 400");
  }
  SUBCASE("comparison: contradicted, even with a figure missing") {
    add("CN"_country, counts::exact(count{500}));
    add("US"_country, counts::exact(count{600}));
    const check_result r = ds.check(claim_more({"US"_country, "GB"_country}));
    CHECK(r.verdict == verdict::contradicted);
    CHECK(r.missing.empty());
  }
  SUBCASE("comparison: undetermined, with the figures that would settle it") {
    add("CN"_country, counts::exact(count{500}));
    add("US"_country, counts::exact(count{300}));
    const check_result r = ds.check(claim_more({"US"_country, "GB"_country}));
    CHECK(r.verdict == verdict::undetermined);
    CHECK(texts(r.missing) == std::vector<std::string>{"ai_publications of GB in 2024"});
    CHECK(r.reason == "1 of the figures to combine is missing");
  }
  SUBCASE("comparison: undetermined when the intervals overlap") {
    add("CN"_country, counts::exact(count{500}));
    add("US"_country, counts::between(count{400}, count{600}));
    const check_result r = ds.check(claim_more({"US"_country}));
    CHECK(r.verdict == verdict::undetermined);
    CHECK(r.missing.empty());
  }
  SUBCASE("comparison: less than") {
    add("CN"_country, counts::exact(count{50}));
    add("US"_country, counts::exact(count{300}));
    comparison_claim c = claim_more({"US"_country});
    c.relation = comparison::less_than;
    CHECK(ds.check(c).verdict == verdict::supported);
  }
  SUBCASE("rank claims on a rank metric") {
    ds.add<m::computing_power_rank>("CN"_country, y2024, rank{2}, "synthetic");
    const auto claim = [](std::uint32_t position, std::vector<subject> ahead) {
      return rank_claim{"CN"_country, "computing_power_rank", y2024,
                        position,     std::move(ahead),       "claimant"};
    };
    CHECK(ds.check(claim(2, {"US"_country})).verdict == verdict::supported);
    CHECK(ds.check(claim(3, {})).verdict == verdict::contradicted);
    CHECK(ds.check(claim(2, {"US"_country, "IN"_country})).verdict == verdict::contradicted);
    ds.add<m::computing_power_rank>("US"_country, y2024, rank{3}, "synthetic");
    const check_result r = ds.check(claim(2, {"US"_country}));
    CHECK(r.verdict == verdict::contradicted);
    CHECK(r.reason == "United States is observed 3rd, not ahead of 2nd");
    const rank_claim unknown{"FR"_country, "computing_power_rank", y2024, 4, {}, "claimant"};
    CHECK(ds.check(unknown).verdict == verdict::undetermined);
    CHECK(texts(ds.check(unknown).missing) ==
          std::vector<std::string>{"computing_power_rank of FR in 2024"});
  }
  SUBCASE("rank claims on a metric of values") {
    add("US"_country, counts::exact(count{900}));
    add("CN"_country, counts::exact(count{500}));
    add("GB"_country, counts::exact(count{100}));
    const auto claim = [](std::uint32_t position, std::vector<subject> ahead) {
      return rank_claim{"CN"_country, "ai_publications", y2024,
                        position,     std::move(ahead),  "claimant"};
    };
    CHECK(ds.check(claim(2, {"US"_country})).verdict == verdict::supported);
    CHECK(ds.check(claim(1, {})).verdict == verdict::contradicted);
    CHECK(ds.check(claim(2, {"GB"_country})).verdict == verdict::contradicted);
    const check_result r = ds.check(claim(3, {"US"_country, "IN"_country}));
    CHECK(r.verdict == verdict::undetermined);
    CHECK(texts(r.missing) == std::vector<std::string>{"ai_publications of IN in 2024"});
  }
  SUBCASE("a claim that does not fit its metric is refused, added or not") {
    CHECK_THROWS_AS(
        ds.check(share_claim{"CN"_country, "ai_publications", y2024, share{1, 2}, "claimant"}),
        dataset_error);
  }
  SUBCASE("comparison: a group's own figure may come from its members") {
    for (const country c : member_states(groups::eu, y2024)) add(c, counts::exact(count{10}));
    add("US"_country, counts::exact(count{100}));
    const comparison_claim c{groups::eu,     "ai_publications", y2024, comparison::more_than,
                             {"US"_country}, "claimant"};
    CHECK(ds.check(c).verdict == verdict::supported);  // 270 > 100
  }
  SUBCASE("share claims") {
    ds.add<m::top_open_source_models>("CN"_country, y2024, share{12, 15}, "synthetic");
    const auto claim = [](subject s, share v) {
      return share_claim{std::move(s), "top_open_source_models", y2024, v, "claimant"};
    };
    CHECK(ds.check(claim("CN"_country, share{12, 15})).verdict == verdict::supported);
    CHECK(ds.check(claim("CN"_country, share{11, 15})).verdict == verdict::contradicted);
    CHECK(ds.check(claim("US"_country, share{2, 15})).verdict == verdict::undetermined);
  }
  SUBCASE("describe") {
    CHECK(ds.describe(claim_more({"US"_country, "GB"_country, groups::eu})) ==
          "China: AI-related publications in 2024 more than those of United States, United "
          "Kingdom and European Union combined");
    CHECK(ds.describe(rank_claim{
              "CN"_country, "computing_power_rank", y2024, 2, {"US"_country}, "claimant"}) ==
          "China: 2nd (rank by total computing power, 2024), behind only United States");
  }
}

TEST_CASE("dataset.conflicts") {
  dataset ds = synthetic();
  ds.add<m::ai_publications>("CN"_country, y2024, count{500}, "synthetic");
  ds.add<m::ai_publications>("CN"_country, y2024, counts::between(count{400}, count{600}),
                             "synthetic");
  CHECK(ds.conflicts().empty());  // they agree
  ds.add<m::ai_publications>("CN"_country, y2024, counts::more_than(count{600}), "synthetic");
  ds.add<m::computing_power_rank>("US"_country, y2024, rank{1}, "synthetic");
  ds.add<m::computing_power_rank>("US"_country, y2024, rank{1, 190}, "synthetic");  // agrees
  ds.add<m::computing_power_rank>("CN"_country, y2024, rank{2}, "synthetic");
  ds.add<m::computing_power_rank>("IN"_country, y2024, rank{2}, "synthetic");
  ds.add(rank_claim{"CN"_country, "computing_power_rank", y2024, 3, {}, "synthetic"});
  const std::vector<conflict> found = ds.conflicts();
  REQUIRE(found.size() == 4);
  CHECK(found[0].kind == conflict_kind::disjoint_values);
  CHECK(found[0].description ==
        "AI-related publications of China in 2024: 500 (source synthetic) and more than 600 "
        "(source synthetic) cannot both be true");
  CHECK(found[1].kind == conflict_kind::disjoint_values);  // between 400 and 600 vs more than 600
  CHECK(found[2].kind == conflict_kind::same_rank);
  CHECK(found[2].description ==
        "China and India are both 2nd (rank by total computing power, 2024)");
  CHECK(found[3].kind == conflict_kind::rank_claim_contradicted);
  CHECK(found[3].claim == 0u);
  dataset shares = synthetic();
  shares.add<m::top_open_source_models>("CN"_country, y2024, share{12, 15}, "synthetic");
  shares.add<m::top_open_source_models>("CN"_country, y2024, share{20, 30}, "synthetic");
  CHECK(shares.conflicts().empty());  // two lists, both can be true
  shares.add<m::top_open_source_models>("CN"_country, y2024, share{11, 15}, "synthetic");
  CHECK(shares.conflicts().size() == 1);
}

TEST_CASE("dataset.json") {
  SUBCASE("the seed dataset reads and writes back byte for byte") {
    const std::string text = seed_text();
    const dataset ds = dataset::from_json(text);
    CHECK(ds.to_json() + "\n" == text);
    CHECK(dataset::from_json(ds.to_json(json::write_options{})).to_json() + "\n" == text);
  }
  SUBCASE("a synthetic dataset round-trips") {
    dataset ds = synthetic();
    ds.set_title("Synthetic");
    ds.add<m::ai_publications>(subject::aggregate({"US"_country, groups::eu}), y2024,
                               counts::approximately(count{900}, count{50}), "synthetic",
                               observation_status::provisional);
    ds.add<m::computing_power>(
        "US"_country, y2024,
        estimate<amount<units::exaflops>>::between(amount<units::exaflops>{0.1},
                                                   amount<units::exaflops>{0.30000000000000004}),
        "synthetic", observation_status::forecast);
    ds.add<m::computing_power_rank>("CN"_country, y2024, rank{2, 190}, "synthetic");
    ds.add(comparison_claim{"CN"_country,
                            "ai_publications",
                            y2024,
                            comparison::less_than,
                            {"US"_country, groups::eu},
                            "synthetic"});
    const std::string text = ds.to_json();
    const dataset back = dataset::from_json(text);
    CHECK(back.to_json() == text);
    REQUIRE(back.size() == ds.size());
    for (std::size_t i = 0; i < ds.size(); ++i) {
      CHECK(back[i].to_observation() == ds[i].to_observation());
    }
    CHECK(back.claims() == ds.claims());
    CHECK(back.title() == "Synthetic");
  }
  SUBCASE("an organization named only as a subject is written as an agent") {
    dataset ds = synthetic();
    const organization example{"Example Labs", organization_kind::company};
    ds.add<m::ai_publications>(example, y2024, count{7}, "synthetic");
    const dataset back = dataset::from_json(ds.to_json());
    CHECK(back[0].to_observation() == ds[0].to_observation());
  }
  SUBCASE("errors under keys with escapes still have a position") {
    const std::string text =
        R"({"format": "cited-dataset/1", "works": {}, "agents": {}, "products": [],)"
        "\n"
        R"("sources": {"caf\u00e9": [{"relation": "citing", "work": "nowhere"}]},)"
        R"("observations": [], "claims": []})";
    try {
      static_cast<void>(dataset::from_json(text));
      FAIL("no error");
    } catch (const json_error& e) {
      CHECK(std::string(e.what()) ==
            "2:58: at $.sources[\"caf\u00e9\"][0].work: unknown work id \"nowhere\"");
      CHECK(e.offset() == text.find("\"nowhere\""));
    }
  }
}

TEST_CASE("dataset.csv") {
  const dataset seed = dataset::from_json(seed_text());
  SUBCASE("observations round-trip against the same definitions") {
    const std::string csv = seed.to_csv();
    CHECK(
        csv.starts_with("metric,subject,period,value,bound,upper,tolerance,of,unit,status,"
                        "source\r\ncomputing_power_rank,CN,2025,2,exact,,,,\"\",normal,"
                        "computing-power-rank\r\n"));
    const dataset back = dataset::from_csv(csv, seed.definitions());
    CHECK(back.to_csv() == csv);
    REQUIRE(back.size() == seed.size());
    for (std::size_t i = 0; i < seed.size(); ++i) {
      CHECK(back[i].to_observation() == seed[i].to_observation());
    }
    CHECK(back.claims().empty());
  }
}

// Each bad input is refused with where and what, and no dataset comes out of it.
TEST_CASE("dataset.bad_input") {
  const std::string good = seed_text();
  const auto with = [&](std::string_view from, std::string_view to) {
    std::string text = good;
    const std::size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), to);
    return text;
  };
  const auto json_error_of = [](const std::string& text) -> std::string {
    try {
      static_cast<void>(dataset::from_json(text));
    } catch (const json_error& e) {
      return e.what();
    }
    return "no error";
  };
  SUBCASE("JSON") {
    CHECK(json_error_of(with(R"("subject": "CN",
      "period": "2024")",
                             R"("subject": "XX",
      "period": "2024")")) ==
          "392:18: at $.observations[1].subject: expected a subject: a country code such as "
          "\"CN\", group:<id>, region:<M49 code>, org:<name>, product:<name>, system:<name>, "
          "or such subjects joined by '+'; got \"XX\"");
    CHECK(json_error_of(with(R"("source": "ai-publications"
    },)",
                             R"("source": "ai-publication"
    },)")) == "398:17: at $.observations[1].source: unknown source id \"ai-publication\"");
    CHECK(json_error_of(with(R"("period": "2024")", R"("period": "2024-13")"))
              .starts_with("393:17: at $.observations[1].period: expected a period like 2024"));
    CHECK(json_error_of(with(R"("value": 23695,)", R"("value": -23695,)")) ==
          "394:16: at $.observations[1].value: a count is never negative, got \"-23695\"");
    CHECK(json_error_of(with(R"("value": 2,)", R"("value": 0,)")) ==
          "384:16: at $.observations[0].value: a rank starts at 1, got 0");
    CHECK(json_error_of(with(R"("value": 12,)", R"("value": 16,)")) ==
          "414:16: at $.observations[3].value: a share's k (16) exceeds n (15)");
    CHECK(json_error_of(with(R"("work": "dimensions")", R"("work": "dimension")")) ==
          "223:17: at $.sources[\"ai-publications\"][2].work: unknown work id \"dimension\"");
    CHECK(json_error_of(with(R"("metric": "ai_publications",
      "subject")",
                             R"("metric": "ai_publication",
      "subject")"))
              .find("at $.observations[1].metric: unknown metric \"ai_publication\"") !=
          std::string::npos);
    CHECK(json_error_of(with(R"("US",
          "GB",)",
                             R"("US",
          "UK",)"))
              .find("at $.claims[3].comparison.others[1]: expected a subject") !=
          std::string::npos);
    CHECK(json_error_of(with(R"("format": "cited-dataset/1")", R"("format": "cited-dataset/2")")) ==
          "2:13: at $.format: expected \"cited-dataset/1\", got \"cited-dataset/2\"");
    CHECK(json_error_of(good.substr(0, good.size() / 2)).find("unterminated string") !=
          std::string::npos);
  }
  SUBCASE("JSON, each error at the value it concerns") {
    // `from` replaced by `to` after the first `anchor`.
    const auto after = [&](std::string_view anchor, std::string_view from, std::string_view to) {
      std::string text = good;
      const std::size_t at = text.find(from, text.find(anchor));
      REQUIRE(at != std::string::npos);
      text.replace(at, from.size(), to);
      return json_error_of(text);
    };
    CHECK(after("\"claims\"", R"("source": "top-open-source-models")", R"("source": "nowhere")") ==
          "565:19: at $.claims[10].share.source: unknown source id \"nowhere\"");
    CHECK(after("\"claims\"", R"("source": "github-developer-community")",
                R"("source": "nowhere")") ==
          "533:19: at $.claims[7].rank.source: unknown source id \"nowhere\"");
    CHECK(after("\"claims\"", R"("metric": "top_open_source_models")", R"("metric": "nothing")") ==
          "559:19: at $.claims[10].share.metric: unknown metric \"nothing\"");
    CHECK(after("\"claims\"", R"("metric": "top_open_source_models")",
                R"("metric": "ai_publications")") ==
          "557:16: at $.claims[10].share: a share claim needs a share metric; ai_publications is "
          "not one");
    CHECK(after("\"claims\"", R"("subject": "CN")", R"("subject": "org:A+")") ==
          "464:20: at $.claims[1].rank.subject: unknown organization \"A\"; an organization "
          "named as a subject must be one of the agents");
    CHECK(after("", R"("agent": "nyt")", R"("agent": "nytimes")") ==
          "283:18: at $.sources[\"industrial-strategy\"][2].agent: unknown agent id \"nytimes\"");
    CHECK(after("\"observations\"", R"("value": 2,)", "") ==
          "380:5: at $.observations[0].value: a value is needed");  // at the record
    CHECK(after("\"observations\"", R"("value": 2,)", R"("value": null,)") ==
          "384:16: at $.observations[0].value: a value is needed");
    CHECK(after("\"observations\"", R"("bound": "exact")", R"("bound": "more_than")") ==
          "385:16: at $.observations[0].bound: computing_power_rank takes an exact rank or share");
    CHECK(after("\"observations\"", R"("of": 15,)", "") ==
          "410:5: at $.observations[3].of: a share needs n, the size of the list (\"of\")");
    CHECK(after("\"observations\"", R"("unit": "")", R"("unit": "m")") ==
          "386:15: at $.observations[0].unit: computing_power_rank is in no unit (\"\"), got "
          "\"m\"");
    CHECK(after("\"observations\"", R"("value": 23695,)", R"("value": 23695, "upper": -2,)") ==
          "394:32: at $.observations[1].upper: a count is never negative, got \"-2\"");
    CHECK(after("\"products\"", R"("name": "Qwen")", R"("name": "Qwen+2")") ==
          "204:15: at $.products[0].name: a product's name must not be empty or contain '+' to be "
          "a subject, got \"Qwen+2\"");
    CHECK(after("\"works\"", R"("brnn-article")", R"("")") ==
          "25:12: at $.works: a work's id is empty");
    CHECK(json_error_of(R"({"format": "cited-dataset/1", "works": {}, "agents": {}, )"
                        R"("products": [], "sources": {"x": []}, "observations": [], )"
                        R"("claims": []})") ==
          "1:91: at $.sources.x: a provenance chain needs at least one hop");
  }
  SUBCASE("CSV") {
    const dataset seed = dataset::from_json(good);
    const std::string header =
        "metric,subject,period,value,bound,upper,tolerance,of,unit,status,source\r\n";
    const auto csv_error_of = [&](const std::string& rows) {
      const auto r = [&] {
        try {
          static_cast<void>(dataset::from_csv(header + rows, seed.definitions()));
        } catch (const csv_error& e) {
          return support::parts(e);
        }
        return support::csv_error_parts{};
      }();
      return r;
    };
    const std::string ok = "ai_publications,CN,2024,23695,exact,,,,\"\",normal,ai-publications\r\n";
    CHECK(csv_error_of(ok + "ai_publications,XX,2024,1,exact,,,,\"\",normal,ai-publications\r\n")
              .column == 2);
    CHECK(csv_error_of(ok + "ai_publications,XX,2024,1,exact,,,,\"\",normal,ai-publications\r\n")
              .row == 3);
    const support::csv_error_parts unknown_source =
        csv_error_of("ai_publications,CN,2024,1,exact,,,,\"\",normal,nowhere\r\n");
    CHECK(unknown_source.row == 2);
    CHECK(unknown_source.column == 11);
    CHECK(unknown_source.field == "source");
    CHECK(unknown_source.reason == "unknown source id \"nowhere\"");
    CHECK(csv_error_of("ai_publications,CN,2024-13,1,exact,,,,\"\",normal,ai-publications\r\n")
              .field == "period");
    CHECK(csv_error_of("ai_publications,CN,2024,-1,exact,,,,\"\",normal,ai-publications\r\n")
              .reason == "a count is never negative, got \"-1\"");
    CHECK(
        csv_error_of("computing_power_rank,CN,2025,0,exact,,,,\"\",normal,computing-power-rank\r\n")
            .reason == "a rank starts at 1, got 0");
    const support::csv_error_parts k_over_n = csv_error_of(
        "top_open_source_models,CN,2025,16,exact,,,15,\"\",normal,top-open-source-models\r\n");
    CHECK(k_over_n.reason == "a share's k (16) exceeds n (15)");
    CHECK(k_over_n.column == 4);
    CHECK(csv_error_of("computing_power,CN,2025,1,exact,,,,\"\",normal,computing-power-rank\r\n")
              .reason == "computing_power is in \"EFLOP/s\", got \"\"");
  }
  SUBCASE("CSV, each error at the cell it concerns") {
    const dataset seed = dataset::from_json(good);
    const auto csv_error_of = [&](const std::string& text) -> std::string {
      try {
        static_cast<void>(dataset::from_csv(text, seed.definitions()));
      } catch (const csv_error& e) {
        return e.what();
      }
      return "no error";
    };
    const std::string header =
        "metric,subject,period,value,bound,upper,tolerance,of,unit,status,source\r\n";
    const std::string ok = "ai_publications,CN,2024,23695,exact,,,,\"\",normal,ai-publications\r\n";
    CHECK(csv_error_of(header + ok + ok +
                       "ai_publications,CN,2024,1,exact,,,,\"\",normal,nowhere\r\n") ==
          "row 4, column 11 (source): unknown source id \"nowhere\"");
    CHECK(csv_error_of("source,metric,subject,period,value,bound,unit,status\r\n"
                       "ai-publications,ai_publications,CN,2024,1,exact,,normal\r\n"
                       "nowhere,ai_publications,CN,2024,1,exact,,normal\r\n") ==
          "row 3, column 1 (source): unknown source id \"nowhere\"");
    CHECK(csv_error_of(
              header +
              "computing_power_rank,CN,2025,,exact,,,,\"\",normal,computing-power-rank\r\n") ==
          "row 2, column 4 (value): a value is needed");
    CHECK(
        csv_error_of("metric,subject,period,value,bound,unit,status,source\r\n"
                     "top_open_source_models,CN,2025,3,exact,,normal,top-open-source-models\r\n") ==
        "row 2 (of): a share needs n, the size of the list (\"of\")");  // no such column
    CHECK(csv_error_of(
              header +
              "top_open_source_models,CN,2025,3,exact,,,,\"\",normal,top-open-source-models"
              "\r\n") == "row 2, column 8 (of): a share needs n, the size of the list (\"of\")");
    CHECK(csv_error_of(header + "ai_publications,CN,2024,1,exact,,,,\"\",normal,\"a\nb\"\r\n" +
                       "ai_publications,CN,2024,1,exact,,,,\"\",normal,nowhere\r\n") ==
          "row 2, column 11 (source): unknown source id \"a\\u000Ab\"");
  }
}

TEST_CASE("dataset.seed") {
  const dataset ds = dataset::from_json(seed_text());
  SUBCASE("every figure of the article and of the press release, and no other") {
    REQUIRE(ds.size() == 7);
    const period y2025 = period::parse("2025");
    CHECK(ds.find("computing_power_rank", "CN"_country, y2025)[0].value() == figure(rank{2}));
    CHECK(ds.find("ai_publications", "CN"_country, y2024)[0].value() ==
          figure(counts::exact(count{23695})));
    CHECK(ds.find("github_developer_community_rank", "CN"_country, y2025)[0].value() ==
          figure(rank{3}));
    CHECK(ds.find("top_open_source_models", "CN"_country, y2025)[0].value() ==
          figure(share{12, 15}));
    CHECK(ds.find("derivative_models", ds.parse_subject("product:Qwen"), y2025)[0].value() ==
          figure(counts::more_than(count{100000})));
    CHECK(ds.find("active_ai_researchers", "CN"_country, y2025)[0].value() ==
          figure(counts::exact(count{30000})));
    CHECK(ds.find("ai_citation_attention_share", "CN"_country, y2025)[0].value() ==
          figure(estimate<double>::more_than(40.0)));
    CHECK(ds.find("ai_publications", "US"_country, y2024).empty());  // neither source gives one
  }
  SUBCASE("its chains are the ones in cited/catalog/seed.hpp") {
    CHECK(ds.source("ai-publications") == seed::ai_publications());
    CHECK(ds.source("computing-power-rank") == seed::computing_power_rank());
    CHECK(ds.source("github-developer-community") == seed::github_developer_community_rank());
    CHECK(ds.source("top-open-source-models") == seed::top_open_source_models());
    CHECK(ds.source("qwen-derivative-models") == seed::qwen_derivative_models());
    CHECK(ds.source("digital-science-remark") == seed::digital_science_remark());
    CHECK(ds.source("industrial-strategy") == seed::industrial_strategy());
    CHECK(ds.source("kevin-xu-remark") == seed::kevin_xu_remark());
    CHECK(ds.source("open-source-adoption") == seed::open_source_adoption());
    CHECK(ds.source("open-source-contributors") == seed::open_source_contributors());
    CHECK(ds.source("open-source-licences") == seed::open_source_licences());
    CHECK(ds.source("digital-science-press-release") == seed::press_release_figures());
  }
  SUBCASE("verdicts: figures are self-reported, statements not checkable, comparisons open") {
    REQUIRE(ds.claims().size() == 13);
    std::vector<verdict> verdicts;
    for (const claim& c : ds.claims()) verdicts.push_back(ds.check(c).verdict);
    using enum verdict;
    CHECK(verdicts == std::vector<verdict>{
                          not_checkable, self_reported, not_checkable, undetermined, not_checkable,
                          not_checkable, not_checkable, self_reported, not_checkable, not_checkable,
                          self_reported, not_checkable, undetermined});
    CHECK(texts(ds.check(ds.claims()[3]).missing) ==
          std::vector<std::string>{"ai_publications of US in 2024", "ai_publications of GB in 2024",
                                   "ai_publications of group:EU in 2024",
                                   "ai_publications of CN in 2024"});  // from its own origin only
  }
  SUBCASE("the article's \"more than\" and the press release's \"matched\" disagree") {
    const std::vector<conflict> conflicts = ds.conflicts();
    REQUIRE(conflicts.size() == 1);
    CHECK(conflicts[0].kind == conflict_kind::claims_disagree);
    CHECK(conflicts[0].claim == 3u);
    CHECK(conflicts[0].other_claim == 12u);
    const auto& article = std::get<comparison_claim>(ds.claims()[3]);
    const auto& release = std::get<comparison_claim>(ds.claims()[12]);
    CHECK(article.relation == comparison::more_than);
    CHECK(article.source == "ai-publications");
    CHECK(release.relation == comparison::about_equal);
    CHECK(release.source == "digital-science-press-release");
    CHECK(release.others == article.others);
  }
}

TEST_CASE("dataset.builtins") {
  SUBCASE("a default dataset knows no metric or group") {
    const dataset ds;
    CHECK(ds.metrics().empty());
    CHECK_FALSE(ds.find_metric("ai_publications"));
    CHECK_FALSE(ds.find_group("EU"));
    CHECK_THROWS_AS(static_cast<void>(ds.parse_subject("group:EU")), dataset_error);
    CHECK_THROWS_AS(static_cast<void>(ds.find("ai_publications", y2024)), dataset_error);
  }
  SUBCASE("with_builtins: the seed's metrics and the four groups") {
    const dataset ds{with_builtins};
    CHECK(ds.metrics().size() == 6);
    for (const metric_info& m : m::builtin) CHECK(ds.find_metric(m.id) != nullptr);
    CHECK(*ds.find_metric("ai_publications") == metric_info::of<m::ai_publications>());
    for (const std::string_view g :
         {"EU", "EA", "G7", "G8", "G20", "BRICS", "OECD", "ASEAN", "NATO", "AU"})
      CHECK(ds.find_group(g));
    CHECK(ds.parse_subject("group:G7") == subject(groups::g7));
  }
  SUBCASE("add<M> makes M known in an empty dataset, and a claim its groups") {
    dataset ds;
    ds.add_source("synthetic", synthetic_source());
    ds.add<m::ai_publications>("CN"_country, y2024, count{1}, "synthetic");
    CHECK(ds.metrics().size() == 1);
    ds.add(comparison_claim{
        "CN"_country, "ai_publications", y2024, comparison::more_than, {groups::eu}, "synthetic"});
    CHECK(ds.find_group("EU"));
  }
  SUBCASE("a document is read against definitions") {
    const dataset seed = dataset::from_json(seed_text(), dataset{with_builtins});
    CHECK(seed.size() == 7);
    CHECK(dataset::from_json(seed_text()).to_json() == seed.to_json());
    CHECK_THROWS_WITH_AS(static_cast<void>(dataset::from_json(seed_text(), dataset{})),
                         doctest::Contains("unknown metric"), json_error);
    CHECK(dataset::from_document(seed.to_document(), dataset{with_builtins}).size() == 7);
  }
}

TEST_CASE("dataset_error") {
  dataset ds = synthetic();
  const auto kind_of_error = [](auto&& fn) -> std::pair<dataset_errc, std::string> {
    try {
      fn();
    } catch (const dataset_error& e) {
      return {e.kind(), e.id()};
    }
    FAIL("no dataset_error");
    return {};
  };
  using result = std::pair<dataset_errc, std::string>;
  SUBCASE("unknown ids") {
    CHECK(kind_of_error([&] { static_cast<void>(ds.find("nothing", y2024)); }) ==
          result{dataset_errc::unknown_metric, "nothing"});
    CHECK(kind_of_error([&] { static_cast<void>(ds.parse_subject("group:XX")); }) ==
          result{dataset_errc::unknown_subject, "group:XX"});
    CHECK(kind_of_error([&] { static_cast<void>(ds.parse_subject("org:Nobody")); }) ==
          result{dataset_errc::unknown_subject, "org:Nobody"});
    CHECK(kind_of_error([&] { static_cast<void>(ds.source("elsewhere")); }) ==
          result{dataset_errc::unknown_source, "elsewhere"});
    CHECK(kind_of_error([&] {
            ds.add<m::ai_publications>("CN"_country, y2024, count{1}, "elsewhere");
          }) == result{dataset_errc::unknown_source, "elsewhere"});
  }
  SUBCASE("ids taken") {
    CHECK(kind_of_error([&] { ds.add_group(groups::eu); }) ==
          result{dataset_errc::duplicate_id, "EU"});
    CHECK(kind_of_error([&] {
            ds.add_metric(
                metric_info{"ai_publications", "other", value_kind::rank, "", false, false});
          }) == result{dataset_errc::duplicate_id, "ai_publications"});
    CHECK(kind_of_error([&] {
            ds.add_source("synthetic", provenance{relation::according_to, seed::alibaba()});
          }) == result{dataset_errc::duplicate_id, "synthetic"});
  }
  SUBCASE("figures and claims that do not fit their metric") {
    CHECK(kind_of_error([&] {
            ds.add(observation{"CN"_country, "computing_power_rank", y2024, counts::exact(count{1}),
                               "synthetic"});
          }) == result{dataset_errc::wrong_figure_kind, "computing_power_rank"});
    CHECK(kind_of_error([&] {
            ds.add(share_claim{"CN"_country, "ai_publications", y2024, share{1, 2}, "synthetic"});
          }) == result{dataset_errc::wrong_figure_kind, "ai_publications"});
    CHECK(kind_of_error([&] {
            ds.add(rank_claim{"CN"_country, "ai_publications", y2024, 0, {}, "synthetic"});
          }).first == dataset_errc::bad_claim);
    CHECK(kind_of_error([&] {
            ds.add(observation{"CN"_country, "ai_publications", y2024,
                               counts::exact(count{std::uint64_t{1} << 53}), "synthetic"});
          }).first == dataset_errc::too_large);
  }
  SUBCASE("totals") {
    CHECK(kind_of_error([&] {
            static_cast<void>(ds.total("computing_power_rank", "CN"_country, y2024));
          }) == result{dataset_errc::not_additive, "computing_power_rank"});
    CHECK(kind_of_error([&] {
            static_cast<void>(
                ds.total("ai_publications", subject::aggregate({"GB"_country, groups::eu}), y2019));
          }) == result{dataset_errc::double_counting, "GB"});
    CHECK(kind_of_error([&] {
            static_cast<void>(ds.total("ai_publications", groups::eu, period::parse("2020")));
          }) == result{dataset_errc::membership_changed, "group:EU"});
  }
  SUBCASE("the text is as it was, and the error is an invalid_argument") {
    try {
      static_cast<void>(ds.find("nothing", y2024));
      FAIL("no error");
    } catch (const std::invalid_argument& e) {
      CHECK(std::string_view(e.what()) == "unknown metric \"nothing\"");
    }
    CHECK(enum_name(dataset_errc::double_counting) == "double_counting");
  }
}

}  // namespace dataset_test
