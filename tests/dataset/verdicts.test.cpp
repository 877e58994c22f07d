// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/dataset.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

// The figures here are synthetic: made up to exercise the rules, they say nothing about the
// countries they name. "Example Institute", "Example Newspaper" and "Example Agency" are
// placeholders.
namespace verdicts_test {

using namespace cited;
using namespace cited::literals;
namespace m = cited::metrics;

using counts = estimate<count>;

const period y2024 = period::parse("2024");

const organization institute{"Example Institute", organization_kind::research_firm};
const organization newspaper{"Example Newspaper", organization_kind::newspaper};
const organization agency{"Example Agency", organization_kind::government_body};

// Three sources with three origins, and a fourth that reaches the institute through the
// newspaper: the same origin as "institute".
dataset sources() {
  dataset ds{with_builtins};
  ds.add_source("institute", provenance{relation::published_by, institute});
  ds.add_source("newspaper", provenance{relation::published_by, newspaper});
  ds.add_source("agency", provenance{relation::published_by, agency});
  ds.add_source("newspaper-citing-institute", provenance{relation::published_by, newspaper}.then(
                                                  relation::according_to, institute));
  return ds;
}

std::vector<stance> stances(const check_result& r) {
  std::vector<stance> out;
  for (const evidence& e : r.evidence) out.push_back(e.stance);
  return out;
}

std::vector<std::string> texts(const std::vector<figure_key>& keys) {
  std::vector<std::string> out;
  for (const figure_key& k : keys) out.push_back(k.to_string());
  return out;
}

TEST_CASE("check.evidence") {
  dataset ds = sources();
  const rank_claim second{"CN"_country, "computing_power_rank", y2024, 2, {"US"_country},
                          "institute"};
  const auto add = [&](std::uint32_t place, const char* source) {
    ds.add<m::computing_power_rank>("CN"_country, y2024, rank{place}, source);
  };

  SUBCASE("the claim's own origin alone is self-reported, not support") {
    add(2, "institute");
    const check_result r = ds.check(second);
    CHECK(r.verdict == verdict::self_reported);
    REQUIRE(r.evidence.size() == 1);
    CHECK(r.evidence[0].self_reported);
    CHECK(r.evidence[0].stance == stance::supports);
    CHECK(r.evidence[0].origin == origin::of(ds.source("institute")));
    CHECK(r.reason ==
          "China is observed 2nd; only the claim's own origin, Example Institute, gives figures "
          "that bear it out");
    CHECK(texts(r.missing) == std::vector<std::string>{"computing_power_rank of CN in 2024"});
  }
  SUBCASE("another source with the same primary origin is still self-reported") {
    add(2, "newspaper-citing-institute");
    const check_result r = ds.check(second);
    CHECK(r.verdict == verdict::self_reported);
    CHECK(r.evidence[0].self_reported);
  }
  SUBCASE("an independent figure supports it") {
    add(2, "institute");
    add(2, "newspaper");
    const check_result r = ds.check(second);
    CHECK(r.verdict == verdict::supported);
    REQUIRE(r.evidence.size() == 2);  // every observation, not only the first
    CHECK(r.used.size() == 2);
    CHECK(r.missing.empty());
    CHECK(std::count_if(r.evidence.begin(), r.evidence.end(),
                        [](const evidence& e) { return e.self_reported; }) == 1);
  }
  SUBCASE("independent figures for and against: disputed") {
    add(2, "newspaper");
    add(3, "agency");
    const check_result r = ds.check(second);
    CHECK(r.verdict == verdict::disputed);
    CHECK(stances(r) == std::vector<stance>{stance::supports, stance::contradicts});
    CHECK(r.reason ==
          "1 figure bears it out (Example Newspaper) and 1 figure contradicts it (Example Agency)");
  }
  SUBCASE("the own origin's support does not outweigh an independent contradiction") {
    add(2, "institute");
    add(3, "agency");
    const check_result r = ds.check(second);
    CHECK(r.verdict == verdict::contradicted);
    CHECK(r.reason == "1 figure contradicts it (Example Agency)");
  }
  SUBCASE("a figure of the claim's own origin can contradict it") {
    add(3, "institute");
    CHECK(ds.check(second).verdict == verdict::contradicted);
  }
  SUBCASE("nothing observed: undetermined, with no evidence") {
    const check_result r = ds.check(second);
    CHECK(r.verdict == verdict::undetermined);
    CHECK(r.evidence.empty());
  }
}

TEST_CASE("check.comparison") {
  dataset ds = sources();
  const auto add = [&](const subject& s, counts v, const char* source) {
    ds.add<m::ai_publications>(s, y2024, v, source);
  };
  const auto claim = [](comparison relation, double tolerance = 0) {
    return comparison_claim{"CN"_country,   "ai_publications", y2024,    relation,
                            {"US"_country}, "institute",       tolerance};
  };

  SUBCASE("every observation of every key is weighed, against the others' range") {
    add("CN"_country, counts::exact(count{500}), "newspaper");
    add("CN"_country, counts::exact(count{200}), "agency");
    add("US"_country, counts::exact(count{300}), "newspaper");
    const check_result r = ds.check(claim(comparison::more_than));
    CHECK(r.verdict == verdict::disputed);
    CHECK(stances(r) ==
          std::vector<stance>{stance::supports, stance::contradicts, stance::neither});
  }
  SUBCASE("the subject's own figure from the claim's origin: self-reported") {
    add("CN"_country, counts::exact(count{500}), "institute");
    add("US"_country, counts::exact(count{300}), "newspaper");
    const check_result r = ds.check(claim(comparison::more_than));
    CHECK(r.verdict == verdict::self_reported);
    CHECK(texts(r.missing) == std::vector<std::string>{"ai_publications of CN in 2024"});
  }
  SUBCASE("about equal, within a relative tolerance of the others' figure") {
    add("CN"_country, counts::exact(count{1000}), "newspaper");
    add("US"_country, counts::exact(count{1040}), "agency");
    const check_result r = ds.check(claim(comparison::about_equal, 0.05));
    CHECK(r.verdict == verdict::supported);
    CHECK(r.reason == "1,000 is within 5% of the combined figure of United States, 1,040");
    CHECK(ds.check(claim(comparison::about_equal, 0.01)).verdict == verdict::contradicted);
    CHECK(ds.check(claim(comparison::about_equal)).verdict == verdict::contradicted);
  }
  SUBCASE("about equal: an interval that straddles the tolerance leaves it open") {
    add("CN"_country, counts::exact(count{1000}), "newspaper");
    add("US"_country, counts::between(count{1000}, count{1200}), "agency");
    CHECK(ds.check(claim(comparison::about_equal, 0.05)).verdict == verdict::undetermined);
  }
  SUBCASE("a tolerance goes with about equal only, and is below 1") {
    CHECK_THROWS_WITH_AS(ds.check(claim(comparison::more_than, 0.05)),
                         "a tolerance goes with an about-equal comparison only", dataset_error);
    CHECK_THROWS_AS(ds.check(claim(comparison::about_equal, 1.5)), dataset_error);
    CHECK_THROWS_AS(ds.check(claim(comparison::about_equal, -0.1)), dataset_error);
  }
  SUBCASE("describe") {
    CHECK(ds.describe(claim(comparison::about_equal, 0.05)) ==
          "China: AI-related publications in 2024 within 5% of those of United States alone");
  }
}

TEST_CASE("conflicts.claims_disagree") {
  dataset ds = sources();
  const auto claim = [](subject a, subject b, comparison relation, const char* source) {
    return comparison_claim{a,
                            "ai_publications",
                            y2024,
                            relation,
                            {b},
                            source,
                            relation == comparison::about_equal ? 0.05 : 0.0};
  };
  SUBCASE("more than and about equal, from different sources") {
    ds.add(claim("CN"_country, "US"_country, comparison::more_than, "institute"));
    ds.add(claim("CN"_country, "US"_country, comparison::about_equal, "newspaper"));
    const std::vector<conflict> found = ds.conflicts();
    REQUIRE(found.size() == 1);
    CHECK(found[0].kind == conflict_kind::claims_disagree);
    CHECK(found[0].claim == 0u);
    CHECK(found[0].other_claim == 1u);
    CHECK(found[0].description ==
          "China: AI-related publications in 2024 more than those of United States alone (source "
          "institute) and China: AI-related publications in 2024 within 5% of those of United "
          "States alone (source newspaper) cannot both hold");
  }
  SUBCASE("the same comparison read from the other side") {
    ds.add(claim("CN"_country, "US"_country, comparison::more_than, "institute"));
    ds.add(claim("US"_country, "CN"_country, comparison::less_than, "newspaper"));  // agrees
    CHECK(ds.conflicts().empty());
    ds.add(claim("US"_country, "CN"_country, comparison::more_than, "agency"));
    CHECK(ds.conflicts().size() == 2);  // with each of the others
  }
  SUBCASE("one source's claims, or other periods, are not compared") {
    ds.add(claim("CN"_country, "US"_country, comparison::more_than, "institute"));
    ds.add(claim("CN"_country, "US"_country, comparison::less_than, "institute"));
    comparison_claim later = claim("CN"_country, "US"_country, comparison::less_than, "agency");
    later.period = period::parse("2023");
    ds.add(later);
    CHECK(ds.conflicts().empty());
  }
}

TEST_CASE("check.rank") {
  dataset ds = sources();
  const auto add = [&](const subject& s, std::uint64_t v) {
    ds.add<m::ai_publications>(s, y2024, count{v}, "newspaper");
  };
  SUBCASE("subjects named behind: ranked first, ahead of B and C") {
    add("CN"_country, 900);
    add("US"_country, 500);
    add("GB"_country, 100);
    rank_claim first{"CN"_country, "ai_publications", y2024, 1, {}, "institute"};
    first.behind = {"US"_country, "GB"_country};
    CHECK(ds.check(first).verdict == verdict::supported);
    CHECK(ds.describe(first) ==
          "China: 1st by AI-related publications in 2024, ahead of United States and United "
          "Kingdom");
    rank_claim second{"US"_country, "ai_publications", y2024, 2, {"CN"_country}, "institute"};
    second.behind = {"GB"_country};
    CHECK(ds.check(second).verdict == verdict::supported);
    second.behind = {"CN"_country};
    CHECK(ds.check(second).verdict == verdict::contradicted);
  }
  SUBCASE("subjects named behind on a metric of places") {
    ds.add<m::computing_power_rank>("US"_country, y2024, rank{1}, "newspaper");
    ds.add<m::computing_power_rank>("CN"_country, y2024, rank{2}, "newspaper");
    rank_claim c{"US"_country, "computing_power_rank", y2024, 1, {}, "institute"};
    c.behind = {"CN"_country, "IN"_country};  // IN needs no figure of its own
    CHECK(ds.check(c).verdict == verdict::supported);
    c = rank_claim{"CN"_country, "computing_power_rank", y2024, 2, {}, "institute"};
    c.behind = {"US"_country};
    CHECK(ds.check(c).verdict == verdict::contradicted);
  }
  SUBCASE("a place among the members of a group") {
    add("US"_country, 5000);  // not a member: not counted
    add("DE"_country, 900);
    add("FR"_country, 500);
    add("IT"_country, 100);
    rank_claim fastest{"DE"_country, "ai_publications", y2024, 1, {}, "institute"};
    fastest.among = subject(groups::eu);
    const check_result r = ds.check(fastest);
    CHECK(r.verdict == verdict::supported);
    CHECK(r.evidence.size() == 3);  // the members' figures only
    CHECK(ds.describe(fastest) ==
          "Germany: 1st among the members of European Union by AI-related publications in 2024");
    rank_claim fr = fastest;
    fr.subject = "FR"_country;
    CHECK(ds.check(fr).verdict == verdict::contradicted);
    rank_claim us = fastest;
    us.subject = "US"_country;
    const check_result not_member = ds.check(us);
    CHECK(not_member.verdict == verdict::contradicted);
    CHECK(not_member.reason == "United States is not a member of European Union in 2024");
    fastest.among = "US"_country;
    CHECK_THROWS_WITH_AS(ds.check(fastest), "a rank among others needs a group, not US",
                         dataset_error);
  }
  SUBCASE("among a group: when every member has a figure, the place is known") {
    for (const country c : groups::g7.members_throughout(y2024)) add(c, 100);
    ds.add<m::ai_publications>("JP"_country, y2024, count{50}, "agency");  // a second figure
    rank_claim last{"JP"_country, "ai_publications", y2024, 7, {}, "institute"};
    last.among = subject(groups::g7);
    CHECK(ds.check(last).verdict == verdict::disputed);  // 100 ties for 1st, 50 is 7th
    rank_claim third = last;
    third.position = 8;
    CHECK(ds.check(third).verdict == verdict::contradicted);  // there are only 7 members
  }
  SUBCASE("among a group on a metric of places: the members' places order them") {
    ds.add<m::computing_power_rank>("DE"_country, y2024, rank{5}, "newspaper");
    ds.add<m::computing_power_rank>("FR"_country, y2024, rank{8}, "newspaper");
    rank_claim c{"DE"_country, "computing_power_rank", y2024, 1, {}, "institute"};
    c.among = subject(groups::eu);
    CHECK(ds.check(c).verdict == verdict::supported);
    c.subject = "FR"_country;
    CHECK(ds.check(c).verdict == verdict::contradicted);
  }
}

TEST_CASE("check.total") {
  dataset ds = sources();
  const subject g7 = groups::g7;
  const auto claim = [&](counts bound) {
    return total_claim{g7, "ai_publications", y2024, figure(bound), "institute"};
  };
  const std::vector<country> members = groups::g7.members_throughout(y2024);
  REQUIRE(members.size() == 7);
  SUBCASE("the members' figures added up, against the bound") {
    for (const country c : members) {
      ds.add<m::ai_publications>(c, y2024, count{50}, "newspaper");
    }
    CHECK(ds.check(claim(counts::more_than(count{300}))).verdict == verdict::supported);
    const check_result r = ds.check(claim(counts::more_than(count{400})));
    CHECK(r.verdict == verdict::contradicted);
    CHECK(r.reason == "the total of Group of Seven, 350, is not more than 400");
    CHECK(r.evidence.size() == 7);
    CHECK(ds.describe(claim(counts::more_than(count{300}))) ==
          "Group of Seven: AI-related publications in 2024 together more than 300");
  }
  SUBCASE("figures missing: a lower bound may settle it, else they are named") {
    ds.add<m::ai_publications>("US"_country, y2024, count{400}, "newspaper");
    CHECK(ds.check(claim(counts::more_than(count{300}))).verdict == verdict::supported);
    const check_result r = ds.check(claim(counts::more_than(count{500})));
    CHECK(r.verdict == verdict::undetermined);
    CHECK(r.missing.size() == 6);
  }
  SUBCASE("only the claim's own origin: self-reported") {
    for (const country c : members) {
      ds.add<m::ai_publications>(c, y2024, count{50}, "institute");
    }
    CHECK(ds.check(claim(counts::more_than(count{300}))).verdict == verdict::self_reported);
  }
  SUBCASE("the bound fits the metric") {
    CHECK_THROWS_AS(
        ds.check(total_claim{g7, "ai_publications", y2024, figure(rank{1}), "institute"}),
        dataset_error);
    CHECK_THROWS_AS(ds.check(total_claim{g7, "computing_power_rank", y2024,
                                         figure(counts::exact(count{1})), "institute"}),
                    dataset_error);
  }
}

TEST_CASE("check.statement") {
  dataset ds = sources();
  const statement_claim s{
      {"CN"_country}, "we should anticipate a wave of innovation from China", "institute"};
  ds.add(s);
  const check_result r = ds.check(s);
  CHECK(r.verdict == verdict::not_checkable);
  CHECK(r.evidence.empty());
  CHECK(ds.describe(s) == "China: we should anticipate a wave of innovation from China");
  statement_claim quoted = s;
  quoted.words = "expects a wave of innovation";
  quoted.quote = "we should anticipate a wave of innovation";
  ds.add(quoted);
  CHECK(ds.describe(quoted) ==
        "China: expects a wave of innovation (\"we should anticipate a wave of innovation\")");
  CHECK(dataset::from_json(ds.to_json()).claims().back() == claim{quoted});
  quoted.quote = "";
  CHECK_THROWS_WITH_AS(ds.add(quoted), doctest::Contains("a statement's quote is empty"),
                       dataset_error);
  CHECK_THROWS_AS(ds.add(statement_claim{{"CN"_country}, "", "institute"}), dataset_error);
  CHECK_THROWS_AS(ds.add(statement_claim{{}, "words", "institute"}), dataset_error);
  CHECK_THROWS_AS(ds.add(statement_claim{{"CN"_country}, "words", "nowhere"}), dataset_error);
}

TEST_CASE("claims.json") {
  dataset ds = sources();
  rank_claim first{"CN"_country, "ai_publications", y2024, 1, {}, "institute"};
  first.behind = {"US"_country};
  first.among = subject(groups::brics);
  ds.add(first);
  ds.add(comparison_claim{"CN"_country,
                          "ai_publications",
                          y2024,
                          comparison::about_equal,
                          {"US"_country},
                          "newspaper",
                          0.05});
  ds.add(total_claim{groups::g7, "ai_publications", y2024, figure(counts::more_than(count{300})),
                     "agency"});
  ds.add(statement_claim{{"CN"_country, "US"_country}, "a race", "agency"});

  SUBCASE("the new claims round-trip") {
    const std::string text = ds.to_json();
    const dataset back = dataset::from_json(text);
    CHECK(back.claims() == ds.claims());
    CHECK(back.to_json() == text);
    CHECK(text.find("\"behind\": [\n") != std::string::npos);
    CHECK(text.find("\"among\": \"group:BRICS\"") != std::string::npos);
    CHECK(text.find("\"tolerance\": 0.05") != std::string::npos);
  }
  SUBCASE("a rank record without behind and among still loads") {
    const std::string text = R"({"format": "cited-dataset/1", "works": {}, "agents": {},
      "products": [], "sources": {"s": [{"relation": "published_by", "agent": "a"}]},
      "observations": [], "claims": [{"rank": {"subject": "CN", "metric": "ai_publications",
      "period": "2024", "position": 1, "ahead": [], "source": "s"}}]})";
    const std::string with_agent = std::string(text).replace(
        text.find("\"agents\": {}"), 12,
        R"("agents": {"a": {"organization": {"name": "Example Agency", "kind": "other"}}})");
    const dataset back = dataset::from_json(with_agent);
    REQUIRE(back.claims().size() == 1);
    CHECK(std::get<rank_claim>(back.claims()[0]).behind.empty());
    CHECK_FALSE(std::get<rank_claim>(back.claims()[0]).among);
  }
  SUBCASE("bad records are refused at the member at fault") {
    std::string text = ds.to_json();
    const auto bad = [&](std::string_view from, std::string_view to) {
      std::string t = text;
      const std::size_t at = t.find(from);
      REQUIRE(at != std::string::npos);
      t.replace(at, from.size(), to);
      try {
        static_cast<void>(dataset::from_json(t));
      } catch (const std::exception& e) {
        return std::string(e.what());
      }
      return std::string("loaded");
    };
    CHECK(bad("\"value\": 300", "\"value\": 300.5").find("$.claims[2].total.value") !=
          std::string::npos);
    CHECK(bad("\"among\": \"group:BRICS\"", "\"among\": \"group:NOPE\"")
              .find("$.claims[0].rank.among") != std::string::npos);
    CHECK(bad("\"among\": \"group:BRICS\"", "\"among\": \"US\"").find("needs a group") !=
          std::string::npos);
    CHECK(bad("\"tolerance\": 0.05", "\"tolerance\": 2").find("$.claims[1].comparison") !=
          std::string::npos);
    CHECK(bad("\"words\": \"a race\"", "\"words\": \"\"").find("needs its words") !=
          std::string::npos);
  }
}

}  // namespace verdicts_test
