// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_CATALOG_DATA_COUNTRY_RECORD_HPP
#define CITED_CATALOG_DATA_COUNTRY_RECORD_HPP

#include <cstdint>
#include <string_view>

namespace cited::detail {

enum class record_flags : std::uint8_t { current, user_assigned, historic };

// One row of the generated ISO 3166 table. Absent text fields are empty; absent numbers are 0.
struct country_record {
  std::string_view alpha2;
  std::string_view alpha3;
  std::string_view alpha4;
  std::string_view name;
  std::string_view official_name;
  std::string_view common_name;
  std::uint16_t numeric;
  std::int16_t withdrawal_year;
  std::uint8_t withdrawal_month;  // 0 when ISO gives only the year
  std::uint8_t withdrawal_day;
  record_flags flags;
};

// A sorted key and the table row it names.
struct name_index_entry {
  std::string_view key;
  std::uint16_t index;
};

}  // namespace cited::detail

#endif  // CITED_CATALOG_DATA_COUNTRY_RECORD_HPP
