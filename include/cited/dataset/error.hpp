// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_DATASET_ERROR_HPP
#define CITED_DATASET_ERROR_HPP

/// `cited::dataset_error`: what a dataset refuses, by kind, with the id at fault.

#include <boost/describe/enum.hpp>

#include <cstdint>
#include <stdexcept>
#include <string>
#include <utility>

namespace cited {

/// What a dataset refused.
enum class dataset_errc : std::uint8_t {
  unknown_metric,      ///< no metric has the id
  unknown_subject,     ///< no group, organization or product has the name, or not a subject text
  unknown_source,      ///< no source has the id
  unknown_reference,   ///< a source in a document names a work or an agent it does not list
  duplicate_id,        ///< another metric, group or source has the id
  wrong_figure_kind,   ///< a figure or a claim of the wrong kind for its metric
  not_additive,        ///< a total or comparison of a metric that does not add up
  double_counting,     ///< a total that would count a country or a subject twice
  membership_changed,  ///< a total over a period in which a group's membership changed
  bad_value,           ///< a value out of range: a negative count, a rank of 0, k > n, ...
  bad_claim,           ///< a claim that cannot be: no others to compare with, a place of 0
  too_large,           ///< beyond what a dataset holds: 2^32 - 1 observations, a count of 2^53
};
BOOST_DESCRIBE_ENUM(dataset_errc, unknown_metric, unknown_subject, unknown_source,
                    unknown_reference, duplicate_id, wrong_figure_kind, not_additive,
                    double_counting, membership_changed, bad_value, bad_claim, too_large)

/// Thrown by a dataset for a request it cannot honour: an unknown metric, subject or source id, a
/// figure of the wrong kind for its metric, a total of a metric that does not add up, a total that
/// would count a country twice. `kind()` says which, and `id()` names the metric, subject, source
/// or group at fault (empty when none is).
///
///     catch (const cited::dataset_error& e) {
///       if (e.kind() == cited::dataset_errc::unknown_source) retry_with_source(e.id());
///     }
class dataset_error : public std::invalid_argument {
 public:
  /// An error of `kind` about `id`, with the sentence `what`.
  dataset_error(dataset_errc kind, std::string id, const std::string& what)
      : std::invalid_argument(what), kind_(kind), id_(std::move(id)) {}

  /// What was refused.
  dataset_errc kind() const noexcept { return kind_; }
  /// The id of the metric, subject, source or group at fault; empty when none is.
  const std::string& id() const noexcept { return id_; }

 private:
  dataset_errc kind_;
  std::string id_;
};

}  // namespace cited

#endif  // CITED_DATASET_ERROR_HPP
