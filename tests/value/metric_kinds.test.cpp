// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/value/metric.hpp>

#include <doctest/doctest.h>

#include <cited/json.hpp>
#include "metric_kinds.hpp"
#include "support.hpp"

#include <string_view>

namespace metric_kinds_test {

using cited::measure;
using cited::metric_info;
using cited::value_kind;
namespace k = metric_kinds;

TEST_CASE("metric_info of numbers, ratios and units") {
  SUBCASE("a plain number has no unit and no parts") {
    const metric_info n = metric_info::of<k::test_index>();
    CHECK(n.kind == value_kind::number);
    CHECK(n.unit.empty());
    CHECK(n.dimension.empty());
    CHECK(n.numerator.empty());
    CHECK(n.per == 0);
    CHECK(metric_info::of<k::test_score>().additive);
  }
  SUBCASE("a ratio names its parts and its per") {
    const metric_info r = metric_info::of<k::publications_per_million>();
    CHECK(r.kind == value_kind::ratio);
    CHECK_FALSE(r.additive);
    CHECK(r.numerator == "ai_publications");
    CHECK(r.denominator == "test_population");
    CHECK(r.per == 1'000'000);
    CHECK(metric_info::of<k::score_per_person>().per == 1);
  }
  SUBCASE("an amount's unit: symbol, dimension and scale") {
    const metric_info a = metric_info::of<k::token_throughput>();
    CHECK(a.unit == "ktoken/s");
    CHECK(a.dimension == "token_rate");
    CHECK(a.scale == cited::unit_scale{1, 1, 3});
    const metric_info c = metric_info::of<cited::metrics::computing_power>();
    CHECK(c.dimension == "computing_rate");
    CHECK(c.scale == cited::unit_scale{1, 1, 18});
    CHECK(cited::dimension_name_of<k::grams> == "test_weight");
    CHECK(cited::unit_scale{1024, 10, 0}.normalized() == cited::unit_scale{1024, 1, -1});
    CHECK(cited::unit_scale{512, 5, 0}.normalized() == cited::unit_scale{1024, 1, -1});
    CHECK(cited::unit_scale{1, 3600, 0}.normalized() == cited::unit_scale{25, 9, -4});
    CHECK(cited::unit_scale{1, 8, 3}.normalized() == cited::unit_scale{125, 1, 0});
  }
  SUBCASE("value kinds have names in data") {
    CHECK(cited::to_json(value_kind::ratio) == R"("ratio")");
    CHECK(cited::from_json<value_kind>(R"("number")") == value_kind::number);
  }
}

TEST_CASE("measure of a number") {
  const measure<k::test_score> a{1.5};
  CHECK((a + measure<k::test_score>{2.25}).value() == 3.75);
  CHECK(measure<k::test_index>{0.5} < measure<k::test_index>{0.75});
  CHECK(support::text(measure<k::publications_per_million>{120.5}) == "120.5");
  CHECK(cited::to_json(measure<k::publications_per_million>{120.5}) == "120.5");
}

}  // namespace metric_kinds_test
