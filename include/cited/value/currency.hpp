// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_VALUE_CURRENCY_HPP
#define CITED_VALUE_CURRENCY_HPP

/// Currencies: `cited::currency`, an ISO 4217 code (current or withdrawn) with its numeric code,
/// name and fraction digits, and the literal `"EUR"_currency`. The data is generated from Debian's
/// iso-codes (the current codes) and Unicode CLDR (the others, and the fraction digits).

#include <cited/catalog/data/iso4217.hpp>
#include <cited/reflect/form.hpp>

#include <array>
#include <compare>
#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>

namespace cited {

namespace detail {

inline constexpr std::size_t currency_table_size = std::size(currency_table);
inline constexpr std::uint16_t no_currency = 0xFFFF;

// The row of `code` in the table sorted by code, or no_currency.
constexpr std::uint16_t find_currency(std::string_view code) noexcept {
  std::size_t low = 0;
  std::size_t size = currency_table_size;
  while (size > 0) {
    const std::size_t half = size / 2;
    if (currency_table[low + half].code < code) {
      low += half + 1;
      size -= half + 1;
    } else {
      size = half;
    }
  }
  return low != currency_table_size && currency_table[low].code == code
             ? static_cast<std::uint16_t>(low)
             : no_currency;
}

// Numeric code to row, for the codes that have one.
inline constexpr auto currency_numeric_lookup = [] {
  std::array<std::uint16_t, 1000> t{};
  t.fill(no_currency);
  // Current codes first, so that a numeric code that a withdrawn code shared (CLDR keeps a few)
  // names the current one.
  for (int pass = 0; pass < 2; ++pass) {
    for (std::size_t i = 0; i < currency_table_size; ++i) {
      const currency_record& r = currency_table[i];
      const bool current = r.source == currency_source::iso_codes;
      if (r.numeric == 0 || current != (pass == 0) || t[r.numeric] != no_currency) continue;
      t[r.numeric] = static_cast<std::uint16_t>(i);
    }
  }
  return t;
}();

struct currency_access;

}  // namespace detail

/// A currency: a code of ISO 4217, current (as Debian's iso-codes lists them) or withdrawn (as
/// Unicode CLDR lists them, with a few codes of CLDR's own such as CNH).
///
/// Two bytes, trivially copyable and usable in constant expressions. There is no default
/// constructor, because there is no default currency; get one from a lookup or a literal:
///
///     using namespace cited::literals;
///     constexpr auto eur = "EUR"_currency;                    // checked at compile time
///     auto dem = cited::currency::from_code("DEM");           // std::optional<currency>
///
/// Currencies order by code.
class currency {
 public:
  /// The currency with this three-letter code (`"EUR"`, `"DEM"`). Upper-case only.
  static constexpr std::optional<currency> from_code(std::string_view code) noexcept {
    if (code.size() != 3) return std::nullopt;
    return from_index(detail::find_currency(code));
  }

  /// The currency with this ISO 4217 numeric code (978 for the euro). Where a current and a
  /// withdrawn code share a number, the current one.
  static constexpr std::optional<currency> from_numeric(int code) noexcept {
    if (code <= 0 || code >= 1000) return std::nullopt;
    return from_index(detail::currency_numeric_lookup[static_cast<std::size_t>(code)]);
  }

  /// Every currency of the table, current and withdrawn, in code order.
  static constexpr std::span<const currency> all() noexcept;

  /// The alphabetic code, `"EUR"`.
  constexpr std::string_view code() const noexcept { return record().code; }
  /// The numeric code (978), or `std::nullopt` where the sources give none (most withdrawn
  /// codes: iso-codes lists only current ones, and CLDR numbers only a few others).
  constexpr std::optional<int> numeric() const noexcept {
    const int n = record().numeric;
    return n == 0 ? std::nullopt : std::optional<int>(n);
  }
  /// The English name: ISO's as iso-codes gives it for a current code ("Euro", "UAE Dirham"),
  /// CLDR's for the others ("German Mark").
  constexpr std::string_view name() const noexcept { return record().name; }
  /// The digits after the decimal point that CLDR formats amounts with (2 for EUR, 0 for JPY, 3
  /// for KWD). CLDR's choice, which differs from ISO 4217's minor unit for a few currencies
  /// (ISO gives IQD 3 digits, CLDR 0); neither iso-codes nor CLDR carries ISO's minor units.
  constexpr int fraction_digits() const noexcept { return record().digits; }
  /// True for a code of ISO 4217's current list (as iso-codes gives it), false for a withdrawn
  /// code or one of CLDR's own.
  constexpr bool is_current() const noexcept {
    return record().source == detail::currency_source::iso_codes;
  }

  /// The position in the table (code order); stable within a version of the data.
  constexpr std::uint16_t index() const noexcept { return index_; }
  /// The currency whose `index()` is `i`, or `std::nullopt` past the end of the table.
  static constexpr std::optional<currency> at_index(std::uint16_t i) noexcept {
    if (i >= detail::currency_table_size) return std::nullopt;
    return currency(i);
  }

  friend constexpr bool operator==(currency, currency) noexcept = default;
  friend constexpr auto operator<=>(currency, currency) noexcept = default;

  /// Writes `code()`.
  template <class CharT, class Traits>
  friend std::basic_ostream<CharT, Traits>& operator<<(std::basic_ostream<CharT, Traits>& os,
                                                       currency c) {
    return os << c.code();
  }

 private:
  friend struct detail::currency_access;

  constexpr explicit currency(std::uint16_t index) noexcept : index_(index) {}

  static constexpr std::optional<currency> from_index(std::uint16_t i) noexcept {
    if (i == detail::no_currency) return std::nullopt;
    return currency(i);
  }

  constexpr const detail::currency_record& record() const noexcept {
    return detail::currency_table[index_];
  }

  std::uint16_t index_;
};

namespace detail {

struct currency_access {
  static constexpr currency make(std::uint16_t i) noexcept { return currency(i); }
};

template <std::size_t... I>
constexpr std::array<currency, sizeof...(I)> currency_range(std::index_sequence<I...>) noexcept {
  return {currency_access::make(static_cast<std::uint16_t>(I))...};
}

inline constexpr auto all_currencies =
    currency_range(std::make_index_sequence<currency_table_size>{});

// Not constexpr: a "..."_currency literal that calls one of these does not compile, and the
// diagnostic names the function, which says what is wrong.
inline void currency_literal_error_takes_a_three_letter_upper_case_code() {}
inline void currency_literal_error_unknown_currency_code() {}

}  // namespace detail

constexpr std::span<const currency> currency::all() noexcept { return detail::all_currencies; }

/// The JSON and CSV form of a currency: its code, `"EUR"`.
template <>
struct string_form<currency> {
  static constexpr std::string_view expected = "an ISO 4217 currency code such as \"EUR\"";
  static void write(currency c, std::string& out) { out += c.code(); }
  static std::optional<currency> read(std::string_view text) noexcept {
    return currency::from_code(text);
  }
};

inline namespace literals {

/// `"EUR"_currency`: a currency from its code. An unknown code does not compile: the diagnostic
/// names `detail::currency_literal_error_unknown_currency_code` (or
/// `detail::currency_literal_error_takes_a_three_letter_upper_case_code` for "eur" or "EURO").
consteval currency operator""_currency(const char* text, std::size_t size) {
  const std::string_view code(text, size);
  bool well_formed = size == 3;
  for (const char c : code) well_formed = well_formed && c >= 'A' && c <= 'Z';
  if (!well_formed) detail::currency_literal_error_takes_a_three_letter_upper_case_code();
  const std::optional<currency> c = currency::from_code(code);
  if (!c) detail::currency_literal_error_unknown_currency_code();
  return *c;
}

}  // namespace literals

}  // namespace cited

/// Hashes a currency by its table index.
template <>
struct std::hash<cited::currency> {
  constexpr std::size_t operator()(cited::currency c) const noexcept { return c.index(); }
};

#endif  // CITED_VALUE_CURRENCY_HPP
