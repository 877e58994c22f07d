// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_CATALOG_DATA_CURRENCY_RECORD_HPP
#define CITED_CATALOG_DATA_CURRENCY_RECORD_HPP

#include <cstdint>
#include <string_view>

namespace cited::detail {

// Where a currency row comes from: iso-codes' list of current ISO 4217 codes, or CLDR's list of
// currency codes (the codes iso-codes does not list: withdrawn ones, and a few of CLDR's own).
enum class currency_source : std::uint8_t { iso_codes, cldr };

// One row of the generated ISO 4217 table (catalog/data/iso4217.hpp).
struct currency_record {
  std::string_view code;  // "EUR"
  std::string_view name;  // iso-codes' name for a current code, CLDR's English name otherwise
  std::uint16_t numeric;  // 0 when there is none
  std::uint8_t digits;    // CLDR's fraction digits
  currency_source source;
};

// One row of the generated currency use table (catalog/data/currency_data.hpp): `country` used
// `currency` from the day `from_*` through the day `to_*`, both included; a year of 0 means that
// CLDR gives no such date (in use since before its data, or still in use).
struct currency_use_record {
  std::string_view country;   // alpha-2, XK, or alpha-4 for a withdrawn country
  std::string_view currency;  // ISO 4217 alpha-3
  std::int16_t from_year;
  std::uint8_t from_month;
  std::uint8_t from_day;
  std::int16_t to_year;
  std::uint8_t to_month;
  std::uint8_t to_day;
  bool tender;  // CLDR's tender flag: false for funds, metals and units of account
};

}  // namespace cited::detail

#endif  // CITED_CATALOG_DATA_CURRENCY_RECORD_HPP
