// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/value/amount.hpp>

#include "support.hpp"
#include "value/units_user.hpp"

#include <cstdint>
#include <type_traits>

using cited::amount;
namespace u = cited::units;

using support::addable;
using support::comparable;

static_assert(cited::unit<u::exaflops> && cited::unit<units_user::tokens_per_second>);
static_assert(sizeof(amount<u::petaflops>) == 8);
static_assert(std::is_trivially_copyable_v<amount<u::watts>>);
static_assert(std::is_nothrow_constructible_v<amount<u::watts>, double>);

// Dimensions never mix.
static_assert(!addable<amount<u::flops>, amount<u::watts>>);
static_assert(!addable<amount<u::exaflops>, amount<u::bytes>>);
static_assert(!comparable<amount<u::flops>, amount<u::watts>>);
static_assert(!std::is_constructible_v<amount<u::watts>, amount<u::flops>>);
static_assert(!addable<amount<u::flops>, double>);
static_assert(!std::is_convertible_v<double, amount<u::flops>>);
// Toward a finer unit: exact and implicit; toward a coarser one: explicit.
static_assert(std::is_convertible_v<amount<u::exaflops>, amount<u::petaflops>>);
static_assert(std::is_convertible_v<amount<u::zettaflops>, amount<u::flops>>);
static_assert(!std::is_convertible_v<amount<u::petaflops>, amount<u::exaflops>>);
static_assert(std::is_constructible_v<amount<u::exaflops>, amount<u::petaflops>>);
static_assert(addable<amount<u::exaflops>, amount<u::petaflops>>);
static_assert(
    std::is_same_v<decltype(amount<u::exaflops>{} + amount<u::petaflops>{}), amount<u::petaflops>>);

// Units of which neither is a whole multiple of the other do not mix without a cast.
static_assert(!addable<amount<u::kilobytes>, amount<units_user::kibibytes>>);
static_assert(!comparable<amount<u::kilobytes>, amount<units_user::kibibytes>>);
static_assert(std::is_convertible_v<amount<units_user::kibibytes>, amount<u::bytes>>);
static_assert(std::is_convertible_v<amount<units_user::exabytes>, amount<u::petabytes>>);
static_assert(!std::is_convertible_v<amount<u::petabytes>, amount<units_user::exabytes>>);

// Prefixes compose with a unit: the built-in prefixed units are such compositions.
static_assert(std::is_same_v<u::petaflops, cited::units::peta<u::flops>>);
static_assert(std::is_same_v<u::kilowatts, cited::units::kilo<u::watts>>);
static_assert(u::petaflops::symbol == "PFLOP/s" && u::petaflops::power10 == 15);
static_assert(u::zettaflops::symbol == "ZFLOP/s" && u::flops::symbol == "FLOP/s");
static_assert(u::kilobytes::symbol == "kB" && u::megawatts::symbol == "MW");
static_assert(units_user::kilotokens_per_second::symbol == "ktoken/s");
static_assert(cited::fixed_string("W").view() == "W");

// Conversion factors are exact: whole where the ratio is a whole number, in either direction.
static_assert(cited::detail::conversion<u::zettaflops, u::flops>::integral);
static_assert(!cited::detail::conversion<u::flops, u::zettaflops>::integral);
static_assert(cited::detail::conversion<units_user::kibibytes, u::bytes>::integral);
static_assert(!cited::detail::conversion<units_user::kibibytes, u::kilobytes>::integral);
static_assert(!cited::detail::conversion<u::kilobytes, units_user::kibibytes>::integral);
static_assert(cited::detail::conversion<units_user::exabytes, u::petabytes>::integral);
static_assert(!cited::detail::conversion<u::petabytes, units_user::exabytes>::integral);

// The factor's test is exact in 64 bits, even where num * 10^p would not fit in them.
static_assert(cited::detail::whole_ratio(INTMAX_MAX, 1, 18));
static_assert(cited::detail::whole_ratio(1, 1, 21) && !cited::detail::whole_ratio(1, 1, -1));
static_assert(cited::detail::whole_ratio(1000, 1, -3) && !cited::detail::whole_ratio(1000, 3, -3));
static_assert(cited::detail::whole_ratio(1, 1024, 10) && !cited::detail::whole_ratio(1, 1024, 9));
