// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0
//
// A share of 16 of 15 written as a constant expression must not compile.
#include <cited/value/counts.hpp>

#ifdef CITED_CONTROL
constexpr cited::share top{12, 15};
#else
constexpr cited::share top{16, 15};
#endif

int main() { return static_cast<int>(top.k()) - 12; }
