// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_CATALOG_REGIONS_HPP
#define CITED_CATALOG_REGIONS_HPP

/// The UN M49 regions as Unicode CLDR gives them (<cited/catalog/data/m49.hpp>): `cited::region`,
/// the named regions `cited::regions::world`, `africa`, `eastern_asia`, ..., and
/// `cited::regions::containing(country)`.

#include <cited/catalog/data/m49.hpp>
#include <cited/reflect/form.hpp>
#include <cited/value/country.hpp>
#include <cited/value/country_group.hpp>

#include <array>
#include <chrono>
#include <compare>
#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace cited {

class region;

namespace detail {

inline constexpr std::size_t region_count = std::size(m49_regions);
inline constexpr std::uint8_t no_region = 0xFF;
static_assert(region_count <= 64, "cited: the M49 regions must fit a 64-bit mask");
static_assert(std::size(m49_countries) == country_table_size,
              "cited: m49.hpp has a row per entry of iso3166.hpp; regenerate it "
              "(target cited_regenerate_m49)");
static_assert(
    [] {
      for (std::size_t i = 0; i < country_table_size; ++i) {
        const country c = *country::at_index(static_cast<std::uint16_t>(i));
        if (m49_countries[i].code != c.code()) return false;
      }
      return true;
    }(),
    "cited: m49.hpp does not follow the order of iso3166.hpp; regenerate it "
    "(target cited_regenerate_m49)");

// Per country index, bit i for each region m49_regions[i] that contains it: what
// region::contains(country) reads, one load.
inline constexpr auto region_masks = [] {
  std::array<std::uint64_t, country_table_size> t{};
  for (std::size_t i = 0; i < country_table_size; ++i) t[i] = m49_countries[i].regions;
  return t;
}();

// M49 numeric code to region index.
inline constexpr auto region_code_lookup = [] {
  std::array<std::uint8_t, 1000> t{};
  t.fill(no_region);
  for (std::size_t i = 0; i < region_count; ++i)
    t[m49_regions[i].code] = static_cast<std::uint8_t>(i);
  return t;
}();

inline constexpr auto region_member_counts = [] {
  std::array<std::uint16_t, region_count> n{};
  for (const std::uint64_t mask : region_masks) {
    for (std::size_t r = 0; r < region_count; ++r)
      n[r] += static_cast<std::uint16_t>(mask >> r & 1U);
  }
  return n;
}();

inline constexpr auto region_member_offsets = [] {
  std::array<std::size_t, region_count + 1> at{};
  for (std::size_t r = 0; r < region_count; ++r) at[r + 1] = at[r] + region_member_counts[r];
  return at;
}();

// The members of every region, region after region, each in country order.
inline constexpr auto region_member_indices = [] {
  std::array<std::uint16_t, region_member_offsets[region_count]> out{};
  std::size_t k = 0;
  for (std::size_t r = 0; r < region_count; ++r) {
    for (std::size_t c = 0; c < country_table_size; ++c) {
      if (region_masks[c] >> r & 1U) out[k++] = static_cast<std::uint16_t>(c);
    }
  }
  return out;
}();

// Containment has no dates: each membership runs from the earliest day std::chrono can name.
inline constexpr std::chrono::year_month_day region_membership_start =
    std::chrono::year::min() / std::chrono::January / 1;

template <std::size_t... I>
constexpr std::array<membership, sizeof...(I)> region_memberships_of(std::index_sequence<I...>) {
  return {{membership{country_access::make(region_member_indices[I]), region_membership_start,
                      std::nullopt}...}};
}
inline constexpr auto region_memberships =
    region_memberships_of(std::make_index_sequence<region_member_indices.size()>());

template <std::size_t... I>
constexpr std::array<country_group, sizeof...(I)> region_groups_of(std::index_sequence<I...>) {
  return {{country_group(m49_regions[I].code_text, m49_regions[I].name,
                         std::span<const membership>(region_memberships)
                             .subspan(region_member_offsets[I], region_member_counts[I]),
                         unchecked_t{})...}};
}
// Each region as a country group, by region index.
inline constexpr auto region_groups = region_groups_of(std::make_index_sequence<region_count>());

// Region indices from the fewest members to the most (ties by code): the order of
// regions::containing, narrowest first.
inline constexpr auto regions_narrowest_first = [] {
  std::array<std::uint8_t, region_count> order{};
  for (std::size_t i = 0; i < region_count; ++i) order[i] = static_cast<std::uint8_t>(i);
  for (std::size_t i = 1; i < region_count; ++i) {  // insertion sort, stable
    for (std::size_t j = i;
         j > 0 && region_member_counts[order[j]] < region_member_counts[order[j - 1]]; --j) {
      const std::uint8_t t = order[j];
      order[j] = order[j - 1];
      order[j - 1] = t;
    }
  }
  return order;
}();

struct region_access;

// Not constexpr: a named region that calls it does not compile, and the diagnostic names it.
inline void region_error_no_region_has_this_name() {}

}  // namespace detail

/// A UN M49 region ("Eastern Asia", 030), as Unicode CLDR's territory containment gives it: the
/// world (001), the continents (Africa, Americas, Asia, Europe, Oceania), their sub-regions, and
/// the groupings that overlap them (003 North America, 202 Sub-Saharan Africa, 419 Latin America).
///
/// One byte, trivially copyable and usable in constant expressions. Containment has no dates:
/// a country is in a region or not, as the CLDR version the table was made from says. There is
/// no default constructor; take a named region or look one up:
///
///     static_assert(cited::regions::eastern_asia.contains("CN"_country));
///     auto r = cited::regions::from_code(150);  // std::optional<region>, Europe
///
/// The order is by M49 code.
class region {
 public:
  /// The M49 numeric code: 30 for Eastern Asia.
  constexpr int code() const noexcept { return record().code; }
  /// The M49 code as three digits: "030".
  constexpr std::string_view code_text() const noexcept { return record().code_text; }
  /// CLDR's English name: "Eastern Asia" ("world" for 001, as CLDR writes it).
  constexpr std::string_view name() const noexcept { return record().name; }
  /// True for a grouping that lies beside the tree of continents and sub-regions rather than in
  /// it: 003 North America, 202 Sub-Saharan Africa, 419 Latin America.
  constexpr bool is_grouping() const noexcept {
    return record().flags == detail::region_flags::grouping;
  }

  /// True when `c` lies in this region, directly or through a smaller region. One table load.
  constexpr bool contains(country c) const noexcept {
    return (detail::region_masks[c.index()] >> index_ & 1U) != 0;
  }
  /// True when `r` lies in this region: it is this region or one inside it (Eastern Asia in
  /// Asia, Central America in Latin America).
  constexpr bool contains(region r) const noexcept {
    return (detail::m49_regions[r.index_].within >> index_ & 1U) != 0;
  }

  /// The regions this one lies in directly (none for the world), by code.
  std::vector<region> parents() const;
  /// The countries in this region, in country order.
  std::vector<country> members() const {
    std::vector<country> out;
    out.reserve(detail::region_member_counts[index_]);
    for (const membership& m : group().memberships()) out.push_back(m.member);
    return out;
  }
  /// The number of countries in this region.
  constexpr std::size_t member_count() const noexcept {
    return detail::region_member_counts[index_];
  }

  /// This region as a `country_group`, with id `code_text()` and name `name()`. Containment has
  /// no dates, so each membership runs from the earliest day `std::chrono` can name, with no end.
  constexpr const country_group& group() const noexcept { return detail::region_groups[index_]; }
  /// See `group()`.
  constexpr explicit operator const country_group&() const noexcept { return group(); }

  /// The position in the table of regions (by code); stable within a version.
  constexpr std::uint8_t index() const noexcept { return index_; }

  friend constexpr bool operator==(region, region) noexcept = default;
  friend constexpr auto operator<=>(region, region) noexcept = default;

  /// Writes `code_text()`.
  template <class CharT, class Traits>
  friend std::basic_ostream<CharT, Traits>& operator<<(std::basic_ostream<CharT, Traits>& os,
                                                       region r) {
    return os << r.code_text();
  }

 private:
  friend struct detail::region_access;
  constexpr explicit region(std::uint8_t index) noexcept : index_(index) {}
  constexpr const detail::m49_region_record& record() const noexcept {
    return detail::m49_regions[index_];
  }

  std::uint8_t index_;
};

namespace detail {

struct region_access {
  static constexpr region make(std::size_t i) noexcept {
    return region(static_cast<std::uint8_t>(i));
  }
};

template <std::size_t... I>
constexpr std::array<region, sizeof...(I)> all_regions_of(std::index_sequence<I...>) noexcept {
  return {region_access::make(I)...};
}
inline constexpr auto all_regions = all_regions_of(std::make_index_sequence<region_count>());

consteval region region_named(std::string_view ident) {
  for (std::size_t i = 0; i < region_count; ++i) {
    if (m49_regions[i].ident == ident) return region_access::make(i);
  }
  region_error_no_region_has_this_name();
  return region_access::make(0);
}

}  // namespace detail

inline std::vector<region> region::parents() const {
  std::vector<region> out;
  const auto& r = record();
  for (std::size_t i = 0; i < r.parent_count; ++i) {
    out.push_back(detail::region_access::make(detail::region_code_lookup[r.parents[i]]));
  }
  return out;
}

/// The UN M49 regions, named after CLDR's English names in snake_case, and lookups.
namespace regions {

/// Every region, by code.
constexpr std::span<const region, detail::region_count> all() noexcept {
  return detail::all_regions;
}

/// The region with this M49 code (150 for Europe), if CLDR lists it as a region.
constexpr std::optional<region> from_code(int code) noexcept {
  if (code <= 0 || code >= 1000) return std::nullopt;
  const std::uint8_t i = detail::region_code_lookup[static_cast<std::size_t>(code)];
  if (i == detail::no_region) return std::nullopt;
  return detail::region_access::make(i);
}

/// The region with this three-digit M49 code ("030"); other text gives `std::nullopt`.
constexpr std::optional<region> from_code(std::string_view code) noexcept {
  if (code.size() != 3) return std::nullopt;
  int n = 0;
  for (const char c : code) {
    if (c < '0' || c > '9') return std::nullopt;
    n = n * 10 + (c - '0');
  }
  return from_code(n);
}

/// The regions that contain `c`, narrowest first (fewest members), ending at the world; empty
/// for a country CLDR puts in no region (the historic entries).
inline std::vector<region> containing(country c) {
  std::vector<region> out;
  const std::uint64_t mask = detail::region_masks[c.index()];
  for (const std::uint8_t i : detail::regions_narrowest_first) {
    if (mask >> i & 1U) out.push_back(detail::region_access::make(i));
  }
  return out;
}

// clang-format off
/// 001, the world: every country CLDR puts in a region.
inline constexpr region world = detail::region_named("world");
/// 002 Africa.
inline constexpr region africa = detail::region_named("africa");
/// 019 Americas.
inline constexpr region americas = detail::region_named("americas");
/// 142 Asia.
inline constexpr region asia = detail::region_named("asia");
/// 150 Europe.
inline constexpr region europe = detail::region_named("europe");
/// 009 Oceania.
inline constexpr region oceania = detail::region_named("oceania");

/// 015 Northern Africa.
inline constexpr region northern_africa = detail::region_named("northern_africa");
/// 011 Western Africa.
inline constexpr region western_africa = detail::region_named("western_africa");
/// 014 Eastern Africa.
inline constexpr region eastern_africa = detail::region_named("eastern_africa");
/// 017 Middle Africa.
inline constexpr region middle_africa = detail::region_named("middle_africa");
/// 018 Southern Africa.
inline constexpr region southern_africa = detail::region_named("southern_africa");
/// 202 Sub-Saharan Africa, a grouping: Western, Eastern, Middle and Southern Africa.
inline constexpr region sub_saharan_africa = detail::region_named("sub_saharan_africa");

/// 021 Northern America.
inline constexpr region northern_america = detail::region_named("northern_america");
/// 013 Central America.
inline constexpr region central_america = detail::region_named("central_america");
/// 029 Caribbean.
inline constexpr region caribbean = detail::region_named("caribbean");
/// 005 South America.
inline constexpr region south_america = detail::region_named("south_america");
/// 003 North America, a grouping: Northern America, Central America and the Caribbean.
inline constexpr region north_america = detail::region_named("north_america");
/// 419 Latin America (and the Caribbean), a grouping: Central America, the Caribbean and South
/// America.
inline constexpr region latin_america = detail::region_named("latin_america");

/// 143 Central Asia.
inline constexpr region central_asia = detail::region_named("central_asia");
/// 030 Eastern Asia.
inline constexpr region eastern_asia = detail::region_named("eastern_asia");
/// 034 Southern Asia.
inline constexpr region southern_asia = detail::region_named("southern_asia");
/// 035 South-eastern Asia ("Southeast Asia" in CLDR).
inline constexpr region southeast_asia = detail::region_named("southeast_asia");
/// 145 Western Asia.
inline constexpr region western_asia = detail::region_named("western_asia");

/// 151 Eastern Europe.
inline constexpr region eastern_europe = detail::region_named("eastern_europe");
/// 154 Northern Europe.
inline constexpr region northern_europe = detail::region_named("northern_europe");
/// 039 Southern Europe.
inline constexpr region southern_europe = detail::region_named("southern_europe");
/// 155 Western Europe.
inline constexpr region western_europe = detail::region_named("western_europe");

/// 053 Australia and New Zealand ("Australasia" in CLDR).
inline constexpr region australasia = detail::region_named("australasia");
/// 054 Melanesia.
inline constexpr region melanesia = detail::region_named("melanesia");
/// 057 Micronesia ("Micronesian Region" in CLDR).
inline constexpr region micronesian_region = detail::region_named("micronesian_region");
/// 061 Polynesia.
inline constexpr region polynesia = detail::region_named("polynesia");
// clang-format on

}  // namespace regions

/// The JSON and CSV form of a region: its three-digit M49 code, as in `"030"`.
template <>
struct string_form<region> {
  static constexpr std::string_view expected = "a three-digit UN M49 region code such as \"030\"";
  static void write(region r, std::string& out) { out += r.code_text(); }
  static std::optional<region> read(std::string_view text) noexcept {
    return regions::from_code(text);
  }
};

}  // namespace cited

/// Hashes a region by its table index.
template <>
struct std::hash<cited::region> {
  constexpr std::size_t operator()(cited::region r) const noexcept { return r.index(); }
};

#endif  // CITED_CATALOG_REGIONS_HPP
