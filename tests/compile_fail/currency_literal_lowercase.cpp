// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0
//
// "eur"_currency must not compile: codes are upper-case.
#include <cited/value/currency.hpp>

using namespace cited::literals;

#ifdef CITED_CONTROL
constexpr auto c = "EUR"_currency;
#else
constexpr auto c = "eur"_currency;
#endif

int main() { return c.numeric() == 978 ? 0 : 1; }
