// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0
//
// A format spec that the type does not have ({:a4} of a country) in a format string that fmt
// checks at compile time must not compile.
#include <cited/fmt.hpp>

using namespace cited::literals;

int main() {
#ifdef CITED_CONTROL
  return fmt::format("{:a3}", "CN"_country) == "CHN" ? 0 : 1;
#else
  return fmt::format("{:a4}", "CN"_country) == "CHN" ? 0 : 1;
#endif
}
