// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_CATALOG_GROUPS_HPP
#define CITED_CATALOG_GROUPS_HPP

/// The built-in country groups, `cited::groups::eu`, `euro_area`, `g7` and `brics`, made at
/// compile time from the dated memberships of <cited/catalog/data/groups.hpp>: an unknown code, a
/// date that is not a calendar date or overlapping intervals do not compile.

#include <cited/catalog/data/groups.hpp>
#include <cited/value/country.hpp>
#include <cited/value/country_group.hpp>

#include <array>
#include <chrono>
#include <cstddef>
#include <optional>
#include <utility>

namespace cited::detail {

// Not constexpr: a constant expression that calls it does not compile, and the diagnostic names
// the function, which says what is wrong.
inline void group_data_error_unknown_country_code() {}

constexpr std::chrono::year_month_day date_of(record_date d) noexcept {
  return ymd(d.year, d.month, d.day);
}

constexpr membership membership_of(const membership_record& r) {
  const std::optional<country> c = country::from_alpha2(r.alpha2);
  if (!c) group_data_error_unknown_country_code();
  return {*c, date_of(r.from), r.until.year == 0 ? std::nullopt : std::optional(date_of(r.until))};
}

template <const auto& Records, std::size_t... I>
constexpr std::array<membership, sizeof...(I)> memberships_of(std::index_sequence<I...>) {
  return {{membership_of(Records[I])...}};
}

// The memberships of `Records`, an array of membership_record, sorted by country and indexed.
template <const auto& Records>
inline constexpr auto memberships = make_indexed_memberships(
    memberships_of<Records>(std::make_index_sequence<std::size(Records)>()));

// A built-in group: indexed, so that `contains` reads the intervals of one country only.
template <const auto& Records>
constexpr country_group builtin_group(std::string_view id, std::string_view name) {
  return {id, name, memberships<Records>.memberships, memberships<Records>.by_country};
}

}  // namespace cited::detail

namespace cited::groups {

/// The European Union's member states since 1958 (the EEC counted as the EU).
inline constexpr country_group eu =
    detail::builtin_group<detail::group_data::eu>("EU", "European Union");
/// The EU member states that use the euro, since 1999.
inline constexpr country_group euro_area =
    detail::builtin_group<detail::group_data::euro_area>("EA", "Euro area");
/// The Group of Seven, since 1975.
inline constexpr country_group g7 =
    detail::builtin_group<detail::group_data::g7>("G7", "Group of Seven");
/// BRICS, since the first BRIC summit in 2009.
inline constexpr country_group brics =
    detail::builtin_group<detail::group_data::brics>("BRICS", "BRICS");

}  // namespace cited::groups

#endif  // CITED_CATALOG_GROUPS_HPP
