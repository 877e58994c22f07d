// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0
//
// "XX"_country must not compile: XX is not an assigned code.
#include <cited/value/country.hpp>

using namespace cited::literals;

#ifdef CITED_CONTROL
constexpr auto c = "CN"_country;
#else
constexpr auto c = "XX"_country;
#endif

int main() { return c.numeric() == 156 ? 0 : 1; }
