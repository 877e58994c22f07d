// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_FACT_PRODUCT_HPP
#define CITED_FACT_PRODUCT_HPP

/// Things figures are about that organizations make and run: `cited::product` (an AI model family,
/// or a system such as a supercomputer or a data centre), with its organizations by role
/// (`cited::organization_role`) and a country.

#include <cited/reflect/form.hpp>
#include <cited/reflect/names.hpp>
#include <cited/source.hpp>
#include <cited/text/messages.hpp>
#include <cited/value/country.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <ostream>
#include <span>
#include <string>
#include <utility>
#include <vector>

namespace cited {

/// Whether a `cited::product` is a product (an AI model family) or a system (a supercomputer, a
/// data centre).
enum class product_kind : std::uint8_t { product, system };
BOOST_DESCRIBE_ENUM(product_kind, product, system)

/// What an organization does for a product or a system: it made it, operates it, hosts it (the
/// host site), or owns it.
enum class organization_role : std::uint8_t { made_by, operated_by, hosted_by, owned_by };
BOOST_DESCRIBE_ENUM(organization_role, made_by, operated_by, hosted_by, owned_by)

/// An organization in a role: `{organization_role::operated_by, llnl}`.
struct organization_in_role {
  organization_role role;
  cited::organization organization;
  friend bool operator==(const organization_in_role&, const organization_in_role&) = default;
};

/// A product (an AI model family) or a system (a supercomputer, a data centre): a name, its
/// organizations by role, and a country. One class holds both, since both carry the same facts;
/// `kind()` tells them apart, and a subject writes them as `product:<name>` and `system:<name>`.
///
/// The organizations are kept in the order of their roles (makers first), each role's in the
/// order given; an organization may hold several roles. Equality compares all of it.
///
///     cited::product qwen{"Qwen", alibaba, "CN"_country};  // made by Alibaba
///     cited::product a{cited::product_kind::system, "System A",
///                      {{cited::organization_role::operated_by, lab},
///                       {cited::organization_role::hosted_by, lab}}, "US"_country};
class product {
 public:
  /// A product made by `maker`. Throws `source_error` for an empty or blank name.
  product(std::string name, organization maker,
          std::optional<cited::country> country = std::nullopt)
      : product(product_kind::product, std::move(name),
                {{organization_role::made_by, std::move(maker)}}, country) {}

  /// A product or a system with its organizations by role (none, when unknown). Throws
  /// `source_error` for an empty or blank name, or an organization listed twice in one role.
  product(product_kind kind, std::string name, std::vector<organization_in_role> organizations,
          std::optional<cited::country> country = std::nullopt)
      : kind_(kind), name_(std::move(name)), orgs_(std::move(organizations)), country_(country) {
    detail::check_text(name_,
                       kind_ == product_kind::system ? "a system's name" : "a product's name");
    std::stable_sort(orgs_.begin(), orgs_.end(),
                     [](const auto& a, const auto& b) { return a.role < b.role; });
    for (std::size_t i = 1; i < orgs_.size(); ++i) {
      for (std::size_t j = 0; j < i; ++j) {
        if (orgs_[j] == orgs_[i]) {
          throw source_error(detail::quoted(orgs_[i].organization.name()) + " is listed twice as " +
                             std::string(enum_name(orgs_[i].role)) + " of " +
                             detail::quoted(name_));
        }
      }
    }
  }

  /// A product or a system.
  product_kind kind() const noexcept { return kind_; }
  /// The name.
  const std::string& name() const noexcept { return name_; }
  /// The organizations by role, makers first.
  std::span<const organization_in_role> organizations() const noexcept { return orgs_; }
  /// The organizations in `role`, in the order given.
  std::vector<organization> organizations(organization_role role) const {
    std::vector<organization> out;
    for (const organization_in_role& o : orgs_) {
      if (o.role == role) out.push_back(o.organization);
    }
    return out;
  }
  /// True when `o` holds `role`.
  bool has(organization_role role, const organization& o) const noexcept {
    return std::find(orgs_.begin(), orgs_.end(), organization_in_role{role, o}) != orgs_.end();
  }
  /// The first maker, or null when none is known.
  const organization* maker() const noexcept {
    if (!orgs_.empty() && orgs_.front().role == organization_role::made_by) {
      return &orgs_.front().organization;
    }
    return nullptr;
  }
  /// The country: a product's home country, where a system is located.
  std::optional<cited::country> country() const noexcept { return country_; }

  /// The name a reader knows. A product names its makers: "Qwen (Alibaba)". A system names its
  /// operators, never its maker or host as if they ran it: "El Capitan (operated by X)"; with no
  /// operator known, its name alone.
  std::string display_name() const {
    const bool system = kind_ == product_kind::system;
    std::vector<organization> who =
        organizations(system ? organization_role::operated_by : organization_role::made_by);
    if (who.empty()) return name_;
    std::string out = name_;
    out += system ? " (operated by " : " (";
    for (std::size_t i = 0; i < who.size(); ++i) {
      if (i > 0) out += i + 1 == who.size() ? " and " : ", ";
      out += who[i].name();
    }
    out += ')';
    return out;
  }

  friend bool operator==(const product&, const product&) = default;

  /// Writes the name.
  friend std::ostream& operator<<(std::ostream& os, const product& p) { return os << p.name_; }

 private:
  product_kind kind_;
  std::string name_;
  std::vector<organization_in_role> orgs_;
  std::optional<cited::country> country_;
};

/// The data form of an organization in a role: `{"role": "operated_by", "organization": {...}}`.
struct organization_in_role_fields {
  organization_role role = organization_role::made_by;
  organization_fields organization;
};
BOOST_DESCRIBE_STRUCT(organization_in_role_fields, (), (role, organization))

/// The data form of a product or system. A product made by one maker is written as before,
/// `{"name": "Qwen", "maker": {...}, "country": "CN"}`; anything else lists its organizations,
/// `{"name": "System A", "kind": "system", "organizations": [{"role": "operated_by",
/// "organization": {...}}], "country": "US"}`. `kind` is left out for a product. A document may
/// give `maker` or `organizations`, not both.
struct product_fields {
  std::string name;
  std::optional<product_kind> kind;
  std::optional<organization_fields> maker;
  std::optional<std::vector<organization_in_role_fields>> organizations;
  std::optional<cited::country> country;
};
BOOST_DESCRIBE_STRUCT(product_fields, (), (name, kind, maker, organizations, country))

template <>
struct proxy_form<product> {
  using proxy = product_fields;
  static proxy to_proxy(const product& p) {
    proxy out{p.name(), std::nullopt, std::nullopt, std::nullopt, p.country()};
    if (p.kind() != product_kind::product) out.kind = p.kind();
    const auto orgs = p.organizations();
    if (p.kind() == product_kind::product && orgs.size() == 1 && p.maker()) {
      out.maker = proxy_form<organization>::to_proxy(*p.maker());
      return out;
    }
    out.organizations.emplace();
    for (const organization_in_role& o : orgs) {
      out.organizations->push_back({o.role, proxy_form<organization>::to_proxy(o.organization)});
    }
    return out;
  }
  static product from_proxy(proxy&& p) {
    const product_kind kind = p.kind.value_or(product_kind::product);
    if (p.maker && p.organizations) {
      throw source_error("give a product's \"maker\" or its \"organizations\", not both");
    }
    std::vector<organization_in_role> orgs;
    if (p.maker) {
      orgs.push_back(
          {organization_role::made_by, proxy_form<organization>::from_proxy(std::move(*p.maker))});
    }
    if (p.organizations) {
      for (organization_in_role_fields& o : *p.organizations) {
        orgs.push_back({o.role, proxy_form<organization>::from_proxy(std::move(o.organization))});
      }
    }
    return product(kind, std::move(p.name), std::move(orgs), p.country);
  }
};

}  // namespace cited

#endif  // CITED_FACT_PRODUCT_HPP
