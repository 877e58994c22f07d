// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_TEXT_MESSAGES_HPP
#define CITED_TEXT_MESSAGES_HPP

// Text for error messages: printable excerpts, a description of a JSON token, quoting.

#include <cited/text/digits.hpp>
#include <cited/text/utf8.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace cited::detail {

// --- messages -----------------------------------------------------------------------------------

// Appends `text` for a message: printable ASCII and valid UTF-8 as they are, other bytes as
// \u00XX or \xXX, and at most `limit` bytes of input followed by "...".
inline void append_printable(std::string& out, std::string_view text, std::size_t limit = 40) {
  const char* p = text.data();
  const char* end = p + (text.size() < limit ? text.size() : limit);
  while (p < end) {
    const auto c = static_cast<unsigned char>(*p);
    if (c >= 0x20 && c < 0x7F) {
      out += static_cast<char>(c);
      ++p;
    } else if (c >= 0x80 && utf8_sequence_length(p, text.data() + text.size()) != 0) {
      const std::size_t n = utf8_sequence_length(p, text.data() + text.size());
      out.append(p, n);
      p += n;
    } else {
      out += c < 0x80 ? "\\u00" : "\\x";
      out += hex_digit(c >> 4, true);
      out += hex_digit(c, true);
      ++p;
    }
  }
  if (text.size() > limit) out += "...";
}

// Describes the JSON token at p, for "expected ..., got <this>".
inline std::string describe_json_token(const char* p, const char* end) {
  if (p == end) return "the end of the input";
  switch (*p) {
    case '{':
      return "an object";
    case '[':
      return "an array";
    case '"': {
      const char* q = p + 1;
      while (q != end && *q != '"') q += (*q == '\\' && q + 1 != end) ? 2 : 1;
      std::string out;
      append_printable(
          out, std::string_view(p, static_cast<std::size_t>((q == end ? q : q + 1) - p)), 42);
      return out;
    }
    default:
      break;
  }
  const char* q = p;
  while (q != end && q - p < 40 &&
         (is_digit(*q) || (*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z') || *q == '-' ||
          *q == '+' || *q == '.')) {
    ++q;
  }
  std::string out;
  if (q == p) {
    out = "'";
    append_printable(out, std::string_view(p, 1), 1);
    out += "'";
  } else {
    append_printable(out, std::string_view(p, static_cast<std::size_t>(q - p)));
  }
  return out;
}

// `text` with its control characters as \u00XX, for the what() of an exception, which is a C
// string and would end at a NUL.
inline std::string escape_controls(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20) {
      out += "\\u00";
      out += hex_digit(u >> 4, true);
      out += hex_digit(u, true);
    } else {
      out += c;
    }
  }
  return out;
}

// How much of a piece of text a message shows: user text in a message is cut to about this many
// bytes, so that a message stays short whatever the input holds.
inline constexpr std::size_t message_text_limit = 60;

// The length of the part of `text` a message shows: all of it, or at most `limit` bytes ending on
// a UTF-8 boundary.
inline std::size_t message_cut(std::string_view text,
                               std::size_t limit = message_text_limit) noexcept {
  std::size_t cut = text.size() < limit ? text.size() : limit;
  while (cut > 0 && cut < text.size() && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) {
    --cut;  // not inside a UTF-8 sequence
  }
  return cut;
}

// " (1048576 bytes)", the note after a text cut at `cut`; nothing when it was not cut.
inline std::string cut_note(std::string_view text, std::size_t cut) {
  if (cut == text.size()) return {};
  return " (" + std::to_string(text.size()) + " bytes)";
}

// `text` as it is for a message, cut as message_cut says and then "... (N bytes)": a name in a
// message that is not quoted, such as a CSV column's.
inline std::string excerpt(std::string_view text) {
  const std::size_t cut = message_cut(text);
  if (cut == text.size()) return std::string(text);
  std::string out(text.substr(0, cut));
  out += "...";
  out += cut_note(text, cut);
  return out;
}

// "\"text\"", for messages and paths: quotes and backslashes escaped as in JSON, other bytes as
// append_printable shows them; a text longer than message_text_limit bytes is cut on a UTF-8
// boundary, with "..." and, when `with_length`, its full length: "\"xxxx...\" (1048576 bytes)".
inline std::string quoted(std::string_view text, bool with_length = true) {
  const std::size_t cut = message_cut(text);
  const std::string_view kept = text.substr(0, cut);
  std::string out = "\"";
  for (std::size_t i = 0; i < kept.size();) {
    const std::size_t special = kept.find_first_of("\"\\", i);
    const std::size_t stop = special == std::string_view::npos ? kept.size() : special;
    append_printable(out, kept.substr(i, stop - i), std::string_view::npos);
    if (stop == kept.size()) break;
    out += '\\';
    out += kept[stop];
    i = stop + 1;
  }
  if (cut < text.size()) out += "...";
  out += '"';
  if (with_length) out += cut_note(text, cut);
  return out;
}

}  // namespace cited::detail

#endif  // CITED_TEXT_MESSAGES_HPP
