// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_CITE_CSL_JSON_HPP
#define CITED_CITE_CSL_JSON_HPP

/// A `cited::source` as CSL-JSON, for citation processors such as citeproc-js and citation-js
/// (`to_csl_json`). The item holds what `cite` prints (it shows the same publisher), so that a
/// processor's APA rendering of it matches `cite`.

#include <cited/cite/apa.hpp>
#include <cited/cite/keys.hpp>
#include <cited/json.hpp>
#include <cited/source/agents.hpp>
#include <cited/source/source.hpp>
#include <cited/value/period.hpp>

#include <chrono>
#include <concepts>
#include <optional>
#include <ranges>
#include <string>
#include <string_view>
#include <variant>

namespace cited {

namespace detail {

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

}  // namespace detail

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

}  // namespace cited

#endif  // CITED_CITE_CSL_JSON_HPP
