// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/dataset.hpp>

#include <doctest/doctest.h>

#include <cited/catalog/seed.hpp>

#include "dataset/fixtures.hpp"

#include <string>
#include <vector>

// Synthetic data: "System A" and the other systems, their organizations and every figure here are
// made up to exercise the rules, and say nothing about real systems or the countries they name.
namespace dataset_systems_test {

using namespace cited;
using namespace cited::literals;
namespace m = cited::metrics;
using role = organization_role;
using ef = amount<units::exaflops>;

const period y2019 = period::parse("2019");
const period y2021 = period::parse("2021");
const period y2024 = period::parse("2024");

const organization maker{"Example Computers", organization_kind::company, "US"_country};
const organization lab{"Example National Laboratory", organization_kind::government_body,
                       "US"_country};
const organization centre{"Example Computing Centre", organization_kind::research_firm,
                          "DE"_country};

const product system_a{product_kind::system,
                       "System A",
                       {{role::made_by, maker}, {role::operated_by, lab}, {role::hosted_by, lab}},
                       "US"_country};
const product system_b{product_kind::system,
                       "System B",
                       {{role::made_by, maker},
                        {role::operated_by, centre},
                        {role::hosted_by, centre},
                        {role::owned_by, centre}},
                       "DE"_country};
const product system_c{product_kind::system, "System C", {{role::operated_by, lab}}, "GB"_country};
const product model_d{"Model D", maker, "US"_country};

dataset synthetic() { return dataset_fixtures::synthetic_dataset(); }

double value_of(const total_result& t) { return *std::get<estimate<double>>(t.value).value(); }

TEST_CASE("dataset.systems.json") {
  dataset ds = synthetic();
  ds.add<m::computing_power>(system_a, y2024, ef{10}, "synthetic");
  ds.add<m::computing_power>(system_b, y2024, ef{5}, "synthetic");
  ds.add<m::computing_power>(subject::aggregate({"US"_country, system_a}), y2024, ef{110},
                             "synthetic");
  ds.add<m::derivative_models>(model_d, y2024, count{3}, "synthetic");
  SUBCASE("systems with their roles round-trip, from the text alone") {
    const std::string text = ds.to_json();
    CHECK(text.find(R"("kind": "system")") != std::string::npos);
    CHECK(text.find(R"("role": "hosted_by")") != std::string::npos);
    const dataset back = dataset::from_json(text);
    CHECK(back.to_json() == text);
    CHECK(back.products() == ds.products());
    REQUIRE(back.products().size() == 3);
    CHECK(back.products()[0] == system_a);
    CHECK(back.products()[1] == system_b);
    CHECK(back.products()[2] == model_d);
    CHECK(back.parse_subject("system:System A") == subject(system_a));
    CHECK(back.parse_subject("US+system:System A") == subject::aggregate({"US"_country, system_a}));
    CHECK(back.find("computing_power", system_b, y2024).size() == 1);
    REQUIRE(back.size() == ds.size());
    for (std::size_t i = 0; i < ds.size(); ++i) {
      CHECK(back[i].to_observation() == ds[i].to_observation());
    }
  }
  SUBCASE("a system is not a product of the same name") {
    CHECK_THROWS_WITH_AS(static_cast<void>(ds.parse_subject("product:System A")),
                         "unknown product \"System A\"", dataset_error);
    CHECK_THROWS_WITH_AS(static_cast<void>(ds.parse_subject("system:Model D")),
                         "unknown system \"Model D\"", dataset_error);
  }
  SUBCASE("the CSV of a dataset with systems reads back against its definitions") {
    const dataset back = dataset::from_csv(ds.to_csv(), ds.definitions());
    REQUIRE(back.size() == ds.size());
    CHECK(back[0].subject() == subject(system_a));
  }
  SUBCASE("bad products in a document are refused where they are") {
    const std::string text = ds.to_json();
    const auto error_of = [](const std::string& t) -> std::string {
      try {
        static_cast<void>(dataset::from_json(t));
      } catch (const json_error& e) {
        return e.what();
      }
      return "no error";
    };
    std::string bad_role = text;
    bad_role.replace(bad_role.find(R"("role": "hosted_by")"), 19, R"("role": "host")");
    CHECK(error_of(bad_role).find("$.products[0].organizations[2].role") != std::string::npos);
    // Two systems of one name cannot be told apart by their text form.
    std::string twice = text;
    twice.replace(twice.find(R"("name": "System B")"), 18, R"("name": "System A")");
    const std::string e = error_of(twice);
    CHECK(e.find("$.products[1].name: another system has the name \"System A\"") !=
          std::string::npos);
  }
  SUBCASE("loading a document against definitions that know its systems adds none twice") {
    const dataset back = dataset::from_json(ds.to_json(), ds.definitions());
    CHECK(back.products().size() == 3);
  }
}

TEST_CASE("dataset.subjects_with") {
  dataset ds = synthetic();
  ds.add<m::computing_power>(system_a, y2024, ef{10}, "synthetic");
  ds.add<m::computing_power>(system_b, y2024, ef{5}, "synthetic");
  ds.add<m::computing_power>(system_c, y2024, ef{2}, "synthetic");
  ds.add<m::derivative_models>(model_d, y2024, count{3}, "synthetic");
  CHECK(ds.subjects_with(lab, role::operated_by) == std::vector<subject>{system_a, system_c});
  CHECK(ds.subjects_with(lab, role::hosted_by) == std::vector<subject>{system_a});
  CHECK(ds.subjects_with(maker, role::made_by) ==
        std::vector<subject>{system_a, system_b, model_d});
  CHECK(ds.subjects_with(centre, role::made_by).empty());
}

TEST_CASE("dataset.total.products_and_systems") {
  dataset ds = synthetic();
  const auto add = [&](const subject& s, double v, const period& p = y2024) {
    ds.add<m::computing_power>(s, p, ef{v}, "synthetic");
  };
  const total_options with{.include_products_and_systems = true};
  add("US"_country, 100);
  add("DE"_country, 50);
  add(system_a, 10);
  add(system_b, 5);
  add(system_c, 2);
  SUBCASE("a country: only when asked") {
    const total_result plain = ds.total(m::computing_power::id, "US"_country, y2024);
    CHECK(value_of(plain) == 100);
    CHECK(plain.used.size() == 1);
    const total_result t = ds.total(m::computing_power::id, "US"_country, y2024, with);
    CHECK(t.complete());
    CHECK(value_of(t) == 110);
    REQUIRE(t.used.size() == 2);
    CHECK(t.used[1].subject() == subject(system_a));
  }
  SUBCASE("a country with no figure of its own: its systems, and the country missing") {
    const total_result t = ds.total(m::computing_power::id, "GB"_country, y2024, with);
    CHECK(t.value == figure(estimate<double>::at_least(2)));
    REQUIRE(t.missing.size() == 1);
    CHECK(t.missing[0].subject == subject("GB"_country));
  }
  SUBCASE("products and systems of other metrics or periods are not added") {
    ds.add<m::derivative_models>(model_d, y2024, count{3}, "synthetic");
    add(system_a, 20, y2019);
    CHECK(value_of(ds.total(m::computing_power::id, "US"_country, y2024, with)) == 110);
    CHECK(ds.total(m::derivative_models::id, "US"_country, y2024, with).value ==
          figure(estimate<count>::at_least(count{3})));
  }
  SUBCASE("a group: the systems located in its members at the period") {
    const total_result plain = ds.total(m::computing_power::id, groups::g7, y2024);
    CHECK(plain.value == figure(estimate<double>::at_least(150)));
    const total_result t = ds.total(m::computing_power::id, groups::g7, y2024, with);
    CHECK(t.value == figure(estimate<double>::at_least(167)));
    CHECK(t.missing == plain.missing);  // a system does not stand in for its country
    // The EU: GB, and System C with it, is a member in 2019 only.
    add(system_c, 4, y2019);
    add(system_b, 6, y2019);
    add(system_c, 8, y2021);
    CHECK(ds.total(m::computing_power::id, groups::eu, y2019, with).value ==
          figure(estimate<double>::at_least(10)));
    CHECK(ds.total(m::computing_power::id, groups::eu, y2021, with).value ==
          figure(estimate<double>::at_least(0)));
  }
  SUBCASE("a group's own figure, and the systems in its members") {
    add(groups::g7, 400);
    CHECK(value_of(ds.total(m::computing_power::id, groups::g7, y2024)) == 400);
    CHECK(value_of(ds.total(m::computing_power::id, groups::g7, y2024, with)) == 417);
  }
  SUBCASE("a system named and also brought in by its country: refused, or counted once") {
    const subject us_and_a = subject::aggregate({"US"_country, system_a});
    CHECK(value_of(ds.total(m::computing_power::id, us_and_a, y2024)) == 110);
    CHECK_THROWS_WITH_AS(ds.total(m::computing_power::id, us_and_a, y2024, with),
                         "double counting in US+system:System A in 2024: system:System A is "
                         "named and also located in US; pass {.deduplicate = true} to count it "
                         "once",
                         dataset_error);
    const subject a_and_g7 = subject::aggregate({system_a, groups::g7});
    CHECK_THROWS_AS(ds.total(m::computing_power::id, a_and_g7, y2024, with), dataset_error);
    total_options once = with;
    once.deduplicate = true;
    const total_result t = ds.total(m::computing_power::id, us_and_a, y2024, once);
    CHECK(value_of(t) == 110);
    CHECK(t.used.size() == 2);
    CHECK(ds.total(m::computing_power::id, a_and_g7, y2024, once).value ==
          figure(estimate<double>::at_least(167)));
  }
  SUBCASE("a country counted twice brings its systems in once") {
    const subject us_twice = subject::aggregate({"US"_country, groups::g7});
    total_options once = with;
    once.deduplicate = true;
    CHECK(ds.total(m::computing_power::id, us_twice, y2024, once).value ==
          figure(estimate<double>::at_least(167)));
  }
}

}  // namespace dataset_systems_test
