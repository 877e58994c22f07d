// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_CITE_BIBTEX_HPP
#define CITED_CITE_BIBTEX_HPP

/// A `cited::source` as a BibTeX entry (`to_bibtex`), with biblatex's `date` and `urldate`.

#include <cited/cite/keys.hpp>
#include <cited/source/agents.hpp>
#include <cited/source/source.hpp>
#include <cited/text/dates.hpp>
#include <cited/value/period.hpp>

#include <concepts>
#include <cstddef>
#include <ranges>
#include <string>
#include <string_view>
#include <variant>

namespace cited {

namespace detail {

inline constexpr std::string_view bibtex_months[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                                     "jul", "aug", "sep", "oct", "nov", "dec"};

// BibTeX counts every brace, escaped or not, so literal braces are written as commands.
inline void bibtex_escaped(std::string& out, std::string_view text) {
  for (const char c : text) {
    switch (c) {
      case '\\':
        out += "\\textbackslash{}";
        break;
      case '~':
        out += "\\textasciitilde{}";
        break;
      case '^':
        out += "\\textasciicircum{}";
        break;
      case '{':
        out += "\\textbraceleft{}";
        break;
      case '}':
        out += "\\textbraceright{}";
        break;
      case '&':
      case '%':
      case '$':
      case '#':
      case '_':
        out += '\\';
        out += c;
        break;
      default:
        out += c;
    }
  }
}

inline void bibtex_field(std::string& out, std::string_view name, std::string_view value,
                         bool keep_case = false) {
  out += ",\n  ";
  out += name;
  out += keep_case ? " = {{" : " = {";
  detail::bibtex_escaped(out, value);
  out += keep_case ? "}}" : "}";
}

// True when `text` holds the word "and" between spaces, in any case, as BibTeX reads it.
inline bool has_and(std::string_view text) {
  for (std::size_t i = 0; i + 5 <= text.size(); ++i) {
    if (text[i] == ' ' && (text[i + 1] | 0x20) == 'a' && (text[i + 2] | 0x20) == 'n' &&
        (text[i + 3] | 0x20) == 'd' && text[i + 4] == ' ') {
      return true;
    }
  }
  return false;
}

// A name part that BibTeX would split (at a comma, at "and", or a one-part name at its spaces)
// is braced.
inline std::string bibtex_name_part(std::string_view part, bool whole_name = false) {
  std::string escaped;
  detail::bibtex_escaped(escaped, part);
  const bool split = part.find(',') != std::string_view::npos || has_and(part) ||
                     (whole_name && part.find(' ') != std::string_view::npos);
  return split ? '{' + escaped + '}' : escaped;
}

inline std::string bibtex_author(const agent& a) {
  if (const auto* o = std::get_if<organization>(&a)) {
    std::string out = "{";
    detail::bibtex_escaped(out, o->name());
    return out + '}';
  }
  const person_name& n = *std::get<person>(a).name();
  if (n.given.empty()) return bibtex_name_part(n.family, true);
  return bibtex_name_part(n.family) + ", " + bibtex_name_part(n.given);
}

}  // namespace detail

/// The source as a BibTeX entry, keyed `key` (or `citation_key(s)` when empty). BibTeX's special
/// characters (`\ { } & % $ # _ ~ ^`) are escaped; titles are double-braced so that styles keep
/// their case; organizations are braced so that they are not split into first and last names.
/// News articles are `@article`, reports `@techreport`, the other kinds `@misc` with
/// `howpublished` naming the kind. `date` and `urldate` are biblatex fields. Text stays UTF-8.
inline std::string to_bibtex(const source& s, std::string_view key = {}) {
  std::string out;
  switch (s.kind()) {
    case source_kind::news_article:
      out = "@article{";
      break;
    case source_kind::report:
      out = "@techreport{";
      break;
    default:
      out = "@misc{";
  }
  out += key.empty() ? citation_key(s) : std::string(key);
  if (!s.authors().empty()) {
    std::string names;
    for (std::size_t i = 0; i < s.authors().size(); ++i) {
      if (i > 0) names += " and ";
      names += detail::bibtex_author(s.authors()[i]);
    }
    out += ",\n  author = {" + names + '}';
  }
  if (s.title()) detail::bibtex_field(out, "title", *s.title(), true);
  switch (s.kind()) {
    case source_kind::news_article:
      if (auto c = s.container_or_publisher()) detail::bibtex_field(out, "journal", *c);
      break;
    case source_kind::report:
      if (s.publisher()) detail::bibtex_field(out, "institution", s.publisher()->name());
      break;
    case source_kind::dataset:
      detail::bibtex_field(out, "howpublished", "Dataset");
      break;
    case source_kind::press_conference:
      detail::bibtex_field(out, "howpublished", "Press conference");
      if (s.container()) detail::bibtex_field(out, "eventtitle", *s.container());
      if (s.place()) detail::bibtex_field(out, "address", *s.place());
      break;
    case source_kind::company_statement:
      detail::bibtex_field(out, "howpublished", "Statement");
      break;
    case source_kind::press_release:
      detail::bibtex_field(out, "howpublished", "Press release");
      break;
    case source_kind::web_page:
      detail::bibtex_field(out, "howpublished", "Web page");
      if (s.container()) detail::bibtex_field(out, "organization", *s.container());
      break;
  }
  if (s.publisher() && s.kind() != source_kind::report &&
      (s.kind() != source_kind::news_article || s.container())) {
    detail::bibtex_field(out, "publisher", s.publisher()->name());
  }
  if (s.published()) {
    const period& p = *s.published();
    const auto d = p.first_day();
    out += ",\n  year = {" + std::to_string(static_cast<int>(d.year())) + '}';
    if (p.precision() != precision::year) {
      out += ",\n  month = ";
      out += detail::bibtex_months[static_cast<unsigned>(d.month()) - 1];
    }
    out += ",\n  date = {" + p.to_string() + '}';
  }
  if (s.url()) out += ",\n  url = {" + *s.url() + '}';
  if (s.accessed()) {
    char buffer[10];
    detail::format_date(*s.accessed(), buffer);
    out += ",\n  urldate = {" + std::string(buffer, 10) + '}';
  }
  out += "\n}\n";
  return out;
}

/// The sources as BibTeX entries separated by blank lines; keys are citation keys, with `-2`,
/// `-3`, ... on repeats.
template <std::ranges::input_range R>
requires std::same_as<std::ranges::range_value_t<R>, source> std::string to_bibtex(
    const R& sources) {
  return detail::each_with_unique_key(
      sources, "\n",
      [](const source& s, const std::string& key, std::string& out) { out += to_bibtex(s, key); });
}

}  // namespace cited

#endif  // CITED_CITE_BIBTEX_HPP
