// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/dataset.hpp>

#include <cited/catalog/seed_metrics.hpp>

#include <stdexcept>
#include <type_traits>

namespace dataset_static {

using namespace cited;
namespace m = cited::metrics;

// total<M> compiles only for a metric that adds up.
template <class Ds, class M>
concept totals = requires(const Ds& ds, const subject& s, const period& p) {
  ds.template total<M>(s, p);
};
static_assert(totals<dataset, m::ai_publications>);
static_assert(totals<dataset, m::computing_power>);
static_assert(!totals<dataset, m::computing_power_rank>);
static_assert(!totals<dataset, m::top_open_source_models>);

// The built-ins are asked for by name: no conversion from the tag, no implicit tag.
static_assert(std::is_default_constructible_v<dataset>);
static_assert(std::is_constructible_v<dataset, with_builtins_t>);
static_assert(!std::is_convertible_v<with_builtins_t, dataset>);

// A dataset_error is an invalid_argument, as before its kinds.
static_assert(std::is_base_of_v<std::invalid_argument, dataset_error>);

}  // namespace dataset_static
