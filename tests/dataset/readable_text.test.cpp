// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

// The dataset's text for people: names rather than codes, periods in words, and an empty total
// that says so rather than "at least 0".

#include <cited/dataset.hpp>

#include <doctest/doctest.h>

#include "dataset/fixtures.hpp"

#include <sstream>
#include <string>

namespace readable_text_test {

using namespace cited;
using namespace cited::literals;
namespace m = cited::metrics;
using counts = estimate<count>;

TEST_CASE("an empty total reads \"no figures\"") {
  dataset ds = dataset_fixtures::synthetic_dataset();
  const period y2024 = period::parse("2024");
  const auto t = ds.total<m::ai_publications>("US"_country, y2024);
  REQUIRE(t.used.empty());
  std::ostringstream os;
  os << t;
  CHECK(os.str() == "no figures");

  ds.add<m::ai_publications>("US"_country, y2024, counts::at_least(count{2500}), "synthetic");
  std::ostringstream found;
  found << ds.total<m::ai_publications>("US"_country, y2024);
  CHECK(found.str() == "at least 2,500");
}

TEST_CASE("claims and conflicts name periods in words") {
  dataset ds = dataset_fixtures::synthetic_dataset();
  const period june = period::parse("2025-06");
  ds.add<m::computing_power_rank>("CN"_country, june, rank{2}, "synthetic");
  ds.add<m::computing_power_rank>("IN"_country, june, rank{2}, "synthetic");
  const std::vector<conflict> found = ds.conflicts();
  REQUIRE(found.size() == 1);
  CHECK(found[0].description ==
        "China and India are both 2nd (rank by total computing power, June 2025)");
  CHECK(ds.describe(rank_claim{"CN"_country, "computing_power_rank", june, 2, {}, "synthetic"}) ==
        "China: 2nd (rank by total computing power, June 2025)");
}

}  // namespace readable_text_test
