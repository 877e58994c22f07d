// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_TESTS_VALUE_METRIC_KINDS_HPP
#define CITED_TESTS_VALUE_METRIC_KINDS_HPP

// Metrics of every kind, for tests: a plain number, a ratio per million, and an amount in a unit
// of one's own. They describe made-up test figures, not real ones.

#include <cited/catalog/seed_metrics.hpp>
#include <cited/value/metric.hpp>

#include <string_view>

namespace metric_kinds {

// A dimension of one's own, named by its `name`, and one named by its type's name.
struct token_rate {
  static constexpr std::string_view name = "token_rate";
};
struct test_weight {};
struct tokens_per_second : cited::named_unit<"token/s", token_rate> {};
using kilotokens_per_second = cited::units::kilo<tokens_per_second>;
struct grams : cited::named_unit<"g", test_weight> {};

/// A plain number: an index with no unit.
struct test_index {
  using value_type = double;
  static constexpr std::string_view id = "test_index";
  static constexpr std::string_view name = "test index";
  static constexpr bool additive = false;
  static constexpr bool higher_is_better = true;
};

/// A plain number that adds up.
struct test_score {
  using value_type = double;
  static constexpr std::string_view id = "test_score";
  static constexpr std::string_view name = "test score";
  static constexpr bool additive = true;
  static constexpr bool higher_is_better = true;
};

/// People, as a count.
struct test_population {
  using value_type = cited::count;
  static constexpr std::string_view id = "test_population";
  static constexpr std::string_view name = "test population";
  static constexpr bool additive = true;
  static constexpr bool higher_is_better = true;
};

/// Publications per million people: a ratio.
struct publications_per_million {
  using value_type = double;
  using numerator = cited::metrics::ai_publications;
  using denominator = test_population;
  static constexpr double per = 1'000'000;
  static constexpr std::string_view id = "publications_per_million";
  static constexpr std::string_view name = "AI-related publications per million people";
  static constexpr bool additive = false;
  static constexpr bool higher_is_better = true;
};

/// A ratio with no `per`: per one.
struct score_per_person {
  using value_type = double;
  using numerator = test_score;
  using denominator = test_population;
  static constexpr std::string_view id = "score_per_person";
  static constexpr std::string_view name = "test score per person";
  static constexpr bool additive = false;
  static constexpr bool higher_is_better = true;
};

/// An amount in a unit of one's own.
struct token_throughput {
  using value_type = cited::amount<kilotokens_per_second>;
  static constexpr std::string_view id = "token_throughput";
  static constexpr std::string_view name = "token throughput";
  static constexpr bool additive = true;
  static constexpr bool higher_is_better = true;
};

}  // namespace metric_kinds

#endif  // CITED_TESTS_VALUE_METRIC_KINDS_HPP
