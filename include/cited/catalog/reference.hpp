// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0
//
// Reference figures from Unicode CLDR 41's territoryInfo: each territory's population, GDP (PPP)
// and literacy percent, as `cited::reference::figures_of(country)`, with the metrics they are
// figures of and CLDR 41 as their source. `<cited/dataset/reference.hpp>` adds them to a dataset.
//
// What CLDR says about these numbers, and nothing more:
// - UTS #35, Part 6, "Supplemental Territory Information": "reliable information is difficult to
//   obtain; the information in CLDR is an estimate culled from different sources, including the
//   World Bank, CIA Factbook, and others. The GDP and country literacy figures are taken from the
//   World Bank where available, otherwise supplemented by FactBook data and other sources. The GDP
//   figures are 'PPP (constant 2000 international $)'."
// - supplementalData.xml gives no year for any figure, and no reference for a territory's figures
//   (its `references` attributes are on languagePopulation only).
// So a figure here is CLDR's, of no stated year: the dataset layer dates it by the release (2022)
// and marks it `estimated`. docs/reference_figures.md says how old the numbers are.

#ifndef CITED_CATALOG_REFERENCE_HPP
#define CITED_CATALOG_REFERENCE_HPP

#include <cited/catalog/data/territory_info.hpp>
#include <cited/source.hpp>
#include <cited/value/amount.hpp>
#include <cited/value/country.hpp>
#include <cited/value/counts.hpp>
#include <cited/value/metric.hpp>
#include <cited/value/period.hpp>
#include <cited/value/unit.hpp>

#include <algorithm>
#include <array>
#include <chrono>
#include <optional>
#include <string_view>
#include <vector>

namespace cited::reference {

/// What a GDP at purchasing power parity measures: money valued at common prices.
struct purchasing_power {
  static constexpr std::string_view name = "purchasing_power";
};

/// Dollars at purchasing power parity, the unit of CLDR's GDP figures (UTS #35 calls them "PPP
/// (constant 2000 international $)").
struct ppp_dollars : named_unit<"$ (PPP)", purchasing_power> {};

/// A territory's population: a count of people.
struct population {
  using value_type = count;
  static constexpr std::string_view id = "population";
  static constexpr std::string_view name = "population";
  static constexpr bool additive = true;
  static constexpr bool higher_is_better = true;  // ranks the most populous first
};

/// A territory's gross domestic product at purchasing power parity, in dollars, as CLDR gives it.
struct gdp {
  using value_type = amount<ppp_dollars>;
  static constexpr std::string_view id = "gdp";
  static constexpr std::string_view name = "GDP (PPP)";
  static constexpr bool additive = true;
  static constexpr bool higher_is_better = true;
};

/// The percentage of a territory's population that is functionally literate (CLDR's
/// `literacyPercent`): a number from 0 to 100.
struct literacy {
  using value_type = double;
  static constexpr std::string_view id = "literacy";
  static constexpr std::string_view name = "literacy (percent of the population)";
  static constexpr bool additive = false;
  static constexpr bool higher_is_better = true;
};

/// The run-time facts of the three metrics, in the order above.
inline constexpr std::array<metric_info, 3> metrics{
    metric_info::of<population>(),
    metric_info::of<gdp>(),
    metric_info::of<literacy>(),
};

/// The Unicode Consortium, which publishes CLDR.
inline organization unicode_consortium() {
  return {"Unicode Consortium", organization_kind::nonprofit};
}

/// Unicode CLDR 41, released 2022-04-06 (the release note, https://cldr.unicode.org/index/
/// downloads/cldr-41, and the v41 alpha announcement's schedule). Its quote is UTS #35's sentence
/// naming where the territory figures come from.
inline source cldr_41() {
  return source{{.kind = source_kind::dataset,
                 .title = "Unicode Common Locale Data Repository (CLDR), version 41",
                 .authors = {unicode_consortium()},
                 .publisher = unicode_consortium(),
                 .published = period::parse("2022-04-06"),
                 .url = "https://cldr.unicode.org/index/downloads/cldr-41",
                 .quote = "the information in CLDR is an estimate culled from different sources, "
                          "including the World Bank, CIA Factbook, and others"}};
}

/// The provenance of every figure here: published in CLDR 41. CLDR credits no figure to any one of
/// the sources it names, so neither does this chain.
inline provenance cldr_41_provenance() { return provenance{relation::published_by, cldr_41()}; }

/// The period the figures are dated by: 2022, the year of CLDR 41's release. CLDR states no year
/// for them; they are estimates of that date or, mostly, earlier (see docs/reference_figures.md).
inline constexpr period cldr_41_period() { return period::year(std::chrono::year{2022}); }

/// One territory's figures in CLDR 41.
struct territory_figures {
  cited::country country;
  count population;
  amount<ppp_dollars> gdp;
  double literacy_percent;

  friend bool operator==(const territory_figures&, const territory_figures&) = default;
};

namespace detail {

inline territory_figures figures_from(cited::country c,
                                      const cited::detail::territory_info_record& r) {
  return {c, count{r.population}, amount<ppp_dollars>{static_cast<double>(r.gdp)},
          r.literacy_percent};
}

}  // namespace detail

/// The figures CLDR 41 gives for `c`, or nothing: for a historic country, or one CLDR does not
/// list.
inline std::optional<territory_figures> figures_of(cited::country c) {
  if (c.is_historic()) return std::nullopt;
  const auto& table = cited::detail::territory_info_table;
  const std::string_view code = c.alpha2();
  const auto* it = std::lower_bound(
      std::begin(table), std::end(table), code,
      [](const cited::detail::territory_info_record& r, std::string_view k) { return r.code < k; });
  if (it == std::end(table) || it->code != code || it->population == 0) return std::nullopt;
  return detail::figures_from(c, *it);
}

/// The figures of every country CLDR 41 lists, by alpha-2 code: the 249 ISO 3166-1 countries and
/// Kosovo. CLDR's other codes (AC Ascension Island, CP Clipperton Island, DG Diego Garcia, EA Ceuta
/// and Melilla, IC Canary Islands, TA Tristan da Cunha, ZZ unknown) are not countries here.
inline std::vector<territory_figures> all_figures() {
  std::vector<territory_figures> out;
  for (const auto& r : cited::detail::territory_info_table) {
    const std::optional<cited::country> c = cited::country::from_alpha2(r.code);
    if (c && r.population != 0) out.push_back(detail::figures_from(*c, r));
  }
  return out;
}

}  // namespace cited::reference

#endif  // CITED_CATALOG_REFERENCE_HPP
