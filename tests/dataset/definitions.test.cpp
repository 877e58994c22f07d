// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/dataset/definitions.hpp>

#include <doctest/doctest.h>

#include <cited/dataset.hpp>
#include "../value/metric_kinds.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// The datasets built here are synthetic: "System A", the test group and every figure are made up
// to exercise the rules, and say nothing about the countries they name.
namespace definitions_test {

using namespace cited;
using namespace cited::literals;
namespace k = metric_kinds;

const period y2024 = period::parse("2024");
const period y2025 = period::parse("2025");

/// Peak performance of a computer system, in PFLOP/s.
struct peak_performance {
  using value_type = amount<units::petaflops>;
  static constexpr std::string_view id = "peak_performance";
  static constexpr std::string_view name = "peak performance";
  static constexpr bool additive = true;
  static constexpr bool higher_is_better = true;
};

namespace tflops {
/// The same id in another unit.
struct peak_performance {
  using value_type = amount<units::teraflops>;
  static constexpr std::string_view id = "peak_performance";
  static constexpr std::string_view name = "peak performance";
  static constexpr bool additive = true;
  static constexpr bool higher_is_better = true;
};
/// The same id as a count.
struct peak_count {
  using value_type = count;
  static constexpr std::string_view id = "peak_performance";
  static constexpr std::string_view name = "peak performance";
  static constexpr bool additive = true;
  static constexpr bool higher_is_better = true;
};
}  // namespace tflops

provenance report(std::string title, std::string publisher) {
  return provenance{
      relation::published_by,
      source{{.kind = source_kind::report,
              .title = std::move(title),
              .publisher = organization{std::move(publisher), organization_kind::research_firm}}}};
}

product system_a() {
  return product{"System A", organization{"Example Maker", organization_kind::company}};
}

// A test group with dated memberships; the dynamic group must outlive only the call that adds
// it, as the dataset keeps a copy.
dataset with_test_group(dataset ds) {
  dynamic_country_group g{"TEST", "Test group"};
  g.add("NO"_country, ymd(2001, 1, 1))
      .add("SE"_country, ymd(2003, 6, 1))
      .add("DK"_country, ymd(2001, 1, 1), ymd(2010, 1, 1))
      .add("DK"_country, ymd(2015, 1, 1));
  ds.add_group(g.view());
  return ds;
}

// A dataset with metrics of every kind, a group of its own and several sources.
dataset sample() {
  dataset ds = with_test_group(dataset{with_builtins});
  ds.set_title("Synthetic definitions test");
  ds.add_source("vendor", report("System A data sheet (test)", "Example Maker"));
  ds.add_source("list", report("Test list of systems", "Example Institute"));
  ds.add_source("survey", report("Test survey", "Example Survey Office"));
  ds.add<peak_performance>(system_a(), y2025, amount<units::petaflops>{1200}, "vendor");
  ds.add<peak_performance>(system_a(), y2025,
                           estimate<amount<units::petaflops>>::approximately(
                               amount<units::petaflops>{1150}, amount<units::petaflops>{50}),
                           "list");
  ds.add<k::token_throughput>("NO"_country, y2025, amount<k::kilotokens_per_second>{2.5}, "list");
  ds.add<k::test_index>("NO"_country, y2024, 0.75, "survey");
  ds.add<k::test_index>("SE"_country, y2024, estimate<double>::between(0.5, 0.9), "survey");
  ds.add<k::test_population>("NO"_country, y2024, count{5000}, "survey");
  ds.add<k::test_population>(subject(*ds.find_group("TEST")), y2025, count{15000}, "survey");
  ds.add<k::test_population>("SE"_country, y2024, count{10000}, "survey");
  ds.add<k::publications_per_million>("NO"_country, y2024, 120.5, "survey");
  ds.add<k::publications_per_million>("SE"_country, y2024, 98.25, "survey");
  ds.add<k::test_score>("NO"_country, y2024, 1.5, "survey");
  ds.add<k::test_score>("SE"_country, y2024, 2.25, "survey");
  ds.add(comparison_claim{"SE"_country,
                          std::string(k::test_population::id),
                          y2024,
                          comparison::more_than,
                          {subject(*ds.find_group("TEST"))},
                          "survey"});
  return ds;
}

std::vector<observation> observations(const dataset& ds) {
  std::vector<observation> out;
  for (std::size_t i = 0; i < ds.size(); ++i) out.push_back(ds[i].to_observation());
  return out;
}

std::vector<metric_info> metrics(const dataset& ds) {
  return {ds.metrics().begin(), ds.metrics().end()};
}

std::vector<membership> memberships(const dataset& ds, std::string_view group) {
  const country_group* g = ds.find_group(group);
  REQUIRE(g != nullptr);
  return {g->memberships().begin(), g->memberships().end()};
}

// Replaces the one occurrence of `from` in `text`.
std::string edited(std::string text, std::string_view from, std::string_view to) {
  const std::size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  REQUIRE(text.find(from, at + 1) == std::string::npos);
  return text.replace(at, from.size(), to);
}

// The path and reason of the json_error that reading `text` throws.
std::pair<std::string, std::string> json_failure(std::string_view text,
                                                 const dataset& definitions) {
  try {
    static_cast<void>(dataset::from_json(text, definitions));
  } catch (const json_error& e) {
    return {std::string(e.path()), std::string(e.reason())};
  }
  return {"no error", ""};
}
std::pair<std::string, std::string> json_failure(std::string_view text) {
  return json_failure(text, dataset{with_builtins});
}

TEST_CASE("definitions round trip through JSON from the text alone") {
  const dataset ds = sample();
  const std::string text = ds.to_json();
  const dataset back = dataset::from_json(text);
  CHECK(observations(back) == observations(ds));
  CHECK(metrics(back) == metrics(ds));
  CHECK(memberships(back, "TEST") == memberships(ds, "TEST"));
  CHECK(back.find_group("TEST")->name() == "Test group");
  CHECK(back.claims() == ds.claims());
  std::vector<std::string> source_ids = ds.source_ids();
  std::sort(source_ids.begin(), source_ids.end());
  CHECK(back.source_ids() == source_ids);  // a document lists its sources by id
  CHECK(back.to_json() == text);
  SUBCASE("the document defines what is not built in, and only that") {
    const dataset_document doc = ds.to_document();
    REQUIRE(doc.metrics);
    std::vector<std::string> ids;
    for (const metric_record& m : *doc.metrics) ids.push_back(m.id);
    CHECK(ids == std::vector<std::string>{"peak_performance", "token_throughput", "test_index",
                                          "test_population", "publications_per_million",
                                          "test_score"});
    CHECK(doc.metrics->front() ==
          metric_record{"peak_performance",
                        "peak performance",
                        value_kind::amount,
                        unit_record{"PFLOP/s", "computing_rate", {}, {}, 15},
                        true,
                        true,
                        {}});
    CHECK((*doc.metrics)[4].ratio == ratio_record{"ai_publications", "test_population", 1'000'000});
    REQUIRE(doc.groups);
    REQUIRE(doc.groups->size() == 1);
    CHECK(doc.groups->front().members.size() == 4);
    CHECK(doc.groups->front().members[2] ==
          group_member_record{"DK"_country, ymd(2001, 1, 1), ymd(2010, 1, 1)});
    CHECK(text.find(R"("kind": "ratio")") != std::string::npos);
  }
  SUBCASE("a dataset of built-ins writes no definitions") {
    dataset plain{with_builtins};
    plain.add_source("survey", report("Test survey", "Example Survey Office"));
    plain.add<metrics::ai_publications>("NO"_country, y2024, count{7}, "survey");
    plain.add<metrics::ai_publications>(subject(groups::eu), y2024, count{9}, "survey");
    const std::string plain_text = plain.to_json();
    CHECK(plain_text.find("\"metrics\"") == std::string::npos);
    CHECK(plain_text.find("\"groups\"") == std::string::npos);
    CHECK_FALSE(plain.to_document().metrics);
  }
  SUBCASE("the loaded definitions outlive the text and survive copies") {
    std::optional<dataset> copy;
    {
      const std::string local = ds.to_json();
      dataset loaded = dataset::from_json(local);
      copy = loaded;
    }
    const dataset moved = std::move(*copy);
    CHECK(metrics(moved) == metrics(ds));
    CHECK(memberships(moved, "TEST") == memberships(ds, "TEST"));
    CHECK(moved.find_metric("publications_per_million")->denominator == "test_population");
    CHECK(moved.parse_subject("group:TEST").as_group()->contains("DK"_country, ymd(2016, 1, 1)));
    CHECK_FALSE(
        moved.parse_subject("group:TEST").as_group()->contains("DK"_country, ymd(2012, 1, 1)));
  }
  SUBCASE("a scale reads in any form of its size") {
    const std::string other_form =
        edited(text, R"("power10": 15)", R"("num": 1000, "power10": 12)");
    CHECK(metrics(dataset::from_json(other_form)) == metrics(ds));
    const std::string zero = edited(text, R"("power10": 15)", R"("den": 0, "power10": 15)");
    CHECK(json_failure(zero) ==
          std::pair<std::string, std::string>{
              "$.metrics[0].unit",
              "metric \"peak_performance\": a unit's scale is a positive ratio"});
  }
  SUBCASE("a definitions dataset that knows them already is fine") {
    const dataset again = dataset::from_json(text, ds.definitions());
    CHECK(observations(again) == observations(ds));
    CHECK(metrics(again) == metrics(ds));
  }
}

TEST_CASE("definitions round trip through CSV and its sidecar") {
  const dataset ds = sample();
  const std::string csv = ds.to_csv();
  const std::string sidecar = ds.to_csv_sidecar();
  CHECK(sidecar.find("\"observations\": []") != std::string::npos);
  CHECK(sidecar.find("\"metrics\"") != std::string::npos);
  const dataset back = dataset::from_csv(csv, sidecar);
  CHECK(observations(back) == observations(ds));
  CHECK(metrics(back) == metrics(ds));
  CHECK(memberships(back, "TEST") == memberships(ds, "TEST"));
  CHECK(back.to_csv() == csv);
  REQUIRE_FALSE(ds.claims().empty());
  CHECK(back.claims() == ds.claims());  // the claims travel in the sidecar
  // The same as reading the sidecar first.
  const dataset via = dataset::from_csv(csv, dataset::from_json(sidecar));
  CHECK(observations(via) == observations(ds));
  // The CSV names no unit for numbers and ratios.
  CHECK(csv.find(R"(NO,2024,120.5,exact,,,,"",normal,survey)") != std::string::npos);
  SUBCASE("an error in the sidecar is a json_error, in the CSV a csv_error") {
    CHECK_THROWS_AS(dataset::from_csv(csv, edited(sidecar, "\"token_rate\"", "\"\"")), json_error);
    CHECK_THROWS_AS(dataset::from_csv(edited(csv, "120.5", "x"), sidecar), csv_error);
  }
}

TEST_CASE("binding a metric type to a loaded metric") {
  const dataset back = dataset::from_json(sample().to_json());
  SUBCASE("the same kind and unit bind") {
    dataset ds = back;
    CHECK_NOTHROW(ds.add_metric<peak_performance>());
    ds.add<peak_performance>(system_a(), y2024, amount<units::petaflops>{900}, "list");
    CHECK(ds.metrics().size() == back.metrics().size());
    CHECK(std::get<estimate<double>>(ds[ds.size() - 1].value()) == estimate<double>::exact(900));
    CHECK_NOTHROW(ds.add_metric<k::publications_per_million>());
  }
  SUBCASE("another unit or kind is an error naming both") {
    dataset ds = back;
    CHECK_THROWS_WITH_AS(ds.add_metric<tflops::peak_performance>(),
                         "metric \"peak_performance\" is an amount in PFLOP/s in the dataset, but "
                         "the type definitions_test::tflops::peak_performance is an amount in "
                         "TFLOP/s",
                         dataset_error);
    CHECK_THROWS_WITH_AS(ds.add<tflops::peak_count>(system_a(), y2024, count{1}, "list"),
                         "metric \"peak_performance\" is an amount in PFLOP/s in the dataset, but "
                         "the type definitions_test::tflops::peak_count is a count",
                         dataset_error);
    CHECK(ds.size() == back.size());
  }
  SUBCASE("another name is an error naming both") {
    dataset ds = back;
    metric_info renamed = metric_info::of<k::test_index>();
    renamed.name = "another index";
    CHECK_THROWS_WITH_AS(ds.add_metric(renamed),
                         "metric \"test_index\" is a number, named \"test index\", not additive, "
                         "higher is better in the dataset, but the new definition is a number, "
                         "named \"another index\", not additive, higher is better",
                         dataset_error);
  }
}

TEST_CASE("definition errors in a document") {
  const std::string text = sample().to_json();
  SUBCASE("a definition that differs from a known one names both") {
    dataset defs{with_builtins};
    defs.add_metric<tflops::peak_performance>();
    const auto [path, reason] = json_failure(text, defs);
    CHECK(path == "$.metrics[0]");
    CHECK(reason ==
          "metric \"peak_performance\" is an amount in TFLOP/s in the dataset, but the document "
          "is an amount in PFLOP/s");
  }
  SUBCASE("a built-in redefined") {
    const std::string redefined =
        edited(text, R"("id": "test_index")", R"("id": "ai_publications")");
    const auto [path, reason] = json_failure(redefined);
    CHECK(path == "$.metrics[2]");
    CHECK(reason ==
          "metric \"ai_publications\" is a count in the dataset, but the document is a number");
  }
  SUBCASE("a group that differs from a known one") {
    const std::string other = edited(text, R"("name": "Test group")", R"("name": "Other")");
    const auto [path, reason] = json_failure(other, with_test_group(dataset{with_builtins}));
    CHECK(path == "$.groups[0]");
    CHECK(reason ==
          "group \"TEST\" is named \"Test group\" in the dataset, but the document names it "
          "\"Other\"");
    const std::string eu = edited(text, R"("id": "TEST")", R"("id": "EU")");
    CHECK(json_failure(eu).second ==
          "group \"EU\" is named \"European Union\" in the dataset, but the document names it "
          "\"Test group\"");
  }
  SUBCASE("a group with overlapping memberships") {
    const std::string overlapping =
        edited(text, R"("from": "2015-01-01")", R"("from": "2005-01-01")");
    const auto [path, reason] = json_failure(overlapping);
    CHECK(path == "$.groups[0].members");
    CHECK(reason == "cited: two memberships of one country overlap");
  }
  SUBCASE("an unknown dimension") {
    const std::string no_dimension =
        edited(text, R"("dimension": "token_rate")", R"("dimension": "")");
    const auto [path, reason] = json_failure(no_dimension);
    CHECK(path == "$.metrics[1].unit");
    CHECK(reason.starts_with(
        "metric \"token_throughput\": unknown dimension \"\" of unit \"ktoken/s\""));
    const std::string bad_name =
        edited(text, R"("dimension": "token_rate")", R"("dimension": "token rate!")");
    CHECK(json_failure(bad_name).first == "$.metrics[1].unit");
  }
  SUBCASE("a unit symbol used for two units") {
    const std::string clash = edited(text, R"("symbol": "ktoken/s")", R"("symbol": "PFLOP/s")");
    const auto [path, reason] = json_failure(clash);
    CHECK(path == "$.metrics[1]");
    CHECK(reason ==
          "the unit \"PFLOP/s\" of metric \"token_throughput\" has dimension \"token_rate\", 10^3 "
          "of its base unit, but the dataset's metric \"peak_performance\" has it with dimension "
          "\"computing_rate\", 10^15 of its base unit");
  }
  SUBCASE("a ratio naming an unknown metric") {
    const std::string unknown =
        edited(text, R"("denominator": "test_population")", R"("denominator": "nowhere")");
    const auto [path, reason] = json_failure(unknown);
    CHECK(path == "$.metrics[4].ratio");
    CHECK(
        reason ==
        "the ratio \"publications_per_million\" names unknown metric \"nowhere\"; define it first");
  }
  SUBCASE("a ratio naming a rank") {
    const std::string rank_part =
        edited(text, R"("numerator": "ai_publications")", R"("numerator": "computing_power_rank")");
    const auto [path, reason] = json_failure(rank_part);
    CHECK(path == "$.metrics[4].ratio");
    CHECK(reason ==
          "the ratio \"publications_per_million\" names \"computing_power_rank\", which is a "
          "rank; a ratio's parts are counts, amounts or numbers");
  }
  SUBCASE("an additive ratio, a ratio without parts, a unit on a number") {
    const std::string additive = edited(text, "\"kind\": \"ratio\",\n      \"additive\": false",
                                        "\"kind\": \"ratio\",\n      \"additive\": true");
    CHECK(json_failure(additive) ==
          std::pair<std::string, std::string>{
              "$.metrics[4]", "metric \"publications_per_million\": a ratio is never additive"});
    const std::string number = edited(text, R"("kind": "ratio")", R"("kind": "number")");
    CHECK(json_failure(number).second ==
          "metric \"publications_per_million\": only a ratio has a numerator, a denominator and "
          "a per");
    const std::string per = edited(text, R"("per": 1000000)", R"("per": 0)");
    CHECK(json_failure(per).second ==
          "metric \"publications_per_million\": a ratio's per is a positive number");
  }
  SUBCASE("a value kind that is not one") {
    const std::string unknown_kind = edited(text, R"("kind": "ratio")", R"("kind": "per_capita")");
    CHECK(json_failure(unknown_kind).first == "$.metrics[4].kind");
  }
  SUBCASE("nothing is half loaded") {
    dataset defs{with_builtins};
    const std::string bad =
        edited(text, R"("denominator": "test_population")", R"("denominator": "nowhere")");
    CHECK_THROWS_AS(static_cast<void>(dataset::from_json(bad, defs)), json_error);
    CHECK(defs.find_metric("test_index") == nullptr);
  }
}

TEST_CASE("metric kinds: numbers and ratios") {
  const dataset ds = sample();
  SUBCASE("a ratio does not total, naming it a ratio") {
    try {
      static_cast<void>(ds.total("publications_per_million", subject("NO"_country), y2024));
      FAIL("no error");
    } catch (const dataset_error& e) {
      CHECK(e.kind() == dataset_errc::not_additive);
      CHECK(e.id() == "publications_per_million");
      CHECK(std::string(e.what()) ==
            "cannot total publications_per_million (AI-related publications per million "
            "people): it is a ratio (ai_publications per 1,000,000 test_population), and ratios "
            "do not add up; total its numerator and denominator");
    }
  }
  SUBCASE("an additive number totals; one that does not add up does not") {
    const auto t = ds.total<k::test_score>(subject::aggregate({"NO"_country, "SE"_country}), y2024);
    CHECK(t.value == estimate<double>::exact(3.75));
    CHECK(t.complete());
    CHECK_THROWS_AS(static_cast<void>(ds.total("test_index", subject("NO"_country), y2024)),
                    dataset_error);
  }
  SUBCASE("numbers and ratios rank") {
    const ranking r = ds.rank("publications_per_million", y2024);
    REQUIRE(r.entries.size() == 2);
    CHECK(r.entries[0].observation.subject() == subject("NO"_country));
    CHECK(r.entries[0].certain());
    const ranking idx = ds.rank("test_index", y2024);
    REQUIRE(idx.entries.size() == 2);
    CHECK(idx.entries[0].observation.subject() == subject("NO"_country));  // 0.75 vs 0.5 to 0.9
    CHECK_FALSE(idx.entries[0].certain());
  }
  SUBCASE("a number or a ratio takes an estimate of a double") {
    dataset d = ds;
    CHECK_THROWS_WITH_AS(d.add(observation{"NO"_country, "test_index", y2025,
                                           estimate<count>::exact(count{1}), "survey"}),
                         "test_index takes a number, not a count", dataset_error);
    CHECK_THROWS_WITH_AS(
        d.add(observation{"NO"_country, "publications_per_million", y2025, rank{1}, "survey"}),
        "publications_per_million takes a ratio, not a rank", dataset_error);
    CHECK_THROWS_WITH_AS(
        d.add(observation{"NO"_country, "peak_performance", y2025, rank{1}, "survey"}),
        "peak_performance takes an amount, not a rank", dataset_error);
    CHECK_THROWS_WITH_AS(d.add(observation{"NO"_country, "test_index", y2025,
                                           estimate<double>::exact(1.0 / 0.0), "survey"}),
                         "a number or a ratio is finite", dataset_error);
    CHECK(d.size() == ds.size());
  }
  SUBCASE("records of numbers and ratios have no unit") {
    const dataset_document doc = ds.to_document();
    for (const observation_record& r : doc.observations) {
      if (r.metric == "publications_per_million" || r.metric == "test_index") {
        CHECK(r.unit.empty());
      }
    }
  }
  SUBCASE("a ratio's parts are added with it, and must be known at run time") {
    dataset d{with_builtins};
    d.add_metric<k::score_per_person>();
    CHECK(d.find_metric("test_score") != nullptr);
    CHECK(d.find_metric("test_population") != nullptr);
    dataset bare{with_builtins};
    try {
      bare.add_metric(metric_info::of<k::score_per_person>());
      FAIL("no error");
    } catch (const dataset_error& e) {
      CHECK(e.kind() == dataset_errc::unknown_metric);
      CHECK(e.id() == "test_score");
    }
    CHECK_THROWS_WITH_AS(d.add_metric(metric_info{"x",
                                                  "x",
                                                  value_kind::ratio,
                                                  {},
                                                  true,
                                                  true,
                                                  {},
                                                  {},
                                                  "test_score",
                                                  "test_population",
                                                  1}),
                         "metric \"x\": a ratio is never additive", dataset_error);
  }
}

TEST_CASE("a dataset owns the metrics and groups it is given") {
  dataset ds{with_builtins};
  {
    std::string id = "temporary_metric";
    std::string name = "a metric whose text goes away";
    ds.add_metric(metric_info{id, name, value_kind::number, {}, false, true});
    ds = with_test_group(ds);
    id.assign(id.size(), 'x');
    name.assign(name.size(), 'x');
  }
  const dataset copy = ds;
  REQUIRE(copy.find_metric("temporary_metric") != nullptr);
  CHECK(copy.find_metric("temporary_metric")->name == "a metric whose text goes away");
  CHECK(copy.find_group("TEST")->memberships().size() == 4);
}

}  // namespace definitions_test
