// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_TEXT_UTF8_HPP
#define CITED_TEXT_UTF8_HPP

// UTF-8: validation, the 8-byte scans for JSON strings, and encoding a code point.

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace cited::detail {

// --- UTF-8 --------------------------------------------------------------------------------------

// The length of the well-formed UTF-8 sequence at p (lead byte >= 0x80), or 0 when it is not one:
// no overlong forms, no surrogates, nothing above U+10FFFF (RFC 3629).
inline std::size_t utf8_sequence_length(const char* p, const char* end) noexcept {
  const auto b = [&](std::size_t i) { return static_cast<unsigned char>(p[i]); };
  const auto avail = static_cast<std::size_t>(end - p);
  const auto cont = [&](std::size_t i, unsigned lo = 0x80, unsigned hi = 0xBF) {
    return i < avail && b(i) >= lo && b(i) <= hi;
  };
  const unsigned lead = b(0);
  if (lead >= 0xC2 && lead <= 0xDF) return cont(1) ? 2 : 0;
  if (lead == 0xE0) return cont(1, 0xA0) && cont(2) ? 3 : 0;
  if ((lead >= 0xE1 && lead <= 0xEC) || lead == 0xEE || lead == 0xEF)
    return cont(1) && cont(2) ? 3 : 0;
  if (lead == 0xED) return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0;
  if (lead == 0xF0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (lead >= 0xF1 && lead <= 0xF3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (lead == 0xF4) return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

inline std::uint64_t load8(const char* p) noexcept {
  std::uint64_t w;
  std::memcpy(&w, p, 8);
  return w;
}

inline constexpr std::uint64_t ones8 = 0x0101010101010101u;
inline constexpr std::uint64_t highs8 = 0x8080808080808080u;

// Flags (0x80 in its byte) the bytes of w that are zero; exact for the lowest flagged byte.
constexpr std::uint64_t zero_bytes(std::uint64_t w) noexcept { return (w - ones8) & ~w & highs8; }

// The first byte at or after p that is not printable ASCII other than `"` and `\`: where a JSON
// string scanner must look closer.
inline const char* find_json_special(const char* p, const char* end) noexcept {
  // Eight bytes at a time; the lowest flagged byte is the first in memory on little-endian.
  while (std::endian::native == std::endian::little && end - p >= 8) {
    const std::uint64_t w = load8(p);
    const std::uint64_t mask = zero_bytes(w ^ (ones8 * '"')) | zero_bytes(w ^ (ones8 * '\\')) |
                               ((w - ones8 * 0x20) & ~w & highs8) | (w & highs8);
    if (mask != 0) return p + std::countr_zero(mask) / 8;
    p += 8;
  }
  while (p != end) {
    const auto c = static_cast<unsigned char>(*p);
    if (c == '"' || c == '\\' || c < 0x20 || c >= 0x80) return p;
    ++p;
  }
  return p;
}

// Where the text stops being valid UTF-8, or end.
inline const char* find_invalid_utf8(const char* p, const char* end) noexcept {
  while (p != end) {
    while (end - p >= 8 && (load8(p) & highs8) == 0) p += 8;
    if (p == end) break;
    if (static_cast<unsigned char>(*p) < 0x80) {
      ++p;
      continue;
    }
    const std::size_t n = utf8_sequence_length(p, end);
    if (n == 0) return p;
    p += n;
  }
  return end;
}

inline bool is_valid_utf8(std::string_view s) noexcept {
  return find_invalid_utf8(s.data(), s.data() + s.size()) == s.data() + s.size();
}

inline void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

}  // namespace cited::detail

#endif  // CITED_TEXT_UTF8_HPP
