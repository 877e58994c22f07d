// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

// A user's dataset with everything at once: metrics and a unit of the user's own, a group of the
// user's own with dated memberships, systems with organizations by role, several sources for
// one figure (one citing another), and claims of every kind. It must come back from its text
// alone, through JSON and through CSV with its sidecar, and answer every query as before.
//
// The systems, the group and every figure are made up for the test; they say nothing about the
// countries they name.

#include "dataset/fixtures.hpp"

#include <cited/dataset.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace roundtrip_test {

using namespace cited;
using namespace cited::literals;

namespace dims {
/// A dimension of the user's own.
struct inference_rate {
  static constexpr std::string_view name = "inference_rate";
};
}  // namespace dims

/// A unit of the user's own, and a multiple of it.
struct tokens_per_second : named_unit<"token/s", dims::inference_rate> {};
using kilotokens_per_second = units::kilo<tokens_per_second>;

/// Measured speed of a system, in PFLOP/s (a built-in unit under a metric of the user's own).
struct measured_speed {
  using value_type = amount<units::petaflops>;
  static constexpr std::string_view id = "test_measured_speed";
  static constexpr std::string_view name = "measured speed (test)";
  static constexpr bool additive = true;
  static constexpr bool higher_is_better = true;
};
/// Inference throughput, in the user's unit.
struct throughput {
  using value_type = amount<kilotokens_per_second>;
  static constexpr std::string_view id = "test_throughput";
  static constexpr std::string_view name = "inference throughput (test)";
  static constexpr bool additive = true;
  static constexpr bool higher_is_better = true;
};
/// Places in a list of systems.
struct list_place {
  using value_type = rank;
  static constexpr std::string_view id = "test_list_place";
  static constexpr std::string_view name = "place in a list of systems (test)";
  static constexpr bool additive = false;
  static constexpr bool higher_is_better = true;
};
/// Systems hosted, and systems per million people (a ratio).
struct systems_hosted {
  using value_type = count;
  static constexpr std::string_view id = "test_systems_hosted";
  static constexpr std::string_view name = "systems hosted (test)";
  static constexpr bool additive = true;
  static constexpr bool higher_is_better = true;
};
struct residents {
  using value_type = count;
  static constexpr std::string_view id = "test_residents";
  static constexpr std::string_view name = "residents (test)";
  static constexpr bool additive = true;
  static constexpr bool higher_is_better = true;
};
struct systems_per_million {
  using value_type = double;
  using numerator = systems_hosted;
  using denominator = residents;
  static constexpr double per = 1'000'000;
  static constexpr std::string_view id = "test_systems_per_million";
  static constexpr std::string_view name = "systems per million residents (test)";
  static constexpr bool additive = false;
  static constexpr bool higher_is_better = true;
};

using pflops = amount<units::petaflops>;

const period y2025 = period::parse("2025");
const period june = period::parse("2025-06");
const period november = period::parse("2025-11");

organization org(std::string name, organization_kind kind) {
  return organization{std::move(name), kind};
}

const organization maker = org("Example Maker", organization_kind::company);
const organization lab = org("Example Laboratory", organization_kind::government_body);
const organization institute = org("Example Institute", organization_kind::research_firm);

product system(std::string name, country where) {
  return product{product_kind::system,
                 std::move(name),
                 {{organization_role::made_by, maker},
                  {organization_role::operated_by, lab},
                  {organization_role::hosted_by, lab}},
                 where};
}

const product system_a = system("System A", "US"_country);
const product system_b = system("System B", "DE"_country);
const product system_c = system("System C", "FR"_country);

dataset build() {
  dynamic_country_group club{"TEST-CLUB", "Test club"};
  club.add("DE"_country, ymd(2001, 1, 1))
      .add("FR"_country, ymd(2001, 1, 1))
      .add("US"_country, ymd(2010, 1, 1), ymd(2020, 1, 1));

  dataset ds{with_builtins};
  ds.set_title("Round-trip test dataset");
  ds.add_group(club.view());
  const source list{{.kind = source_kind::report,
                     .title = "Test list of systems",
                     .publisher = institute,
                     .published = period::parse("2025-06")}};
  const source news{{.kind = source_kind::news_article,
                     .title = "Test news story",
                     .publisher = org("Example News", organization_kind::news_site),
                     .published = period::parse("2025-11-20")}};
  ds.add_source("list", provenance{relation::published_by, list});
  ds.add_source("news",
                provenance{relation::published_by, news}.then(relation::according_to, list));
  ds.add_source("lab", provenance{relation::stated_by, lab});

  ds.add<measured_speed>(system_a, y2025, pflops{1700}, "list");
  ds.add<measured_speed>(system_a, y2025, pflops{1742}, "news");  // a second figure, one key
  ds.add<measured_speed>(system_a, june, pflops{1650}, "list");
  ds.add<measured_speed>(system_a, november, pflops{1742}, "lab");
  ds.add<measured_speed>(system_b, y2025, estimate<pflops>::between(pflops{850}, pflops{950}),
                         "list");
  ds.add<measured_speed>(system_c, y2025, pflops{400}, "list");
  ds.add<throughput>(system_a, y2025, amount<kilotokens_per_second>{2.5}, "lab");
  ds.add<list_place>(system_a, y2025, rank{1, 500}, "list");
  ds.add<systems_hosted>("DE"_country, y2025, count{3}, "list");
  ds.add<systems_hosted>("FR"_country, y2025, count{2}, "list");
  ds.add<residents>("DE"_country, y2025, count{84'000'000}, "list");
  ds.add<systems_per_million>("DE"_country, y2025, estimate<double>::approximately(0.036, 0.001),
                              "list");

  ds.add(rank_claim{
      system_a, std::string(measured_speed::id), y2025, 1, {}, "lab", {system_b, system_c}});
  ds.add(rank_claim{"DE"_country,
                    std::string(systems_hosted::id),
                    y2025,
                    1,
                    {},
                    "news",
                    {"FR"_country},
                    subject(*ds.find_group("TEST-CLUB"))});
  ds.add(total_claim{subject(*ds.find_group("TEST-CLUB")), std::string(systems_hosted::id), y2025,
                     estimate<count>::at_least(count{5}), "news"});
  ds.add(comparison_claim{system_a,
                          std::string(measured_speed::id),
                          y2025,
                          comparison::about_equal,
                          {subject::aggregate({system_b, system_c})},
                          "news",
                          0.05});
  ds.add(statement_claim{{system_a, lab}, "is operated for open science (test wording)", "lab"});
  return ds;
}

std::vector<observation> observations(const dataset& ds) {
  std::vector<observation> out;
  for (std::size_t i = 0; i < ds.size(); ++i) out.push_back(ds[i].to_observation());
  return out;
}

// What a user would compare: every observation and claim, the definitions, the verdicts with
// their evidence, and the typed queries.
void check_same(const dataset& back, const dataset& ds) {
  CHECK(observations(back) == observations(ds));
  REQUIRE(back.claims() == ds.claims());
  CHECK(back.title() == ds.title());
  // The document lists sources by id, so they come back in the order of their ids.
  std::vector<std::string> ids = ds.source_ids();
  std::sort(ids.begin(), ids.end());
  CHECK(back.source_ids() == ids);
  for (const std::string& id : ds.source_ids()) CHECK(back.source(id) == ds.source(id));
  REQUIRE(back.find_metric(systems_per_million::id) != nullptr);
  CHECK(*back.find_metric(systems_per_million::id) == *ds.find_metric(systems_per_million::id));
  CHECK(*back.find_metric(throughput::id) == metric_info::of<throughput>());
  const country_group* club = back.find_group("TEST-CLUB");
  REQUIRE(club != nullptr);
  CHECK(club->contains("US"_country, ymd(2015, 5, 1)));
  CHECK_FALSE(club->contains("US"_country, ymd(2025, 5, 1)));
  for (const claim& c : ds.claims()) {
    const check_result a = ds.check(c);
    const check_result b = back.check(c);
    CHECK(a.verdict == b.verdict);
    CHECK(a.reason == b.reason);
    REQUIRE(a.evidence.size() == b.evidence.size());
    for (std::size_t i = 0; i < a.evidence.size(); ++i) {
      CHECK(a.evidence[i].observation.index() == b.evidence[i].observation.index());
      CHECK(a.evidence[i].stance == b.evidence[i].stance);
      CHECK(a.evidence[i].origin == b.evidence[i].origin);
    }
  }
  // Typed read-back works on the loaded dataset, with the unit.
  const auto found = back.find<measured_speed>(system_a, y2025);
  REQUIRE(found.size() == 2);
  CHECK(found[1].value == estimate<pflops>::exact(pflops{1742}));
  CHECK(back.series<measured_speed>(system_a).size() == 4);
  CHECK(back.find<measured_speed>(system_a, y2025, {.within = true}).size() == 4);
  CHECK(back.subjects_with(lab, organization_role::operated_by).size() == 3);
}

TEST_CASE("a user's dataset round-trips from its JSON text alone") {
  const dataset ds = build();
  const std::string text = ds.to_json();
  const dataset back = dataset::from_json(text);
  check_same(back, ds);
  CHECK(back.to_json() == text);
  // The text defines what it uses, so it reads against a dataset that knows nothing too.
  check_same(dataset::from_json(text, dataset{}), ds);
}

// JSON members may come in any order. `to_json` writes the observations after what they refer
// to, and they are read in one pass; here they come first, before the metrics, groups and sources
// they name, and are read after the rest.
std::string observations_first(const dataset& ds, std::string_view observations_json) {
  const dataset_document doc = ds.to_document();
  const std::pair<std::string_view, std::string> members[] = {
      {"claims", to_json(doc.claims)},     {"sources", to_json(doc.sources)},
      {"products", to_json(doc.products)}, {"agents", to_json(doc.agents)},
      {"works", to_json(doc.works)},       {"groups", to_json(doc.groups)},
      {"metrics", to_json(doc.metrics)},   {"title", to_json(doc.title)},
      {"format", to_json(doc.format)}};
  std::string text = "{\"observations\": ";
  text += observations_json;
  for (const auto& [key, json] : members) {
    text += ",\n\"";
    text += key;
    text += "\": ";
    text += json;
  }
  text += "}";
  return text;
}

TEST_CASE("a user's dataset reads with its observations before what they refer to") {
  const dataset ds = build();
  const std::string observations = to_json(ds.to_document().observations);
  const std::string text = observations_first(ds, observations);
  const dataset back = dataset::from_json(text, dataset{});
  check_same(back, ds);
  CHECK(back.to_json() == ds.to_json());

  // An error in the observations is placed as it is in a document in the usual order.
  std::string bad = observations;
  const std::size_t at = bad.find("\"period\":\"2025\"", bad.find("},{"));
  REQUIRE(at != std::string::npos);
  bad.replace(at, 15, "\"period\":\"2025-13\"");
  const std::size_t column = at + std::string_view("{\"observations\": ").size() + 10;
  CHECK(dataset_fixtures::what_of(
            [&] { static_cast<void>(dataset::from_json(observations_first(ds, bad), dataset{})); })
            .starts_with("1:" + std::to_string(column) +
                         ": at $.observations[1].period: expected a period"));

  // An observation of a metric that the document never defines is refused, once the whole
  // document has been read.
  std::string unknown = observations;
  const std::size_t metric = unknown.find(R"("metric":")");
  REQUIRE(metric != std::string::npos);
  unknown.insert(metric + 10, "no-such-");
  const std::string error = dataset_fixtures::what_of(
      [&] { static_cast<void>(dataset::from_json(observations_first(ds, unknown), dataset{})); });
  CHECK(error.find("at $.observations[0].metric: ") != std::string::npos);
  CHECK(error.find("no-such-") != std::string::npos);

  // A member the observations depend on, after them, is still refused when it is wrong.
  std::string twice = observations_first(ds, observations);
  twice.insert(twice.size() - 1, ", \"works\": {}");
  CHECK(dataset_fixtures::what_of([&] {
          static_cast<void>(dataset::from_json(twice, dataset{}));
        }).find("duplicate member \"works\"") != std::string::npos);
}

TEST_CASE("a dataset's observations must be an array of observations") {
  // The smallest documents: the members the observations need, then `observations`; in the
  // second, a source refers to a work that comes after the observations.
  const std::string in_order =
      R"({"format":"cited-dataset/1","works":{},"agents":{},"products":[],"sources":{},)"
      R"("claims":[],"observations":)";
  const std::string late_work =
      R"({"format":"cited-dataset/1","agents":{},"products":[],"claims":[],)"
      R"("sources":{"s":[{"relation":"published_by","work":"w"}]},"observations":)";
  const std::string work = R"(,"works":{"w":{"kind":"report","title":"T","authors":[]}}})";
  for (const std::string& start : {in_order, late_work}) {
    const std::string end = start == in_order ? std::string("}") : work;
    const auto error_of = [&](std::string_view observations) {
      std::string text = start;
      text += observations;
      text += end;
      return dataset_fixtures::what_of([&] { static_cast<void>(dataset::from_json(text)); });
    };
    CHECK(error_of("[]") == "no error");
    const std::string column = std::to_string(start.size() + 1);
    CHECK(error_of("0]") == "1:" + column + ": at $.observations: expected an array, got 0");
    CHECK(error_of("{]").starts_with("1:" + column + ": at $.observations: expected an array"));
    CHECK(error_of("\"]\"") == "1:" + column + ": at $.observations: expected an array, got \"]\"");
    CHECK(error_of("null") == "1:" + column + ": at $.observations: expected an array, got null");
  }
  // A type error among the observations is found before a reference that the document cannot
  // resolve, as when the whole document is read first.
  const std::string bad =
      R"({"format":"cited-dataset/1","works":{},"agents":{},"products":[],"claims":[],)"
      R"("sources":{"s":[{"relation":"published_by","work":"nowhere"}]},"observations":[)"
      R"({"metric":"ai_publications","subject":"CN","period":"2024","value":"many","source":"s"}]})";
  CHECK(dataset_fixtures::what_of([&] {
          static_cast<void>(dataset::from_json(bad));
        }).find("at $.observations[0].value: expected a number") != std::string::npos);
}

TEST_CASE("a dataset's title and claims may follow its observations") {
  const dataset ds = build();
  const dataset_document doc = ds.to_document();
  dataset_document no_title = doc;
  no_title.title.reset();
  std::string text = to_json(no_title);  // the claims already follow the observations
  text.pop_back();
  text += ",\"title\":";
  text += to_json(doc.title);
  text += "}";
  const dataset back = dataset::from_json(text, dataset{});
  check_same(back, ds);
}

TEST_CASE("a user's dataset round-trips through CSV and its sidecar") {
  const dataset ds = build();
  const std::string csv = ds.to_csv();
  const std::string sidecar = ds.to_csv_sidecar();
  CHECK(sidecar.find("\"observations\": []") != std::string::npos);
  const dataset back = dataset::from_csv(csv, sidecar);
  check_same(back, ds);
  CHECK(back.to_csv() == csv);
  CHECK(back.to_json() == ds.to_json());
}

TEST_CASE("a dataset's JSON and CSV are those of its document and records, in every form") {
  // to_json and to_csv write the observations without records, and from_json and from_csv read
  // what they write the quick way: each must give what the generic writer and reader give.
  const dataset ds = build();
  for (const json::write_options& o :
       {json::write_options{}, json::write_options{.pretty = true},
        json::write_options{.pretty = true, .indent = 4}, json::write_options{.spaced = true},
        json::write_options{.omit_null_members = false},
        json::write_options{.pretty = true, .omit_null_members = false},
        json::write_options{.pretty = true, .indent = 0}}) {
    const std::string text = ds.to_json(o);
    CHECK(text == cited::to_json(ds.to_document(), o));
    CHECK(dataset::from_json(text, dataset{}).to_json() == ds.to_json());
  }
  const std::string csv = ds.to_csv();
  CHECK(csv == cited::to_csv(ds.to_document().observations));
  const std::string sidecar = ds.to_csv_sidecar();
  // Forms only the generic reader reads: LF line ends, a byte-order mark, blank lines at the end,
  // a quoted number.
  std::string lf;
  for (const char c : csv) {
    if (c != '\r') lf += c;
  }
  std::string quoted_number = csv;
  const std::size_t row = quoted_number.find("\r\n") + 2;
  const std::size_t value =
      quoted_number.find(',', quoted_number.find(',', quoted_number.find(',', row) + 1) + 1) + 1;
  const std::size_t value_end = quoted_number.find(',', value);
  REQUIRE(value_end > value);
  quoted_number.insert(value_end, "\"");
  quoted_number.insert(value, "\"");
  for (const std::string& text : {lf, "\xEF\xBB\xBF" + csv, csv + "\r\n\r\n", quoted_number}) {
    CHECK(dataset::from_csv(text, sidecar).to_csv() == csv);
  }
}

TEST_CASE("the verdicts of the round-trip dataset weigh independent evidence") {
  const dataset ds = build();
  // "System A ranked first, ahead of B and C": the lab says so; the list's figures bear it out,
  // and the list is another origin.
  const check_result first = ds.check(ds.claims()[0]);
  CHECK(first.verdict == verdict::supported);
  bool independent = false;
  for (const evidence& e : first.evidence) {
    independent = independent || (e.stance == stance::supports && !e.self_reported);
  }
  CHECK(independent);
  // A statement is citable, not checkable.
  CHECK(ds.check(ds.claims()[4]).verdict == verdict::not_checkable);
}

}  // namespace roundtrip_test
