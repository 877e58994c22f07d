// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_SOURCE_SOURCE_HPP
#define CITED_SOURCE_SOURCE_HPP

/// Citable works: `cited::source`, built from `cited::source_fields` and checked on
/// construction, of a `cited::source_kind`.

#include <cited/reflect/form.hpp>
#include <cited/reflect/names.hpp>
#include <cited/source/agents.hpp>
#include <cited/text/messages.hpp>
#include <cited/text/words.hpp>
#include <cited/value/period.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace cited {

namespace detail {

// RFC 3986 characters only, with an http or https scheme: a URL that needs no escaping in
// CSL-JSON, BibTeX or APA text.
inline void check_url(std::string_view url) {
  const bool http = url.starts_with("http://") || url.starts_with("https://");
  if (!http || url.size() <= url.find("//") + 2) {
    throw source_error("url", "a URL must start with http:// or https:// and name a host, got " +
                                  detail::quoted(url));
  }
  constexpr std::string_view allowed = "-._~:/?#[]@!$&'()*+,;=%";
  for (const char c : url) {
    const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (!alnum && allowed.find(c) == std::string_view::npos) {
      throw source_error("url",
                         "a URL may hold only RFC 3986 characters (percent-encode the rest), got " +
                             detail::quoted(url));
    }
  }
}

}  // namespace detail

/// What a citable work is. Each maps to an APA 7 reference form and a CSL type.
enum class source_kind : std::uint8_t {
  news_article,
  report,
  dataset,
  press_conference,
  company_statement,
  web_page,
};
BOOST_DESCRIBE_ENUM(source_kind, news_article, report, dataset, press_conference, company_statement,
                    web_page)

/// The parts of a source, to build one with designated initializers; also its JSON and CSV form.
///
/// - `title` may be absent only for a press conference or a company statement.
/// - `authors` are people or organizations; people must be named.
/// - `publisher` is who publishes the work; `container` the newspaper, site or event it appears
///   in, when that is not the publisher's name.
/// - `published` is a year, a month or a day (`2025`, `2025-07`, `2025-08-26`).
/// - `place` is where an event took place; `url` is http or https; `accessed` is when the URL
///   was read; `quote` is a short quotation from the work.
struct source_fields {
  source_kind kind = source_kind::news_article;
  std::optional<std::string> title = {};
  std::vector<agent> authors = {};
  std::optional<organization> publisher = {};
  std::optional<std::string> container = {};
  std::optional<period> published = {};
  std::optional<std::string> place = {};
  std::optional<std::string> url = {};
  std::optional<std::chrono::year_month_day> accessed = {};
  std::optional<std::string> quote = {};

  friend bool operator==(const source_fields&, const source_fields&) = default;
};
BOOST_DESCRIBE_STRUCT(source_fields, (),
                      (kind, title, authors, publisher, container, published, place, url, accessed,
                       quote))

/// A citable work: a news article, report, dataset, press conference, company statement or web
/// page. Its fields are checked on construction, so a `source` can always be cited.
///
///     cited::source dimensions{{.kind = cited::source_kind::dataset,
///                               .title = "Dimensions",
///                               .publisher = digital_science,
///                               .published = cited::period::parse("2025-07")}};
class source {
 public:
  /// Throws `source_error` naming the field that is wrong.
  explicit source(source_fields fields) : fields_(std::move(fields)) { check(fields_); }

  /// What kind of work it is.
  source_kind kind() const noexcept { return fields_.kind; }
  /// The title, as the work gives it (titles are not re-cased).
  const std::optional<std::string>& title() const noexcept { return fields_.title; }
  /// The authors, in order: named people and organizations.
  const std::vector<agent>& authors() const noexcept { return fields_.authors; }
  /// Who publishes the work.
  const std::optional<organization>& publisher() const noexcept { return fields_.publisher; }
  /// The newspaper, site or event the work appears in, when it is not the publisher's name.
  const std::optional<std::string>& container() const noexcept { return fields_.container; }
  /// The container if given, else the publisher's name, else nothing.
  std::optional<std::string> container_or_publisher() const {
    if (fields_.container) return fields_.container;
    if (fields_.publisher) return fields_.publisher->name();
    return std::nullopt;
  }
  /// The publication date: a year, month or day.
  const std::optional<period>& published() const noexcept { return fields_.published; }
  /// Where an event took place.
  const std::optional<std::string>& place() const noexcept { return fields_.place; }
  /// The http or https address of the work.
  const std::optional<std::string>& url() const noexcept { return fields_.url; }
  /// When the URL was read.
  const std::optional<std::chrono::year_month_day>& accessed() const noexcept {
    return fields_.accessed;
  }
  /// A short quotation from the work.
  const std::optional<std::string>& quote() const noexcept { return fields_.quote; }
  /// All the fields.
  const source_fields& fields() const noexcept { return fields_; }

  /// A one-line description: `"Title" (news article by LIANG Yilian, Belt and Road News Network,
  /// 2025-08-26)`, or `press conference (Beijing)` for an untitled work.
  std::string to_string() const {
    std::string out;
    const std::string kind =
        detail::ascii_words(cited::enum_name(fields_.kind), detail::word_break::other, " ");
    std::vector<std::string> details;
    if (fields_.title) {
      out = '"' + *fields_.title + '"';
      details.emplace_back(kind);
    } else {
      out = "a " + std::string(kind);
    }
    if (!fields_.authors.empty()) {
      std::string by = "by ";
      for (std::size_t i = 0; i < fields_.authors.size(); ++i) {
        if (i > 0) by += i + 1 == fields_.authors.size() ? " and " : ", ";
        by += cited::to_string(fields_.authors[i]);
      }
      if (details.empty()) {
        details.push_back(std::move(by));
      } else {
        details.back() += ' ' + by;
      }
    }
    if (auto c = container_or_publisher()) details.push_back(std::move(*c));
    if (fields_.place) details.push_back(*fields_.place);
    if (fields_.published) details.push_back(fields_.published->to_string());
    if (!details.empty()) {
      out += " (";
      for (std::size_t i = 0; i < details.size(); ++i) out += (i ? ", " : "") + details[i];
      out += ')';
    }
    return out;
  }

  friend bool operator==(const source&, const source&) = default;

  /// Writes `to_string()`.
  template <class CharT, class Traits>
  friend std::basic_ostream<CharT, Traits>& operator<<(std::basic_ostream<CharT, Traits>& os,
                                                       const source& s) {
    return os << s.to_string();
  }

 private:
  static void check(const source_fields& f) {
    if (static_cast<std::size_t>(f.kind) > static_cast<std::size_t>(source_kind::web_page)) {
      throw source_error("kind", "a source's kind is not a source_kind");
    }
    if (f.title) {
      detail::check_text(*f.title, "a source's title", "title");
    } else if (f.kind != source_kind::press_conference &&
               f.kind != source_kind::company_statement) {
      throw source_error(
          "a " + detail::ascii_words(cited::enum_name(f.kind), detail::word_break::other, " ") +
          " needs a title; only a press conference or a company statement may be "
          "untitled");
    }
    for (const agent& a : f.authors) {
      if (const auto* p = std::get_if<person>(&a); p && !p->name()) {
        throw source_error("an author must be named; \"" + p->to_string() +
                           "\" is not (cite an organization instead)");
      }
    }
    if (f.container) {
      detail::check_text(*f.container, "a source's container", "container");
      if (f.kind != source_kind::news_article && f.kind != source_kind::web_page &&
          f.kind != source_kind::press_conference) {
        throw source_error(
            "container",
            "only a news article, a web page or a press conference has a container (a newspaper, "
            "a site or an event); name who published the rest as the publisher");
      }
    }
    if (f.place) {
      detail::check_text(*f.place, "a source's place", "place");
      if (f.kind != source_kind::press_conference) {
        throw source_error("place", "only a press conference has a place");
      }
    }
    if (f.quote) detail::check_text(*f.quote, "a source's quote", "quote");
    if (f.url) detail::check_url(*f.url);
    if (f.published) {
      const precision p = f.published->precision();
      if (f.published->is_range() || p == precision::quarter) {
        throw source_error("published", "a publication date is a year, a month or a day, got " +
                                            f.published->to_string());
      }
    }
    if (f.accessed) {
      const int y = static_cast<int>(f.accessed->year());
      if (!f.accessed->ok() || y < 1 || y > 9999) {
        throw source_error("accessed", "an access date is not a valid date in the years 1 to 9999");
      }
    }
  }

  source_fields fields_;
};

template <>
struct proxy_form<source> {
  using proxy = source_fields;
  static proxy to_proxy(const source& s) { return s.fields(); }
  static source from_proxy(proxy&& p) { return source(std::move(p)); }
};

}  // namespace cited

#endif  // CITED_SOURCE_SOURCE_HPP
