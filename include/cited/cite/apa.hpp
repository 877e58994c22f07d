// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_CITE_APA_HPP
#define CITED_CITE_APA_HPP

/// The APA 7 reference of a `cited::source` (`cite`), as plain text with typographic quotes, or as
/// Markdown or HTML with APA's italics (`cited::reference_format`).

#include <cited/reflect/names.hpp>
#include <cited/source/agents.hpp>
#include <cited/source/source.hpp>
#include <cited/text/dates.hpp>
#include <cited/text/markup.hpp>
#include <cited/text/utf8.hpp>
#include <cited/value/period.hpp>

#include <boost/describe/enum.hpp>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace cited {

namespace detail {

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
      return "Data set";
    case source_kind::press_release:
      return "Press release";
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

// True for an article on a news website: a news article whose publisher is a news site. APA
// cites it as a work on a website, with the article's title in italics, where a newspaper article
// italicises the newspaper; in CSL it is a `webpage` in the site.
inline bool on_news_website(const source& s) noexcept {
  return s.kind() == source_kind::news_article && s.publisher() &&
         s.publisher()->kind() == organization_kind::news_site;
}

// True when APA italicises the work's title: everything but a periodical's article, whose
// periodical is italic instead.
inline bool title_in_italics(const source& s) noexcept {
  return s.kind() != source_kind::news_article || on_news_website(s);
}

// One run of a reference: text (already typographic), in italics or not, or a URL.
struct apa_run {
  std::string text;
  bool italic = false;
  bool url = false;
};

// end_sentence over runs: a period goes after an italic run, inside a closing quote.
inline void end_sentence(std::vector<apa_run>& runs) {
  if (runs.empty()) return;
  apa_run& last = runs.back();
  if (!last.italic) {
    detail::end_sentence(last.text);
    return;
  }
  const char c = last.text.empty() ? ' ' : last.text.back();
  if (c != '.' && c != '?' && c != '!') runs.push_back({".", false, false});
}

inline void append_markdown_escaped(std::string& out, std::string_view text) {
  for (const char c : text) {
    if (c == '\\' || c == '*' || c == '_' || c == '`' || c == '[' || c == ']' || c == '<' ||
        c == '>' || c == '#') {
      out += '\\';
    }
    out += c;
  }
}

}  // namespace detail

/// How a reference or citation is written: plain text, Markdown (italics as `*...*`, Markdown's
/// special characters escaped, URLs as autolinks `<...>`) or HTML (italics as `<i>...</i>`, text
/// escaped for an element or an attribute value).
enum class reference_format : std::uint8_t { text, markdown, html };
BOOST_DESCRIBE_ENUM(reference_format, text, markdown, html)

namespace detail {

inline std::string render(const std::vector<apa_run>& runs, reference_format f) {
  std::string out;
  for (const apa_run& r : runs) {
    switch (f) {
      case reference_format::text:
        out += r.text;
        break;
      case reference_format::markdown:
        if (r.url) {
          out += '<' + r.text + '>';
        } else if (r.italic) {
          out += '*';
          append_markdown_escaped(out, r.text);
          out += '*';
        } else {
          append_markdown_escaped(out, r.text);
        }
        break;
      case reference_format::html:
        if (r.italic) out += "<i>";
        append_html_escaped(out, r.text);
        if (r.italic) out += "</i>";
        break;
    }
  }
  return out;
}

// The runs of a reference, in APA 7's order: author, date, title and description, source, link.
inline std::vector<apa_run> apa_runs(const source& s) {
  const std::string_view descriptor = detail::apa_descriptor(s.kind());
  const bool italic_title = detail::title_in_italics(s);
  std::vector<apa_run> runs;
  const bool authored = !s.authors().empty();
  if (authored) {
    runs.push_back({detail::typographic(detail::apa_authors(s.authors()))});
  } else if (s.title()) {
    runs.push_back({detail::typographic(*s.title()), italic_title});
  } else {
    runs.push_back({'[' + std::string(descriptor) + ']'});
  }
  detail::end_sentence(runs);
  runs.push_back({" (" + detail::apa_date(s) + ")."});

  const bool bracket = !descriptor.empty() && (authored || s.title());
  if (authored && s.title()) {
    runs.push_back({" "});
    runs.push_back({detail::typographic(*s.title()), italic_title});
    if (bracket) runs.push_back({" [" + std::string(descriptor) + ']'});
    detail::end_sentence(runs);
  } else if (bracket) {
    runs.push_back({" [" + std::string(descriptor) + ']'});
    detail::end_sentence(runs);
  }

  std::string where;
  if (auto p = detail::shown_publisher(s)) where = detail::typographic(*p);
  const bool periodical = s.kind() == source_kind::news_article && !italic_title;
  if (s.kind() == source_kind::press_conference && s.place()) {
    if (!where.empty()) where += ", ";
    where += detail::typographic(*s.place());
  }
  if (!where.empty()) {
    runs.push_back({" "});
    runs.push_back({std::move(where), periodical});
    detail::end_sentence(runs);
  }

  if (s.doi()) {
    runs.push_back({" "});
    runs.push_back({"https://doi.org/" + *s.doi(), false, true});
  } else if (s.url()) {
    if (!s.published() && s.accessed()) {
      runs.push_back({" Retrieved " + detail::long_date(*s.accessed()) + ", from"});
    }
    runs.push_back({" "});
    runs.push_back({*s.url(), false, true});
  }
  return runs;
}

}  // namespace detail

/// The APA 7 reference for a source, as plain text with typographic quotes, or as Markdown or
/// HTML with APA's italics:
///
///     Liang, Y. (2025, August 26). China’s Ascent to Global Computing Power. The Belt and Road
///     News Network.
///     Liang, Y. (2025, August 26). <i>China’s Ascent to Global Computing Power</i>. The Belt and
///     Road News Network.
///
/// Titles are printed as given (APA asks for sentence case; cited does not re-case). A work with
/// no author starts with its title. Reports and datasets are dated by year. Italics: the title of
/// a stand-alone work (report, data set, press release, web page, an article on a news website),
/// or the newspaper of a newspaper article. A DOI is printed as `https://doi.org/<doi>` in place
/// of the URL. An undated work with an access date reads "Retrieved <date>, from <URL>". The
/// publisher or site is left out when it is the sole author. The text matches what citation-js
/// prints for `to_csl_json(s)` with its APA template, except where the README's citation section
/// says otherwise.
inline std::string cite(const source& s, reference_format format = reference_format::text) {
  return detail::render(detail::apa_runs(s), format);
}

}  // namespace cited

#endif  // CITED_CITE_APA_HPP
