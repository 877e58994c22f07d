// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_CATALOG_SEED_METRICS_HPP
#define CITED_CATALOG_SEED_METRICS_HPP

/// The seed article's metrics as types (`cited::metrics::ai_publications`, ...), and
/// `cited::metrics::builtin`, their run-time facts.

#include <cited/value/amount.hpp>
#include <cited/value/counts.hpp>
#include <cited/value/metric.hpp>

#include <array>
#include <string_view>

namespace cited {

/// The metrics of the seed article (Belt and Road News Network, 2025-08-26), which cites The New
/// York Times, the Dimensions database, CNBC, Artificial Analysis and Alibaba for its figures.
/// `cited::dataset{cited::with_builtins}` knows them.
namespace metrics {

/// A country's total computing power.
struct computing_power {
  using value_type = amount<units::exaflops>;
  static constexpr std::string_view id = "computing_power";
  static constexpr std::string_view name = "total computing power";
  static constexpr bool additive = true;
  static constexpr bool higher_is_better = true;
};

/// A country's place among countries by total computing power.
struct computing_power_rank {
  using value_type = rank;
  static constexpr std::string_view id = "computing_power_rank";
  static constexpr std::string_view name = "rank by total computing power";
  static constexpr bool additive = false;
  static constexpr bool higher_is_better = false;  // 1st is best
};

/// AI-related research publications in a period.
struct ai_publications {
  using value_type = count;
  static constexpr std::string_view id = "ai_publications";
  static constexpr std::string_view name = "AI-related publications";
  static constexpr bool additive = true;
  static constexpr bool higher_is_better = true;
};

/// A country's place among countries by the size of its developer community on GitHub.
struct github_developer_community_rank {
  using value_type = rank;
  static constexpr std::string_view id = "github_developer_community_rank";
  static constexpr std::string_view name = "rank of the developer community on GitHub";
  static constexpr bool additive = false;
  static constexpr bool higher_is_better = false;
};

/// How many of a top-N list of open-source AI models come from one country.
struct top_open_source_models {
  using value_type = share;
  static constexpr std::string_view id = "top_open_source_models";
  static constexpr std::string_view name = "models in a top list of open-source AI models";
  static constexpr bool additive = false;
  static constexpr bool higher_is_better = true;
};

/// Models derived from a model family (fine-tunes and the like).
struct derivative_models {
  using value_type = count;
  static constexpr std::string_view id = "derivative_models";
  static constexpr std::string_view name = "derivative models of a model family";
  static constexpr bool additive = true;
  static constexpr bool higher_is_better = true;
};

/// The run-time facts of the seed article's metrics, in the order above.
inline constexpr std::array<metric_info, 6> builtin{
    metric_info::of<computing_power>(),        metric_info::of<computing_power_rank>(),
    metric_info::of<ai_publications>(),        metric_info::of<github_developer_community_rank>(),
    metric_info::of<top_open_source_models>(), metric_info::of<derivative_models>(),
};

}  // namespace metrics

}  // namespace cited

#endif  // CITED_CATALOG_SEED_METRICS_HPP
