// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_CITE_BIBTEX_HPP
#define CITED_CITE_BIBTEX_HPP

/// A `cited::source` as a classic BibTeX entry (`to_bibtex`): the fields `bibtex` with
/// `plain.bst` reads, with the rest in `howpublished` and `note`.

#include <cited/cite/keys.hpp>
#include <cited/source/agents.hpp>
#include <cited/source/source.hpp>
#include <cited/text/dates.hpp>
#include <cited/value/period.hpp>

#include <chrono>
#include <concepts>
#include <cstddef>
#include <ranges>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

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

// "1 February 2025": day first, so the text reads well with or without a comma after it.
inline std::string day_month_year(const std::chrono::year_month_day& d) {
  return std::to_string(static_cast<unsigned>(d.day())) + ' ' +
         std::string(month_names[static_cast<unsigned>(d.month()) - 1]) + ' ' +
         std::to_string(static_cast<int>(d.year()));
}

// True when the publisher's name is one of the authors' (APA leaves such a publisher out).
inline bool publisher_is_author(const source& s) {
  if (!s.publisher()) return false;
  for (const agent& a : s.authors()) {
    if (const auto* o = std::get_if<organization>(&a); o && o->name() == s.publisher()->name()) {
      return true;
    }
  }
  return false;
}

// What classic BibTeX calls each kind in `howpublished` or `type`.
inline std::string_view bibtex_kind_label(source_kind k) {
  switch (k) {
    case source_kind::news_article:
      return "News article";
    case source_kind::report:
      return "Report";
    case source_kind::dataset:
      return "Data set";
    case source_kind::press_conference:
      return "Press conference";
    case source_kind::company_statement:
      return "Statement";
    case source_kind::web_page:
      return "Web page";
    case source_kind::press_release:
      return "Press release";
  }
  return "Work";
}

inline void bibtex_authors(std::string& out, const source& s) {
  if (s.authors().empty()) return;
  std::string names;
  for (std::size_t i = 0; i < s.authors().size(); ++i) {
    if (i > 0) names += " and ";
    names += detail::bibtex_author(s.authors()[i]);
  }
  out += ",\n  author = {" + names + '}';
}

}  // namespace detail

/// The source as a classic BibTeX entry, keyed `key` (or `citation_key(s)` when empty), with
/// only the fields that `bibtex` with `plain.bst` reads for its type:
///
/// - a news article is `@article` (`journal` is the newspaper or site), a report `@techreport`
///   (`type = {Report}`, `institution` its publisher), the other kinds `@misc`, whose
///   `howpublished` names the kind, then the site or event, the publisher and the place:
///   `howpublished = {Press release, GlobeNewswire, London}`;
/// - `key`, which plain.bst sorts by, is the title (or the kind) of a work without an author;
/// - `year` and `month` (`month = aug`, or `month = {26~August}` for a day);
/// - `note` holds what plain.bst has no field for: a newspaper's publisher apart from its name,
///   the DOI as `https://doi.org/...`, the URL and the access date (`Accessed 1 August 2025`).
///
/// BibTeX's special characters (`\ { } & % $ # _ ~ ^`) are escaped, in URLs too; titles are
/// double-braced so that styles keep their case; organizations are braced so that they are not
/// split into first and last names. Text stays UTF-8. For biblatex, use `to_biblatex`.
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
  detail::bibtex_authors(out, s);
  if (s.title()) detail::bibtex_field(out, "title", *s.title(), true);
  // plain.bst sorts an entry without an author by its `key` (and warns when there is none).
  if (s.authors().empty()) {
    detail::bibtex_field(out, "key", s.title() ? *s.title() : detail::bibtex_kind_label(s.kind()));
  }
  // A newspaper published by a group of another name: the group goes in the note.
  std::vector<std::string> note;
  switch (s.kind()) {
    case source_kind::news_article:
      if (auto c = s.container_or_publisher()) detail::bibtex_field(out, "journal", *c);
      if (s.container() && s.publisher() && s.publisher()->name() != *s.container()) {
        note.push_back("Published by " + s.publisher()->name());
      }
      break;
    case source_kind::report:
      detail::bibtex_field(out, "type", detail::bibtex_kind_label(s.kind()));
      if (s.publisher()) detail::bibtex_field(out, "institution", s.publisher()->name());
      break;
    default: {
      // plain.bst prints `howpublished` before the date, so it reads "Press release,
      // GlobeNewswire, London, 10 July 2025."
      std::string how(detail::bibtex_kind_label(s.kind()));
      if (s.container()) how += ", " + *s.container();
      if (s.publisher() && !detail::publisher_is_author(s) &&
          (!s.container() || s.publisher()->name() != *s.container())) {
        how += ", " + s.publisher()->name();
      }
      if (s.place()) how += ", " + *s.place();
      detail::bibtex_field(out, "howpublished", how);
    }
  }
  if (s.published()) {
    const period& p = *s.published();
    const auto d = p.first_day();
    out += ",\n  year = {" + std::to_string(static_cast<int>(d.year())) + '}';
    if (p.precision() != precision::year) {
      // plain.bst has no day field and prints "month year". A day goes in the month as braced
      // text, day first: "26 August 2025" reads well there and wherever a style puts the month,
      // and citation-js reads the day back from it (it reads `"26~" # aug` as "26~08", as its
      // month macros are numbers). A month alone stays a macro, which styles may abbreviate.
      out += ",\n  month = ";
      const auto m = static_cast<unsigned>(d.month()) - 1;
      if (p.precision() == precision::day) {
        out += '{' + std::to_string(static_cast<unsigned>(d.day())) + '~' +
               std::string(detail::month_names[m]) + '}';
      } else {
        out += detail::bibtex_months[m];
      }
    }
  }
  // plain.bst has no doi, url or urldate: the note prints them, as sentences, after the rest.
  if (s.doi()) note.push_back("https://doi.org/" + *s.doi());
  if (s.url()) note.push_back(*s.url());
  if (s.accessed()) note.push_back("Accessed " + detail::day_month_year(*s.accessed()));
  if (!note.empty()) {
    std::string text;
    for (std::size_t i = 0; i < note.size(); ++i) text += (i ? ". " : "") + note[i];
    detail::bibtex_field(out, "note", text);
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
