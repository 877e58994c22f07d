// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/reflect/number_text.hpp>

#include <type_traits>

// A number_text is a small value: copied as bytes, and no bigger than an optional<std::string>.
static_assert(sizeof(cited::number_text) == 32);
static_assert(std::is_trivially_copyable_v<cited::number_text>);
static_assert(std::is_nothrow_copy_constructible_v<cited::number_text>);
static_assert(cited::number_text::max_kept == 31);
