// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/version.hpp>

#include <doctest/doctest.h>

#include <cited/cited.hpp>

static_assert(CITED_VERSION ==
              CITED_VERSION_MAJOR * 10000 + CITED_VERSION_MINOR * 100 + CITED_VERSION_PATCH);

TEST_CASE("version") {
  CHECK(CITED_VERSION_MAJOR == 0);
  CHECK(CITED_VERSION_MINOR == 1);
  CHECK(CITED_VERSION == 100);
}
