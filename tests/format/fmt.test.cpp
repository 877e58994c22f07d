// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0
//
// The formatters through fmt: every check of cases.hpp, with fmt's compile-time checked format
// strings and fmt::runtime.
#include <cited/fmt.hpp>

#include <doctest/doctest.h>

#include <string>
#include <string_view>

#define CITED_TEST_FORMAT(...) fmt::format(__VA_ARGS__)

template <class... Args>
std::string cited_test_vformat(std::string_view spec, const Args&... args) {
  return fmt::format(fmt::runtime(spec), args...);
}
using cited_test_format_error = fmt::format_error;

#include "format/cases.hpp"
