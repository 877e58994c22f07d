// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_TEXT_NUMBERS_HPP
#define CITED_TEXT_NUMBERS_HPP

// Numbers both ways: the integer and floating-point types JSON and CSV read and write, a strict
// scan of JSON number syntax, exact decimal reading and shortest round-trip writing.

#include <cited/config.hpp>
#include <cited/text/digits.hpp>

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
                                              1000000000000000u};

inline constexpr std::uint64_t pow5_u64[] = {1u,
                                             5u,
                                             25u,
                                             125u,
                                             625u,
                                             3125u,
                                             15625u,
                                             78125u,
                                             390625u,
                                             1953125u,
                                             9765625u,
                                             48828125u,
                                             244140625u,
                                             1220703125u,
                                             6103515625u,
                                             30517578125u,
                                             152587890625u,
                                             762939453125u,
                                             3814697265625u,
                                             19073486328125u};

inline constexpr char digit_pairs[] =
    "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
    "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
    "8081828384858687888990919293949596979899";

// The 8 decimal digits of v < 10^8 as text, the first in the lowest byte (little-endian).
[[gnu::always_inline]] inline std::uint64_t eight_digits(std::uint32_t v) noexcept {
  const auto pair = [](std::uint32_t i) {
    std::uint16_t two;
    std::memcpy(&two, digit_pairs + 2 * i, 2);
    return static_cast<std::uint64_t>(two);
  };
  const std::uint32_t a = v / 10000;
  const std::uint32_t b = v % 10000;
  return pair(a / 100) | pair(a % 100) << 16 | pair(b / 100) << 32 | pair(b % 100) << 48;
}

// Writes the shortest text that reads back as v (finite), exactly as std::to_chars(first, last,
// v) does; p must have room for 48 bytes.
//
// Values with at most digits10 significant digits, the usual case, take a short path: v = f 2^q
// exactly, so v 10^s = f 5^s 2^(q+s), an integer product and a shift, is rounded to the
// digits10-digit integer m exactly. m 10^-s reads back as v when |f 5^s - m 2^t| < 5^s / 2 with
// t = -(q+s) (half an ulp of v, scaled alike). Two decimals of at most digits10 digits never
// read back as the same T, so m without its trailing zeros is the shortest form. Everything
// else, and powers of two (whose ulp below is smaller), goes to std::to_chars. The short path needs
// a 128-bit integer; without one (CITED_HAS_INT128 is 0), or with UseInt128 false, std::to_chars
// writes every value that is not a whole number.
template <class T>
using bits_of = std::conditional_t<sizeof(T) == 8, std::uint64_t, std::uint32_t>;

template <json_floating T, bool UseInt128 = CITED_HAS_INT128 != 0>
char* write_floating(char* p, T v) noexcept {
  // A whole number below 2^53 (2^24 for a float) is written as an integer: "100000" where
  // std::to_chars would write "1e+05", so that counts stay counts in data files.
  constexpr double whole_limit = sizeof(T) == 8 ? 9007199254740992.0 : 16777216.0;
  if (const double magnitude = v < 0 ? -static_cast<double>(v) : static_cast<double>(v);
      magnitude < whole_limit &&
      static_cast<double>(static_cast<std::uint64_t>(magnitude)) == magnitude) {
    if (std::bit_cast<bits_of<T>>(v) >> (sizeof(T) * 8 - 1)) *p++ = '-';  // -0 too
    return std::to_chars(p, p + 20, static_cast<std::uint64_t>(magnitude)).ptr;
  }
#if CITED_HAS_INT128
  if constexpr (UseInt128) {
    using limits = float_limits<T>;
    using bits_t = std::conditional_t<sizeof(T) == 8, std::uint64_t, std::uint32_t>;
    constexpr int mantissa_bits = std::numeric_limits<T>::digits - 1;
    const double x = v < 0 ? -static_cast<double>(v) : static_cast<double>(v);
    const auto bits = static_cast<std::uint64_t>(std::bit_cast<bits_t>(v));
    const std::uint64_t fraction = bits & ((std::uint64_t(1) << mantissa_bits) - 1);
    if (std::endian::native == std::endian::little && x >= 1e-5 && x < limits::upper &&
        fraction != 0) {
      // floor(log10(x)) from the binary exponent (log10(2) ~ 78913 / 2^18), corrected by one; a
      // value next to a power of ten may still be one off, and then m has the wrong length.
      const int binary_exponent = static_cast<int>(std::bit_cast<std::uint64_t>(x) >> 52) - 1023;
      int e10 = (binary_exponent * 78913) >> 18;
      if (e10 >= 0 ? x >= exact_pow10[e10 + 1] : x * exact_pow10[-e10 - 1] >= 1) ++e10;
      const int s = limits::digits10 - 1 - e10;
      const int biased = static_cast<int>(bits >> mantissa_bits) & (sizeof(T) == 8 ? 0x7FF : 0xFF);
      const int q = biased - (std::numeric_limits<T>::max_exponent - 1) - mantissa_bits;
      const int t = -(q + s);
      if (s >= 0 && s < 20 && t > 0 && t < 64) {
        const std::uint64_t f = fraction | (std::uint64_t(1) << mantissa_bits);
        const uint128 product = static_cast<uint128>(f) * pow5_u64[s];
        const std::uint64_t low_mask = (std::uint64_t(1) << t) - 1;
        const std::uint64_t rest = static_cast<std::uint64_t>(product) & low_mask;
        auto m = static_cast<std::uint64_t>(product >> t);
        std::uint64_t off = rest;      // |f 5^s - m 2^t|
        if (rest > (low_mask >> 1)) {  // round up
          ++m;
          off = low_mask - rest + 1;
        }
        const std::uint64_t low = pow10_u64[limits::digits10 - 1];
        if (m >= low && m < low * 10 && static_cast<uint128>(off) * 2 < pow5_u64[s]) {
          // m has exactly digits10 digits. They are built as text in a 128-bit register, first
          // digit in the lowest byte, and stored whole: no byte is read back from memory.
          constexpr int width = limits::digits10;
          uint128 text;
          if constexpr (width == 15) {
            const auto high = static_cast<std::uint32_t>(m / 100000000);  // 7 digits
            const auto low8 = static_cast<std::uint32_t>(m % 100000000);
            text = ((static_cast<uint128>(eight_digits(low8)) << 64) | eight_digits(high)) >> 8;
          } else {
            static_assert(width == 6);
            text = eight_digits(static_cast<std::uint32_t>(m)) >> 16;
          }
          // n, the digits up to the last that is not '0': one past the highest non-zero byte of
          // text xor '0's.
          constexpr uint128 zeros = [] {
            uint128 z = 0;
            for (int i = 0; i < width; ++i) z |= static_cast<uint128>('0') << (8 * i);
            return z;
          }();
          const uint128 nonzero = text ^ zeros;
          const auto nonzero_high = static_cast<std::uint64_t>(nonzero >> 64);
          const auto nonzero_low = static_cast<std::uint64_t>(nonzero);
          const int n = nonzero_high != 0 ? 16 - std::countl_zero(nonzero_high) / 8
                                          : 8 - std::countl_zero(nonzero_low | 1) / 8;
          const int e = width - n - s;         // the value is the first n digits * 10^e
          const int exponent = width - 1 - s;  // of the first digit
          const int fixed_size = e >= 0 ? n + e : exponent >= 0 ? n + 1 : n + 1 - exponent;
          const int abs_exponent = exponent < 0 ? -exponent : exponent;
          const int scientific_size = n + (n > 1 ? 1 : 0) + 2 + (abs_exponent >= 100 ? 3 : 2);
          // The digits with a '.' after the first `whole` of them.
          const auto with_point = [&](int whole) {
            const uint128 mask = (static_cast<uint128>(1) << (8 * whole)) - 1;
            return (text & mask) | (static_cast<uint128>('.') << (8 * whole)) |
                   ((text & ~mask) << 8);
          };
          if (v < 0) *p++ = '-';
          if (fixed_size <= scientific_size) {
            if (e >= 0) {  // an integer: its digits are the first n + e, zeros included
              std::memcpy(p, &text, 16);
              return p + n + e;
            }
            if (exponent >= 0) {
              const uint128 out = with_point(exponent + 1);
              std::memcpy(p, &out, 16);
              return p + n + 1;
            }
            std::memcpy(p, "0.00000000", 8);
            p += 1 - exponent;
            std::memcpy(p, &text, 16);
            return p + n;
          }
          const uint128 out = with_point(1);
          std::memcpy(p, &out, 16);
          p += n > 1 ? n + 1 : 1;
          *p++ = 'e';
          *p++ = exponent < 0 ? '-' : '+';
          if (abs_exponent >= 100) *p++ = static_cast<char>('0' + abs_exponent / 100);
          std::memcpy(p, digit_pairs + 2 * (abs_exponent % 100), 2);
          return p + 2;
        }
      }
    }
  }
#endif
  return std::to_chars(p, p + 32, v).ptr;
}

}  // namespace cited::detail

#endif  // CITED_TEXT_NUMBERS_HPP
