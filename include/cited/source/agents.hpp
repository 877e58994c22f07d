// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_SOURCE_AGENTS_HPP
#define CITED_SOURCE_AGENTS_HPP

/// Who says, writes or publishes: organizations, people (`cited::organization`,
/// `cited::person`, `cited::agent`), and `cited::source_error`, which their checks throw.

#include <cited/reflect/form.hpp>
#include <cited/reflect/names.hpp>
#include <cited/text/utf8.hpp>
#include <cited/value/country.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <cstdint>
#include <iosfwd>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace cited {

/// Thrown when a source, person, organization or provenance chain would be invalid: an empty
/// name, a publication date given as a quarter, a hop with nothing in it.
/// A `cited::member_error`: `member()` names the field at fault when one is (`quote`), so that a
/// reader reports it there.
class source_error : public member_error {
 public:
  using member_error::member_error;
};

namespace detail {

// Names, titles and places: valid UTF-8, not blank, no control characters, no spaces at the ends.
// `member` names the field that holds the text, for the error.
inline void check_text(std::string_view text, std::string_view what, std::string_view member = {}) {
  const auto fail = [&](std::string_view problem) {
    throw source_error(std::string(member), std::string(what) + ' ' + std::string(problem));
  };
  if (text.empty()) fail("is empty");
  if (!detail::is_valid_utf8(text)) fail("is not valid UTF-8");
  for (const char c : text) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) fail("contains a control character");
  }
  if (text.front() == ' ' || text.back() == ' ') fail("starts or ends with a space");
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
    detail::check_text(name_, "an organization's name", "name");
  }

  /// The name, as the organization writes it.
  const std::string& name() const noexcept { return name_; }
  /// What kind of organization it is.
  organization_kind kind() const noexcept { return kind_; }
  /// Where it is based, when known.
  std::optional<cited::country> country() const noexcept { return country_; }

  friend bool operator==(const organization&, const organization&) = default;

  /// Writes the name.
  template <class CharT, class Traits>
  friend std::basic_ostream<CharT, Traits>& operator<<(std::basic_ostream<CharT, Traits>& os,
                                                       const organization& o) {
    return os << o.name_;
  }

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

/// A person, with a role and an affiliation when known. A person may be unnamed ("the head of
/// China's National Data Administration") when the source does not name them; then the role is
/// required, in the source's words.
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
  /// an unnamed person "the head of China's National Data Administration (not named)". A role
  /// that already names the affiliation, as the source words it ("head of China's National Data
  /// Administration"), is not followed by it again.
  std::string to_string() const {
    std::string out = name_ ? display_name() : "the " + role_;
    if (name_ && !role_.empty()) out += ", " + role_;
    if (affiliation_ && !role_names_affiliation()) {
      out += (role_.empty() ? ", " : " of ") + affiliation_->name();
    }
    if (!name_) out += " (not named)";
    return out;
  }

  /// True when the role holds the affiliation's name, as in "head of China's National Data
  /// Administration".
  bool role_names_affiliation() const noexcept {
    return affiliation_ && role_.find(affiliation_->name()) != std::string::npos;
  }

  friend bool operator==(const person&, const person&) = default;

  /// Writes `to_string()`.
  template <class CharT, class Traits>
  friend std::basic_ostream<CharT, Traits>& operator<<(std::basic_ostream<CharT, Traits>& os,
                                                       const person& p) {
    return os << p.to_string();
  }

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

}  // namespace cited

#endif  // CITED_SOURCE_AGENTS_HPP
