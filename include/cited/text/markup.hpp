// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_TEXT_MARKUP_HPP
#define CITED_TEXT_MARKUP_HPP

// Text in HTML and XML: the characters that would open markup become character references.

#include <string>
#include <string_view>

namespace cited::detail {

// Whether `'` is escaped too: needed in attribute values quoted with `'`, harmless elsewhere.
enum class apostrophes : bool { keep, escape };

// `text` appended to `out` with `&`, `<`, `>` and `"` (and `'`, when asked) as character
// references, safe in element content and in attribute values in double quotes.
inline void append_html_escaped(std::string& out, std::string_view text,
                                apostrophes a = apostrophes::keep) {
  for (const char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += a == apostrophes::escape ? "&#39;" : "'";
        break;
      default:
        out += c;
    }
  }
}

}  // namespace cited::detail

#endif  // CITED_TEXT_MARKUP_HPP
