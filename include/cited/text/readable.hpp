// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_TEXT_READABLE_HPP
#define CITED_TEXT_READABLE_HPP

// Numbers for people to read: the integer part's digits in groups of three ("23,695",
// "-1,234.5"), for counts, ranks, shares and amounts; amounts with the SI prefix that suits them
// ("1.742 EFLOP/s").

#include <algorithm>
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
  // The longest fixed text of a double has 309 digits before the point.
  std::string buffer(static_cast<std::size_t>(330 + (precision > 0 ? precision : 0)), '\0');
  const auto [end, ec] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), v,
                                       std::chars_format::fixed, precision);
  if (ec != std::errc()) return readable_number(v);  // not reached: the buffer is large enough
  return group_thousands(
      std::string_view(buffer.data(), static_cast<std::size_t>(end - buffer.data())));
}

// A finite double's shortest decimal: the value is `digits[0].digits[1...]` times 10^`exponent`.
struct shortest_decimal {
  bool negative = false;
  std::string digits;
  int exponent = 0;

  explicit shortest_decimal(double v) {
    char buffer[40];
    const char* end =
        std::to_chars(buffer, buffer + sizeof buffer, v, std::chars_format::scientific).ptr;
    const std::string_view text(buffer, static_cast<std::size_t>(end - buffer));
    std::size_t i = 0;
    if (text[0] == '-') negative = ++i;
    const std::size_t e = text.find('e');
    for (; i < e; ++i) {
      if (text[i] != '.') digits += text[i];
    }
    for (std::size_t k = e + 2; k < text.size(); ++k) exponent = exponent * 10 + (text[k] - '0');
    if (text[e + 1] == '-') exponent = -exponent;
  }

  // The fixed text of the value times 10^`shift`, moving the decimal point (so that 0.000999
  // times 10^6 is 999 exactly), with `precision` digits after the point, rounded half away from
  // zero, or all its digits when `precision` is -1. No thousands separators; a zero result has no
  // sign.
  std::string fixed(int shift, int precision) const {
    std::string ds = digits;
    int point = exponent + shift + 1;  // digits before the point; may be 0 or less
    if (precision >= 0) {
      const int keep = point + precision;
      if (keep < 0) {
        ds.clear();
      } else if (keep < static_cast<int>(ds.size())) {
        const bool up = ds[static_cast<std::size_t>(keep)] >= '5';
        ds.resize(static_cast<std::size_t>(keep));
        if (up) {
          int k = keep - 1;
          for (; k >= 0 && ds[static_cast<std::size_t>(k)] == '9'; --k) {
            ds[static_cast<std::size_t>(k)] = '0';
          }
          if (k < 0) {
            ds.insert(ds.begin(), '1');
            ++point;
          } else {
            ++ds[static_cast<std::size_t>(k)];
          }
        }
      }
    }
    auto digit = [&](int at) {
      return at >= 0 && at < static_cast<int>(ds.size()) ? ds[static_cast<std::size_t>(at)] : '0';
    };
    std::string out;
    if (point <= 0) out += '0';
    for (int i = 0; i < point; ++i) out += digit(i);
    const int fraction =
        precision >= 0 ? precision : std::max(0, static_cast<int>(ds.size()) - point);
    if (fraction > 0) out += '.';
    for (int i = 0; i < fraction; ++i) out += digit(point + i);
    if (negative && out.find_first_not_of("0.") != std::string::npos) out.insert(0, 1, '-');
    return out;
  }
};

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
// point, rounded half away from zero from the value's shortest decimal; -1 gives that decimal with
// its point moved, so that 0.000999 W is "999 µW", never "999.0000000000001 µW".
inline std::string readable_si(double value, int power10, std::string_view base_symbol,
                               int precision = -1) {
  constexpr int none = 4;  // si_prefixes[4] is no prefix
  constexpr int count = static_cast<int>(sizeof si_prefixes / sizeof si_prefixes[0]);
  auto with_unit = [&](std::string number, int at) {
    number += ' ';
    number += si_prefixes[at].symbol;
    number += base_symbol;
    return number;
  };
  if (value == 0 || !std::isfinite(value)) {
    int at = none;
    for (int i = 0; i < count; ++i) {
      if (si_prefixes[i].power10 == power10) at = i;
    }
    const double v = value == 0 ? 0.0 : value;  // no "-0"
    return with_unit(precision < 0 ? readable_number(v) : readable_fixed(v, precision), at);
  }
  const shortest_decimal d(value);
  // The prefix whose thousand-step holds the value's exponent, within pico to yotta.
  const int magnitude = d.exponent + power10;
  int at = (magnitude >= 0 ? magnitude / 3 : -((2 - magnitude) / 3)) + none;
  at = std::clamp(at, 0, count - 1);
  std::string number = d.fixed(power10 - si_prefixes[at].power10, precision);
  // Rounding to `precision` may reach 1000: 999.96 to one digit is 1.0 k.
  auto whole_digits = [](const std::string& t) {
    const std::size_t start = t.starts_with('-') ? 1 : 0;
    const std::size_t dot = t.find('.');
    return (dot == std::string::npos ? t.size() : dot) - start;
  };
  if (whole_digits(number) > 3 && at + 1 < count) {
    ++at;
    number = d.fixed(power10 - si_prefixes[at].power10, precision);
  }
  // Past the ends of the prefixes, the shortest form is scientific where `readable_number` is.
  const int shown = magnitude - si_prefixes[at].power10;
  if (precision < 0 && (shown >= 21 || shown < -6)) {
    std::string scientific(d.negative ? "-" : "");
    scientific += d.digits[0];
    if (d.digits.size() > 1) scientific += '.' + d.digits.substr(1);
    scientific += shown < 0 ? "e-" : "e+";
    const int e = shown < 0 ? -shown : shown;
    if (e < 10) scientific += '0';
    scientific += std::to_string(e);
    return with_unit(std::move(scientific), at);
  }
  return with_unit(group_thousands(number), at);
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
