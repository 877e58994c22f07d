// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0
//
// Per-capita figures: a count divided by a population, bounded as the count is, with the
// provenance of both; and what cannot be divided.

#include <cited/dataset/per_capita.hpp>

#include <cited/catalog/seed.hpp>
#include <cited/catalog/seed_metrics.hpp>
#include <cited/dataset.hpp>
#include <cited/dataset/reference.hpp>

#include <doctest/doctest.h>

#include <string>

using namespace cited::literals;
namespace ref = cited::reference;

namespace {

const cited::period y2024 = cited::period::parse("2024");

// The seed's 23,695 AI publications of China in 2024, and CLDR's figures for China and the US.
cited::dataset publications() {
  cited::dataset ds{cited::with_builtins};
  ds.add_source("ai-publications", cited::seed::ai_publications());
  ds.add<cited::metrics::ai_publications>("CN"_country, y2024, cited::count{23695},
                                          "ai-publications");
  ref::add_figures(ds, {"CN"_country, "US"_country});
  return ds;
}

}  // namespace

TEST_CASE("per capita: a count per million people, citing both sources") {
  const cited::dataset ds = publications();
  const auto population = cited::population_for(ds, ds[0]);
  REQUIRE(population);
  CHECK(population->subject() == cited::subject("CN"_country));
  const cited::per_capita_figure x = cited::per_million_people(ds[0], *population);
  CHECK(x.per == 1'000'000);
  CHECK(x.value.is_exact());
  CHECK(*x.value.value() == doctest::Approx(23695.0 / 1394.02));
  CHECK(x.to_string() == "17.00 per million people");
  CHECK(x.numerator.metric == "ai_publications");
  CHECK(x.numerator.period == y2024);
  CHECK(x.population.metric == "population");
  CHECK(x.population.period == ref::cldr_41_period());
  CHECK(x.population.status == cited::observation_status::estimated);
  CHECK(x.numerator_source == cited::seed::ai_publications());
  CHECK(x.numerator_source.primary().source == cited::seed::dimensions());
  CHECK(x.population_source == ref::cldr_41_provenance());
  // Per person and per thousand.
  CHECK(cited::per_capita(ds[0], *population, 1).to_string() == "0.0000 per person");
  CHECK(cited::per_capita(ds[0], *population, 1000).to_string() == "0.0170 per thousand people");
}

TEST_CASE("per capita: an estimate stays an estimate") {
  cited::dataset ds = publications();
  const std::size_t i = ds.add<cited::metrics::ai_publications>(
      "CN"_country, cited::period::parse("2025"),
      cited::estimate<cited::count>::more_than(cited::count{100'000}), "ai-publications");
  const cited::per_capita_figure x =
      cited::per_million_people(ds[i], *cited::population_for(ds, ds[i]));
  CHECK(x.value.kind() == cited::bound::more_than);
  CHECK(x.to_string() == "more than 71.73 per million people");
  const std::size_t k = ds.add<cited::metrics::ai_publications>(
      "US"_country, y2024,
      cited::estimate<cited::count>::between(cited::count{10'000}, cited::count{20'000}),
      "ai-publications");
  CHECK(cited::per_million_people(ds[k], *cited::population_for(ds, ds[k])).to_string() ==
        "between 30.06 and 60.13 per million people");
}

TEST_CASE("per capita: what cannot be divided") {
  cited::dataset ds = publications();
  const auto cn_population = *cited::population_for(ds, ds[0]);
  const auto us_population =
      ds.find("population", cited::subject("US"_country), ref::cldr_41_period())[0];
  // Another country's population.
  CHECK_THROWS_AS(cited::per_million_people(ds[0], us_population), cited::dataset_error);
  // A rank, and a number (literacy), do not divide.
  ds.add_source("rank", cited::seed::computing_power_rank());
  const std::size_t r =
      ds.add<cited::metrics::computing_power_rank>("CN"_country, y2024, cited::rank{2}, "rank");
  CHECK_THROWS_AS(cited::per_million_people(ds[r], cn_population), cited::dataset_error);
  const auto literacy = ds.find("literacy", cited::subject("CN"_country), ref::cldr_41_period());
  CHECK_THROWS_AS(cited::per_million_people(literacy[0], cn_population), cited::dataset_error);
  // A population that is not a count, or not exact.
  CHECK_THROWS_AS(cited::per_million_people(ds[0], literacy[0]), cited::dataset_error);
  const std::size_t p = ds.add<ref::population>(
      "CN"_country, cited::period::parse("2023"),
      cited::estimate<cited::count>::approximately(cited::count{1'400'000'000}), "cldr-41");
  CHECK_THROWS_AS(cited::per_million_people(ds[0], ds[p]), cited::dataset_error);
  CHECK_THROWS_AS(cited::per_capita(ds[0], cn_population, 0), cited::dataset_error);
}

TEST_CASE("per capita: the population used is the latest") {
  cited::dataset ds = publications();
  ds.add<ref::population>("CN"_country, cited::period::parse("2020"), cited::count{1'000},
                          "cldr-41");
  const auto latest = cited::population_for(ds, ds[0]);
  REQUIRE(latest);
  CHECK(latest->period() == ref::cldr_41_period());
  // No population for a subject, or no population metric at all: nothing.
  cited::dataset none{cited::with_builtins};
  none.add_source("ai-publications", cited::seed::ai_publications());
  none.add<cited::metrics::ai_publications>("CN"_country, y2024, cited::count{23695},
                                            "ai-publications");
  CHECK_FALSE(cited::population_for(none, none[0]));
}
