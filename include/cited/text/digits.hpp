// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_TEXT_DIGITS_HPP
#define CITED_TEXT_DIGITS_HPP

// Decimal and hexadecimal digits: the one table of hex digits, and the one parser of a run of
// decimal digits, which dates and periods read their parts with.

#include <string_view>

namespace cited::detail {

constexpr bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

// The value of the decimal digits `s` (at most 9 of them), or -1 when `s` is empty or holds
// anything else: "2024" is 2024, "07" is 7.
constexpr int parse_digits(std::string_view s) noexcept {
  if (s.empty() || s.size() > 9) return -1;
  int v = 0;
  for (const char c : s) {
    if (!is_digit(c)) return -1;
    v = v * 10 + (c - '0');
  }
  return v;
}

// Lower-case hex digits, then upper-case ones.
inline constexpr char hex_digits[] = "0123456789abcdef0123456789ABCDEF";

// The hex digit of v < 16: "0123456789abcdef", or upper case.
constexpr char hex_digit(unsigned v, bool upper = false) noexcept {
  return hex_digits[(v & 0xF) + (upper ? 16 : 0)];
}

// The value of a hex digit of either case, or -1.
constexpr int hex_value(char c) noexcept {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace cited::detail

#endif  // CITED_TEXT_DIGITS_HPP
