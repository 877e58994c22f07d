// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_FORMAT_SPEC_HPP
#define CITED_FORMAT_SPEC_HPP

// The format spec that cited's fmt and std::format formatters share: parsed once here, for both
// libraries, with the library's error type as a template parameter. The grammar is
//
//     [[fill]align][width][.precision][style]
//
// where align is '<', '>' or '^', fill is any one character (a UTF-8 sequence) but '{' and '}',
// width and precision are decimal numbers, and style is one of the words of the value's type
// (see <cited/format/texts.hpp>). Nested replacement fields ({:{}}) are not supported.

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <type_traits>

namespace cited::detail {

// Not constexpr: a format string checked at compile time whose spec reaches one of these does not
// compile, and the diagnostic names the function, which says what is wrong.
inline void format_spec_error_unknown_style() {}
inline void format_spec_error_no_precision_for_this_style() {}
inline void format_spec_error_precision_needs_digits() {}
inline void format_spec_error_number_too_large() {}
inline void format_spec_error_nested_fields_are_not_supported() {}
inline void format_spec_error_fill_is_a_brace() {}
inline void format_spec_error_fill_is_not_utf8() {}
inline void format_spec_error_no_closing_brace() {}

enum class format_align : std::uint8_t { none, left, right, center };

// The styles a type accepts: at most 16 words, the first of which is "" (the default).
// `with_precision` has bit i set when style i takes a precision.
struct format_styles {
  std::array<std::string_view, 16> words{};
  std::size_t size = 0;
  std::uint32_t with_precision = 0;
};

// A parsed spec.
struct format_spec {
  std::array<char, 4> fill{' ', 0, 0, 0};
  std::uint8_t fill_size = 1;
  format_align align = format_align::none;
  int width = 0;
  int precision = -1;  // none
  std::uint8_t style = 0;
};

constexpr bool is_align_char(char c) noexcept { return c == '<' || c == '>' || c == '^'; }

constexpr format_align to_align(char c) noexcept {
  return c == '<' ? format_align::left : c == '>' ? format_align::right : format_align::center;
}

// The length of the UTF-8 sequence whose lead byte is `c` (1 for a stray byte).
constexpr std::size_t utf8_lead_length(char c) noexcept {
  const auto b = static_cast<unsigned char>(c);
  return b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
}

// Throws `Error(message)`; in a constant expression, calls `marker` first, so that the compile
// error names what is wrong.
template <class Error>
constexpr void format_spec_fail(void (*marker)(), const char* message) {
  if (std::is_constant_evaluated()) marker();
  throw Error(message);
}

// Reads the decimal number at `it` (at least one digit, `it` points at one), up to 9999.
template <class Error, class It>
constexpr int parse_spec_number(It& it, It end) {
  int n = 0;
  while (it != end && *it >= '0' && *it <= '9') {
    n = n * 10 + (*it - '0');
    if (n > 9999) {
      format_spec_fail<Error>(format_spec_error_number_too_large,
                              "cited: a format width or precision is at most 9999");
    }
    ++it;
  }
  return n;
}

// Parses the spec in [begin, end), which runs to the replacement field's closing '}' (or to the
// end of the format string); returns where it stopped, at the '}' or `end`. Throws `Error` on a
// malformed spec, with `what` (such as "cited: a country's format spec is one of ...") when the
// style is not one of `styles`.
template <class Error, class It>
constexpr It parse_format_spec(It begin, It end, const format_styles& styles, const char* what,
                               format_spec& spec) {
  It it = begin;
  const auto at_end = [&] { return it == end || *it == '}'; };
  if (at_end()) return it;

  // [[fill]align]: a fill is one character, maybe of several bytes, followed by an align char.
  const std::size_t lead = utf8_lead_length(*it);
  It after_fill = it;
  std::size_t n = 0;
  while (n < lead && after_fill != end) {
    ++after_fill;
    ++n;
  }
  if (n == lead && after_fill != end && is_align_char(*after_fill)) {
    if (*it == '{' || *it == '}') {
      format_spec_fail<Error>(format_spec_error_fill_is_a_brace,
                              "cited: a format spec's fill is not '{' or '}'");
    }
    // One whole UTF-8 character: a lead byte (not a continuation byte, not C0, C1 or F5 and
    // above) and as many continuation bytes as it announces.
    const auto first = static_cast<unsigned char>(*it);
    bool valid = !(first >= 0x80 && first < 0xC2) && first < 0xF5;
    It c = it;
    for (std::size_t i = 1; i < lead; ++i) {
      ++c;
      valid = valid && (static_cast<unsigned char>(*c) & 0xC0) == 0x80;
    }
    if (!valid) {
      format_spec_fail<Error>(format_spec_error_fill_is_not_utf8,
                              "cited: a format spec's fill is one whole UTF-8 character");
    }
    for (std::size_t i = 0; i < lead; ++i, ++it) spec.fill[i] = *it;
    spec.fill_size = static_cast<std::uint8_t>(lead);
    spec.align = to_align(*it);
    ++it;
  } else if (is_align_char(*it)) {
    spec.align = to_align(*it);
    ++it;
  }

  if (it != end && *it == '{') {
    format_spec_fail<Error>(
        format_spec_error_nested_fields_are_not_supported,
        "cited: a width or precision from an argument ({:{}}) is not supported");
  }
  if (it != end && *it >= '0' && *it <= '9') spec.width = parse_spec_number<Error>(it, end);
  if (it != end && *it == '.') {
    ++it;
    if (it != end && *it == '{') {
      format_spec_fail<Error>(
          format_spec_error_nested_fields_are_not_supported,
          "cited: a width or precision from an argument ({:.{}}) is not supported");
    }
    if (it == end || *it < '0' || *it > '9') {
      format_spec_fail<Error>(format_spec_error_precision_needs_digits,
                              "cited: a format precision is '.' and digits, as in {:.2}");
    }
    spec.precision = parse_spec_number<Error>(it, end);
  }

  const It word_begin = it;
  std::size_t length = 0;
  while (!at_end()) {
    ++it;
    ++length;
  }
  if (it == end) {
    format_spec_fail<Error>(format_spec_error_no_closing_brace,
                            "cited: a replacement field has no closing '}'");
  }
  // The word, compared character by character: the iterators need not be pointers.
  bool found = false;
  for (std::size_t s = 0; s < styles.size && !found; ++s) {
    const std::string_view w = styles.words[s];
    if (w.size() != length) continue;
    It c = word_begin;
    std::size_t i = 0;
    while (i < length && *c == w[i]) {
      ++c;
      ++i;
    }
    if (i == length) {
      found = true;
      spec.style = static_cast<std::uint8_t>(s);
    }
  }
  if (!found) format_spec_fail<Error>(format_spec_error_unknown_style, what);
  if (spec.precision >= 0 && (styles.with_precision >> spec.style & 1u) == 0) {
    format_spec_fail<Error>(format_spec_error_no_precision_for_this_style,
                            "cited: this format style takes no precision");
  }
  return it;
}

// The number of code points in UTF-8 text: the columns a padded field counts. (fmt and
// std::format count East Asian wide characters as two columns; cited counts code points.)
constexpr std::size_t format_columns(std::string_view text) noexcept {
  std::size_t n = 0;
  for (const char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
  return n;
}

// Writes `text` to `out`, padded to the spec's width with its fill; left-aligned unless the spec
// says otherwise.
template <class Out>
Out write_padded(Out out, std::string_view text, const format_spec& spec) {
  const std::size_t columns = format_columns(text);
  const auto width = static_cast<std::size_t>(spec.width);
  const std::size_t pad = width > columns ? width - columns : 0;
  std::size_t before = 0;
  if (spec.align == format_align::right) before = pad;
  if (spec.align == format_align::center) before = pad / 2;
  const auto fill = [&](std::size_t count) {
    for (std::size_t i = 0; i < count; ++i) {
      for (std::size_t b = 0; b < spec.fill_size; ++b) *out++ = spec.fill[b];
    }
  };
  fill(before);
  for (const char c : text) *out++ = c;
  fill(pad - before);
  return out;
}

}  // namespace cited::detail

#endif  // CITED_FORMAT_SPEC_HPP
