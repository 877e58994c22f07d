// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/value/counts.hpp>

#include "support.hpp"

#include <cstdint>
#include <type_traits>

using cited::count;
using cited::rank;
using cited::share;

using support::addable;
using support::multipliable;

// Zero overhead.
static_assert(sizeof(count) == 8);
static_assert(sizeof(rank) == 8);
static_assert(sizeof(share) == 8);
static_assert(std::is_trivially_copyable_v<count> && std::is_trivially_copyable_v<rank> &&
              std::is_trivially_copyable_v<share>);
static_assert(std::is_nothrow_copy_constructible_v<count>);

// What may and may not be written.
static_assert(addable<count, count>);
static_assert(!addable<count, int>);
static_assert(!addable<int, count>);
static_assert(!std::is_convertible_v<int, count>);
static_assert(!std::is_convertible_v<count, std::uint64_t>);
static_assert(!std::is_constructible_v<count, bool>);
static_assert(!std::is_constructible_v<count, char>);
static_assert(!std::is_constructible_v<rank, char>);
static_assert(!addable<rank, rank>);
static_assert(!multipliable<rank, int>);
static_assert(!addable<rank, int>);
static_assert(!addable<share, count>);
static_assert(!addable<share, share>);
static_assert(!std::is_convertible_v<share, double>);
static_assert(std::is_constructible_v<double, share>);  // explicitly

// Constant expressions.
static_assert(count{20} + count{22} == count{42});
static_assert(rank{2, 190}.better_than(rank{3}));
static_assert(rank{5} - rank{2} == 3);
static_assert(share{12, 15}.ratio() == 0.8);
