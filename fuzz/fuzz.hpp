// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0
//
// What the fuzz targets share: the input as text, and a check that stops the run when an
// invariant fails, so that libFuzzer records the input.

#ifndef CITED_FUZZ_FUZZ_HPP
#define CITED_FUZZ_FUZZ_HPP

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace fuzz {

inline std::string_view text(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// Aborts with a message when `ok` is false: libFuzzer reports the input as a crash.
inline void require(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "invariant failed: %s\n", what);
    std::abort();
  }
}

}  // namespace fuzz

#endif  // CITED_FUZZ_FUZZ_HPP
