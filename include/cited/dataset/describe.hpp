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

// A claim in English, with its metric's name when the registry knows it.
inline std::string describe(const dataset_registry& names, const cited::claim& c) {
  return std::visit(
      [&](const auto& x) {
        using C = std::decay_t<decltype(x)>;
        const metric_info* m = names.find_metric(x.metric);
        const std::string name = m ? std::string(m->name) : x.metric;
        std::string out = x.subject.display_name() + ": ";
        if constexpr (std::is_same_v<C, comparison_claim>) {
          out += name + " in " + x.period.to_string() +
                 (x.relation == comparison::more_than ? " more than" : " less than") +
                 " those of " + combined(x.others).display_name();
          if (x.others.size() == 1) out += " alone";
        } else if constexpr (std::is_same_v<C, rank_claim>) {
          if (m && m->kind == value_kind::rank) {
            out += rank_words(x.position) + " (" + name + ", " + x.period.to_string() + ")";
          } else {
            out += rank_words(x.position) + " by " + name + " in " + x.period.to_string();
          }
          if (!x.ahead.empty()) out += ", behind only " + list(x.ahead);
        } else {
          out +=
              cited::to_string(figure(x.value)) + " (" + name + ", " + x.period.to_string() + ")";
        }
        return out;
      },
      c);
}

}  // namespace cited::detail

#endif  // CITED_DATASET_DESCRIBE_HPP
