// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_REFLECT_NUMBER_TEXT_HPP
#define CITED_REFLECT_NUMBER_TEXT_HPP

/// `cited::number_text`: a JSON number kept as it was written, so that the code that reads it
/// decides what it may be. A count read as a `double` would take `0.99999999999999999` as 1 and
/// `9007199254740993` as 9007199254740992; read as a `number_text`, it can refuse the first, and
/// quote the second as written.
///
///     struct row { cited::number_text value; };
///     BOOST_DESCRIBE_STRUCT(row, (), (value))
///     auto r = cited::from_json<row>(R"({"value": 2.3695e4})");
///     r.value.integer();    // std::nullopt: not written as an integer
///     r.value.to_double();  // 23695.0
///     r.value.text();       // "2.3695e4"

#include <cited/text/numbers.hpp>

#include <charconv>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string_view>
#include <type_traits>

namespace cited {

class number_text;

namespace detail {
struct number_text_access;
}  // namespace detail

/// A number as JSON writes it (RFC 8259: `-12`, `0.5`, `2.3695e4`), kept as that text in 32
/// bytes, with no allocation (it is trivially copyable). JSON and CSV read it from a number (in
/// CSV, a cell holding one) and write its text as it is.
///
/// A number of at most `max_kept` (31) characters is kept whole: every integer up to 2^64 - 1,
/// every double's shortest form and any usual decimal. A longer number (a 300-digit integer, a
/// 100-digit fraction) keeps its nearest double, computed from all its digits, and its first
/// 16 characters for messages: `text()` is then those characters and `...`, `cut()` is true, and
/// JSON writes the shortest form of the double (it cannot write one beyond a double's range).
class number_text {
 public:
  /// The longest text kept whole.
  static constexpr std::size_t max_kept = 31;

  /// The text of the whole number `v`: `23695`.
  explicit number_text(std::uint64_t v) noexcept {
    meta_ = static_cast<unsigned char>(std::to_chars(bytes_, bytes_ + 20, v).ptr - bytes_);
  }
  /// The shortest text that reads back as `v`, which must be finite: a whole number below 2^53
  /// as an integer (`100000`), else as `cited::to_json` writes a double (`1.5`, `1e+300`).
  explicit number_text(double v) noexcept {
    char buffer[48];  // write_floating's room; a finite double takes at most 24
    const auto size = static_cast<std::size_t>(detail::write_floating(buffer, v) - buffer);
    std::memcpy(bytes_, buffer, size < max_kept ? size : max_kept);
    meta_ = static_cast<unsigned char>(size < max_kept ? size : max_kept);
  }

  /// `text` as a number_text when it is a JSON number and nothing else, else std::nullopt.
  static std::optional<number_text> parse(std::string_view text) noexcept {
    const detail::number_scan scan =
        detail::scan_json_number(text.data(), text.data() + text.size());
    if (scan.end != text.data() + text.size()) return std::nullopt;
    return number_text(text, raw{});
  }

  /// The text, as written; for a number of more than `max_kept` characters, its first 16 and
  /// `...` (`1234567890123456...`).
  std::string_view text() const noexcept {
    if (cut()) return {bytes_ + cut_text_at, cut_text_size};
    return {bytes_, meta_};
  }

  /// True when the number had more than `max_kept` characters, so that `text()` holds only the
  /// first of them.
  bool cut() const noexcept { return (meta_ & cut_mark) != 0; }

  /// The value, exactly, when the text is a whole number written as one (digits, with no
  /// fraction or exponent; `-0` is 0) of at most 2^64 - 1; else std::nullopt: for `1.0`,
  /// `2.3695e4`, `-5` and `18446744073709551616`.
  std::optional<std::uint64_t> integer() const noexcept {
    if (cut()) return std::nullopt;  // 32 digits or more without leading zeros: beyond 2^64
    const char* p = bytes_;
    const char* const end = p + meta_;
    if (*p == '-')
      return end - p == 2 && p[1] == '0' ? std::optional<std::uint64_t>(0) : std::nullopt;
    std::uint64_t v = 0;
    for (; p != end; ++p) {
      if (!detail::is_digit(*p)) return std::nullopt;
      const auto digit = static_cast<std::uint64_t>(*p - '0');
      if (v > (~std::uint64_t{0} - digit) / 10) return std::nullopt;
      v = v * 10 + digit;
    }
    return v;
  }

  /// The nearest double, or std::nullopt when the number is beyond a double's range (`1e400`) or
  /// too small to be told from 0 (`1e-400`).
  std::optional<double> to_double() const noexcept {
    if (cut()) {
      if ((meta_ & in_range_mark) == 0) return std::nullopt;
      double v = 0;
      std::memcpy(&v, bytes_, sizeof v);
      return v;
    }
    double v = 0;
    detail::number_status status = detail::number_status::ok;
    const char* end = detail::read_json_floating(bytes_, bytes_ + meta_, v, status);
    if (end == nullptr || status != detail::number_status::ok) return std::nullopt;
    return v;
  }

  /// True when the text starts with a minus sign (`-0` too).
  bool negative() const noexcept { return text().front() == '-'; }

  /// The same text: `1.0` is not `1`. Two numbers of more than `max_kept` characters are equal
  /// when their first 16 characters, their length and their nearest double are.
  friend bool operator==(const number_text&, const number_text&) = default;

 private:
  friend struct detail::number_text_access;
  struct raw {};

  static constexpr unsigned char cut_mark = 0x80;
  static constexpr unsigned char in_range_mark = 0x40;
  // A cut number: its double in bytes_[0, 8), its length in [8, 12), then its first characters.
  static constexpr std::size_t cut_text_at = 12;
  static constexpr std::size_t cut_text_size = max_kept - cut_text_at;  // 16 and "..."

  // `token` is a whole JSON number.
  number_text(std::string_view token, raw) noexcept {
    if (token.size() <= max_kept) {
      std::memcpy(bytes_, token.data(), token.size());
      meta_ = static_cast<unsigned char>(token.size());
      return;
    }
    double v = 0;
    detail::number_status status = detail::number_status::ok;
    detail::read_json_floating(token.data(), token.data() + token.size(), v, status);
    meta_ = cut_mark | static_cast<unsigned char>(cut_text_size);
    if (status == detail::number_status::ok) {
      meta_ |= in_range_mark;
      std::memcpy(bytes_, &v, sizeof v);
    }
    const auto length = static_cast<std::uint32_t>(
        token.size() < 0xFFFFFFFFu ? token.size() : std::size_t{0xFFFFFFFFu});
    std::memcpy(bytes_ + 8, &length, sizeof length);
    std::memcpy(bytes_ + cut_text_at, token.data(), cut_text_size - 3);
    std::memcpy(bytes_ + cut_text_at + cut_text_size - 3, "...", 3);
  }

  unsigned char meta_ = 0;  // the size of a kept text, or cut_mark with in_range_mark and 19
  char bytes_[max_kept] = {};
};

static_assert(sizeof(number_text) == 32, "cited: number_text holds 32 bytes");
static_assert(std::is_trivially_copyable_v<number_text>,
              "cited: number_text is trivially copyable");

namespace detail {

struct number_text_access {
  // The number_text of `token`, which scan_json_number found to be a whole JSON number.
  static number_text of_scanned(std::string_view token) noexcept {
    return number_text(token, number_text::raw{});
  }
};

}  // namespace detail

}  // namespace cited

#endif  // CITED_REFLECT_NUMBER_TEXT_HPP
