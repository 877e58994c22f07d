// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/fact/figure.hpp>

#include <doctest/doctest.h>

namespace figure_test {

using namespace cited;

TEST_CASE("figure") {
  CHECK(kind_of(figure(estimate<count>::exact(count{1}))) == value_kind::count);
  CHECK(kind_of(figure(estimate<double>::exact(1.5))) == value_kind::amount);
  CHECK(kind_of(figure(rank{2})) == value_kind::rank);
  CHECK(kind_of(figure(share{12, 15})) == value_kind::share);
  CHECK(to_string(figure(estimate<count>::more_than(count{100000}))) == "more than 100,000");
  CHECK(to_string(figure(rank{2})) == "2nd");
  CHECK(to_string(figure(share{12, 15})) == "12 of 15");
}

}  // namespace figure_test
