// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/catalog/seed_metrics.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <string_view>

namespace seed_metrics_test {

namespace m = cited::metrics;

TEST_CASE("metrics::builtin") {
  CHECK(m::builtin.size() == 6);
  const auto has = [](std::string_view id) {
    return std::any_of(m::builtin.begin(), m::builtin.end(),
                       [&](const cited::metric_info& i) { return i.id == id; });
  };
  CHECK(has("ai_publications"));
  CHECK(has("computing_power_rank"));
  CHECK(has("top_open_source_models"));
  CHECK_FALSE(has("population"));
  CHECK(m::builtin[0].unit == "EFLOP/s");
}

}  // namespace seed_metrics_test
