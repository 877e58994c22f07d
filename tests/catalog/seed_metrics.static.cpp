// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/catalog/seed_metrics.hpp>

namespace seed_metrics_static {

namespace m = cited::metrics;

// Each metric of the catalog is a metric, and the run-time list has their facts in order.
static_assert(cited::metric<m::computing_power> && cited::metric<m::computing_power_rank> &&
              cited::metric<m::ai_publications> &&
              cited::metric<m::github_developer_community_rank> &&
              cited::metric<m::top_open_source_models> && cited::metric<m::derivative_models>);
static_assert(m::builtin.size() == 6);
static_assert(m::builtin[0] == cited::metric_info::of<m::computing_power>());
static_assert(m::builtin[5] == cited::metric_info::of<m::derivative_models>());

}  // namespace seed_metrics_static
