// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_FACT_SUBJECT_HPP
#define CITED_FACT_SUBJECT_HPP

/// What a figure is about: `cited::subject` (a country, a group, a UN M49 region, an organization,
/// a product, a system or an aggregate of these). Products and systems are in
/// <cited/fact/product.hpp>.

#include <cited/catalog/regions.hpp>
#include <cited/fact/product.hpp>
#include <cited/source.hpp>
#include <cited/text/messages.hpp>
#include <cited/value/country.hpp>
#include <cited/value/country_group.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <ostream>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace cited {

/// Thrown for a subject that cannot be: an aggregate of fewer than two parts, a name that cannot
/// be written in a subject's text form.
class subject_error : public std::invalid_argument {
 public:
  using std::invalid_argument::invalid_argument;
};

/// What a subject is.
enum class subject_kind : std::uint8_t {
  country,
  group,
  organization,
  product,
  system,
  aggregate,
  region
};
BOOST_DESCRIBE_ENUM(subject_kind, country, group, organization, product, system, aggregate, region)

/// What a figure is about: a country, a country group (resolved at a period when figures are
/// added up), a UN M49 region (`cited::regions::europe`), an organization, a product, a system,
/// or an aggregate of these ("the US, the UK and the EU combined").
///
/// The text form, which datasets use, is `CN`, `group:EU`, `region:150`, `org:Alibaba`,
/// `product:Qwen`, `system:El Capitan`, and for an aggregate its parts joined by `+`:
/// `US+GB+group:EU`. Equality is by identity: the same country, the group with the same id, the
/// same region, the same organization, product or system, the same parts in the same order.
///
///     cited::subject cn = "CN"_country;
///     auto others = cited::subject::aggregate({"US"_country, "GB"_country, cited::groups::eu});
class subject {
 public:
  /// A country.
  subject(cited::country c) noexcept : v_(c) {}  // NOLINT: a country is a subject
  /// A country group. The group is a view: its memberships must outlive the subject (the groups
  /// in `cited::groups` always do).
  subject(const country_group& g) : v_(g) { check_name(g.id(), "a group's id"); }  // NOLINT
  /// A UN M49 region. Wherever a group's members count (totals, ranks among members), its
  /// members do: see `as_group()`.
  subject(cited::region r) noexcept : v_(r) {}  // NOLINT: a region is a subject
  /// An organization. Its name must not contain `+`.
  subject(organization o) : v_(std::move(o)) {  // NOLINT
    check_name(std::get<organization>(v_).name(), "an organization's name");
  }
  /// A product or a system (see `product::kind()`). Its name must not contain `+`.
  subject(product p) : v_(std::move(p)) {  // NOLINT
    const product& q = std::get<product>(v_);
    check_name(q.name(), q.kind() == product_kind::system ? "a system's name" : "a product's name");
  }

  /// The aggregate of `parts`, flattened (an aggregate inside is replaced by its parts). Throws
  /// `subject_error` for fewer than two parts.
  static subject aggregate(std::vector<subject> parts) {
    std::vector<subject> flat;
    for (subject& s : parts) {
      if (s.kind() == subject_kind::aggregate) {
        for (const subject& p : s.parts()) flat.push_back(p);
      } else {
        flat.push_back(std::move(s));
      }
    }
    if (flat.size() < 2) throw subject_error("an aggregate needs at least two parts");
    return subject(std::move(flat));
  }

  /// What the subject is.
  subject_kind kind() const noexcept {
    switch (v_.index()) {
      case 0:
        return subject_kind::country;
      case 1:
        return subject_kind::group;
      case 2:
        return subject_kind::organization;
      case 3:
        return std::get<product>(v_).kind() == product_kind::system ? subject_kind::system
                                                                    : subject_kind::product;
      case 4:
        return subject_kind::region;
      default:
        return subject_kind::aggregate;
    }
  }
  /// The country, for a country subject.
  std::optional<cited::country> as_country() const noexcept {
    if (const auto* c = std::get_if<cited::country>(&v_)) return *c;
    return std::nullopt;
  }
  /// The group, for a group subject; for a region subject, the region as a group (its members,
  /// with no dates: see `region::group()`).
  const country_group* as_group() const noexcept {
    if (const auto* r = std::get_if<cited::region>(&v_)) return &r->group();
    return std::get_if<country_group>(&v_);
  }
  /// The region, for a region subject.
  std::optional<cited::region> as_region() const noexcept {
    if (const auto* r = std::get_if<cited::region>(&v_)) return *r;
    return std::nullopt;
  }
  /// The organization, for an organization subject.
  const organization* as_organization() const noexcept { return std::get_if<organization>(&v_); }
  /// The product or system, for a product or system subject.
  const product* as_product() const noexcept { return std::get_if<product>(&v_); }
  /// The parts of an aggregate; for any other subject, the subject alone. The span points into
  /// this subject, so a temporary's parts are not available.
  std::span<const subject> parts() const& noexcept {
    if (const auto* p = std::get_if<std::vector<subject>>(&v_)) return *p;
    return {this, 1};
  }
  std::span<const subject> parts() const&& = delete;

  /// The text form: `CN`, `group:EU`, `region:150`, `org:Alibaba`, `product:Qwen`,
  /// `system:El Capitan`, `US+GB+group:EU`.
  std::string to_string() const {
    switch (kind()) {
      case subject_kind::country:
        return std::string(std::get<cited::country>(v_).code());
      case subject_kind::group:
        return "group:" + std::string(std::get<country_group>(v_).id());
      case subject_kind::region:
        return "region:" + std::string(std::get<cited::region>(v_).code_text());
      case subject_kind::organization:
        return "org:" + std::get<organization>(v_).name();
      case subject_kind::product:
        return "product:" + std::get<product>(v_).name();
      case subject_kind::system:
        return "system:" + std::get<product>(v_).name();
      case subject_kind::aggregate:
        break;
    }
    std::string out;
    for (const subject& s : parts()) {
      if (!out.empty()) out += '+';
      out += s.to_string();
    }
    return out;
  }

  /// The name a reader knows: "China", "European Union", "Europe", "Alibaba", "Qwen (Alibaba)", a
  /// system with its operators, "El Capitan (operated by X)" (see `product::display_name`), and for
  /// an aggregate "United States, United Kingdom and European Union combined".
  std::string display_name() const {
    switch (kind()) {
      case subject_kind::country:
        return std::string(std::get<cited::country>(v_).name());
      case subject_kind::group:
        return std::string(std::get<country_group>(v_).name());
      case subject_kind::region:
        return std::string(std::get<cited::region>(v_).name());
      case subject_kind::organization:
        return std::get<organization>(v_).name();
      case subject_kind::product:
      case subject_kind::system:
        return std::get<product>(v_).display_name();
      case subject_kind::aggregate:
        break;
    }
    std::string out;
    const auto all = parts();
    for (std::size_t i = 0; i < all.size(); ++i) {
      if (i > 0) out += i + 1 == all.size() ? " and " : ", ";
      out += all[i].display_name();
    }
    return out + " combined";
  }

  friend bool operator==(const subject& a, const subject& b) {
    if (a.v_.index() != b.v_.index()) return false;
    if (const auto* g = std::get_if<country_group>(&a.v_)) {
      return g->id() == std::get<country_group>(b.v_).id();
    }
    if (const auto* c = std::get_if<cited::country>(&a.v_))
      return *c == std::get<cited::country>(b.v_);
    if (const auto* r = std::get_if<cited::region>(&a.v_))
      return *r == std::get<cited::region>(b.v_);
    if (const auto* o = std::get_if<organization>(&a.v_)) return *o == std::get<organization>(b.v_);
    if (const auto* p = std::get_if<product>(&a.v_)) return *p == std::get<product>(b.v_);
    const auto& x = std::get<std::vector<subject>>(a.v_);
    const auto& y = std::get<std::vector<subject>>(b.v_);
    if (x.size() != y.size()) return false;
    for (std::size_t i = 0; i < x.size(); ++i) {
      if (!(x[i] == y[i])) return false;
    }
    return true;
  }

  /// Writes the text form.
  friend std::ostream& operator<<(std::ostream& os, const subject& s) {
    return os << s.to_string();
  }

 private:
  explicit subject(std::vector<subject> parts) : v_(std::move(parts)) {}

  static void check_name(std::string_view name, std::string_view what) {
    if (name.empty() || name.find('+') != std::string_view::npos) {
      throw subject_error(std::string(what) +
                          " must not be empty or contain '+' to be a subject, got " +
                          detail::quoted(name));
    }
  }

  std::variant<cited::country, country_group, organization, product, cited::region,
               std::vector<subject>>
      v_;
};

}  // namespace cited

#endif  // CITED_FACT_SUBJECT_HPP
