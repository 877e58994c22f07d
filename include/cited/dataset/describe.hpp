// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_DATASET_DESCRIBE_HPP
#define CITED_DATASET_DESCRIBE_HPP

/// Claims and lists of subjects in English, as a dataset words them in `describe`, verdicts and
/// conflicts.

#include <cited/dataset/registry.hpp>
#include <cited/fact/claim.hpp>
#include <cited/fact/figure.hpp>
#include <cited/value/counts.hpp>

#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>
#include <type_traits>
#include <variant>
#include <vector>

namespace cited::detail {

// One subject, or the aggregate of several.
inline cited::subject combined(const std::vector<cited::subject>& parts) {
  return parts.size() == 1 ? parts.front() : cited::subject::aggregate(parts);
}

// "United States, United Kingdom and European Union".
inline std::string list(const std::vector<cited::subject>& parts) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += i + 1 == parts.size() ? " and " : ", ";
    out += parts[i].display_name();
  }
  return out;
}

// "2nd".
inline std::string rank_words(std::uint32_t position) {
  std::ostringstream os;
  os << cited::rank(position);
  return os.str();
}

// "5%" for 0.05.
inline std::string percent(double ratio) {
  std::ostringstream os;
  os << ratio * 100 << '%';
  return os.str();
}

// "more than ", "less than ", "within 5% of ", "equal to ".
inline std::string relation_words(comparison relation, double tolerance) {
  switch (relation) {
    case comparison::more_than:
      return "more than ";
    case comparison::less_than:
      return "less than ";
    default:
      return tolerance == 0 ? "equal to " : "within " + percent(tolerance) + " of ";
  }
}

// A statement: "China: expects a wave of innovation", then its quote, if any:
// "(\"we should anticipate a wave of innovation\")".
inline std::string describe_one(const dataset_registry&, const statement_claim& x) {
  std::string out = list(x.subjects) + ": " + x.words;
  if (x.quote) out += " (\"" + *x.quote + "\")";
  return out;
}

// A claim about a metric's figures, with the metric's name when the registry knows it.
template <class C>
std::string describe_one(const dataset_registry& names, const C& x) {
  const metric_info* m = names.find_metric(x.metric);
  const std::string name = m ? std::string(m->name) : x.metric;
  std::string out = x.subject.display_name() + ": ";
  if constexpr (std::is_same_v<C, comparison_claim>) {
    out += name + " in " + x.period.to_long_string() + ' ' +
           relation_words(x.relation, x.tolerance) + "those of " +
           combined(x.others).display_name();
    if (x.others.size() == 1) out += " alone";
  } else if constexpr (std::is_same_v<C, rank_claim>) {
    out += rank_words(x.position);
    if (x.among) out += " among the members of " + x.among->display_name();
    if (m && m->kind == value_kind::rank) {
      out += " (" + name + ", " + x.period.to_long_string() + ")";
    } else {
      out += " by " + name + " in " + x.period.to_long_string();
    }
    if (!x.ahead.empty()) out += ", behind only " + list(x.ahead);
    if (!x.behind.empty()) out += ", ahead of " + list(x.behind);
  } else if constexpr (std::is_same_v<C, total_claim>) {
    out += name + " in " + x.period.to_long_string() + " together " + cited::to_string(x.bound);
    if (m && !m->unit.empty()) out += ' ' + std::string(m->unit);
  } else {
    out += cited::to_string(figure(x.value)) + " (" + name + ", " + x.period.to_long_string() + ")";
  }
  return out;
}

// A claim in English.
inline std::string describe(const dataset_registry& names, const cited::claim& c) {
  return std::visit([&](const auto& x) { return describe_one(names, x); }, c);
}

}  // namespace cited::detail

#endif  // CITED_DATASET_DESCRIBE_HPP
