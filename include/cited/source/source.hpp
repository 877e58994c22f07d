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

#include <algorithm>
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

// A DOI as the DOI Handbook writes it, without a resolver: "10.", a registrant code of digits and
// dots, "/", and a suffix of printable ASCII with no spaces. Characters that a URL, CSL-JSON or
// BibTeX would have to escape are refused: percent-encode them as the DOI's URL form does.
inline void check_doi(std::string_view doi) {
  const auto fail = [&](std::string_view why) {
    throw source_error("doi", std::string(why) + ", got " + detail::quoted(doi));
  };
  if (doi.starts_with("https://doi.org/") || doi.starts_with("http://doi.org/") ||
      doi.starts_with("doi:")) {
    fail("a DOI is written without its resolver or \"doi:\" (10.1000/xyz123)");
  }
  const std::size_t slash = doi.find('/');
  if (!doi.starts_with("10.") || slash == std::string_view::npos || slash == 3 ||
      slash + 1 == doi.size()) {
    fail("a DOI is \"10.\", a registrant code, \"/\" and a suffix (10.1000/xyz123)");
  }
  for (const char c : doi.substr(3, slash - 3)) {
    if ((c < '0' || c > '9') && c != '.') fail("a DOI's registrant code is digits and dots");
  }
  constexpr std::string_view refused = " \"#%<>\\^`{|}";
  for (const char c : doi) {
    if (c <= 0x20 || c >= 0x7f || refused.find(c) != std::string_view::npos) {
      fail("a DOI may hold only printable ASCII without spaces, quotes, braces or backslashes");
    }
  }
}

// "10:54": two-digit hours 00-23, a colon, two-digit minutes 00-59.
inline bool is_clock_time(std::string_view t) noexcept {
  const auto digit = [](char c) { return c >= '0' && c <= '9'; };
  if (t.size() != 5 || t[2] != ':' || !digit(t[0]) || !digit(t[1]) || !digit(t[3]) ||
      !digit(t[4])) {
    return false;
  }
  return (t[0] - '0') * 10 + (t[1] - '0') < 24 && t[3] < '6';
}

}  // namespace detail

/// What a citable work is. Each maps to an APA 7 reference form and a CSL type. A company's
/// statement that it issued as a press release is a `press_release`; `company_statement` is what a
/// company said some other way ("the company said").
enum class source_kind : std::uint8_t {
  news_article,
  report,
  dataset,
  press_conference,
  company_statement,
  web_page,
  press_release,
};
BOOST_DESCRIBE_ENUM(source_kind, news_article, report, dataset, press_conference, company_statement,
                    web_page, press_release)

/// The parts of a source, to build one with designated initializers; also its JSON and CSV form.
///
/// - `title` may be absent only for a press conference or a company statement.
/// - `authors` are people or organizations; people must be named.
/// - `publisher` is who publishes the work; `container` the newspaper, site or event it appears
///   in, when that is not the publisher's name.
/// - `published` is a year, a month or a day (`2025`, `2025-07`, `2025-08-26`); `time` is the
///   time of day of a work dated to the day, as the work prints it (`10:54`, 24-hour `HH:MM`).
/// - `place` is where an event took place, or a press release's dateline; `url` is http or
///   https; `doi` is a DOI without its resolver (`10.1000/xyz123`); `accessed` is when the URL
///   was read; `quote` is a short quotation from the work.
struct source_fields {
  source_kind kind = source_kind::news_article;
  std::optional<std::string> title = {};
  std::vector<agent> authors = {};
  std::optional<organization> publisher = {};
  std::optional<std::string> container = {};
  std::optional<period> published = {};
  std::optional<std::string> time = {};
  std::optional<std::string> place = {};
  std::optional<std::string> url = {};
  std::optional<std::string> doi = {};
  std::optional<std::chrono::year_month_day> accessed = {};
  std::optional<std::string> quote = {};

  friend bool operator==(const source_fields&, const source_fields&) = default;
};
BOOST_DESCRIBE_STRUCT(source_fields, (),
                      (kind, title, authors, publisher, container, published, time, place, url, doi,
                       accessed, quote))

/// A citable work: a news article, report, dataset, press conference, company statement or web
/// page. Its fields are checked on construction, so a `source` can always be cited.
///
///     cited::source release{{.kind = cited::source_kind::press_release,
///                            .title = "New report shows China dominates in AI research",
///                            .authors = {digital_science},
///                            .published = cited::period::parse("2025-07-10")}};
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
  /// The time of day of publication, `HH:MM`, for a work dated to the day.
  const std::optional<std::string>& time() const noexcept { return fields_.time; }
  /// Where an event took place, or a press release's dateline.
  const std::optional<std::string>& place() const noexcept { return fields_.place; }
  /// The http or https address of the work.
  const std::optional<std::string>& url() const noexcept { return fields_.url; }
  /// The DOI, without a resolver: `10.1000/xyz123`.
  const std::optional<std::string>& doi() const noexcept { return fields_.doi; }
  /// When the URL was read.
  const std::optional<std::chrono::year_month_day>& accessed() const noexcept {
    return fields_.accessed;
  }
  /// A short quotation from the work.
  const std::optional<std::string>& quote() const noexcept { return fields_.quote; }
  /// All the fields.
  const source_fields& fields() const noexcept { return fields_; }

  /// A one-line description: `"Title" (news article by LIANG Yilian, The Belt and Road News
  /// Network, 2025-08-26 10:54)`, or `press conference (Beijing)` for an untitled work.
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
    // An organization that is both the author and the publisher is named once.
    if (auto c = container_or_publisher();
        c && (fields_.container ||
              std::none_of(fields_.authors.begin(), fields_.authors.end(),
                           [&](const agent& a) { return cited::to_string(a) == *c; }))) {
      details.push_back(std::move(*c));
    }
    if (fields_.place) details.push_back(*fields_.place);
    if (fields_.published) {
      details.push_back(fields_.published->to_string());
      if (fields_.time) details.back() += ' ' + *fields_.time;
    }
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
    if (static_cast<std::size_t>(f.kind) > static_cast<std::size_t>(source_kind::press_release)) {
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
      if (f.kind != source_kind::press_conference && f.kind != source_kind::press_release) {
        throw source_error("place",
                           "only a press conference (where it was held) or a press release (its "
                           "dateline) has a place");
      }
    }
    if (f.quote) detail::check_text(*f.quote, "a source's quote", "quote");
    if (f.url) detail::check_url(*f.url);
    if (f.doi) detail::check_doi(*f.doi);
    if (f.time) {
      if (!detail::is_clock_time(*f.time)) {
        throw source_error("time", "a time of publication is HH:MM on a 24-hour clock, got " +
                                       detail::quoted(*f.time));
      }
      if (!f.published || f.published->is_range() || f.published->precision() != precision::day) {
        throw source_error("time", "a time of publication needs a publication day");
      }
    }
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
