// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_TEXT_DATES_HPP
#define CITED_TEXT_DATES_HPP

// Dates as "YYYY-MM-DD", both ways. The date type is `std::chrono::year_month_day`, used through
// its members only, so that this header does not need <chrono>.

#include <cited/text/digits.hpp>

#include <concepts>
#include <string_view>
#include <type_traits>

namespace cited::detail {

// The months' English names, January first, as reference styles spell them out.
inline constexpr std::string_view month_names[] = {"January",   "February", "March",    "April",
                                                   "May",       "June",     "July",     "August",
                                                   "September", "October",  "November", "December"};

// A calendar date in the manner of std::chrono::year_month_day: year(), month() and day(), each
// convertible to a number, ok(), and constructible from the three.
template <class D>
concept date_like = std::is_trivially_copyable_v<D> && requires(const D& d) {
  { d.ok() } -> std::same_as<bool>;
  static_cast<int>(d.year());
  static_cast<unsigned>(d.month());
  static_cast<unsigned>(d.day());
  D{d.year(), d.month(), d.day()};
};

// "YYYY-MM-DD", a valid date with a four-digit year.
template <date_like D>
constexpr bool parse_date(std::string_view s, D& out) noexcept {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  const int y = parse_digits(s.substr(0, 4));
  const int m = parse_digits(s.substr(5, 2));
  const int day = parse_digits(s.substr(8, 2));
  if (y < 0 || m < 0 || day < 0) return false;
  using year_t = decltype(out.year());
  using month_t = decltype(out.month());
  using day_t = decltype(out.day());
  const D d{year_t(y), month_t(static_cast<unsigned>(m)), day_t(static_cast<unsigned>(day))};
  if (!d.ok()) return false;
  out = d;
  return true;
}

// Writes "YYYY-MM-DD" to p (10 bytes); false for a date that has no such form.
template <date_like D>
constexpr bool format_date(const D& d, char* p) noexcept {
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
