// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/text/digits.hpp>

static_assert(cited::detail::parse_digits("2024") == 2024);
static_assert(cited::detail::parse_digits("x") == -1);
static_assert(cited::detail::hex_digit(11) == 'b' && cited::detail::hex_digit(11, true) == 'B');
static_assert(cited::detail::hex_value('e') == 14 && cited::detail::hex_value('E') == 14);
