// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0
//
// The CLDR 41 reference figures in a dataset: one observation per country and metric, each from
// CLDR 41, dated 2022 and estimated; and the dataset's JSON document loads back.

#include <cited/dataset/reference.hpp>

#include <cited/dataset.hpp>

#include <doctest/doctest.h>

#include <string>
#include <variant>

using namespace cited::literals;
namespace ref = cited::reference;

TEST_CASE("reference dataset: every country's three figures, from CLDR 41") {
  const cited::dataset ds = ref::cldr_41_dataset();
  CHECK(ds.size() == 750);
  CHECK(ds.title() == "Reference figures from Unicode CLDR 41 (territoryInfo)");
  CHECK(ds.source_ids() == std::vector<std::string>{"cldr-41"});
  REQUIRE(ds.find_metric("population"));
  CHECK(ds.find_metric("gdp")->unit == "$ (PPP)");
  CHECK(ds.find_metric("literacy")->kind == cited::value_kind::number);
  for (std::size_t i = 0; i < ds.size(); ++i) {
    CHECK(ds[i].source_id() == "cldr-41");
    CHECK(ds[i].status() == cited::observation_status::estimated);
    CHECK(ds[i].period() == ref::cldr_41_period());
  }
  const auto cn = ds.find("population", cited::subject("CN"_country), ref::cldr_41_period());
  REQUIRE(cn.size() == 1);
  CHECK(std::get<cited::estimate<cited::count>>(cn[0].value()) ==
        cited::estimate<cited::count>::exact(cited::count{1'394'020'000}));
  CHECK(cn[0].provenance().primary().source == ref::cldr_41());
}

TEST_CASE("reference dataset: added to a user's dataset, for some countries") {
  cited::dataset ds{cited::with_builtins};
  ref::add_figures(ds, {"CN"_country, "US"_country});
  CHECK(ds.size() == 6);
  const auto gdp = ds.find<ref::gdp>(cited::subject("US"_country), ref::cldr_41_period());
  REQUIRE(gdp.size() == 1);
  // A country CLDR does not list, or a historic one, adds nothing.
  ref::add_figures(ds, {*cited::country::from_alpha4("SUHH")});
  CHECK(ds.size() == 6);
  // Another metric under one of the ids is refused.
  cited::dataset other;
  other.add_metric(
      cited::metric_info{"population", "people", cited::value_kind::number, {}, false, true});
  CHECK_THROWS_AS(ref::add_figures(other, {"CN"_country}), cited::dataset_error);
}

TEST_CASE("reference dataset: its JSON document loads back") {
  cited::dataset ds;
  ref::add_figures(ds, {"CN"_country, "IN"_country, "XK"_country});
  const cited::dataset back = cited::dataset::from_json(ds.to_json());
  REQUIRE(back.size() == ds.size());
  for (std::size_t i = 0; i < ds.size(); ++i) {
    CHECK(back[i].to_observation() == ds[i].to_observation());
  }
  CHECK(back.source("cldr-41") == ref::cldr_41_provenance());
  CHECK(*back.find_metric("gdp") == *ds.find_metric("gdp"));
}
