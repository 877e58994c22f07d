// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_TEXT_READABLE_HPP
#define CITED_TEXT_READABLE_HPP

// Numbers for people to read: the integer part's digits in groups of three ("23,695",
// "-1,234.5"), for counts, ranks, shares and amounts; amounts with the SI prefix that suits them
// ("1.742 EFLOP/s").

#include <charconv>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <optional>
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

// A number with `precision` digits after the point (none when 0), thousands grouped.
inline std::string readable_fixed(double v, int precision) {
  char buffer[400];
  const char* end =
      std::to_chars(buffer, buffer + sizeof buffer, v, std::chars_format::fixed, precision).ptr;
  return group_thousands(std::string_view(buffer, static_cast<std::size_t>(end - buffer)));
}

// One SI prefix: its symbol and power of ten.
struct si_prefix {
  std::string_view symbol;
  int power10;
};

// The SI prefixes from pico to yotta in steps of a thousand, smallest first; "" is none.
inline constexpr si_prefix si_prefixes[] = {
    {"p", -12}, {"n", -9}, {"\u00b5", -6}, {"m", -3}, {"", 0},   {"k", 3}, {"M", 6},
    {"G", 9},   {"T", 12}, {"P", 15},      {"E", 18}, {"Z", 21}, {"Y", 24}};

// `value` times 10^`power10` of the unit `base_symbol`, under the SI prefix that puts the number
// between 1 and 1000 ("1.742 EFLOP/s" for 1742 and 15), or at the smallest or largest prefix when
// none does; zero, infinities and NaN keep no prefix. `precision` is the number of digits after the
// point; -1 gives the shortest text that reads back as the scaled number.
inline std::string readable_si(double value, int power10, std::string_view base_symbol,
                               int precision = -1) {
  // The number in units of 10^`to` of the base: one exact-rounded multiplication or division.
  auto scaled = [&](int to) {
    const int shift = power10 - to;
    double factor = 1;
    for (int i = 0; i < (shift < 0 ? -shift : shift); ++i) factor *= 10;
    return shift < 0 ? value / factor : value * factor;
  };
  // True when `x` shows as 1000 or more at `precision`.
  auto shows_as_thousand = [precision](double x) {
    x = std::fabs(x);
    if (precision < 0 || precision > 15) return x >= 1000;
    return std::round(x * std::pow(10.0, precision)) >= 1000 * std::pow(10.0, precision);
  };
  constexpr std::size_t count = sizeof si_prefixes / sizeof si_prefixes[0];
  std::size_t at = count;  // none chosen yet
  if (value != 0 && std::isfinite(value)) {
    const double step = std::floor((std::floor(std::log10(std::fabs(value))) + power10) / 3);
    const double index = step + 4;  // si_prefixes[4] is no prefix
    at = index < 0 ? 0 : index >= count - 1 ? count - 1 : static_cast<std::size_t>(index);
    // log10 may land one step off near a power of ten, and rounding may reach 1000.
    if (at > 0 && std::fabs(scaled(si_prefixes[at].power10)) < 1) --at;
    while (at + 1 < count && shows_as_thousand(scaled(si_prefixes[at].power10))) ++at;
  } else {
    for (std::size_t i = 0; i < count; ++i) {
      if (si_prefixes[i].power10 == power10) at = i;
    }
    if (at == count) at = 4;
  }
  const double number = scaled(si_prefixes[at].power10);
  std::string out = precision < 0 ? readable_number(number) : readable_fixed(number, precision);
  out += ' ';
  out += si_prefixes[at].symbol;
  out += base_symbol;
  return out;
}

// A unit symbol split into an SI prefix and a built-in base unit.
struct si_split {
  int power10;
  std::string_view base;
};

// "PFLOP/s" is {15, "FLOP/s"}, "W" is {0, "W"}. Only the built-in bases (FLOP/s, W and B) are
// split, so that "Pa" or "min" are never read as a prefix and a unit; other symbols give none.
inline std::optional<si_split> split_si_prefix(std::string_view symbol) {
  for (std::string_view base :
       {std::string_view("FLOP/s"), std::string_view("W"), std::string_view("B")}) {
    if (!symbol.ends_with(base)) continue;
    const std::string_view prefix = symbol.substr(0, symbol.size() - base.size());
    for (const si_prefix& p : si_prefixes) {
      if (p.symbol == prefix) return si_split{p.power10, base};
    }
  }
  return std::nullopt;
}

}  // namespace cited::detail

#endif  // CITED_TEXT_READABLE_HPP
