// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_CATALOG_GROUPS_HPP
#define CITED_CATALOG_GROUPS_HPP

/// The built-in country groups, `cited::groups::eu`, `euro_area`, `g7`, `g8`, `g20`, `brics`,
/// `oecd`, `asean`, `nato` and `african_union` (all of them in `cited::groups::builtin`), made at
/// compile time from the dated, sourced memberships of <cited/catalog/data/groups.hpp>: an unknown
/// code, a date that is not a calendar date or overlapping intervals do not compile. Members that
/// are not countries (the EU and the African Union in the G20) are `cited::groups::member_groups`;
/// territories that are members as part of a state (Réunion in the EU) are told by
/// `cited::groups::state_of`.

#include <cited/catalog/data/groups.hpp>
#include <cited/value/country.hpp>
#include <cited/value/country_group.hpp>

#include <array>
#include <chrono>
#include <cstddef>
#include <optional>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

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

/// The European Union's members since 1958 (the EEC counted as the EU): member states, and
/// territories with their own ISO code while the treaties apply to them (Réunion, Åland, ...).
inline constexpr country_group eu =
    detail::builtin_group<detail::group_data::eu>("EU", "European Union");
/// The EU members that use the euro, since 1999, with the territories that use it as part of
/// an EU member state.
inline constexpr country_group euro_area =
    detail::builtin_group<detail::group_data::euro_area>("EA", "Euro area");
/// The Group of Seven, since 1975.
inline constexpr country_group g7 =
    detail::builtin_group<detail::group_data::g7>("G7", "Group of Seven");
/// The Group of Eight, the G7 and Russia, from 1998-05-15 to 2014-03-24.
inline constexpr country_group g8 =
    detail::builtin_group<detail::group_data::g8>("G8", "Group of Eight");
/// The Group of Twenty's member countries, since 1999; the EU and the African Union are
/// `member_groups`.
inline constexpr country_group g20 =
    detail::builtin_group<detail::group_data::g20>("G20", "Group of Twenty");
/// BRICS, since the first BRIC summit in 2009.
inline constexpr country_group brics =
    detail::builtin_group<detail::group_data::brics>("BRICS", "BRICS");
/// The OECD, since its Convention came into force in 1961.
inline constexpr country_group oecd = detail::builtin_group<detail::group_data::oecd>(
    "OECD", "Organisation for Economic Co-operation and Development");
/// ASEAN, since the Bangkok Declaration of 1967.
inline constexpr country_group asean = detail::builtin_group<detail::group_data::asean>(
    "ASEAN", "Association of Southeast Asian Nations");
/// NATO, since the North Atlantic Treaty came into force in 1949.
inline constexpr country_group nato =
    detail::builtin_group<detail::group_data::nato>("NATO", "North Atlantic Treaty Organization");

/// The African Union's member states with an ISO code, since its launch in 2002 (the Sahrawi
/// Republic, which has none, and suspensions are not modelled).
inline constexpr country_group african_union =
    detail::builtin_group<detail::group_data::african_union>("AU", "African Union");

/// Every built-in group, in the order above: what a dataset made `with_builtins` knows.
inline constexpr country_group builtin[] = {eu,    euro_area, g7,    g8,   g20,
                                            brics, oecd,      asean, nato, african_union};

/// A member of a group that is not a country, such as the EU in the G20, over `[from, until)`.
/// Counts and totals over a group's members leave these out: they count countries only.
struct member_group {
  std::string_view group;            ///< the id of the group it belongs to, such as "G20"
  std::string_view member;           ///< its own id, such as "EU"
  std::string_view name;             ///< its name, such as "European Union"
  std::chrono::year_month_day from;  ///< its first day as a member
  std::optional<std::chrono::year_month_day> until;  ///< the first day no longer a member

  /// True when it is a member on day `d`.
  constexpr bool active_on(std::chrono::year_month_day d) const noexcept {
    return from <= d && (!until || d < *until);
  }
};

}  // namespace cited::groups

namespace cited::detail {

constexpr groups::member_group member_group_of(const group_membership_record& r) {
  return {r.group, r.member, r.member_name, date_of(r.from),
          r.until.year == 0 ? std::nullopt : std::optional(date_of(r.until))};
}

template <std::size_t... I>
constexpr auto member_groups_of(std::index_sequence<I...>) {
  return std::array<groups::member_group, sizeof...(I)>{
      {member_group_of(group_data::member_groups[I])...}};
}

inline constexpr auto member_group_table =
    member_groups_of(std::make_index_sequence<std::size(group_data::member_groups)>());

// Not constexpr, like group_data_error_unknown_country_code.
inline void group_data_error_territory_without_state() {}

constexpr std::optional<country> state_in_table(country c) {
  for (const territory_record& t : group_data::territories) {
    if (country::from_alpha2(t.alpha2) == c) {
      const std::optional<country> s = country::from_alpha2(t.state);
      if (!s) group_data_error_territory_without_state();
      return s;
    }
  }
  return std::nullopt;
}

}  // namespace cited::detail

namespace cited::groups {

/// Every membership of a group in a built-in group, in the order of the data header.
constexpr std::span<const member_group> member_groups() noexcept {
  return detail::member_group_table;
}

/// True when the group with id `member` (such as "AU") is a member of `g` on day `d`.
constexpr bool has_member_group(const country_group& g, std::string_view member,
                                std::chrono::year_month_day d) noexcept {
  for (const member_group& m : member_groups()) {
    if (m.group == g.id() && m.member == member && m.active_on(d)) return true;
  }
  return false;
}

/// The groups that are members of `g` on day `d`, in the order of `member_groups()`.
inline std::vector<member_group> member_groups_at(const country_group& g,
                                                  std::chrono::year_month_day d) {
  std::vector<member_group> out;
  for (const member_group& m : member_groups()) {
    if (m.group == g.id() && m.active_on(d)) out.push_back(m);
  }
  return out;
}

/// For a territory that is a member of a built-in group as part of a state (Réunion, Åland,
/// Gibraltar, ...), that state; `std::nullopt` for others. A total over a group does not ask
/// such a territory for a figure of its own: its state's figure is taken as the source reports
/// it, and the territory's own figure is added only when the dataset has one.
constexpr std::optional<country> state_of(country c) { return detail::state_in_table(c); }

/// The members of `g` on day `d` that are not territories of a state (see `state_of`).
inline std::vector<country> states_at(const country_group& g, std::chrono::year_month_day d) {
  std::vector<country> out = g.members_at(d);
  std::erase_if(out, [](country c) { return state_of(c).has_value(); });
  return out;
}

}  // namespace cited::groups

#endif  // CITED_CATALOG_GROUPS_HPP
