// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0
//
// A format spec that the type does not have ({:a4} of a country) in a format string that
// std::format checks at compile time must not compile. Built by format/std_format.cmake, with
// libc++ 16 and -DCITED_STD_FORMAT=1.
#include <cited/format.hpp>

using namespace cited::literals;

int main() {
#ifdef CITED_CONTROL
  return std::format("{:a3}", "CN"_country) == "CHN" ? 0 : 1;
#else
  return std::format("{:a4}", "CN"_country) == "CHN" ? 0 : 1;
#endif
}
