// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_CITE_BIBLATEX_HPP
#define CITED_CITE_BIBLATEX_HPP

/// A `cited::source` as a biblatex entry (`to_biblatex`), in biblatex's data model as biber
/// validates it.

#include <cited/cite/bibtex.hpp>
#include <cited/cite/keys.hpp>
#include <cited/source/agents.hpp>
#include <cited/source/source.hpp>
#include <cited/text/dates.hpp>

#include <concepts>
#include <ranges>
#include <string>
#include <string_view>

namespace cited {

namespace detail {

// A field written as is: biblatex reads `url` and `doi` verbatim, and `date` is ISO 8601.
inline void biblatex_verbatim(std::string& out, std::string_view name, std::string_view value) {
  out += ",\n  ";
  out += name;
  out += " = {";
  out += value;
  out += '}';
}

}  // namespace detail

/// The source as a biblatex entry, keyed `key` (or `citation_key(s)` when empty). Each kind
/// takes the entry type and fields that biblatex's data model gives it, so that `biber --tool
/// --validate-datamodel` finds no invalid field:
///
/// - a news article is `@article` (`journaltitle` is the newspaper or site; a publisher of
///   another name goes in `note`, as `@article` has no `publisher`);
/// - a report `@report` (`type = {Report}`, `institution` its publisher);
/// - a data set `@dataset` (`publisher`);
/// - a press conference `@unpublished` (`howpublished = {Press conference}`, `eventtitle` the
///   event, `venue` where it was held);
/// - a company statement or press release `@misc` (`type = {Statement}` or `{Press release}`,
///   `organization` its publisher, `location` a press release's dateline);
/// - a web page `@online` (`organization` the site or publisher), or `@misc` with
///   `type = {Web page}` when it has no URL or DOI, which `@online` needs.
///
/// Every entry has `date` in ISO form (`2025-08-26`), `url`, `urldate` and `doi` when known.
/// A source without a date, title or author lacks fields that the data model makes mandatory
/// (`date` for every type but `@dataset`), and biber says so. Text is escaped as `to_bibtex`
/// escapes it; URLs and DOIs are written verbatim, as biblatex reads them.
inline std::string to_biblatex(const source& s, std::string_view key = {}) {
  std::string out;
  switch (s.kind()) {
    case source_kind::news_article:
      out = "@article{";
      break;
    case source_kind::report:
      out = "@report{";
      break;
    case source_kind::dataset:
      out = "@dataset{";
      break;
    case source_kind::press_conference:
      out = "@unpublished{";
      break;
    case source_kind::web_page:
      // `@online` needs a URL or DOI; a page known without one is `@misc`.
      out = s.url() || s.doi() ? "@online{" : "@misc{";
      break;
    default:
      out = "@misc{";
  }
  out += key.empty() ? citation_key(s) : std::string(key);
  detail::bibtex_authors(out, s);
  if (s.title()) detail::bibtex_field(out, "title", *s.title(), true);
  const std::string_view kind = detail::bibtex_kind_label(s.kind());
  switch (s.kind()) {
    case source_kind::news_article:
      if (auto c = s.container_or_publisher()) detail::bibtex_field(out, "journaltitle", *c);
      if (s.container() && s.publisher() && s.publisher()->name() != *s.container()) {
        detail::bibtex_field(out, "note", "Published by " + s.publisher()->name());
      }
      break;
    case source_kind::report:
      detail::bibtex_field(out, "type", kind);
      if (s.publisher()) detail::bibtex_field(out, "institution", s.publisher()->name());
      break;
    case source_kind::dataset:
      if (s.publisher()) detail::bibtex_field(out, "publisher", s.publisher()->name());
      break;
    case source_kind::press_conference:
      detail::bibtex_field(out, "howpublished", kind);
      if (s.container()) detail::bibtex_field(out, "eventtitle", *s.container());
      if (s.place()) detail::bibtex_field(out, "venue", *s.place());
      break;
    case source_kind::company_statement:
    case source_kind::press_release:
      detail::bibtex_field(out, "type", kind);
      if (s.publisher()) detail::bibtex_field(out, "organization", s.publisher()->name());
      if (s.place()) detail::bibtex_field(out, "location", *s.place());
      break;
    case source_kind::web_page:
      if (!s.url() && !s.doi()) detail::bibtex_field(out, "type", kind);
      if (auto c = s.container_or_publisher()) detail::bibtex_field(out, "organization", *c);
      break;
  }
  if (s.published()) detail::biblatex_verbatim(out, "date", s.published()->to_string());
  if (s.doi()) detail::biblatex_verbatim(out, "doi", *s.doi());
  if (s.url()) detail::biblatex_verbatim(out, "url", *s.url());
  if (s.accessed()) {
    char buffer[10];
    detail::format_date(*s.accessed(), buffer);
    detail::biblatex_verbatim(out, "urldate", std::string_view(buffer, 10));
  }
  out += "\n}\n";
  return out;
}

/// The sources as biblatex entries separated by blank lines; keys are citation keys, with `-2`,
/// `-3`, ... on repeats.
template <std::ranges::input_range R>
requires std::same_as<std::ranges::range_value_t<R>, source> std::string to_biblatex(
    const R& sources) {
  return detail::each_with_unique_key(
      sources, "\n", [](const source& s, const std::string& key, std::string& out) {
        out += to_biblatex(s, key);
      });
}

}  // namespace cited

#endif  // CITED_CITE_BIBLATEX_HPP
