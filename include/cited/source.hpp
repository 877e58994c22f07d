// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_SOURCE_HPP
#define CITED_SOURCE_HPP

/// Who said a fact and where: organizations, people, citable works (`cited::source`) and the
/// chain of hops from where a reader saw a fact to its origin (`cited::provenance`).

#include <cited/reflect/form.hpp>
#include <cited/reflect/names.hpp>
#include <cited/text.hpp>
#include <cited/value/country.hpp>
#include <cited/value/period.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <ostream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace cited {

/// Thrown when a source, person, organization or provenance chain would be invalid: an empty
/// name, a publication date given as a quarter, a hop with nothing in it.
class source_error : public std::invalid_argument {
 public:
  using std::invalid_argument::invalid_argument;
};

/// Thrown by `cited::provenance` for an empty chain or a hop with neither a source nor an agent.
class provenance_error : public source_error {
 public:
  using source_error::source_error;
};

namespace detail {

// Names, titles and places: valid UTF-8, not blank, no control characters, no spaces at the ends.
inline void check_text(std::string_view text, std::string_view what) {
  const auto fail = [&](std::string_view problem) {
    throw source_error(std::string(what) + ' ' + std::string(problem));
  };
  if (text.empty()) fail("is empty");
  if (!detail::is_valid_utf8(text)) fail("is not valid UTF-8");
  for (const char c : text) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) fail("contains a control character");
  }
  if (text.front() == ' ' || text.back() == ' ') fail("starts or ends with a space");
}

// RFC 3986 characters only, with an http or https scheme: a URL that needs no escaping in
// CSL-JSON, BibTeX or APA text.
inline void check_url(std::string_view url) {
  const bool http = url.starts_with("http://") || url.starts_with("https://");
  if (!http || url.size() <= url.find("//") + 2) {
    throw source_error("a URL must start with http:// or https:// and name a host, got " +
                       detail::quoted(url));
  }
  constexpr std::string_view allowed = "-._~:/?#[]@!$&'()*+,;=%";
  for (const char c : url) {
    const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (!alnum && allowed.find(c) == std::string_view::npos) {
      throw source_error("a URL may hold only RFC 3986 characters (percent-encode the rest), got " +
                         detail::quoted(url));
    }
  }
}

inline std::string_view words_of(std::string_view identifier, std::string& buffer) {
  buffer.assign(identifier);
  for (char& c : buffer) {
    if (c == '_') c = ' ';
  }
  return buffer;
}

}  // namespace detail

/// What an organization is. `research_firm` covers research and analytics firms.
enum class organization_kind : std::uint8_t {
  newspaper,
  news_agency,
  broadcaster,
  magazine,
  news_site,
  database,
  research_firm,
  company,
  government_body,
  investment_firm,
  university,
  nonprofit,
  other,
};
BOOST_DESCRIBE_ENUM(organization_kind, newspaper, news_agency, broadcaster, magazine, news_site,
                    database, research_firm, company, government_body, investment_firm, university,
                    nonprofit, other)

/// A named organization of some kind, optionally with the country it is based in.
///
///     cited::organization nyt{"The New York Times", cited::organization_kind::newspaper,
///                             "US"_country};
class organization {
 public:
  /// Throws `source_error` for an empty or blank name.
  organization(std::string name, organization_kind kind,
               std::optional<cited::country> country = std::nullopt)
      : name_(std::move(name)), kind_(kind), country_(country) {
    detail::check_text(name_, "an organization's name");
  }

  /// The name, as the organization writes it.
  const std::string& name() const noexcept { return name_; }
  /// What kind of organization it is.
  organization_kind kind() const noexcept { return kind_; }
  /// Where it is based, when known.
  std::optional<cited::country> country() const noexcept { return country_; }

  friend bool operator==(const organization&, const organization&) = default;

  /// Writes the name.
  friend std::ostream& operator<<(std::ostream& os, const organization& o) { return os << o.name_; }

 private:
  std::string name_;
  organization_kind kind_;
  std::optional<cited::country> country_;
};

/// Whether a person's family name is written first ("LIANG Yilian") or last ("Daniel Hook").
enum class name_order : std::uint8_t { given_first, family_first };
BOOST_DESCRIBE_ENUM(name_order, given_first, family_first)

/// A person's name in parts. `given` is empty for a person known by one name.
struct person_name {
  std::string family = {};
  std::string given = {};
  name_order order = name_order::given_first;

  friend bool operator==(const person_name&, const person_name&) = default;
};
BOOST_DESCRIBE_STRUCT(person_name, (), (family, given, order))

/// A person, with a role and an affiliation when known. A person may be unnamed ("the head of the
/// National Data Administration") when the source does not name them; then the role is required.
///
///     cited::person hook{{.family = "Hook", .given = "Daniel"}, "CEO", digital_science};
///     cited::person liang{{.family = "Liang", .given = "Yilian",
///                          .order = cited::name_order::family_first}};
///     hook.to_string();   // "Daniel Hook, CEO of Digital Science"
///     liang.to_string();  // "LIANG Yilian"
class person {
 public:
  /// A named person. Throws `source_error` for an empty family name or blank text.
  explicit person(person_name name, std::string role = {},
                  std::optional<organization> affiliation = std::nullopt)
      : name_(std::move(name)), role_(std::move(role)), affiliation_(std::move(affiliation)) {
    detail::check_text(name_->family, "a person's family name");
    if (!name_->given.empty()) detail::check_text(name_->given, "a person's given name");
    if (!role_.empty()) detail::check_text(role_, "a person's role");
  }

  /// A person the source does not name, known by role. Throws `source_error` for an empty role.
  static person unnamed(std::string role, std::optional<organization> affiliation = std::nullopt) {
    detail::check_text(role, "an unnamed person's role");
    return person(std::move(role), std::move(affiliation));
  }

  /// The name, or `std::nullopt` for an unnamed person.
  const std::optional<person_name>& name() const noexcept { return name_; }
  /// The role ("CEO", "founder"), or an empty string.
  const std::string& role() const noexcept { return role_; }
  /// The organization the role is at.
  const std::optional<organization>& affiliation() const noexcept { return affiliation_; }

  /// The name as a byline prints it: "Daniel Hook", or "LIANG Yilian" for a family-first name,
  /// whose family name is written in capitals (ASCII letters only). Empty for an unnamed person.
  std::string display_name() const {
    if (!name_) return {};
    const person_name& n = *name_;
    if (n.given.empty()) return n.family;
    if (n.order == name_order::given_first) return n.given + ' ' + n.family;
    std::string out = n.family;
    for (char& c : out) {
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    }
    return out + ' ' + n.given;
  }

  /// "Daniel Hook, CEO of Digital Science", "Kevin Xu, founder of Interconnected Capital", or for
  /// an unnamed person "the head of National Data Administration (not named)".
  std::string to_string() const {
    std::string out = name_ ? display_name() : "the " + role_;
    if (name_ && !role_.empty()) out += ", " + role_;
    if (affiliation_) out += (role_.empty() ? ", " : " of ") + affiliation_->name();
    if (!name_) out += " (not named)";
    return out;
  }

  friend bool operator==(const person&, const person&) = default;

  /// Writes `to_string()`.
  friend std::ostream& operator<<(std::ostream& os, const person& p) { return os << p.to_string(); }

 private:
  person(std::string role, std::optional<organization> affiliation)
      : role_(std::move(role)), affiliation_(std::move(affiliation)) {}

  std::optional<person_name> name_;
  std::string role_;
  std::optional<organization> affiliation_;
};

/// Someone who says, writes or publishes: a person or an organization.
using agent = std::variant<organization, person>;

/// The name of an agent: an organization's name, or `person::to_string()`.
inline std::string to_string(const agent& a) {
  if (const auto* o = std::get_if<organization>(&a)) return o->name();
  return std::get<person>(a).to_string();
}

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
    std::string words;
    std::string out;
    const std::string_view kind = detail::words_of(cited::enum_name(fields_.kind), words);
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
  friend std::ostream& operator<<(std::ostream& os, const source& s) { return os << s.to_string(); }

 private:
  static void check(const source_fields& f) {
    if (static_cast<std::size_t>(f.kind) > static_cast<std::size_t>(source_kind::web_page)) {
      throw source_error("a source's kind is not a source_kind");
    }
    if (f.title) {
      detail::check_text(*f.title, "a source's title");
    } else if (f.kind != source_kind::press_conference &&
               f.kind != source_kind::company_statement) {
      std::string words;
      throw source_error("a " + std::string(detail::words_of(cited::enum_name(f.kind), words)) +
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
      detail::check_text(*f.container, "a source's container");
      if (f.kind != source_kind::news_article && f.kind != source_kind::web_page &&
          f.kind != source_kind::press_conference) {
        throw source_error(
            "only a news article, a web page or a press conference has a container (a newspaper, "
            "a site or an event); name who published the rest as the publisher");
      }
    }
    if (f.place) {
      detail::check_text(*f.place, "a source's place");
      if (f.kind != source_kind::press_conference) {
        throw source_error("only a press conference has a place");
      }
    }
    if (f.quote) detail::check_text(*f.quote, "a source's quote");
    if (f.url) detail::check_url(*f.url);
    if (f.published) {
      const precision p = f.published->precision();
      if (f.published->is_range() || p == precision::quarter) {
        throw source_error("a publication date is a year, a month or a day, got " +
                           f.published->to_string());
      }
    }
    if (f.accessed) {
      const int y = static_cast<int>(f.accessed->year());
      if (!f.accessed->ok() || y < 1 || y > 9999) {
        throw source_error("an access date is not a valid date in the years 1 to 9999");
      }
    }
  }

  source_fields fields_;
};

/// How one hop of a provenance chain relates to the hop before it, or, for the first hop, to the
/// reader: the reader saw the fact *published by* the first hop's source, which *republished* it
/// *from* the next, which reported it *according to* the next, and so on.
enum class relation : std::uint8_t {
  published_by,
  republished_from,
  according_to,
  citing,
  quoting,
  stated_by,
};
BOOST_DESCRIBE_ENUM(relation, published_by, republished_from, according_to, citing, quoting,
                    stated_by)

/// One hop of a provenance chain: a relation and a source, an agent, or both (a person speaking at
/// a press conference).
struct hop {
  cited::relation relation = cited::relation::published_by;
  std::optional<cited::source> source = {};
  std::optional<cited::agent> agent = {};

  /// "published by: ..." with the agent, then the source (`"at"` between them when both).
  std::string to_string() const {
    std::string out;
    detail::words_of(cited::enum_name(relation), out);
    out += ": ";
    if (agent) out += cited::to_string(*agent);
    if (agent && source) out += ", at ";
    if (source) out += source->to_string();
    return out;
  }

  friend bool operator==(const hop&, const hop&) = default;
};
BOOST_DESCRIBE_STRUCT(hop, (), (relation, source, agent))

/// The ordered chain from where a reader saw a fact to its origin. It is never empty, and each hop
/// has a source, an agent or both.
///
///     auto chain = cited::provenance{cited::relation::published_by, article}
///                      .then(cited::relation::according_to, nyt)
///                      .then(cited::relation::citing, dimensions);
///     chain.primary();  // the Dimensions hop
class provenance {
 public:
  /// Throws `provenance_error` for an empty chain or a hop with neither a source nor an agent.
  explicit provenance(std::vector<hop> hops) : hops_(std::move(hops)) {
    if (hops_.empty()) throw provenance_error("a provenance chain needs at least one hop");
    for (std::size_t i = 0; i < hops_.size(); ++i) check(hops_[i], i);
  }
  /// A chain of one hop to a source.
  provenance(cited::relation r, cited::source s) : provenance(r, std::nullopt, std::move(s)) {}
  /// A chain of one hop to a person or organization.
  provenance(cited::relation r, cited::agent a) : provenance(r, std::move(a), std::nullopt) {}
  /// A chain of one hop to an agent at a source.
  provenance(cited::relation r, cited::agent a, cited::source s)
      : provenance(r, std::optional<cited::agent>(std::move(a)), std::move(s)) {}

  /// Appends a hop further from the reader; returns this chain (a new chain, from a temporary).
  provenance& then(cited::relation r, cited::source s) & {
    return push(r, std::nullopt, std::move(s));
  }
  provenance& then(cited::relation r, cited::agent a) & {
    return push(r, std::move(a), std::nullopt);
  }
  provenance& then(cited::relation r, cited::agent a, cited::source s) & {
    return push(r, std::move(a), std::move(s));
  }
  provenance then(cited::relation r, cited::source s) && {
    return std::move(push(r, std::nullopt, std::move(s)));
  }
  provenance then(cited::relation r, cited::agent a) && {
    return std::move(push(r, std::move(a), std::nullopt));
  }
  provenance then(cited::relation r, cited::agent a, cited::source s) && {
    return std::move(push(r, std::move(a), std::move(s)));
  }

  /// The hops, from where the reader saw the fact to its origin.
  const std::vector<hop>& hops() const noexcept { return hops_; }
  /// The number of hops, at least 1.
  std::size_t size() const noexcept { return hops_.size(); }
  /// Where the reader saw the fact: the first hop.
  const hop& seen_in() const noexcept { return hops_.front(); }
  /// The origin of the fact: the last hop.
  const hop& primary() const noexcept { return hops_.back(); }

  /// The sources named along the chain, nearest the reader first.
  std::vector<cited::source> sources() const {
    std::vector<cited::source> out;
    for (const hop& h : hops_) {
      if (h.source) out.push_back(*h.source);
    }
    return out;
  }

  /// One line per hop, joined by `separator`.
  std::string to_string(std::string_view separator = "\n") const {
    std::string out;
    for (std::size_t i = 0; i < hops_.size(); ++i) {
      if (i > 0) out += separator;
      out += hops_[i].to_string();
    }
    return out;
  }

  friend bool operator==(const provenance&, const provenance&) = default;

  /// Writes `to_string()`.
  friend std::ostream& operator<<(std::ostream& os, const provenance& p) {
    return os << p.to_string();
  }

 private:
  provenance(cited::relation r, std::optional<cited::agent> a, std::optional<cited::source> s)
      : hops_{hop{r, std::move(s), std::move(a)}} {
    check(hops_.front(), 0);
  }

  provenance& push(cited::relation r, std::optional<cited::agent> a,
                   std::optional<cited::source> s) {
    hop h{r, std::move(s), std::move(a)};
    check(h, hops_.size());
    hops_.push_back(std::move(h));
    return *this;
  }

  static void check(const hop& h, std::size_t index) {
    if (static_cast<std::size_t>(h.relation) > static_cast<std::size_t>(relation::stated_by)) {
      throw provenance_error("the hop at index " + std::to_string(index) +
                             " has no valid relation");
    }
    if (!h.source && !h.agent) {
      throw provenance_error("the hop at index " + std::to_string(index) +
                             " has neither a source nor an agent");
    }
  }

  std::vector<hop> hops_;
};

/// The data form of an organization: `{"name": ..., "kind": ..., "country": "CN" or null}`.
struct organization_fields {
  std::string name;
  organization_kind kind = organization_kind::other;
  std::optional<cited::country> country;
};
BOOST_DESCRIBE_STRUCT(organization_fields, (), (name, kind, country))

template <>
struct proxy_form<organization> {
  using proxy = organization_fields;
  static proxy to_proxy(const organization& o) { return {o.name(), o.kind(), o.country()}; }
  static organization from_proxy(proxy&& p) {
    return organization(std::move(p.name), p.kind, p.country);
  }
};

/// The data form of a person: `{"name": {...} or null, "role": ..., "affiliation": ...}`.
struct person_fields {
  std::optional<person_name> name;
  std::optional<std::string> role;
  std::optional<organization> affiliation;
};
BOOST_DESCRIBE_STRUCT(person_fields, (), (name, role, affiliation))

template <>
struct proxy_form<person> {
  using proxy = person_fields;
  static proxy to_proxy(const person& p) {
    proxy out{p.name(), std::nullopt, p.affiliation()};
    if (!p.role().empty()) out.role = p.role();
    return out;
  }
  static person from_proxy(proxy&& p) {
    if (!p.name) {
      if (!p.role) throw source_error("an unnamed person needs a role");
      return person::unnamed(std::move(*p.role), std::move(p.affiliation));
    }
    if (p.role && p.role->empty()) throw source_error("a person's role is empty");
    return person(std::move(*p.name), p.role.value_or(std::string()), std::move(p.affiliation));
  }
};

template <>
struct proxy_form<source> {
  using proxy = source_fields;
  static proxy to_proxy(const source& s) { return s.fields(); }
  static source from_proxy(proxy&& p) { return source(std::move(p)); }
};

template <>
struct proxy_form<provenance> {
  using proxy = std::vector<hop>;
  static proxy to_proxy(const provenance& p) { return p.hops(); }
  static provenance from_proxy(proxy&& p) { return provenance(std::move(p)); }
};

}  // namespace cited

#endif  // CITED_SOURCE_HPP
