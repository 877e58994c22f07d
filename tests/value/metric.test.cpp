// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/value/metric.hpp>

#include <doctest/doctest.h>

#include "support.hpp"

#include <cited/json.hpp>
#include <cited/value/estimate.hpp>

#include <sstream>
#include <string>
#include <string_view>
#include <type_traits>

using cited::count;
using cited::measure;
namespace m = cited::metrics;

using support::addable;
using support::comparable;
using support::equality_comparable_with;

// Each metric of the catalog is a metric.
static_assert(cited::metric<m::computing_power> && cited::metric<m::computing_power_rank> &&
              cited::metric<m::ai_publications> &&
              cited::metric<m::github_developer_community_rank> &&
              cited::metric<m::top_open_source_models> && cited::metric<m::derivative_models>);
static_assert(!cited::metric<int> && !cited::metric<count>);
namespace metric_user {
struct additive_rank {  // ranks do not add, so this is no metric
  using value_type = cited::rank;
  static constexpr std::string_view id = "x";
  static constexpr std::string_view name = "x";
  static constexpr bool additive = true;
  static constexpr bool higher_is_better = false;
};
}  // namespace metric_user
static_assert(!cited::metric<metric_user::additive_rank>);

// A measure costs exactly its value.
static_assert(sizeof(measure<m::ai_publications>) == sizeof(count));
static_assert(sizeof(measure<m::computing_power>) == sizeof(double));
static_assert(std::is_trivially_copyable_v<measure<m::computing_power_rank>>);
static_assert(std::is_nothrow_copy_constructible_v<measure<m::ai_publications>>);

// Measures of one additive metric add; of two metrics, nothing.
static_assert(addable<measure<m::ai_publications>, measure<m::ai_publications>>);
static_assert(!addable<measure<m::ai_publications>, measure<m::derivative_models>>);
static_assert(!addable<measure<m::ai_publications>, count>);
static_assert(!addable<measure<m::ai_publications>, int>);
static_assert(!addable<measure<m::computing_power_rank>, measure<m::computing_power_rank>>);
static_assert(!addable<measure<m::top_open_source_models>, measure<m::top_open_source_models>>);
static_assert(!addable<measure<m::computing_power>, cited::amount<cited::units::watts>>);
static_assert(comparable<measure<m::ai_publications>, measure<m::ai_publications>>);
static_assert(!comparable<measure<m::ai_publications>, measure<m::derivative_models>>);
static_assert(
    !equality_comparable_with<measure<m::ai_publications>, measure<m::derivative_models>>);
static_assert(!std::is_convertible_v<count, measure<m::ai_publications>>);
static_assert(!std::is_convertible_v<measure<m::ai_publications>, count>);
// A measure needs an exact value, not an estimate of one.
static_assert(!std::is_constructible_v<measure<m::ai_publications>, cited::estimate<count>>);

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
