// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_VALUE_UNITS_HPP
#define CITED_VALUE_UNITS_HPP

/// The built-in dimensions and units: FLOP/s from kilo to zetta, watts, bytes. Each prefixed unit
/// is its base unit under an SI prefix (`units::petaflops` is `units::peta<units::flops>`), so
/// either spelling names one type.

#include <cited/value/unit.hpp>

#include <string_view>

namespace cited {

/// What a unit measures. Units of one dimension convert into each other.
namespace dimensions {
/// Floating-point operations per second.
struct computing_rate {
  static constexpr std::string_view name = "computing_rate";
};
/// Power, in watts.
struct power {
  static constexpr std::string_view name = "power";
};
/// Information, in bytes.
struct information {
  static constexpr std::string_view name = "information";
};
}  // namespace dimensions

/// The built-in units.
namespace units {
/// Floating-point operations per second, and its multiples.
struct flops : named_unit<"FLOP/s", dimensions::computing_rate> {};
using kiloflops = kilo<flops>;
using megaflops = mega<flops>;
using gigaflops = giga<flops>;
using teraflops = tera<flops>;
using petaflops = peta<flops>;
using exaflops = exa<flops>;
using zettaflops = zetta<flops>;
/// Watts, and their multiples.
struct watts : named_unit<"W", dimensions::power> {};
using kilowatts = kilo<watts>;
using megawatts = mega<watts>;
using gigawatts = giga<watts>;
/// Bytes, and their decimal multiples.
struct bytes : named_unit<"B", dimensions::information> {};
using kilobytes = kilo<bytes>;
using megabytes = mega<bytes>;
using gigabytes = giga<bytes>;
using terabytes = tera<bytes>;
using petabytes = peta<bytes>;
}  // namespace units

}  // namespace cited

#endif  // CITED_VALUE_UNITS_HPP
