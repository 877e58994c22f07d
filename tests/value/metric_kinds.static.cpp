// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/value/metric.hpp>

#include "metric_kinds.hpp"
#include "support.hpp"

#include <string_view>

namespace metric_kinds_static {

using cited::measure;
using cited::metric_info;
using cited::value_kind;
using support::addable;
namespace k = metric_kinds;

// Numbers and ratios are metrics of double.
static_assert(cited::metric<k::test_index> && cited::metric<k::test_score>);
static_assert(cited::metric<k::publications_per_million> && cited::metric<k::score_per_person>);
static_assert(cited::metric<k::token_throughput>);

namespace bad {
template <class Numerator, class Denominator, bool Additive = false, int Per = 1>
struct ratio {
  using value_type = double;
  using numerator = Numerator;
  using denominator = Denominator;
  static constexpr double per = Per;
  static constexpr std::string_view id = "r";
  static constexpr std::string_view name = "r";
  static constexpr bool additive = Additive;
  static constexpr bool higher_is_better = true;
};
struct not_a_metric {};
template <class D>
struct unnamed_dimension {};  // a template's name cannot be read: no name, no metric
struct unit_of_unnamed : cited::named_unit<"u", unnamed_dimension<int>> {};
struct amount_of_unnamed {
  using value_type = cited::amount<unit_of_unnamed>;
  static constexpr std::string_view id = "a";
  static constexpr std::string_view name = "a";
  static constexpr bool additive = true;
  static constexpr bool higher_is_better = true;
};
struct ratio_of_count {  // a ratio's value is a double
  using value_type = cited::count;
  using numerator = k::test_score;
  using denominator = k::test_population;
  static constexpr std::string_view id = "r";
  static constexpr std::string_view name = "r";
  static constexpr bool additive = false;
  static constexpr bool higher_is_better = true;
};
}  // namespace bad

static_assert(cited::metric<bad::ratio<k::test_score, k::test_population>>);
// A ratio never adds up.
static_assert(!cited::metric<bad::ratio<k::test_score, k::test_population, true>>);
// Its parts are counts, amounts or numbers: not ranks, shares, ratios or non-metrics.
static_assert(!cited::metric<bad::ratio<cited::metrics::computing_power_rank, k::test_population>>);
static_assert(!cited::metric<bad::ratio<k::test_score, cited::metrics::top_open_source_models>>);
static_assert(!cited::metric<bad::ratio<k::publications_per_million, k::test_population>>);
static_assert(!cited::metric<bad::ratio<k::test_score, bad::not_a_metric>>);
// Its per is positive.
static_assert(!cited::metric<bad::ratio<k::test_score, k::test_population, false, 0>>);
static_assert(!cited::metric<bad::ratio_of_count>);
// An amount's dimension has a name.
static_assert(!cited::metric<bad::amount_of_unnamed>);

// The run-time facts.
constexpr metric_info ratio = metric_info::of<k::publications_per_million>();
static_assert(ratio.kind == value_kind::ratio && !ratio.additive);
static_assert(ratio.numerator == "ai_publications" && ratio.denominator == "test_population");
static_assert(ratio.per == 1'000'000 && ratio.unit.empty() && ratio.dimension.empty());
static_assert(metric_info::of<k::score_per_person>().per == 1);
constexpr metric_info number = metric_info::of<k::test_index>();
static_assert(number.kind == value_kind::number && number.unit.empty() && number.per == 0);
static_assert(metric_info::of<k::test_score>().additive);
constexpr metric_info throughput = metric_info::of<k::token_throughput>();
static_assert(throughput.unit == "ktoken/s" && throughput.dimension == "token_rate");
static_assert(throughput.scale == cited::unit_scale{1, 1, 3});
constexpr metric_info compute = metric_info::of<cited::metrics::computing_power>();
static_assert(compute.dimension == "computing_rate" && compute.scale.power10 == 18);
static_assert(cited::dimension_name_of<k::grams> == "test_weight");
static_assert(cited::dimension_name_of<cited::units::watts> == "power");
// A scale has one form.
static_assert(cited::unit_scale{1000, 1, 12}.normalized() == cited::unit_scale{1, 1, 15});
static_assert(cited::unit_scale{3, 100, 0}.normalized() == cited::unit_scale{3, 1, -2});
static_assert(cited::unit_scale{1, 4, 0}.normalized() == cited::unit_scale{25, 1, -2});
static_assert(cited::scale_of<cited::units::petaflops>() == cited::unit_scale{1, 1, 15});
static_assert(cited::scale_of<cited::units::kilo<cited::units::bytes>>() ==
              cited::unit_scale{1, 1, 3});

// Measures of numbers add only when the metric is additive; ratios never do.
static_assert(addable<measure<k::test_score>, measure<k::test_score>>);
static_assert(!addable<measure<k::test_index>, measure<k::test_index>>);
static_assert(!addable<measure<k::publications_per_million>, measure<k::publications_per_million>>);
static_assert(!addable<measure<k::test_score>, measure<k::test_index>>);
static_assert(!addable<measure<k::test_score>, double>);

}  // namespace metric_kinds_static
