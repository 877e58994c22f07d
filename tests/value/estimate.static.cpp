// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/value/estimate.hpp>

#include <concepts>
#include <type_traits>

namespace estimate_static {

using cited::count;
using E = cited::estimate<count>;

static_assert(std::regular<E>);
// An estimate is not the value it estimates.
static_assert(!std::is_convertible_v<E, count>);
static_assert(!std::is_constructible_v<count, E>);
static_assert(!std::is_convertible_v<count, E>);

// The interval is a constant expression: "more than 5" of a count starts at 6, closed.
static_assert(E::more_than(count{5}).interval().low.value == count{6});
static_assert(!E::more_than(count{5}).interval().low.open);
static_assert(!E::more_than(count{5}).interval().high.value);
static_assert(cited::estimate<double>::more_than(5.0).interval().low.open);

}  // namespace estimate_static
