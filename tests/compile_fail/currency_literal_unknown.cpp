// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0
//
// "XYZ"_currency must not compile: XYZ is no currency code.
#include <cited/value/currency.hpp>

using namespace cited::literals;

#ifdef CITED_CONTROL
constexpr auto c = "EUR"_currency;
#else
constexpr auto c = "XYZ"_currency;
#endif

int main() { return c.numeric() == 978 ? 0 : 1; }
