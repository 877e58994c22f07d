// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_TEXT_READABLE_HPP
#define CITED_TEXT_READABLE_HPP

// Numbers for people to read: the integer part's digits in groups of three ("23,695",
// "-1,234.5"), for counts, ranks, shares and amounts.

#include <charconv>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace cited::detail {

// `number` (an optional '-', digits, then anything from the first '.') with a ',' between each
// group of three digits of its integer part.
inline std::string group_thousands(std::string_view number) {
  const std::size_t sign = number.starts_with('-') ? 1 : 0;
  const std::size_t dot = number.find('.');
  const std::size_t point = dot == std::string_view::npos ? number.size() : dot;
  std::string out(number.substr(0, sign));
  out.reserve(number.size() + (point - sign) / 3);
  for (std::size_t i = sign; i < point; ++i) {
    if (i != sign && (point - i) % 3 == 0) out += ',';
    out += number[i];
  }
  out += number.substr(point);
  return out;
}

// "23,695".
inline std::string group_thousands(std::uint64_t v) {
  char buffer[24];
  const char* end = std::to_chars(buffer, buffer + sizeof buffer, v).ptr;
  return group_thousands(std::string_view(buffer, static_cast<std::size_t>(end - buffer)));
}

// "1,200", "0.5", "-1,234.5", "1e+21": the shortest decimal that reads back as `v`, with
// thousands separated; scientific notation only below 10^-6 and from 10^21.
inline std::string readable_number(double v) {
  char buffer[400];
  const double magnitude = v < 0 ? -v : v;
  const bool fixed = magnitude == 0 || (magnitude >= 1e-6 && magnitude < 1e21);
  const char* end =
      fixed ? std::to_chars(buffer, buffer + sizeof buffer, v, std::chars_format::fixed).ptr
            : std::to_chars(buffer, buffer + sizeof buffer, v).ptr;
  const std::string_view text(buffer, static_cast<std::size_t>(end - buffer));
  return fixed ? group_thousands(text) : std::string(text);
}

}  // namespace cited::detail

#endif  // CITED_TEXT_READABLE_HPP
