// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/value/country_group.hpp>

#include <concepts>

using cited::country;

// There is no membership query without a date.
template <class G>
concept dateless_contains = requires(const G& g, country c) {
  g.contains(c);
};
static_assert(!dateless_contains<cited::country_group>);
static_assert(!dateless_contains<cited::dynamic_country_group>);
