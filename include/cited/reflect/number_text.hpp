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
#include <optional>
#include <string>
#include <string_view>

namespace cited {

/// A number as JSON writes it (RFC 8259: `-12`, `0.5`, `2.3695e4`), kept as that text. JSON and
/// CSV read it from a number (in CSV, a cell holding one) and write its text as it is.
class number_text {
 public:
  /// The text of the whole number `v`: `23695`.
  explicit number_text(std::uint64_t v) {
    char buffer[24];
    text_.assign(buffer, std::to_chars(buffer, buffer + sizeof buffer, v).ptr);
  }
  /// The shortest text that reads back as `v`, which must be finite: a whole number below 2^53
  /// as an integer (`100000`), else as `cited::to_json` writes a double (`1.5`, `1e+300`).
  explicit number_text(double v) {
    char buffer[48];
    text_.assign(buffer, detail::write_floating(buffer, v));
  }

  /// `text` as a number_text when it is a JSON number and nothing else, else std::nullopt.
  static std::optional<number_text> parse(std::string_view text) {
    const detail::number_scan scan =
        detail::scan_json_number(text.data(), text.data() + text.size());
    if (scan.end != text.data() + text.size()) return std::nullopt;
    return number_text(text, raw{});
  }

  /// The text, as written.
  const std::string& text() const noexcept { return text_; }

  /// The value, exactly, when the text is a whole number written as one (digits, with no
  /// fraction or exponent; `-0` is 0) of at most 2^64 - 1; else std::nullopt: for `1.0`,
  /// `2.3695e4`, `-5` and `18446744073709551616`.
  std::optional<std::uint64_t> integer() const noexcept {
    const char* p = text_.data();
    const char* const end = p + text_.size();
    if (text_ == "-0") return 0;
    const detail::number_scan scan = detail::scan_json_number(p, end);
    if (scan.end != end || !scan.integral || *p == '-') return std::nullopt;
    std::uint64_t v = 0;
    if (detail::convert_integer(p, end, v) != detail::number_status::ok) return std::nullopt;
    return v;
  }

  /// The nearest double, or std::nullopt when the number is beyond a double's range (`1e400`) or
  /// too small to be told from 0 (`1e-400`).
  std::optional<double> to_double() const noexcept {
    double v = 0;
    detail::number_status status = detail::number_status::ok;
    const char* end =
        detail::read_json_floating(text_.data(), text_.data() + text_.size(), v, status);
    if (end == nullptr || status != detail::number_status::ok) return std::nullopt;
    return v;
  }

  /// True when the text starts with a minus sign (`-0` too).
  bool negative() const noexcept { return !text_.empty() && text_.front() == '-'; }

  /// The same text: `1.0` is not `1`.
  friend bool operator==(const number_text&, const number_text&) = default;

 private:
  struct raw {};
  number_text(std::string_view text, raw) : text_(text) {}

  std::string text_;
};

}  // namespace cited

#endif  // CITED_REFLECT_NUMBER_TEXT_HPP
