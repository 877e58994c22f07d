// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/cite/keys.hpp>

#include <doctest/doctest.h>

#include "cite/sources.hpp"

#include <cited/catalog/seed.hpp>

namespace citation_test {

TEST_CASE("citation_key") {
  CHECK(citation_key(seed::article()) == "liang2025");
  CHECK(citation_key(seed::dimensions()) == "dimensionsnd");
  CHECK(citation_key(seed::digital_science_report()) == "digitalsciencend");
  CHECK(citation_key(seed::press_conference()) == "pressconferencend");
  CHECK(citation_key(news("T", {example_institute})) == "exampleinstitute2025");
  CHECK(citation_key(news("T", {named("Łukasiewicz", "Ágnes")})) == "ukasiewicz2025");
}

}  // namespace citation_test
