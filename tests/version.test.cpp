// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/version.hpp>

#include <doctest/doctest.h>

#include <cited/cited.hpp>

#include <string>
#include <string_view>

static_assert(CITED_VERSION ==
              CITED_VERSION_MAJOR * 10000 + CITED_VERSION_MINOR * 100 + CITED_VERSION_PATCH);

TEST_CASE("version: the number, the string and the CMake package agree") {
  const std::string parts = std::to_string(CITED_VERSION_MAJOR) + '.' +
                            std::to_string(CITED_VERSION_MINOR) + '.' +
                            std::to_string(CITED_VERSION_PATCH);
  CHECK(std::string_view(CITED_VERSION_STRING) == parts);
  // The version CMake's project() and the package's version file were given.
  CHECK(std::string_view(CITED_VERSION_STRING) == CITED_CMAKE_PROJECT_VERSION);
  CHECK(CITED_VERSION == 200);
}
