// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_DATASET_REFERENCE_HPP
#define CITED_DATASET_REFERENCE_HPP

/// The CLDR 41 reference figures (`<cited/catalog/reference.hpp>`) in a dataset: one observation
/// of `population`, `gdp` and `literacy` per country, each from the source `cldr-41`, dated 2022
/// and marked `estimated`. Opt-in: no dataset has them unless they are added.

#include <cited/catalog/reference.hpp>
#include <cited/dataset/dataset.hpp>
#include <cited/fact/observation.hpp>
#include <cited/value/country.hpp>

#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace cited::reference {

/// The id of CLDR 41's source in a dataset.
inline constexpr std::string_view cldr_41_source_id = "cldr-41";

namespace detail {

inline void add_figures_of(dataset& ds, const territory_figures& f) {
  const std::string source(cldr_41_source_id);
  constexpr observation_status estimated = observation_status::estimated;
  ds.add<population>(f.country, cldr_41_period(), f.population, source, estimated);
  ds.add<gdp>(f.country, cldr_41_period(), f.gdp, source, estimated);
  ds.add<literacy>(f.country, cldr_41_period(), f.literacy_percent, source, estimated);
}

inline void add_definitions(dataset& ds) {
  ds.add_metric<population>();
  ds.add_metric<gdp>();
  ds.add_metric<literacy>();
  ds.add_source(std::string(cldr_41_source_id), cldr_41_provenance());
}

}  // namespace detail

/// Adds to `ds` the three metrics, the source `cldr-41` and, for each of `countries` that CLDR 41
/// lists, its population, GDP and literacy in 2022, `estimated`. Returns `ds`. Throws
/// `dataset_error` when `ds` already has another metric with one of the ids, or another source
/// under `cldr-41`; adding the same figures twice adds them twice.
///
///     cited::reference::add_figures(ds, {"CN"_country, "US"_country});
inline dataset& add_figures(dataset& ds, std::span<const country> countries) {
  detail::add_definitions(ds);
  for (const country c : countries) {
    if (const std::optional<territory_figures> f = figures_of(c)) detail::add_figures_of(ds, *f);
  }
  return ds;
}
/// `add_figures` for a list of countries.
inline dataset& add_figures(dataset& ds, std::initializer_list<country> countries) {
  return add_figures(ds, std::span<const country>(countries.begin(), countries.size()));
}

/// Adds to `ds` the figures of every country CLDR 41 lists (250 countries, 750 observations).
inline dataset& add_all_figures(dataset& ds) {
  detail::add_definitions(ds);
  for (const territory_figures& f : all_figures()) detail::add_figures_of(ds, f);
  return ds;
}

/// A dataset of every country's CLDR 41 figures, titled after its source.
inline dataset cldr_41_dataset() {
  dataset ds;
  ds.set_title("Reference figures from Unicode CLDR 41 (territoryInfo)");
  add_all_figures(ds);
  return ds;
}

}  // namespace cited::reference

#endif  // CITED_DATASET_REFERENCE_HPP
