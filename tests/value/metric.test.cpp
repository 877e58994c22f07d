// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/value/metric.hpp>

#include <doctest/doctest.h>

#include "support.hpp"

#include <cited/catalog/seed_metrics.hpp>
#include <cited/json.hpp>
#include <cited/value/estimate.hpp>

#include <sstream>
#include <string>
#include <string_view>
#include <type_traits>

using cited::count;
using cited::measure;
namespace m = cited::metrics;

TEST_CASE("metric_info") {
  constexpr auto compute = cited::metric_info::of<m::computing_power>();
  static_assert(compute.id == "computing_power");
  static_assert(compute.kind == cited::value_kind::amount);
  static_assert(compute.unit == "EFLOP/s");
  static_assert(compute.additive && compute.higher_is_better);
  const auto rank_info = cited::metric_info::of<m::computing_power_rank>();
  CHECK(rank_info.kind == cited::value_kind::rank);
  CHECK(rank_info.unit.empty());
  CHECK_FALSE(rank_info.additive);
  CHECK_FALSE(rank_info.higher_is_better);
  const auto share_info = cited::metric_info::of<m::top_open_source_models>();
  CHECK(share_info.kind == cited::value_kind::share);
  CHECK_FALSE(share_info.additive);
  CHECK(cited::metric_info::of<m::ai_publications>().kind == cited::value_kind::count);
  CHECK(cited::metric_info::of<m::derivative_models>().name ==
        "derivative models of a model family");
  CHECK(cited::metric_info::of<m::github_developer_community_rank>() !=
        cited::metric_info::of<m::computing_power_rank>());
}

TEST_CASE("measure") {
  const measure<m::ai_publications> cn{count{23695}};
  SUBCASE("adds and compares within one metric") {
    CHECK((cn + measure<m::ai_publications>{count{5}}).value() == count{23700});
    CHECK(cn > measure<m::ai_publications>{count{100}});
  }
  SUBCASE("prints its value") {
    std::ostringstream os;
    os << cn << "; " << measure<m::computing_power_rank>{cited::rank{2}} << "; "
       << measure<m::top_open_source_models>{cited::share{12, 15}} << "; "
       << measure<m::computing_power>{cited::amount<cited::units::exaflops>{1.2}};
    CHECK(os.str() == "23,695; 2nd; 12 of 15; 1.2 EFLOP/s");
  }
  SUBCASE("JSON holds the value") {
    CHECK(cited::to_json(cn) == "23695");
    CHECK(cited::from_json<measure<m::ai_publications>>("23695") == cn);
    CHECK(cited::to_json(measure<m::computing_power_rank>{cited::rank{2, 190}}) ==
          R"({"position":2,"of":190})");
  }
}
