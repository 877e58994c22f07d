// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_CITE_CSL_JSON_HPP
#define CITED_CITE_CSL_JSON_HPP

/// A `cited::source` as CSL-JSON, for citation processors such as citeproc-js and citation-js:
/// the item as described structs (`csl_item`, `csl_name`, `csl_date`, from `to_csl_item`) and its
/// text (`to_csl_json`). The item holds what `cite` prints (it shows the same publisher), so that
/// a processor's APA rendering of it matches `cite`.

#include <cited/cite/apa.hpp>
#include <cited/cite/keys.hpp>
#include <cited/json.hpp>
#include <cited/source/agents.hpp>
#include <cited/source/source.hpp>
#include <cited/value/period.hpp>

#include <boost/describe/class.hpp>

#include <array>
#include <chrono>
#include <concepts>
#include <optional>
#include <ranges>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace cited {

/// A name in CSL-JSON: a person's `family` and `given` names, or an organization's name as a
/// `literal`.
struct csl_name {
  std::optional<std::string> family;
  std::optional<std::string> given;
  std::optional<std::string> literal;

  friend bool operator==(const csl_name&, const csl_name&) = default;
};
BOOST_DESCRIBE_STRUCT(csl_name, (), (family, given, literal))

/// A date in CSL-JSON: `{"date-parts": [[year, month, day]]}`, the month and day only as far as
/// they are known. A second inner array would be the end of a range.
struct csl_date {
  std::vector<std::vector<int>> date_parts;

  friend bool operator==(const csl_date&, const csl_date&) = default;
};
BOOST_DESCRIBE_STRUCT(csl_date, (), (date_parts))

/// One CSL-JSON item: the variables `to_csl_json` writes, in its order; absent ones are empty.
/// Read one back with `cited::from_json<csl_item>(text)`.
struct csl_item {
  std::string id;
  std::string type;
  std::optional<std::string> title;
  std::optional<std::vector<csl_name>> author;
  std::optional<std::string> genre;
  std::optional<std::string> container_title;
  std::optional<std::string> event_title;
  std::optional<std::string> event_place;
  std::optional<std::string> publisher;
  std::optional<csl_date> issued;
  std::optional<csl_date> accessed;
  std::optional<std::string> doi;
  std::optional<std::string> url;

  friend bool operator==(const csl_item&, const csl_item&) = default;
};
BOOST_DESCRIBE_STRUCT(csl_item, (),
                      (id, type, title, author, genre, container_title, event_title, event_place,
                       publisher, issued, accessed, doi, url))

/// CSL's spelling of `csl_date`'s member.
template <>
inline constexpr auto field_keys<csl_date> = std::array<std::string_view, 1>{"date-parts"};

/// CSL's spellings of `csl_item`'s members.
template <>
inline constexpr auto field_keys<csl_item> = std::array<std::string_view, 13>{
    "id",          "type",        "title",     "author", "genre",    "container-title",
    "event-title", "event-place", "publisher", "issued", "accessed", "DOI",
    "URL"};

namespace detail {

inline std::string_view csl_type(const source& s) noexcept {
  switch (s.kind()) {
    case source_kind::news_article:
      return on_news_website(s) ? "webpage" : "article-newspaper";
    case source_kind::report:
      return "report";
    case source_kind::dataset:
      return "dataset";
    case source_kind::press_conference:
      return "speech";
    case source_kind::company_statement:
    case source_kind::press_release:
      return "document";
    case source_kind::web_page:
      return "webpage";
  }
  return "document";
}

inline csl_date to_csl_date(std::chrono::year_month_day d, precision p) {
  std::vector<int> parts{static_cast<int>(d.year())};
  if (p != precision::year) parts.push_back(static_cast<int>(static_cast<unsigned>(d.month())));
  if (p == precision::day) parts.push_back(static_cast<int>(static_cast<unsigned>(d.day())));
  return {{std::move(parts)}};
}

inline csl_name to_csl_name(const agent& a) {
  csl_name out;
  if (const auto* o = std::get_if<organization>(&a)) {
    out.literal = o->name();
  } else {
    const person_name& n = *std::get<person>(a).name();
    out.family = n.family;
    if (!n.given.empty()) out.given = n.given;
  }
  return out;
}

}  // namespace detail

/// The source as one CSL-JSON item, with `id` (or `citation_key(s)` when empty). Kinds map to
/// CSL types:
///
/// - a news article: `article-newspaper` in its newspaper (`container-title`), or a `webpage` in
///   its site when its publisher is an `organization_kind::news_site` (APA italicises the title
///   of an article on a news website, and the newspaper's name otherwise);
/// - a report: `report`; a dataset: `dataset`; a web page: `webpage` in its site;
/// - a press conference: `speech`, genre "Press conference", its container the `event-title` and
///   its place the `event-place`;
/// - a press release: `document`, genre "Press release", dated to the day as APA dates it (its
///   dateline is left out, as APA leaves it out); a company statement: `document`, genre
///   "Statement".
///
/// The DOI is `DOI` and the URL `URL` (APA styles print the DOI when there is one). The quote and
/// the time of day have no CSL variable and are left out. The item holds what `cite` prints (it
/// shows the same publisher), so that a processor's APA rendering of it matches `cite`.
inline csl_item to_csl_item(const source& s, std::string_view id = {}) {
  csl_item item;
  item.id = id.empty() ? citation_key(s) : std::string(id);
  item.type = detail::csl_type(s);
  item.title = s.title();
  if (!s.authors().empty()) {
    item.author.emplace();
    for (const agent& a : s.authors()) item.author->push_back(detail::to_csl_name(a));
  }
  std::optional<std::string> shown = detail::shown_publisher(s);
  switch (s.kind()) {
    case source_kind::news_article:
      item.container_title = std::move(shown);
      // A newspaper's publisher, apart from its name, is kept: APA styles print no publisher for
      // a newspaper article. They would for a web page, where `cite` prints only the site.
      if (s.container() && s.publisher() && !detail::on_news_website(s)) {
        item.publisher = s.publisher()->name();
      }
      break;
    case source_kind::web_page:
      item.container_title = std::move(shown);
      break;
    case source_kind::press_conference:
      item.genre = "Press conference";
      item.event_title = s.container();
      item.event_place = s.place();
      if (s.publisher()) item.publisher = s.publisher()->name();
      break;
    case source_kind::company_statement:
      item.genre = "Statement";
      [[fallthrough]];
    case source_kind::press_release:
      if (!item.genre) item.genre = "Press release";
      [[fallthrough]];
    default:
      item.publisher = std::move(shown);
  }
  if (s.published()) {
    item.issued = detail::to_csl_date(s.published()->first_day(), s.published()->precision());
  }
  if (s.accessed()) item.accessed = detail::to_csl_date(*s.accessed(), precision::day);
  item.doi = s.doi();
  item.url = s.url();
  return item;
}

/// The source as one CSL-JSON item (an object) on one line, `to_csl_item(s, id)` written with
/// `{.spaced = true}`: `{"id": "liang2025", "type": "webpage", ...}`.
inline std::string to_csl_json(const source& s, std::string_view id = {}) {
  return cited::to_json(to_csl_item(s, id), {.spaced = true});
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
