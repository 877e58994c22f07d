// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0
//
// UN M49 regions as dataset subjects (`region:030`): totals over their members, ranks among their
// members, containment, and round trips through JSON and CSV. The figures are made up.

#include <cited/dataset.hpp>

#include <doctest/doctest.h>

#include "dataset/fixtures.hpp"

#include <algorithm>
#include <string>
#include <vector>

namespace dataset_regions_test {

using namespace cited;
using dataset_fixtures::synthetic_dataset;
using dataset_fixtures::what_of;

/// A made-up count: papers on a made-up topic.
struct test_papers {
  using value_type = count;
  static constexpr std::string_view id = "test_papers";
  static constexpr std::string_view name = "test papers";
  static constexpr bool additive = true;
  static constexpr bool higher_is_better = true;
};

const period y2024 = period::parse("2024");

// Every member of Eastern Asia (CN HK JP KP KR MN MO TW), Germany and France, and Europe as a
// whole; CN 1st among Eastern Asia, JP 1st (wrong), Eastern Asia at least 900 in all, Europe more
// than China.
dataset build() {
  dataset ds = synthetic_dataset();
  ds.add_metric<test_papers>();
  // The claims come from elsewhere, so that the figures can support them.
  ds.add_source("claims", provenance{relation::stated_by,
                                     organization{"Example News", organization_kind::news_site}});
  const std::pair<const char*, std::uint64_t> figures[] = {
      {"CN", 500}, {"HK", 10}, {"JP", 200}, {"KP", 1},   {"KR", 150},
      {"MN", 2},   {"MO", 3},  {"TW", 90},  {"DE", 120}, {"FR", 80}};
  for (const auto& [code, n] : figures) {
    ds.add<test_papers>(*country::from_alpha2(code), y2024, count{n}, "synthetic");
  }
  ds.add<test_papers>(regions::europe, y2024, count{1000}, "synthetic");
  const std::string m(test_papers::id);
  using namespace cited::literals;
  ds.add(rank_claim{"CN"_country, m, y2024, 1, {}, "claims", {}, subject(regions::eastern_asia)});
  ds.add(rank_claim{"JP"_country, m, y2024, 1, {}, "claims", {}, subject(regions::eastern_asia)});
  ds.add(total_claim{regions::eastern_asia, m, y2024, estimate<count>::at_least(count{900}),
                     "claims"});
  ds.add(
      comparison_claim{regions::europe, m, y2024, comparison::more_than, {"CN"_country}, "claims"});
  return ds;
}

TEST_CASE("a region as a dataset subject") {
  using namespace cited::literals;
  const dataset ds = build();
  SUBCASE("its text form parses, without the built-ins too") {
    CHECK(ds.parse_subject("region:150") == subject(regions::europe));
    CHECK(dataset{}.parse_subject("region:030") == subject(regions::eastern_asia));
    const subject both = ds.parse_subject("CN+region:150");
    CHECK(both.parts().size() == 2);
    CHECK(what_of([&] { ds.parse_subject("region:999"); }) ==
          "unknown region \"999\"; a region is its three-digit UN M49 code, as in region:150");
    CHECK(what_of([&] { ds.parse_subject("region:EU"); }).starts_with("unknown region"));
  }
  SUBCASE("a total over its members") {
    const total_result t = ds.total("test_papers", regions::eastern_asia, y2024);
    CHECK(t.complete());
    CHECK(t.value == figure{estimate<count>::exact(count{956})});
    CHECK(t.used.size() == 8);
    // Europe has a figure of its own, which stands for its members.
    CHECK(ds.total("test_papers", regions::europe, y2024).value ==
          figure{estimate<count>::exact(count{1000})});
    // Western Europe's other members have no figure: at least Germany and France.
    const total_result w = ds.total("test_papers", regions::western_europe, y2024);
    CHECK_FALSE(w.complete());
    CHECK(w.missing.size() == 7);
    CHECK(w.value == figure{estimate<count>::at_least(count{200})});
  }
  SUBCASE("a territory in a region without its state is a member like any other") {
    // Réunion and Mayotte are in Eastern Africa and France is not: with a figure for Kenya
    // alone, both are missing, as every other member is (in the EU, France's figure covers
    // them).
    dataset with_kenya = ds;
    with_kenya.add<test_papers>("KE"_country, y2024, count{5}, "synthetic");
    const total_result t = with_kenya.total("test_papers", regions::eastern_africa, y2024);
    const auto missing = [&](const char* code) {
      return std::any_of(t.missing.begin(), t.missing.end(), [&](const figure_key& k) {
        return k.subject == subject(*country::from_alpha2(code));
      });
    };
    CHECK(missing("RE"));
    CHECK(missing("YT"));
    CHECK_FALSE(missing("KE"));
    CHECK(t.missing.size() == regions::eastern_africa.members().size() - 1);
  }
  SUBCASE("a region and a member counted twice") {
    CHECK(
        what_of([&] {
          ds.total("test_papers", subject::aggregate({regions::eastern_asia, "CN"_country}), y2024);
        }).find("double counting") != std::string::npos);
  }
  SUBCASE("claims: a rank among its members, a total, a comparison") {
    REQUIRE(ds.claims().size() == 4);
    const check_result first = ds.check(ds.claims()[0]);
    CHECK(first.verdict == verdict::supported);
    CHECK(first.reason == "China is 1st among the members of Eastern Asia with figures");
    CHECK(ds.check(ds.claims()[1]).verdict == verdict::contradicted);
    CHECK(ds.check(ds.claims()[2]).verdict == verdict::supported);
    CHECK(ds.check(ds.claims()[3]).verdict == verdict::supported);
    CHECK(ds.describe(ds.claims()[0]).find("among the members of Eastern Asia") !=
          std::string::npos);
  }
  SUBCASE("containment") {
    CHECK(regions::eastern_asia.contains("TW"_country));
    const subject s = regions::eastern_asia;
    REQUIRE(s.as_group() != nullptr);
    CHECK(s.as_group()->contains("TW"_country, ymd(2024, 6, 1)));
    CHECK(s.kind() == subject_kind::region);
    CHECK(s.to_string() == "region:030");
    CHECK(s.display_name() == "Eastern Asia");
  }
}

void check_same(const dataset& back, const dataset& ds) {
  REQUIRE(back.size() == ds.size());
  for (std::size_t i = 0; i < ds.size(); ++i) {
    CHECK(back[i].to_observation() == ds[i].to_observation());
  }
  REQUIRE(back.claims() == ds.claims());
  for (const claim& c : ds.claims()) {
    CHECK(back.check(c).verdict == ds.check(c).verdict);
    CHECK(back.check(c).reason == ds.check(c).reason);
  }
}

TEST_CASE("a dataset with region subjects round-trips through JSON and CSV") {
  const dataset ds = build();
  SUBCASE("JSON") {
    const std::string text = ds.to_json();
    CHECK(text.find("\"region:150\"") != std::string::npos);
    CHECK(text.find("\"region:030\"") != std::string::npos);
    CHECK(!ds.to_document().groups);  // a region needs no definition
    const dataset back = dataset::from_json(text, dataset{});
    check_same(back, ds);
    CHECK(back.to_json() == text);
  }
  SUBCASE("CSV") {
    const std::string csv = ds.to_csv();
    CHECK(csv.find("region:150") != std::string::npos);
    const dataset back = dataset::from_csv(csv, ds.to_csv_sidecar());
    check_same(back, ds);
    CHECK(back.to_csv() == csv);
  }
}

}  // namespace dataset_regions_test
