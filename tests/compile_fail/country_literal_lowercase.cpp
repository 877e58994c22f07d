// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0
//
// "cn"_country must not compile: codes are upper-case.
#include <cited/value/country.hpp>

using namespace cited::literals;

#ifdef CITED_CONTROL
constexpr auto c = "CN"_country;
#else
constexpr auto c = "cn"_country;
#endif

int main() { return c.numeric() == 156 ? 0 : 1; }
