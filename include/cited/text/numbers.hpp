// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_TEXT_NUMBERS_HPP
#define CITED_TEXT_NUMBERS_HPP

// Numbers both ways: the integer and floating-point types JSON and CSV read and write, a strict
// scan of JSON number syntax, exact decimal reading and shortest round-trip writing.

#include <cited/config.hpp>
#include <cited/text/digits.hpp>
#include <cited/text/pow10_table.hpp>

#include <bit>
#include <charconv>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <limits>
#include <system_error>
#include <type_traits>

namespace cited::detail {

// Integers that JSON reads and writes as numbers; bool and the character types are not.
template <class T>
concept json_integer = std::integral<T> && !std::same_as<T, bool> && !std::same_as<T, char> &&
                       !std::same_as<T, wchar_t> && !std::same_as<T, char8_t> &&
                       !std::same_as<T, char16_t> && !std::same_as<T, char32_t>;

template <class T>
concept json_floating = std::same_as<T, float> || std::same_as<T, double>;

// --- numbers ------------------------------------------------------------------------------------

struct number_scan {
  const char* end;  // one past the number; nullptr when the text at p is not a JSON number
  bool integral;    // no fraction and no exponent
};

// Scans a JSON number (RFC 8259 section 6) starting at p.
inline number_scan scan_json_number(const char* p, const char* end) noexcept {
  if (p != end && *p == '-') ++p;
  if (p == end || !is_digit(*p)) return {nullptr, false};
  if (*p == '0') {
    ++p;
  } else {
    while (p != end && is_digit(*p)) ++p;
  }
  bool integral = true;
  if (p != end && *p == '.') {
    ++p;
    if (p == end || !is_digit(*p)) return {nullptr, false};
    while (p != end && is_digit(*p)) ++p;
    integral = false;
  }
  if (p != end && (*p == 'e' || *p == 'E')) {
    ++p;
    if (p != end && (*p == '+' || *p == '-')) ++p;
    if (p == end || !is_digit(*p)) return {nullptr, false};
    while (p != end && is_digit(*p)) ++p;
    integral = false;
  }
  return {p, integral};
}

enum class number_status { ok, not_integral, out_of_range };

// Converts the integral JSON number [p, end) (already scanned) to T, exactly.
template <json_integer T>
number_status convert_integer(const char* p, const char* end, T& out) noexcept {
  const bool negative = *p == '-';
  if (negative) ++p;
  std::uint64_t magnitude = 0;
  for (; p != end; ++p) {
    const auto digit = static_cast<std::uint64_t>(*p - '0');
    if (magnitude > (std::numeric_limits<std::uint64_t>::max() - digit) / 10) {
      return number_status::out_of_range;
    }
    magnitude = magnitude * 10 + digit;
  }
  if constexpr (std::is_unsigned_v<T>) {
    if (negative && magnitude != 0) return number_status::out_of_range;
    if (magnitude > std::numeric_limits<T>::max()) return number_status::out_of_range;
    out = static_cast<T>(magnitude);
  } else {
    using U = std::make_unsigned_t<T>;
    const auto max = static_cast<std::uint64_t>(std::numeric_limits<T>::max());
    if (magnitude > max + (negative ? 1u : 0u)) return number_status::out_of_range;
    out = negative ? static_cast<T>(U(0) - static_cast<U>(magnitude)) : static_cast<T>(magnitude);
  }
  return number_status::ok;
}

// Powers of ten that are exact in binary: 10^22 in a double, 10^10 in a float.
inline constexpr double exact_pow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                         1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                         1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

template <json_floating T>
struct float_limits;
template <>
struct float_limits<double> {
  static constexpr int digits10 = 15;  // any 15-digit decimal survives a round trip
  static constexpr int max_exact_pow10 = 22;
  static constexpr std::uint64_t max_exact_integer = std::uint64_t(1) << 53;
  static constexpr double upper = 1e15;
};
template <>
struct float_limits<float> {
  static constexpr int digits10 = 6;
  static constexpr int max_exact_pow10 = 10;
  static constexpr std::uint64_t max_exact_integer = std::uint64_t(1) << 24;
  static constexpr double upper = 1e6;  // below 2^24, so integers print exactly
};

// The exact decimal m * 10^e correctly rounded to T, when one IEEE operation on exact operands
// gives it (Clinger's fast path); false otherwise.
template <json_floating T>
bool exact_decimal(std::uint64_t m, int e, T& out) noexcept {
  using limits = float_limits<T>;
  if (m > limits::max_exact_integer || e < -limits::max_exact_pow10 ||
      e > limits::max_exact_pow10) {
    return false;
  }
  const T scale = static_cast<T>(exact_pow10[e < 0 ? -e : e]);
  const T mantissa = static_cast<T>(m);
  out = e < 0 ? mantissa / scale : mantissa * scale;
  return true;
}

// Scans the JSON number at p and converts it to the nearest T, in one pass for short decimals (the
// usual case) and with std::from_chars otherwise. Returns the end of the number, or nullptr when
// the text at p is not one. A value too large for T, or too small to be other than zero, is
// out of range.
template <json_floating T>
const char* read_json_floating(const char* p, const char* end, T& out,
                               number_status& status) noexcept {
  const char* const start = p;
  const bool negative = p != end && *p == '-';
  if (negative) ++p;
  if (p == end || !is_digit(*p)) return nullptr;
  std::uint64_t m = 0;
  int digits = 0;  // significant, in m
  int e = 0;
  bool fast = true;
  if (*p == '0') {
    ++p;
  } else {
    for (; p != end && is_digit(*p); ++p) {
      if (digits == 19) {
        fast = false;
        continue;
      }
      m = m * 10 + static_cast<std::uint64_t>(*p - '0');
      ++digits;
    }
  }
  if (p != end && *p == '.') {
    ++p;
    if (p == end || !is_digit(*p)) return nullptr;
    for (; p != end && is_digit(*p); ++p) {
      if (e < -100000) {  // a zero run this long can only be refused as out of range
        fast = false;
      } else if (m == 0 && *p == '0') {
        --e;
      } else if (digits == 19) {
        fast = false;
      } else {
        m = m * 10 + static_cast<std::uint64_t>(*p - '0');
        ++digits;
        --e;
      }
    }
  }
  if (p != end && (*p == 'e' || *p == 'E')) {
    ++p;
    const bool negative_exponent = p != end && *p == '-';
    if (p != end && (*p == '-' || *p == '+')) ++p;
    if (p == end || !is_digit(*p)) return nullptr;
    int x = 0;
    for (; p != end && is_digit(*p); ++p) {
      if (x < 100000) x = x * 10 + (*p - '0');
    }
    e += negative_exponent ? -x : x;
  }
  T value{};
  if (fast && (m == 0 || detail::exact_decimal(m, e, value))) {
    out = negative ? -value : value;
    status = number_status::ok;
    return p;
  }
  const auto r = std::from_chars(start, p, value);
  status = r.ec == std::errc() ? number_status::ok : number_status::out_of_range;
  if (status == number_status::ok) out = value;
  return p;
}

inline constexpr std::uint64_t pow10_u64[] = {1u,
                                              10u,
                                              100u,
                                              1000u,
                                              10000u,
                                              100000u,
                                              1000000u,
                                              10000000u,
                                              100000000u,
                                              1000000000u,
                                              10000000000u,
                                              100000000000u,
                                              1000000000000u,
                                              10000000000000u,
                                              100000000000000u,
                                              1000000000000000u,
                                              10000000000000000u,
                                              100000000000000000u,
                                              1000000000000000000u,
                                              10000000000000000000u};

inline constexpr char digit_pairs[] =
    "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
    "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
    "8081828384858687888990919293949596979899";

// The number of decimal digits of v (1 for 0): log10(2) ~ 1233 / 2^12 from the bit width, then
// one comparison.
[[gnu::always_inline]] inline int decimal_length(std::uint64_t v) noexcept {
  const int guess = ((64 - std::countl_zero(v | 1)) * 1233) >> 12;
  return guess + ((v | 1) >= pow10_u64[guess] ? 1 : 0);
}

// The 8 decimal digits of v < 10^8 as text, the first in the lowest byte (little-endian), with
// multiplications on lanes of one register: two of 4 digits, four of 2, eight of 1.
[[gnu::always_inline]] inline std::uint64_t eight_digits(std::uint32_t v) noexcept {
  const std::uint64_t fours = (v / 10000) | static_cast<std::uint64_t>(v % 10000) << 32;
  const std::uint64_t hundreds = ((fours * 10486) >> 20) & 0x0000007F0000007Fu;  // x / 100
  const std::uint64_t twos = hundreds | (fours - hundreds * 100) << 16;
  const std::uint64_t tens = ((twos * 103) >> 10) & 0x000F000F000F000Fu;  // x / 10
  return (tens | (twos - tens * 10) << 8) + 0x3030303030303030u;
}

// Writes the decimal digits of v, from the last: 8 at a time, then two at a time; returns the end.
[[gnu::always_inline]] inline char* write_unsigned(char* p, std::uint64_t v) noexcept {
  char* const end = p + decimal_length(v);
  char* q = end;
  while (v >= 100000000) {
    auto r = static_cast<std::uint32_t>(v % 100000000);
    v /= 100000000;
    q -= 8;
    if constexpr (std::endian::native == std::endian::little) {
      const std::uint64_t text = eight_digits(r);
      std::memcpy(q, &text, 8);
    } else {
      for (int i = 6; i >= 0; i -= 2) {
        std::memcpy(q + i, digit_pairs + 2 * (r % 100), 2);
        r /= 100;
      }
    }
  }
  auto w = static_cast<std::uint32_t>(v);
  while (w >= 100) {
    q -= 2;
    std::memcpy(q, digit_pairs + 2 * (w % 100), 2);
    w /= 100;
  }
  if (w >= 10) {
    std::memcpy(q - 2, digit_pairs + 2 * w, 2);
  } else {
    q[-1] = static_cast<char>('0' + w);
  }
  return end;
}

// Writes v in decimal, with a '-' when negative; p must have room for 20 bytes (40 for a 128-bit
// integer, which the standard library counts as integral in GNU mode and std::to_chars writes).
template <json_integer T>
[[gnu::always_inline]] inline char* write_integer(char* p, T v) noexcept {
  if constexpr (sizeof(T) > 8) {
    return std::to_chars(p, p + 40, v).ptr;
  } else if constexpr (std::is_signed_v<T>) {
    if (v < 0) {
      *p++ = '-';
      return write_unsigned(p, std::uint64_t(0) - static_cast<std::uint64_t>(v));
    }
  }
  return write_unsigned(p, static_cast<std::uint64_t>(v));
}

template <class T>
using bits_of = std::conditional_t<sizeof(T) == 8, std::uint64_t, std::uint32_t>;

#if CITED_HAS_INT128
// --- shortest round trip (Schubfach)
// --------------------------------------------------------------
//
// After Raffaello Giulietti, "The Schubfach way to render doubles" (2020). v = c 2^q lies in the
// rounding interval whose ends are (4c - 2) 2^(q-2) (or (4c - 1) 2^(q-2) at the bottom of a
// binade, where the spacing below halves) and (4c + 2) 2^(q-2). With k = floor(log10(width)),
// the interval holds at least one multiple of 10^k and at most one of 10^(k+1). The ends and v,
// times 10^-k and 4, are computed from a 128-bit 10^-k rounded up (pow10_table.hpp; 64 bits for
// a float) with the fraction kept as a sticky low bit ("round to odd"), which the paper proves
// enough to compare them exactly with multiples of 4 and 40. The result is the multiple of
// 10^(k+1) in the interval if there is one, else the multiple of 10^k nearest v (ties to even),
// which is what std::to_chars's shortest form chooses too.

struct schubfach_decimal {
  std::uint64_t digits;  // value = digits * 10^exponent
  int exponent;
};

// floor(g cp / 2^128) with a 1 in the lowest bit when the fraction is not (about) zero.
[[gnu::always_inline]] inline std::uint64_t round_to_odd(const std::uint64_t* g,
                                                         std::uint64_t cp) noexcept {
  const uint128 low = static_cast<uint128>(g[1]) * cp;
  const uint128 z = static_cast<uint128>(g[0]) * cp + static_cast<std::uint64_t>(low >> 64);
  return static_cast<std::uint64_t>(z >> 64) | (static_cast<std::uint64_t>(z) > 1 ? 1u : 0u);
}
// The same for a float: floor(g cp / 2^64), with g of 64 bits.
[[gnu::always_inline]] inline std::uint64_t round_to_odd(std::uint64_t g,
                                                         std::uint64_t cp) noexcept {
  const uint128 p = static_cast<uint128>(g) * cp;
  return static_cast<std::uint64_t>(p >> 64) |
         ((static_cast<std::uint64_t>(p) >> 32) > 1 ? 1u : 0u);
}

// The shortest decimal that reads back as the positive finite T with these bits.
template <json_floating T>
[[gnu::always_inline]] inline schubfach_decimal schubfach(bits_of<T> bits) noexcept {
  constexpr int mantissa_bits = std::numeric_limits<T>::digits - 1;
  constexpr int bias = std::numeric_limits<T>::max_exponent - 1 + mantissa_bits;
  const std::uint64_t fraction = bits & ((bits_of<T>(1) << mantissa_bits) - 1);
  const int biased = static_cast<int>(bits >> mantissa_bits);
  std::uint64_t c = fraction;
  int q = 1 - bias;  // a subnormal's
  if (biased != 0) {
    c |= std::uint64_t(1) << mantissa_bits;
    q = biased - bias;
  }
  const bool closed = (c & 1) == 0;  // an even c reads back from the interval's ends too
  const bool closer_below = fraction == 0 && biased > 1;
  const std::uint64_t cbl = 4 * c - 2 + (closer_below ? 1 : 0);
  const std::uint64_t cb = 4 * c;
  const std::uint64_t cbr = 4 * c + 2;
  // floor(log10(2^q)), or floor(log10(3/4 2^q)) (tools/generate_pow10_table.py checks both)
  const int k = (q * 315653 - (closer_below ? 131237 : 0)) >> 20;
  const int h = q + ((-k * 1741647) >> 19) + 1;  // 1 to 4
  std::uint64_t vbl, vb, vbr;
  if constexpr (sizeof(T) == 8) {
    const std::uint64_t* g = pow10_128[-k - pow10_128_first];
    vbl = round_to_odd(g, cbl << h);
    vb = round_to_odd(g, cb << h);
    vbr = round_to_odd(g, cbr << h);
  } else {
    const std::uint64_t g = pow10_64[-k - pow10_64_first];
    vbl = round_to_odd(g, cbl << h);
    vb = round_to_odd(g, cb << h);
    vbr = round_to_odd(g, cbr << h);
  }
  const std::uint64_t lower = vbl + (closed ? 0 : 1);
  const std::uint64_t upper = vbr - (closed ? 0 : 1);
  const std::uint64_t s = vb >> 2;  // floor(v 10^-k)
  if (s >= 10) {
    const std::uint64_t sp = s / 10;
    const bool up_inside = lower <= 40 * sp;
    const bool wp_inside = 40 * sp + 40 <= upper;
    if (up_inside != wp_inside) return {sp + (wp_inside ? 1 : 0), k + 1};
  }
  const bool u_inside = lower <= 4 * s;
  const bool w_inside = 4 * s + 4 <= upper;
  if (u_inside != w_inside) return {s + (w_inside ? 1 : 0), k};
  const std::uint64_t mid = 4 * s + 2;
  const bool round_up = vb > mid || (vb == mid && (s & 1) != 0);
  return {s + (round_up ? 1 : 0), k};
}
#endif

// Writes the shortest text that reads back as v (finite), exactly as std::to_chars(first, last,
// v) does, except that a whole number below 2^53 (2^24 for a float) is written as an integer:
// "100000" where std::to_chars writes "1e+05", so that counts stay counts in data files. p must
// have room for 48 bytes.
//
// The digits come from schubfach(). They are laid out as text in a register (the
// first digit in the lowest byte) and stored with fixed-size copies. A whole number of 2^53 and
// more that std::to_chars writes without an exponent is written exactly ("123456789012345683968"),
// by std::to_chars; so is everything where there is no 128-bit integer (CITED_HAS_INT128 is 0,
// or UseInt128 false) or the byte order is not little-endian.
template <json_floating T, bool UseInt128 = CITED_HAS_INT128 != 0>
char* write_floating(char* p, T v) noexcept {
  // A whole number below 2^(mantissa_bits + 1) is c 2^q with -mantissa_bits <= q <= 0 and the
  // low -q bits of c zero (or 0 itself); found from the bits, without a conversion.
  constexpr int mantissa_bits = std::numeric_limits<T>::digits - 1;
  constexpr int bias = std::numeric_limits<T>::max_exponent - 1 + mantissa_bits;
  constexpr int sign_shift = sizeof(T) * 8 - 1;
  const auto all_bits = static_cast<std::uint64_t>(std::bit_cast<bits_of<T>>(v));
  const bool negative = (all_bits >> sign_shift) != 0;
  const std::uint64_t magnitude_bits = all_bits & ~(std::uint64_t(1) << sign_shift);
  const int shift = bias - static_cast<int>(magnitude_bits >> mantissa_bits);  // -q
  const std::uint64_t c = (magnitude_bits & ((std::uint64_t(1) << mantissa_bits) - 1)) |
                          std::uint64_t(1) << mantissa_bits;
  if (magnitude_bits == 0 || (static_cast<unsigned>(shift) <= unsigned(mantissa_bits) &&
                              (c & ((std::uint64_t(1) << shift) - 1)) == 0)) {
    if (negative) *p++ = '-';  // -0 too
    return write_unsigned(p, magnitude_bits == 0 ? 0 : c >> shift);
  }
#if CITED_HAS_INT128
  if constexpr (UseInt128 && std::endian::native == std::endian::little) {
    const schubfach_decimal d = schubfach<T>(static_cast<bits_of<T>>(magnitude_bits));
    // The digits as `width` characters with leading zeros, in text[0..width).
    constexpr int width = sizeof(T) == 8 ? 17 : 9;
    char text[48] = {};
    constexpr std::uint64_t zeros = 0x3030303030303030u;
    std::uint64_t last8;  // the text of the last 8 digits
    std::uint64_t middle8 = zeros;
    if constexpr (sizeof(T) == 8) {
      const std::uint64_t high = d.digits / 100000000;
      const auto low = static_cast<std::uint32_t>(d.digits - high * 100000000);
      last8 = low == 0 ? zeros : eight_digits(low);  // 0 for the usual short decimals
      middle8 = eight_digits(static_cast<std::uint32_t>(high % 100000000));
      text[0] = static_cast<char>('0' + high / 100000000);
      std::memcpy(text + 1, &middle8, 8);
      std::memcpy(text + 9, &last8, 8);
    } else {
      last8 = eight_digits(static_cast<std::uint32_t>(d.digits % 100000000));
      text[0] = static_cast<char>('0' + d.digits / 100000000);
      std::memcpy(text + 1, &last8, 8);
    }
    int trailing_zeros;  // digits is not 0, so the first digit is not '0' when the rest are
    if (last8 != zeros) {
      trailing_zeros = std::countl_zero(last8 ^ zeros) / 8;
    } else if (middle8 != zeros) {
      trailing_zeros = 8 + std::countl_zero(middle8 ^ zeros) / 8;
    } else {
      trailing_zeros = width - 1;
    }
    const int length = decimal_length(d.digits);
    const int n = length - trailing_zeros;            // significant digits
    const char* const first = text + width - length;  // the first of them
    const int exponent = d.exponent + length - 1;     // of the first digit
    const int e = exponent - n + 1;                   // of the last
    const int fixed_size = e >= 0 ? n + e : exponent >= 0 ? n + 1 : n + 1 - exponent;
    const int abs_exponent = exponent < 0 ? -exponent : exponent;
    const int scientific_size = n + (n > 1 ? 1 : 0) + 2 + (abs_exponent >= 100 ? 3 : 2);
    if (negative) *p++ = '-';
    if (fixed_size <= scientific_size) {
      if (e > 0) return std::to_chars(p, p + 32, v < 0 ? -v : v).ptr;  // exactly
      if (e == 0) {  // v itself: the only integer in the interval at this length
        std::memcpy(p, first, width);
        return p + n;
      }
      if (exponent >= 0) {
        std::memcpy(p, first, width);
        std::memcpy(p + exponent + 2, first + exponent + 1, width);
        p[exponent + 1] = '.';
        return p + n + 1;
      }
      std::memcpy(p, "0.00000000", 8);
      p += 1 - exponent;
      std::memcpy(p, first, width);
      return p + n;
    }
    *p = *first;
    if (n > 1) {
      p[1] = '.';
      std::memcpy(p + 2, first + 1, width);
      p += n + 1;
    } else {
      p += 1;
    }
    *p++ = 'e';
    *p++ = exponent < 0 ? '-' : '+';
    if (abs_exponent >= 100) {
      *p++ = static_cast<char>('0' + abs_exponent / 100);
    }
    std::memcpy(p, digit_pairs + 2 * (abs_exponent % 100), 2);
    return p + 2;
  }
#endif
  return std::to_chars(p, p + 32, v).ptr;
}

}  // namespace cited::detail

#endif  // CITED_TEXT_NUMBERS_HPP
