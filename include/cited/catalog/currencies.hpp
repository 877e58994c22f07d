// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_CATALOG_CURRENCIES_HPP
#define CITED_CATALOG_CURRENCIES_HPP

/// The currencies of each country with their dates, from Unicode CLDR's `<currencyData>`:
/// `cited::currency_history(country)` and `cited::currencies_of(country, day)`.
///
/// A use runs from its first day through its last day, both included: CLDR's `from` and `to`
/// are dates without a time, which CLDR reads as 00:00 at the start of `from` and 24:00 at the
/// end of `to` (UTS #35, Part 1, "Dates and Date Ranges"). A use with no first day was in use as
/// far back as CLDR has data; one with no last day is still in use.

#include <cited/catalog/data/currency_data.hpp>
#include <cited/value/country.hpp>
#include <cited/value/currency.hpp>

#include <boost/describe/class.hpp>

#include <array>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

namespace cited {

/// One currency a country used, from CLDR: over which days, and whether it was legal tender
/// there. Its JSON form is `{"currency":"DEM","from":"1948-06-20","to":"2002-02-28",
/// "tender":true}`; an absent date is left out. `tender` is false for what CLDR marks
/// `tender="false"`: funds and units of account such as USN (US dollar next day) and XEU (the ECU),
/// which a country lists but does not pay in.
struct currency_use {
  cited::currency currency;
  /// The first day of use; `std::nullopt` when CLDR gives none (in use since before its data).
  std::optional<std::chrono::year_month_day> from;
  /// The last day of use, included; `std::nullopt` while it is still in use.
  std::optional<std::chrono::year_month_day> to;
  /// CLDR's tender flag.
  bool tender = true;

  /// Whether `day` is in [from, to], both ends included.
  constexpr bool in_use_on(std::chrono::year_month_day day) const noexcept {
    return (!from || *from <= day) && (!to || day <= *to);
  }

  friend constexpr bool operator==(const currency_use&, const currency_use&) noexcept = default;
};
BOOST_DESCRIBE_STRUCT(currency_use, (), (currency, from, to, tender))

namespace detail {

constexpr std::optional<std::chrono::year_month_day> use_day(int y, unsigned m,
                                                             unsigned d) noexcept {
  if (y == 0) return std::nullopt;
  return std::chrono::year{y} / std::chrono::month{m} / std::chrono::day{d};
}

inline constexpr std::size_t currency_use_count = std::size(currency_use_table);

constexpr currency_use make_currency_use(const currency_use_record& r) noexcept {
  return currency_use{*currency::from_code(r.currency),
                      use_day(r.from_year, r.from_month, r.from_day),
                      use_day(r.to_year, r.to_month, r.to_day), r.tender};
}

template <std::size_t... I>
constexpr std::array<currency_use, sizeof...(I)> make_currency_uses(
    std::index_sequence<I...>) noexcept {
  return {make_currency_use(currency_use_table[I])...};
}

inline constexpr auto currency_uses =
    make_currency_uses(std::make_index_sequence<currency_use_count>{});

// For each country index, its rows [begin, end) in currency_uses (the rows of one country are
// contiguous).
struct use_range {
  std::uint16_t begin = 0;
  std::uint16_t end = 0;
};
inline constexpr auto currency_use_ranges = [] {
  std::array<use_range, country_table_size> out{};
  for (std::size_t i = 0; i < currency_use_count; ++i) {
    const std::string_view code = currency_use_table[i].country;
    const std::optional<country> c =
        code.size() == 4 ? country::from_alpha4(code) : country::from_alpha2(code);
    use_range& r = out[c->index()];
    if (r.begin == r.end) r.begin = static_cast<std::uint16_t>(i);
    r.end = static_cast<std::uint16_t>(i + 1);
  }
  return out;
}();

}  // namespace detail

/// Every currency CLDR lists for `c`, with its dates and tender flag, in CLDR's order (which
/// puts the main currency of a time first and `tender="false"` entries last). Empty for a
/// country CLDR lists no currency for (CSHH, Czechoslovakia: CLDR's CS is Serbia and Montenegro).
///
///     for (const cited::currency_use& u : cited::currency_history("DE"_country)) ...
constexpr std::span<const currency_use> currency_history(country c) noexcept {
  const detail::use_range r = detail::currency_use_ranges[c.index()];
  return std::span<const currency_use>(detail::currency_uses).subspan(r.begin, r.end - r.begin);
}

/// The currencies `c` used on `day`, legal tender first, each group in CLDR's order. Both the
/// first and the last day of a use count (see the header comment): Germany used DEM and EUR on
/// 2002-02-28, DEM's last day, and only EUR on 2002-03-01.
///
///     cited::currencies_of("DE"_country, 2000y / 6 / 1)  // {EUR, DEM}
inline std::vector<currency> currencies_of(country c, std::chrono::year_month_day day) {
  std::vector<currency> out;
  const auto history = currency_history(c);
  for (const bool tender : {true, false}) {
    for (const currency_use& u : history) {
      if (u.tender == tender && u.in_use_on(day)) out.push_back(u.currency);
    }
  }
  return out;
}

}  // namespace cited

#endif  // CITED_CATALOG_CURRENCIES_HPP
