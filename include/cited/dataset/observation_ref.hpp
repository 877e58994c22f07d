// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_DATASET_OBSERVATION_REF_HPP
#define CITED_DATASET_OBSERVATION_REF_HPP

/// `cited::observation_ref`, one observation in a dataset by reference, and `cited::figure_key`,
/// what identifies a figure.

#include <cited/dataset/error.hpp>
#include <cited/dataset/registry.hpp>
#include <cited/dataset/store.hpp>
#include <cited/fact/claim.hpp>
#include <cited/fact/observation.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <vector>

namespace cited {

/// What identifies a figure: a metric, a subject and a period.
struct figure_key {
  std::string metric;
  cited::subject subject;
  cited::period period;

  /// `ai_publications of US in 2024`.
  std::string to_string() const {
    return metric + " of " + subject.to_string() + " in " + period.to_string();
  }
  friend bool operator==(const figure_key&, const figure_key&) = default;
};

class observation_ref;

namespace detail {

// What a dataset holds: its registry, its observations, its claims and its title.
struct dataset_parts {
  dataset_registry registry;
  dataset_store store;
  std::vector<cited::claim> claims;
  std::optional<std::string> title;

  dataset_parts() = default;
  explicit dataset_parts(with_builtins_t) : registry(with_builtins) {}

  inline observation_ref ref(std::size_t i) const noexcept;

  // Adds an observation, or nothing when it is refused; returns its index.
  std::size_t add(const observation& o) {
    const std::uint16_t m = registry.metric_number(o.metric);
    const std::uint32_t src = registry.source_number(o.source);
    dataset_store::row r = dataset_store::encode(o.value, registry.metric_at(m));
    r.metric = m;
    r.source = src;
    r.flags |= static_cast<std::uint8_t>(o.status);
    if (static_cast<std::size_t>(o.status) > 3) {
      throw dataset_error(dataset_errc::bad_value, {}, "not an observation status");
    }
    if (store.size() >= std::numeric_limits<std::uint32_t>::max()) {
      throw dataset_error(dataset_errc::too_large, {},
                          "a dataset holds at most 2^32 - 1 observations");
    }
    r.subject = store.subject_number(o.subject, registry);
    r.period = store.period_number(o.period);
    return store.push(r);
  }
};

}  // namespace detail

/// One observation in a dataset, by reference: valid while the dataset lives and is not moved.
class observation_ref {
 public:
  /// The observation's position in the dataset, in the order added.
  std::size_t index() const noexcept { return index_; }
  /// Its subject.
  cited::subject subject() const { return parts_->store.subject_at(row().subject); }
  /// Its metric.
  const metric_info& metric() const { return parts_->registry.metric_at(row().metric); }
  /// Its period.
  const cited::period& period() const { return parts_->store.period_at(row().period); }
  /// Its figure.
  cited::figure value() const { return detail::dataset_store::decode(row(), metric().kind); }
  /// Its status.
  observation_status status() const { return static_cast<observation_status>(row().flags & 3); }
  /// The id of its source in the dataset.
  const std::string& source_id() const { return parts_->registry.source_ids()[row().source]; }
  /// Its provenance chain.
  const cited::provenance& provenance() const { return parts_->registry.source_at(row().source); }
  /// A copy, as an `observation`.
  cited::observation to_observation() const {
    return {subject(), std::string(metric().id), period(), value(), source_id(), status()};
  }

  friend bool operator==(const observation_ref& a, const observation_ref& b) noexcept {
    return a.parts_ == b.parts_ && a.index_ == b.index_;
  }

 private:
  friend struct detail::dataset_parts;
  observation_ref(const detail::dataset_parts* d, std::uint32_t i) noexcept
      : parts_(d), index_(i) {}
  const detail::dataset_store::row& row() const noexcept { return parts_->store.at(index_); }

  const detail::dataset_parts* parts_;
  std::uint32_t index_;
};

inline observation_ref detail::dataset_parts::ref(std::size_t i) const noexcept {
  return observation_ref(this, static_cast<std::uint32_t>(i));
}

}  // namespace cited

#endif  // CITED_DATASET_OBSERVATION_REF_HPP
