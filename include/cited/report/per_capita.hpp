// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_REPORT_PER_CAPITA_HPP
#define CITED_REPORT_PER_CAPITA_HPP

/// Per-capita lines for a fact sheet, opt-in: `cited::per_capita_lines(ds)` divides each count
/// figure (or the figures of the metrics it is given) of a dataset by its subject's population in
/// the same dataset (such as CLDR 41's,
/// `<cited/dataset/reference.hpp>`), and `cited::per_capita_text` prints them, each citing the
/// source of the figure and the source of the population. A figure whose subject has no
/// population in the dataset gets no line: nothing is guessed.

#include <cited/cite/apa.hpp>
#include <cited/cite/in_text.hpp>
#include <cited/dataset/dataset.hpp>
#include <cited/dataset/per_capita.hpp>
#include <cited/report/factsheet.hpp>
#include <cited/text/readable.hpp>

#include <boost/describe/class.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace cited {

/// Which figures `per_capita_lines` divides, by what, and per how many people.
struct per_capita_options {
  /// The metric of the populations: CLDR's `population` by default.
  std::string population_metric = "population";
  /// The metrics whose figures are divided (counts or amounts); empty: every count metric but the
  /// population's, and no figure from the population's own source. An amount, such as a share in
  /// percent, is divided only when named here (CLDR's GDP per person: `{"gdp"}` with `per` 1).
  std::vector<std::string> metrics = {};
  /// People: 1,000,000 for "per million people".
  double per = 1'000'000;
};

/// One per-capita line of a fact sheet: the figure's subject, metric and period (ids and names),
/// the value per `per` people ("17.00 per million people"), the figure divided with its source,
/// the population with its period, status and source, and the APA references of both works read.
struct factsheet_per_capita {
  std::string subject;
  std::string subject_name;
  std::string metric;
  std::string metric_name;
  std::string period;
  std::string period_name;
  std::string value;
  std::string figure;
  std::string figure_source;
  std::string figure_source_name;
  std::string population;
  std::string population_period;
  std::string population_status;
  std::string population_source;
  std::string population_source_name;
  std::vector<std::string> references;
};
BOOST_DESCRIBE_STRUCT(factsheet_per_capita, (),
                      (subject, subject_name, metric, metric_name, period, period_name, value,
                       figure, figure_source, figure_source_name, population, population_period,
                       population_status, population_source, population_source_name, references))

namespace detail {

// A figure with its unit: an exact amount in a unit without SI prefixes as a plain decimal
// ("25,360,000,000,000 $ (PPP)"), anything else as the fact sheet writes it.
inline std::string per_capita_value_text(const figure& f, std::string_view unit) {
  if (const auto* a = std::get_if<estimate<double>>(&f);
      a && a->is_exact() && !split_si_prefix(unit)) {
    std::string out = readable_number(*a->value());
    if (!unit.empty()) {
      out += ' ';
      out += unit;
    }
    return out;
  }
  return value_text(f, unit);
}

inline bool divides(const metric_info& m, const per_capita_options& o) {
  if (m.id == o.population_metric) return false;
  if (o.metrics.empty()) return m.kind == value_kind::count;
  for (const std::string& id : o.metrics) {
    if (id == m.id) return true;
  }
  return false;
}

}  // namespace detail

/// The per-capita lines of `ds`, in the order of its figures, their citations in `format`: one
/// for each figure of a metric `options` names (by default every count) whose subject
/// has a population in `ds`, the latest one (see `population_for`). A population that is not an
/// exact count above 0 gives no line.
inline std::vector<factsheet_per_capita> per_capita_lines(
    const dataset& ds, reference_format format = reference_format::text,
    const per_capita_options& options = {}) {
  std::vector<factsheet_per_capita> out;
  for (std::size_t i = 0; i < ds.size(); ++i) {
    const observation_ref o = ds[i];
    if (!detail::divides(o.metric(), options)) continue;
    const std::optional<observation_ref> people = population_for(ds, o, options.population_metric);
    if (!people) continue;
    if (options.metrics.empty() && people->source_id() == o.source_id()) continue;
    std::optional<per_capita_figure> x;
    try {
      x = per_capita(o, *people, options.per);
    } catch (const dataset_error&) {
      continue;  // not an exact population: no line
    }
    factsheet_per_capita e;
    e.subject = o.subject().to_string();
    e.subject_name = o.subject().display_name();
    e.metric = std::string(o.metric().id);
    e.metric_name = std::string(o.metric().name);
    e.period = o.period().to_string();
    e.period_name = detail::long_period(o.period());
    e.value = x->to_string();
    e.figure = detail::per_capita_value_text(o.value(), o.metric().unit);
    e.figure_source = o.source_id();
    e.figure_source_name = cite_in_text(o.provenance(), citation_form::narrative, format);
    e.population = detail::value_text(people->value(), people->metric().unit);
    e.population_period = detail::long_period(people->period());
    e.population_status = std::string(enum_name(people->status()));
    e.population_source = people->source_id();
    e.population_source_name = cite_in_text(people->provenance(), citation_form::narrative, format);
    e.references = detail::references_of(o.provenance(), format);
    for (const std::string& r : detail::references_of(people->provenance(), format)) {
      bool seen = false;
      for (const std::string& have : e.references) seen = seen || have == r;
      if (!seen) e.references.push_back(r);
    }
    out.push_back(std::move(e));
  }
  return out;
}

/// The lines as plain text, a section to print after `to_text(sheet)`:
///
///     Per million people (1)
///
///     1. China, AI-related publications, 2024: 17.00 per million people
///        23,695 (source ai-publications: Dimensions (n.d., as cited in Liang, 2025))
///        divided by a population of 1,394,020,000 in 2022, estimated (source cldr-41:
///        Unicode Consortium (2022))
///        reference: ...
///
/// `format` is the format the lines were made in; their citations print without markup.
inline std::string per_capita_text(const std::vector<factsheet_per_capita>& lines,
                                   reference_format format = reference_format::text,
                                   std::string_view heading = "Per million people") {
  std::string o(heading);
  o += " (" + std::to_string(lines.size()) + ")\n";
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const factsheet_per_capita& l = lines[i];
    o += '\n' + std::to_string(i + 1) + ". " + l.subject_name + ", " + l.metric_name + ", " +
         l.period_name + ": " + l.value + '\n';
    o += "   " + l.figure + " (source " + l.figure_source + ": " +
         detail::plain_text(l.figure_source_name, format) + ")\n";
    o += "   divided by a population of " + l.population + " in " + l.population_period + ", " +
         l.population_status + " (source " + l.population_source + ": " +
         detail::plain_text(l.population_source_name, format) + ")\n";
    for (const std::string& r : l.references) {
      o += "   reference: " + detail::plain_text(r, format) + '\n';
    }
  }
  return o;
}

}  // namespace cited

#endif  // CITED_REPORT_PER_CAPITA_HPP
