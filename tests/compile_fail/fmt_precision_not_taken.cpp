// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0
//
// A precision for a style that takes none ({:.1} of a share, whose precision goes with {:.1%}) in a
// format string that fmt checks at compile time must not compile.
#include <cited/fmt.hpp>

int main() {
#ifdef CITED_CONTROL
  return fmt::format("{:.1%}", cited::share{1, 2}) == "50.0%" ? 0 : 1;
#else
  return fmt::format("{:.1}", cited::share{1, 2}) == "50.0%" ? 0 : 1;
#endif
}
