// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_CITATION_HPP
#define CITED_CITATION_HPP

/// Citations of a `cited::source`: an APA 7 reference as text (`cite`), CSL-JSON for citation
/// processors such as citeproc-js and citation-js (`to_csl_json`), and BibTeX (`to_bibtex`).

#include <cited/json.hpp>
#include <cited/source.hpp>
#include <cited/text/words.hpp>

#include <chrono>
#include <cstddef>
#include <optional>
#include <ranges>
#include <string>
#include <string_view>
#include <unordered_map>
#include <variant>
#include <vector>

namespace cited {

namespace detail {

inline constexpr std::string_view month_names[] = {"January",   "February", "March",    "April",
                                                   "May",       "June",     "July",     "August",
                                                   "September", "October",  "November", "December"};

inline constexpr std::string_view bibtex_months[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                                     "jul", "aug", "sep", "oct", "nov", "dec"};

inline constexpr std::string_view left_single = "\u2018";
inline constexpr std::string_view right_single = "\u2019";
inline constexpr std::string_view left_double = "\u201c";
inline constexpr std::string_view right_double = "\u201d";

// APA text uses typographic quotes, as citation processors print them. A quote opens after a
// space, a bracket, a dash or another opening quote, and closes the innermost open quote of the
// same ASCII character; quotes alternate double and single by depth, whichever character the
// text used ('a wave' at the outside prints as “a wave”). Any other ' is an apostrophe (’).
inline std::string typographic(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 8);
  char open[8];
  std::size_t depth = 0;
  bool after_opening = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c != '\'' && c != '"') {
      out += c;
      after_opening = false;
      continue;
    }
    const char before = i == 0 ? ' ' : text[i - 1];
    const bool opening = after_opening || before == ' ' || before == '(' || before == '[' ||
                         before == '{' || before == '-' || before == '/';
    if (opening && depth < std::size(open)) {
      open[depth++] = c;
      out += depth % 2 == 1 ? left_double : left_single;
      after_opening = true;
      continue;
    }
    after_opening = false;
    if (depth > 0 && open[depth - 1] == c) {
      out += depth % 2 == 1 ? right_double : right_single;
      --depth;
    } else {
      out += c == '\'' ? right_single : right_double;
    }
  }
  return out;
}

// Ends a part of a reference with a period, unless it already ends in one, a question mark or an
// exclamation mark; a period after a closing quote moves inside it ("“ok.”").
inline void end_sentence(std::string& out) {
  std::size_t end = out.size();
  while (end >= 3 && (out.compare(end - 3, 3, right_double) == 0 ||
                      out.compare(end - 3, 3, right_single) == 0)) {
    end -= 3;
  }
  if (end > 0 && (out[end - 1] == '.' || out[end - 1] == '?' || out[end - 1] == '!')) return;
  out.insert(end, 1, '.');
}

// "Yilian" -> "Y.", "Jean-Paul Marie" -> "J.-P. M."; ASCII letters are upper-cased.
inline std::string initials(std::string_view given) {
  std::string out;
  bool at_start = true;
  for (std::size_t i = 0; i < given.size(); ++i) {
    const char c = given[i];
    if (c == ' ' || c == '-') {
      if (!at_start && c == ' ') out += ' ';
      if (c == '-') out += '-';
      at_start = true;
      continue;
    }
    if (!at_start) continue;
    at_start = false;
    if (c >= 'a' && c <= 'z') {
      out += static_cast<char>(c - 'a' + 'A');
    } else {
      const std::size_t n =
          detail::utf8_sequence_length(given.data() + i, given.data() + given.size());
      out.append(given.substr(i, n == 0 ? 1 : n));
    }
    out += '.';
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

inline std::string apa_author(const agent& a) {
  if (const auto* o = std::get_if<organization>(&a)) return o->name();
  const person_name& n = *std::get<person>(a).name();
  if (n.given.empty()) return n.family;
  return n.family + ", " + initials(n.given);
}

// APA 7: one to twenty authors in full, "&" before the last; past twenty, the first nineteen, an
// ellipsis and the last.
inline std::string apa_authors(const std::vector<agent>& authors) {
  std::string out;
  const std::size_t n = authors.size();
  if (n > 20) {
    for (std::size_t i = 0; i < 19; ++i) out += apa_author(authors[i]) + ", ";
    return out + "\u2026 " + apa_author(authors.back());
  }
  for (std::size_t i = 0; i < n; ++i) {
    if (i > 0) out += i + 1 == n ? ", & " : ", ";
    out += apa_author(authors[i]);
  }
  return out;
}

// Reports and datasets are dated by year in APA; the other kinds as precisely as known.
inline bool dated_by_year(source_kind k) noexcept {
  return k == source_kind::report || k == source_kind::dataset;
}

inline std::string long_date(std::chrono::year_month_day d) {
  return std::string(month_names[static_cast<unsigned>(d.month()) - 1]) + ' ' +
         std::to_string(static_cast<unsigned>(d.day())) + ", " +
         std::to_string(static_cast<int>(d.year()));
}

inline std::string apa_date(const source& s) {
  if (!s.published()) return "n.d.";
  const period& p = *s.published();
  const auto d = p.first_day();
  std::string out = std::to_string(static_cast<int>(d.year()));
  if (dated_by_year(s.kind()) || p.precision() == precision::year) return out;
  out += ", ";
  out += month_names[static_cast<unsigned>(d.month()) - 1];
  if (p.precision() == precision::day) out += ' ' + std::to_string(static_cast<unsigned>(d.day()));
  return out;
}

// The bracketed description APA puts after a title, if the kind has one.
inline std::string_view apa_descriptor(source_kind k) noexcept {
  switch (k) {
    case source_kind::dataset:
      return "Dataset";
    case source_kind::press_conference:
      return "Press conference";
    case source_kind::company_statement:
      return "Statement";
    default:
      return {};
  }
}

// True when the only author is an organization called `name`: APA then leaves out the publisher
// or site, which would repeat it.
inline bool sole_author_is(const source& s, std::string_view name) {
  if (s.authors().size() != 1) return false;
  const auto* o = std::get_if<organization>(&s.authors().front());
  return o && o->name() == name;
}

// The publisher or site name a reference shows, if any.
inline std::optional<std::string> shown_publisher(const source& s) {
  std::optional<std::string> name;
  switch (s.kind()) {
    case source_kind::news_article:
    case source_kind::web_page:
      name = s.container_or_publisher();
      break;
    case source_kind::press_conference:
      name = s.container();
      break;
    default:
      if (s.publisher()) name = s.publisher()->name();
  }
  if (name && s.kind() != source_kind::news_article && sole_author_is(s, *name)) name.reset();
  return name;
}

inline std::string_view csl_type(source_kind k) noexcept {
  switch (k) {
    case source_kind::news_article:
      return "article-newspaper";
    case source_kind::report:
      return "report";
    case source_kind::dataset:
      return "dataset";
    case source_kind::press_conference:
      return "speech";
    case source_kind::company_statement:
      return "document";
    case source_kind::web_page:
      return "webpage";
  }
  return "document";
}

inline void csl_string(std::string& out, std::string_view key, std::string_view value) {
  out += ", \"";
  out += key;
  out += "\": ";
  cited::to_json(std::string(value), out);
}

inline void csl_date(std::string& out, std::string_view key, std::chrono::year_month_day d,
                     precision p) {
  out += ", \"";
  out += key;
  out += "\": {\"date-parts\": [[" + std::to_string(static_cast<int>(d.year()));
  if (p != precision::year) out += ", " + std::to_string(static_cast<unsigned>(d.month()));
  if (p == precision::day) out += ", " + std::to_string(static_cast<unsigned>(d.day()));
  out += "]]}";
}

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

/// A short key for a source: the first author's family name or organization name (or the
/// title's first word) in lower-case ASCII, then the year or `nd`. `"liang2025"`.
inline std::string citation_key(const source& s) {
  std::string key;
  if (!s.authors().empty()) {
    const agent& a = s.authors().front();
    key = std::holds_alternative<organization>(a)
              ? detail::ascii_words(std::get<organization>(a).name(), detail::word_break::space, "",
                                    3)
              : detail::ascii_words(std::get<person>(a).name()->family, detail::word_break::space,
                                    "", 1);
  } else if (s.title()) {
    key = detail::ascii_words(*s.title(), detail::word_break::space, "", 1);
  }
  if (key.empty())
    key = detail::ascii_words(cited::enum_name(s.kind()), detail::word_break::space, "", 1);
  if (s.published()) {
    key += std::to_string(static_cast<int>(s.published()->first_day().year()));
  } else {
    key += "nd";
  }
  return key;
}

namespace detail {

template <class Range, class Write>
std::string each_with_unique_key(const Range& sources, std::string_view separator, Write write) {
  std::string out;
  std::unordered_map<std::string, int> seen;
  bool first = true;
  for (const source& s : sources) {
    std::string key = cited::citation_key(s);
    if (const int n = ++seen[key]; n > 1) key += '-' + std::to_string(n);
    if (!first) out += separator;
    first = false;
    write(s, key, out);
  }
  return out;
}

}  // namespace detail

/// The APA 7 reference for a source, as plain text with typographic quotes:
///
///     Liang, Y. (2025, August 26). China’s Ascent to Global Computing Power. Belt and Road
///     News Network.
///
/// Titles are printed as given (APA asks for sentence case; cited does not re-case). A work with
/// no author starts with its title. Reports and datasets are dated by year. An undated work with
/// an access date reads "Retrieved <date>, from <URL>". The publisher or site is left out when it
/// is the sole author. The text matches what citation-js prints for `to_csl_json(s)` with its APA
/// template, except where the README's citation section says otherwise.
inline std::string cite(const source& s) {
  const std::string_view descriptor = detail::apa_descriptor(s.kind());
  std::string out;
  const bool authored = !s.authors().empty();
  if (authored) {
    out = detail::typographic(detail::apa_authors(s.authors()));
  } else if (s.title()) {
    out = detail::typographic(*s.title());
  } else {
    out = '[' + std::string(descriptor) + ']';
  }
  detail::end_sentence(out);
  out += " (" + detail::apa_date(s) + ").";

  std::string title;
  if (authored && s.title()) title = detail::typographic(*s.title());
  if (!descriptor.empty() && (authored || s.title())) {
    if (!title.empty()) title += ' ';
    title += '[' + std::string(descriptor) + ']';
  }
  if (!title.empty()) {
    out += ' ' + title;
    detail::end_sentence(out);
  }

  std::string where;
  if (auto p = detail::shown_publisher(s)) where = detail::typographic(*p);
  if (s.kind() == source_kind::press_conference && s.place()) {
    if (!where.empty()) where += ", ";
    where += detail::typographic(*s.place());
  }
  if (!where.empty()) {
    out += ' ' + where;
    detail::end_sentence(out);
  }

  if (s.url()) {
    if (!s.published() && s.accessed()) {
      out += " Retrieved " + detail::long_date(*s.accessed()) + ", from";
    }
    out += ' ' + *s.url();
  }
  return out;
}

/// The source as one CSL-JSON item (an object), with `id` (or `citation_key(s)` when empty).
/// Kinds map to CSL types: `article-newspaper`, `report`, `dataset`, `speech` (genre "Press
/// conference"), `document` (genre "Statement") and `webpage`. A press conference's container is
/// its `event-title` and its place its `event-place`. The quote has no CSL variable and is not
/// written.
inline std::string to_csl_json(const source& s, std::string_view id = {}) {
  std::string out = "{\"id\": ";
  cited::to_json(id.empty() ? citation_key(s) : std::string(id), out);
  detail::csl_string(out, "type", detail::csl_type(s.kind()));
  if (s.title()) detail::csl_string(out, "title", *s.title());
  if (!s.authors().empty()) {
    out += ", \"author\": [";
    bool first = true;
    for (const agent& a : s.authors()) {
      out += first ? "{" : ", {";
      first = false;
      if (const auto* o = std::get_if<organization>(&a)) {
        out += "\"literal\": ";
        cited::to_json(o->name(), out);
      } else {
        const person_name& n = *std::get<person>(a).name();
        out += "\"family\": ";
        cited::to_json(n.family, out);
        if (!n.given.empty()) {
          out += ", \"given\": ";
          cited::to_json(n.given, out);
        }
      }
      out += '}';
    }
    out += ']';
  }
  const std::optional<std::string> shown = detail::shown_publisher(s);
  switch (s.kind()) {
    case source_kind::news_article:
      if (shown) detail::csl_string(out, "container-title", *shown);
      if (s.container() && s.publisher()) {
        detail::csl_string(out, "publisher", s.publisher()->name());
      }
      break;
    case source_kind::web_page:
      if (shown) detail::csl_string(out, "container-title", *shown);
      break;
    case source_kind::press_conference:
      detail::csl_string(out, "genre", "Press conference");
      if (s.container()) detail::csl_string(out, "event-title", *s.container());
      if (s.place()) detail::csl_string(out, "event-place", *s.place());
      if (s.publisher()) detail::csl_string(out, "publisher", s.publisher()->name());
      break;
    case source_kind::company_statement:
      detail::csl_string(out, "genre", "Statement");
      [[fallthrough]];
    default:
      if (shown) detail::csl_string(out, "publisher", *shown);
  }
  if (s.published()) {
    detail::csl_date(out, "issued", s.published()->first_day(), s.published()->precision());
  }
  if (s.accessed()) detail::csl_date(out, "accessed", *s.accessed(), precision::day);
  if (s.url()) detail::csl_string(out, "URL", *s.url());
  out += '}';
  return out;
}

/// The sources as a CSL-JSON array; ids are citation keys, with `-2`, `-3`, ... on repeats.
template <std::ranges::input_range R>
requires std::same_as<std::ranges::range_value_t<R>, source> std::string to_csl_json(
    const R& sources) {
  return '[' +
         detail::each_with_unique_key(sources, ",\n ",
                                      [](const source& s, const std::string& key,
                                         std::string& out) { out += to_csl_json(s, key); }) +
         ']';
}

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

#endif  // CITED_CITATION_HPP
