// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/value/metric.hpp>

#include <cited/catalog/seed_metrics.hpp>
#include <cited/value/estimate.hpp>
#include "support.hpp"

#include <string_view>
#include <type_traits>

namespace metric_static {

using cited::count;
using cited::measure;
namespace m = cited::metrics;

using support::addable;
using support::comparable;
using support::equality_comparable_with;

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

}  // namespace metric_static
