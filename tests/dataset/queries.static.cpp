// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/dataset/typed.hpp>

#include <cited/catalog/seed_metrics.hpp>
#include <cited/dataset.hpp>

#include <type_traits>

namespace queries_static {

using namespace cited;
namespace m = cited::metrics;

// A typed figure is the metric's value type, estimated where it can be, with the unit.
static_assert(std::is_same_v<figure_of<m::computing_power>, estimate<amount<units::exaflops>>>);
static_assert(std::is_same_v<figure_of<m::ai_publications>, estimate<count>>);
static_assert(std::is_same_v<figure_of<m::computing_power_rank>, rank>);
static_assert(std::is_same_v<figure_of<m::top_open_source_models>, share>);

// Typed queries give figures tied to their metric: one metric's are not another's.
static_assert(std::is_same_v<decltype(std::declval<const dataset&>().find<m::ai_publications>(
                                 std::declval<const subject&>(), std::declval<const period&>())),
                             found<measured<m::ai_publications>>>);
static_assert(!std::is_convertible_v<measured<m::ai_publications>, measured<m::derivative_models>>);
static_assert(
    !std::is_constructible_v<measured<m::ai_publications>, measured<m::derivative_models>>);
static_assert(!std::is_convertible_v<typed_total<m::ai_publications>, total_result>);
static_assert(std::is_same_v<decltype(std::declval<const dataset&>().total<m::computing_power>(
                                 std::declval<const subject&>(), std::declval<const period&>())),
                             typed_total<m::computing_power>>);

// Equality of typed observations is regular; the policy default is the old behaviour.
static_assert(std::is_copy_constructible_v<measured<m::computing_power>>);
static_assert(std::is_default_constructible_v<query_policy>);

}  // namespace queries_static
