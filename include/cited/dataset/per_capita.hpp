// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_DATASET_PER_CAPITA_HPP
#define CITED_DATASET_PER_CAPITA_HPP

/// Per-capita figures: a count or an amount divided by a population, with the provenance of both
/// (`cited::per_capita`, `cited::per_million_people`).

#include <cited/dataset/dataset.hpp>
#include <cited/dataset/error.hpp>
#include <cited/dataset/observation_ref.hpp>
#include <cited/fact/figure.hpp>
#include <cited/fact/observation.hpp>
#include <cited/source/provenance.hpp>
#include <cited/text/readable.hpp>
#include <cited/value/estimate.hpp>

#include <cmath>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>

namespace cited {

/// A figure divided by a population: `value` per `per` people, with both observations and both
/// sources, so that it cites where its numerator and its denominator came from.
struct per_capita_figure {
  estimate<double> value;               ///< the figure per `per` people, bounded as the figure is
  double per = 1;                       ///< people: 1, 1,000, 1,000,000
  std::string unit;                     ///< the figure's unit symbol ("$ (PPP)"); empty for a count
  observation numerator;                ///< the figure divided
  observation population;               ///< the population it is divided by
  cited::provenance numerator_source;   ///< where the figure came from
  cited::provenance population_source;  ///< where the population came from

  /// The value as English, with the unit and the per: "17.00 per million people", "more than
  /// 0.0500 per person", "18,192 $ (PPP) per person".
  std::string to_string() const {
    std::string out;
    const auto number = [](double v) {
      const double magnitude = std::fabs(v);
      return detail::readable_fixed(v, magnitude >= 100 ? 0 : magnitude >= 1 ? 2 : 4);
    };
    switch (value.kind()) {
      case bound::at_least:
        out = "at least ";
        break;
      case bound::more_than:
        out = "more than ";
        break;
      case bound::at_most:
        out = "at most ";
        break;
      case bound::less_than:
        out = "less than ";
        break;
      case bound::approximately:
        out = "about ";
        break;
      case bound::between:
        out = "between ";
        break;
      default:
        break;
    }
    if (!value.value()) return "unknown";
    out += number(*value.value());
    if (value.kind() == bound::between && value.upper()) {
      out += " and ";
      out += number(*value.upper());
    }
    if (value.kind() == bound::approximately && value.tolerance()) {
      out += " \u00B1 ";
      out += number(*value.tolerance());
    }
    if (!unit.empty()) out += " " + unit;
    if (per == 1) return out + " per person";
    if (per == 1'000) return out + " per thousand people";
    if (per == 1'000'000) return out + " per million people";
    out += " per ";
    out += detail::readable_number(per);
    return out + " people";
  }
};

namespace detail {

// The estimate `e` times `factor` (> 0), bounded as `e` is.
template <class V>
estimate<double> scaled(const estimate<V>& e, double factor) {
  const auto d = [factor](const V& v) {
    if constexpr (std::is_same_v<V, count>) {
      return static_cast<double>(v.value()) * factor;
    } else {
      return v * factor;
    }
  };
  if (!e.value()) return estimate<double>::unbounded();
  const double first = d(*e.value());
  switch (e.kind()) {
    case bound::exact:
      return estimate<double>::exact(first);
    case bound::at_least:
      return estimate<double>::at_least(first);
    case bound::more_than:
      return estimate<double>::more_than(first);
    case bound::at_most:
      return estimate<double>::at_most(first);
    case bound::less_than:
      return estimate<double>::less_than(first);
    case bound::approximately:
      return e.tolerance() ? estimate<double>::approximately(first, d(*e.tolerance()))
                           : estimate<double>::approximately(first);
    case bound::between:
      return estimate<double>::between(first, d(*e.upper()));
    default:
      return estimate<double>::unbounded();
  }
}

}  // namespace detail

/// `numerator` (a count or an amount) per `per` people of `population` (an exact count of a
/// population: a metric of kind count). The two must be of one subject; their periods may differ,
/// and the result keeps both observations, so a reader sees which population of which year it
/// used. Throws `dataset_error`: `wrong_figure_kind` for a figure that is not a count or an amount
/// or a population that is not a count; `bad_value` for another subject's population, a
/// population that is not exact or is 0, or a `per` that is not positive.
inline per_capita_figure per_capita(const observation_ref& numerator,
                                    const observation_ref& population, double per) {
  const observation f = numerator.to_observation();
  const observation p = population.to_observation();
  const auto fail = [&](dataset_errc kind, const std::string& why) {
    throw dataset_error(kind, f.metric,
                        "cannot divide " + f.metric + " of " + f.subject.to_string() + " by " +
                            p.metric + " of " + p.subject.to_string() + ": " + why);
  };
  if (!(per > 0) || !std::isfinite(per)) fail(dataset_errc::bad_value, "per is not positive");
  if (numerator.metric().kind != value_kind::count &&
      numerator.metric().kind != value_kind::amount) {
    fail(dataset_errc::wrong_figure_kind, "only a count or an amount divides by a population");
  }
  if (population.metric().kind != value_kind::count) {
    fail(dataset_errc::wrong_figure_kind, "a population is a count");
  }
  if (!(f.subject == p.subject)) fail(dataset_errc::bad_value, "the subjects differ");
  const auto& people = std::get<estimate<count>>(p.value);
  if (!people.is_exact() || people.value()->value() == 0) {
    fail(dataset_errc::bad_value, "the population is not an exact count above 0");
  }
  const double factor = per / static_cast<double>(people.value()->value());
  const estimate<double> value = std::visit(
      [&](const auto& v) -> estimate<double> {
        using T = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<T, estimate<count>> || std::is_same_v<T, estimate<double>>) {
          return detail::scaled(v, factor);
        } else {
          return estimate<double>::unbounded();  // not reached: kinds checked above
        }
      },
      f.value);
  return {value,
          per,
          std::string(numerator.metric().unit),
          f,
          p,
          numerator.provenance(),
          population.provenance()};
}

/// `numerator` per million people of `population` (see `per_capita`).
///
///     const cited::per_capita_figure x = cited::per_million_people(publications, population);
///     x.to_string();  // "17.00 per million people"
inline per_capita_figure per_million_people(const observation_ref& numerator,
                                            const observation_ref& population) {
  return per_capita(numerator, population, 1'000'000);
}

/// The population observation `ds` holds for `numerator`'s subject: of metric `population_metric`,
/// the latest by period (the first added among several of that period), or nothing.
inline std::optional<observation_ref> population_for(
    const dataset& ds, const observation_ref& numerator,
    std::string_view population_metric = "population") {
  if (!ds.find_metric(population_metric)) return std::nullopt;
  const found<observation_ref> series = ds.series(population_metric, numerator.subject());
  if (series.empty()) return std::nullopt;
  const observation_ref* latest = &series[0];
  for (const observation_ref& o : series) {
    if (latest->period().first_day() < o.period().first_day()) latest = &o;
  }
  return *latest;
}

}  // namespace cited

#endif  // CITED_DATASET_PER_CAPITA_HPP
