// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_TESTS_VALUE_UNITS_USER_HPP
#define CITED_TESTS_VALUE_UNITS_USER_HPP

// The user-defined units that tests/value/amount.test.cpp and amount.static.cpp share.

#include <cited/value/amount.hpp>

#include <ratio>
#include <string_view>

// Units of one's own: with named_unit and the prefixes, or written out.
namespace units_user {
struct throughput {};
struct tokens_per_second : cited::named_unit<"token/s", throughput> {};
using kilotokens_per_second = cited::units::kilo<tokens_per_second>;
struct kibibytes {
  using dimension = cited::dimensions::information;
  using ratio = std::ratio<1024>;
  static constexpr std::string_view symbol = "KiB";
};
struct exabytes {  // a prefix written with std::ratio, not power10
  using dimension = cited::dimensions::information;
  using ratio = std::exa;
  static constexpr std::string_view symbol = "EB";
};
}  // namespace units_user

#endif  // CITED_TESTS_VALUE_UNITS_USER_HPP
