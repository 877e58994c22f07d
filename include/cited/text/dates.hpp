// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_TEXT_DATES_HPP
#define CITED_TEXT_DATES_HPP

// Dates as "YYYY-MM-DD", both ways.

#include <cited/text/numbers.hpp>

#include <chrono>
#include <string_view>

namespace cited::detail {

// --- dates --------------------------------------------------------------------------------------

// "YYYY-MM-DD", a valid date with a four-digit year.
inline bool parse_date(std::string_view s, std::chrono::year_month_day& out) noexcept {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  int parts[3] = {0, 0, 0};
  const std::size_t starts[3] = {0, 5, 8};
  const std::size_t lengths[3] = {4, 2, 2};
  for (int i = 0; i < 3; ++i) {
    for (std::size_t k = 0; k < lengths[i]; ++k) {
      const char c = s[starts[i] + k];
      if (!is_digit(c)) return false;
      parts[i] = parts[i] * 10 + (c - '0');
    }
  }
  const std::chrono::year_month_day d{std::chrono::year(parts[0]),
                                      std::chrono::month(static_cast<unsigned>(parts[1])),
                                      std::chrono::day(static_cast<unsigned>(parts[2]))};
  if (!d.ok()) return false;
  out = d;
  return true;
}

// Writes "YYYY-MM-DD" to p (10 bytes); false for a date that has no such form.
inline bool format_date(const std::chrono::year_month_day& d, char* p) noexcept {
  const int y = static_cast<int>(d.year());
  if (!d.ok() || y < 0 || y > 9999) return false;
  const auto m = static_cast<unsigned>(d.month());
  const auto day = static_cast<unsigned>(d.day());
  const auto digit = [](unsigned v) { return static_cast<char>('0' + v); };
  const auto uy = static_cast<unsigned>(y);
  p[0] = digit(uy / 1000);
  p[1] = digit(uy / 100 % 10);
  p[2] = digit(uy / 10 % 10);
  p[3] = digit(uy % 10);
  p[4] = '-';
  p[5] = digit(m / 10);
  p[6] = digit(m % 10);
  p[7] = '-';
  p[8] = digit(day / 10);
  p[9] = digit(day % 10);
  return true;
}

}  // namespace cited::detail

#endif  // CITED_TEXT_DATES_HPP
