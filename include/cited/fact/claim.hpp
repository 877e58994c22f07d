// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_FACT_CLAIM_HPP
#define CITED_FACT_CLAIM_HPP

/// The claims that news writing makes about figures: a comparison with a combined figure, a rank,
/// and a share of a top-N list; and the verdict on one. `cited::dataset` holds and checks them.

#include <cited/fact/subject.hpp>
#include <cited/value/counts.hpp>
#include <cited/value/period.hpp>

#include <boost/describe/enum.hpp>

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace cited {

/// "A's figure is more than (or less than) the combined figure of B, C and D".
enum class comparison : std::uint8_t { more_than, less_than };
BOOST_DESCRIBE_ENUM(comparison, more_than, less_than)

/// A claim that a subject's figure is more (or less) than the combined figure of others in a
/// period. The others are added up as `dataset::total` does.
struct comparison_claim {
  cited::subject subject;
  std::string metric;
  cited::period period;
  cited::comparison relation = cited::comparison::more_than;
  std::vector<cited::subject> others;
  std::string source;

  friend bool operator==(const comparison_claim&, const comparison_claim&) = default;
};

/// A claim that a subject holds a place by a metric in a period, with the subjects ahead of it
/// named: "second only to the United States" is place 2 with the US ahead.
struct rank_claim {
  cited::subject subject;
  std::string metric;
  cited::period period;
  std::uint32_t position = 1;
  std::vector<cited::subject> ahead;
  std::string source;

  friend bool operator==(const rank_claim&, const rank_claim&) = default;
};

/// A claim that k of a top-n list are the subject's: "12 of the world's top 15".
struct share_claim {
  cited::subject subject;
  std::string metric;
  cited::period period;
  cited::share value;
  std::string source;

  friend bool operator==(const share_claim&, const share_claim&) = default;
};

/// Any claim.
using claim = std::variant<comparison_claim, rank_claim, share_claim>;

/// The verdict on a claim, given the figures at hand.
enum class verdict : std::uint8_t { supported, contradicted, undetermined };
BOOST_DESCRIBE_ENUM(verdict, supported, contradicted, undetermined)

}  // namespace cited

#endif  // CITED_FACT_CLAIM_HPP
