// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/source.hpp>

#include <type_traits>
#include <utility>

using namespace cited;

// No invalid value can be made by default.
static_assert(!std::is_default_constructible_v<organization>);
static_assert(!std::is_default_constructible_v<person>);
static_assert(!std::is_default_constructible_v<source>);
static_assert(!std::is_default_constructible_v<provenance>);
static_assert(!std::is_convertible_v<source_fields, source>);
// A chain built from a temporary is a new chain, not a reference into the temporary.
static_assert(std::is_same_v<decltype(std::declval<provenance>().then(relation::citing,
                                                                      std::declval<source>())),
                             provenance>);
