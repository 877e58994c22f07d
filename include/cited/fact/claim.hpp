// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_FACT_CLAIM_HPP
#define CITED_FACT_CLAIM_HPP

/// The claims that news writing makes about figures: a comparison with a combined figure, a rank,
/// a share of a top-N list, a bound on a total, and a statement in words; and the verdict on one.
/// `cited::dataset` holds and checks them.

#include <cited/fact/figure.hpp>
#include <cited/fact/subject.hpp>
#include <cited/value/counts.hpp>
#include <cited/value/period.hpp>

#include <boost/describe/enum.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace cited {

/// "A's figure is more than (less than, about equal to) the combined figure of B, C and D".
enum class comparison : std::uint8_t { more_than, less_than, about_equal };
BOOST_DESCRIBE_ENUM(comparison, more_than, less_than, about_equal)

/// A claim that a subject's figure is more than, less than or about equal to the combined figure
/// of others in a period. The others are added up as `dataset::total` does. `tolerance` goes with
/// `about_equal` only: it is relative to the others' combined figure B, so that "about equal" holds
/// when |A - B| <= tolerance * B (0.05 is within 5%); it is from 0 (exactly equal) to below 1.
///
///     comparison_claim{"CN"_country, "ai_publications", y2024, comparison::about_equal,
///                      {"US"_country}, "source-id", 0.05};
struct comparison_claim {
  cited::subject subject;
  std::string metric;
  cited::period period;
  cited::comparison relation = cited::comparison::more_than;
  std::vector<cited::subject> others;
  std::string source;
  double tolerance = 0;

  friend bool operator==(const comparison_claim&, const comparison_claim&) = default;
};

/// A claim that a subject holds a place by a metric in a period, with subjects named ahead of it
/// and behind it: "second only to the United States" is place 2 with the US ahead; "first, ahead
/// of B and C" is place 1 with B and C behind. With `among`, a group, the place is counted among
/// the group's members in the period only ("Europe's fastest").
struct rank_claim {
  cited::subject subject;
  std::string metric;
  cited::period period;
  std::uint32_t position = 1;
  std::vector<cited::subject> ahead;
  std::string source;
  std::vector<cited::subject> behind = {};
  std::optional<cited::subject> among = {};

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

/// A claim that the total of a group or aggregate lies within a bound: "G7 countries together
/// host more than 300" is `bound` more than 300 for `group:G7`. The total is the members' figures
/// added up as `dataset::total` does; `bound` is an estimate of the metric's kind (a count or an
/// amount in the metric's unit).
struct total_claim {
  cited::subject subject;
  std::string metric;
  cited::period period;
  cited::figure bound;
  std::string source;

  friend bool operator==(const total_claim&, const total_claim&) = default;
};

/// A statement in words about subjects, with its source: citable, not checkable. `words` say what
/// the source asserts, in the dataset's words; `quote` is the source's own words, when it is
/// quoted ("we should anticipate a wave of innovation from China"), short.
///
///     statement_claim{{"CN"_country}, "expects a wave of innovation from China's AI workforce",
///                     "digital-science-remark",
///                     "we should anticipate a wave of innovation from China"};
struct statement_claim {
  std::vector<cited::subject> subjects;
  std::string words;
  std::string source;
  std::optional<std::string> quote = {};

  friend bool operator==(const statement_claim&, const statement_claim&) = default;
};

/// Any claim.
using claim = std::variant<comparison_claim, rank_claim, share_claim, total_claim, statement_claim>;

/// The verdict on a claim, given the figures at hand and where they come from:
/// - `supported`: figures from an origin other than the claim's own bear it out, and none
///   contradicts it;
/// - `contradicted`: figures contradict it (from any origin, its own included), and no
///   independent figure bears it out;
/// - `undetermined`: the figures at hand settle nothing;
/// - `self_reported`: only figures from the claim's own primary origin bear it out: the source
///   agreeing with itself, not corroboration;
/// - `disputed`: independent figures bear it out and others contradict it;
/// - `not_checkable`: a statement in words, which no figure can settle.
enum class verdict : std::uint8_t {
  supported,
  contradicted,
  undetermined,
  self_reported,
  disputed,
  not_checkable,
};
BOOST_DESCRIBE_ENUM(verdict, supported, contradicted, undetermined, self_reported, disputed,
                    not_checkable)

}  // namespace cited

#endif  // CITED_FACT_CLAIM_HPP
