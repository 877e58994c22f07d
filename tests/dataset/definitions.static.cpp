// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/dataset/definitions.hpp>

#include <cited/dataset.hpp>
#include "../value/metric_kinds.hpp"

namespace definitions_static {

namespace k = metric_kinds;

template <class M>
concept totals = requires(const cited::dataset& ds, cited::subject s, cited::period p) {
  ds.total<M>(s, p);
};

// A typed total needs an additive metric: a ratio never is, a number when it says so.
static_assert(totals<k::test_score>);
static_assert(!totals<k::test_index>);
static_assert(!totals<k::publications_per_million>);

}  // namespace definitions_static
