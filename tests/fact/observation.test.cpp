// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/fact/observation.hpp>

#include <doctest/doctest.h>

#include <cited/reflect/names.hpp>

namespace observation_test {

using namespace cited;
using namespace cited::literals;

TEST_CASE("observation") {
  const observation a{"CN"_country, "ai_publications", period::parse("2024"),
                      estimate<count>::exact(count{23695}), "nyt"};
  CHECK(a.status == observation_status::normal);
  observation b = a;
  CHECK(a == b);
  b.status = observation_status::estimated;
  CHECK(a != b);
  CHECK(enum_name(observation_status::provisional) == "provisional");
}

}  // namespace observation_test
