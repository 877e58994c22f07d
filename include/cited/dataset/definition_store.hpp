// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_DATASET_DEFINITION_STORE_HPP
#define CITED_DATASET_DEFINITION_STORE_HPP

/// How a dataset owns the metrics and groups it is given or loads: immutable copies whose views
/// (`metric_info`, `country_group`) stay valid while any copy of the dataset lives, and the words
/// that describe a metric's definition in an error.

#include <cited/dataset/error.hpp>
#include <cited/reflect/type_name.hpp>
#include <cited/text/dates.hpp>
#include <cited/text/messages.hpp>
#include <cited/text/readable.hpp>
#include <cited/value/country_group.hpp>
#include <cited/value/metric.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstddef>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace cited::detail {

// A metric's text, owned, and its metric_info viewing it. Immutable once made, and held by
// std::shared_ptr<const owned_metric>, so the views survive copies of the dataset.
struct owned_metric {
  explicit owned_metric(const metric_info& m)
      : id_(m.id),
        name_(m.name),
        unit_(m.unit),
        dimension_(m.dimension),
        numerator_(m.numerator),
        denominator_(m.denominator),
        info{id_,        name_,   m.kind,     unit_,        m.additive, m.higher_is_better,
             dimension_, m.scale, numerator_, denominator_, m.per} {}
  owned_metric(const owned_metric&) = delete;
  owned_metric& operator=(const owned_metric&) = delete;

 private:
  std::string id_, name_, unit_, dimension_, numerator_, denominator_;

 public:
  const metric_info info;
};

// A group's text and memberships, owned, and its view.
struct owned_group {
  explicit owned_group(const country_group& g)
      : id_(g.id()),
        name_(g.name()),
        memberships_(g.memberships().begin(), g.memberships().end()),
        view(id_, name_, memberships_) {}
  owned_group(const owned_group&) = delete;
  owned_group& operator=(const owned_group&) = delete;

 private:
  std::string id_, name_;
  std::vector<membership> memberships_;

 public:
  const country_group view;
};

// "ai_publications per 1,000,000 population".
inline std::string ratio_words(const metric_info& m) {
  std::string out(m.numerator);
  out += " per ";
  if (m.per != 1) {
    out += detail::readable_number(m.per);
    out += ' ';
  }
  out += m.denominator;
  return out;
}

// "10^15", "1024", "1/3600 x 10^3".
inline std::string scale_words(const unit_scale& s) {
  std::string out;
  if (s.num != 1 || s.den != 1) {
    out += std::to_string(s.num);
    if (s.den != 1) out += '/' + std::to_string(s.den);
  }
  if (s.power10 != 0 || out.empty()) {
    if (!out.empty()) out += " x ";
    out += "10^" + std::to_string(s.power10);
  }
  return out;
}

// `dimension "computing_rate", 10^15 of its base unit`.
inline std::string unit_words(const metric_info& m) {
  return "dimension " + detail::quoted(m.dimension) + ", " + scale_words(m.scale) +
         " of its base unit";
}

// How much of a metric's definition to describe: its kind and unit symbol; with its unit's
// dimension and scale; with its name and flags too.
enum class definition_detail { kind, unit, all };

// "an amount in PFLOP/s", "a ratio of ai_publications per 1,000,000 population", "a number";
// with more detail, "an amount in PFLOP/s (computing_rate, 10^15 of its base unit)" and
// `named "peak performance", additive, higher is better`.
inline std::string metric_words(const metric_info& m, definition_detail level) {
  static constexpr std::string_view kinds[] = {"a count",   "a rank",   "a share",
                                               "an amount", "a number", "a ratio"};
  const auto k = static_cast<std::size_t>(m.kind);
  std::string out(k < std::size(kinds) ? kinds[k] : std::string_view("an unknown kind"));
  if (m.kind == value_kind::amount) {
    out += " in ";
    out += m.unit;
    if (level != definition_detail::kind) {
      out += " (" + unit_words(m) + ")";
    }
  } else if (m.kind == value_kind::ratio) {
    out += " of " + ratio_words(m);
  }
  if (level == definition_detail::all) {
    out += ", named " + detail::quoted(m.name) + (m.additive ? ", additive" : ", not additive") +
           (m.higher_is_better ? ", higher is better" : ", lower is better");
  }
  return out;
}

// The least detail that tells two definitions of one id apart.
inline definition_detail detail_between(const metric_info& a, const metric_info& b) {
  if (a.kind != b.kind || a.unit != b.unit || a.numerator != b.numerator ||
      a.denominator != b.denominator || a.per != b.per) {
    return definition_detail::kind;
  }
  if (a.dimension != b.dimension || a.scale != b.scale) return definition_detail::unit;
  return definition_detail::all;
}

// The error for a definition of `known.id` that differs from the known one; `other` says whose
// it is ("the type my::peak", "the document").
inline dataset_error definition_mismatch(const metric_info& known, const metric_info& given,
                                         std::string_view other) {
  const definition_detail d = detail_between(known, given);
  return dataset_error(dataset_errc::duplicate_id, std::string(known.id),
                       "metric " + detail::quoted(known.id) + " is " + metric_words(known, d) +
                           " in the dataset, but " + std::string(other) + " is " +
                           metric_words(given, d));
}

// The qualified name of a type, as the compiler spells it ("my::peak"); its unqualified
// type_name when the signature cannot be read.
template <class T>
constexpr std::string_view qualified_type_name() noexcept {
  std::string_view s = detail::raw_type_name<T>();
  const std::size_t start = s.find("T = ");
  if (start == std::string_view::npos) return type_name<T>;
  s.remove_prefix(start + 4);
  return s.substr(0, s.find_first_of(";]"));
}

inline bool is_dimension_name(std::string_view s) {
  if (s.empty()) return false;
  for (std::size_t start = 0;;) {
    const std::size_t colons = s.find("::", start);
    if (!detail::is_identifier(s.substr(start, colons - start))) return false;
    if (colons == std::string_view::npos) return true;
    start = colons + 2;
  }
}

// Throws dataset_error unless `m` is a well-formed definition on its own: a non-empty id and
// name, a unit (with a named dimension and a positive scale) exactly for an amount, ratio parts
// and a positive, finite `per` exactly for a ratio, and no ratio that adds up.
inline void check_definition(const metric_info& m) {
  const std::string id(m.id);
  const auto fail = [&](const std::string& what) {
    throw dataset_error(dataset_errc::bad_value, id,
                        "metric " + detail::quoted(m.id) + ": " + what);
  };
  if (m.id.empty()) throw dataset_error(dataset_errc::bad_value, id, "a metric's id is empty");
  if (m.name.empty()) fail("a metric's name is empty");
  if (static_cast<std::size_t>(m.kind) > static_cast<std::size_t>(value_kind::ratio)) {
    fail("not a value kind");
  }
  if (m.kind == value_kind::amount) {
    if (m.unit.empty()) fail("an amount needs a unit symbol");
    if (!is_dimension_name(m.dimension)) {
      fail("unknown dimension " + detail::quoted(m.dimension) + " of unit " +
           detail::quoted(m.unit) +
           "; a unit's dimension is a name such as \"computing_rate\", \"power\" or "
           "\"information\", or one of the user's own");
    }
    if (m.scale.num <= 0 || m.scale.den <= 0) fail("a unit's scale is a positive ratio");
  } else if (!m.unit.empty() || !m.dimension.empty() || m.scale != unit_scale{}) {
    fail("only an amount has a unit");
  }
  if (m.kind == value_kind::ratio) {
    if (m.numerator.empty() || m.denominator.empty()) {
      fail("a ratio names its numerator and denominator metrics");
    }
    if (!(m.per > 0) || !std::isfinite(m.per)) fail("a ratio's per is a positive number");
    if (m.additive) fail("a ratio is never additive");
  } else if (!m.numerator.empty() || !m.denominator.empty() || m.per != 0) {
    fail("only a ratio has a numerator, a denominator and a per");
  }
}

inline std::string date_words(std::chrono::year_month_day d) {
  char text[10];
  return detail::format_date(d, text) ? std::string(text, 10) : std::string("an invalid date");
}

// "NO from 1960-05-03", "GB from 1973-01-01 until 2020-02-01".
inline std::string membership_words(const membership& m) {
  std::string out(m.member.code());
  out += " from " + date_words(m.from);
  if (m.until) out += " until " + date_words(*m.until);
  return out;
}

// The same id, name and intervals, in any order (the built-in groups keep theirs sorted by
// country).
inline bool same_group(const country_group& a, const country_group& b) {
  if (a.id() != b.id() || a.name() != b.name()) return false;
  std::vector<membership> x(a.memberships().begin(), a.memberships().end());
  std::vector<membership> y(b.memberships().begin(), b.memberships().end());
  if (x.size() != y.size()) return false;
  const auto before = [](const membership& l, const membership& r) {
    if (l.member != r.member) return l.member < r.member;
    if (l.from != r.from) return l.from < r.from;
    return l.until < r.until;
  };
  std::sort(x.begin(), x.end(), before);
  std::sort(y.begin(), y.end(), before);
  return x == y;
}

// The error for a group of `known.id()` that differs from the known one: the first difference,
// named on both sides.
inline dataset_error group_mismatch(const country_group& known, const country_group& given,
                                    std::string_view other) {
  const std::string head = "group " + detail::quoted(known.id()) + " ";
  const std::string in_other = " in the dataset, but " + std::string(other);
  std::string what;
  const auto x = known.memberships();
  const auto y = given.memberships();
  if (known.name() != given.name()) {
    what = head + "is named " + detail::quoted(known.name()) + in_other + " names it " +
           detail::quoted(given.name());
  } else if (x.size() != y.size()) {
    what = head + "has " + std::to_string(x.size()) + " memberships" + in_other + " has " +
           std::to_string(y.size());
  } else {
    std::size_t i = 0;
    while (i < x.size() && x[i] == y[i]) ++i;
    what = head + "has membership " + std::to_string(i + 1) + " " + membership_words(x[i]) +
           in_other + " has " + membership_words(y[i]);
  }
  return dataset_error(dataset_errc::duplicate_id, std::string(known.id()), what);
}

}  // namespace cited::detail

#endif  // CITED_DATASET_DEFINITION_STORE_HPP
