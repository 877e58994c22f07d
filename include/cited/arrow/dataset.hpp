// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_ARROW_DATASET_HPP
#define CITED_ARROW_DATASET_HPP

/// A dataset's observations as Arrow: `cited::to_arrow_table`, and the IPC file and stream
/// (`cited::to_arrow_file`, `cited::write_arrow_file`, `cited::to_arrow_stream`,
/// `cited::write_arrow_stream`) that pyarrow, DuckDB, Polars and arrow-js read.

#include <cited/arrow/columns.hpp>
#include <cited/arrow/ipc.hpp>
#include <cited/dataset.hpp>
#include <cited/json.hpp>
#include <cited/reflect/names.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

namespace cited {

namespace detail {

// The columns of one observation's figure, as the dataset's records write it: `value` (a
// count, an amount, a rank's position or a share's k), `bound`, `upper`, `tolerance`, and `of`
// (a rank's "of N" or a share's n).
struct arrow_figure_columns {
  arrow::float64_column value{"value"};
  arrow::dictionary_column bound{"bound"};
  arrow::float64_column upper{"upper"};
  arrow::float64_column tolerance{"tolerance"};
  arrow::uint64_column of{"of"};

  void push(const figure& f) {
    const auto number = [](arrow::float64_column& c, const auto& x) {
      if (!x) return c.push_null();
      if constexpr (std::is_same_v<std::decay_t<decltype(*x)>, count>) {
        c.push(static_cast<double>(x->value()));
      } else {
        c.push(static_cast<double>(*x));
      }
    };
    std::visit(
        [&](const auto& x) {
          using F = std::decay_t<decltype(x)>;
          if constexpr (std::is_same_v<F, cited::rank>) {
            value.push(static_cast<double>(x.position()));
            bound.push(enum_name(cited::bound::exact));
            upper.push_null();
            tolerance.push_null();
            if (x.of()) {
              of.push(*x.of());
            } else {
              of.push_null();
            }
          } else if constexpr (std::is_same_v<F, share>) {
            value.push(static_cast<double>(x.k()));
            bound.push(enum_name(cited::bound::exact));
            upper.push_null();
            tolerance.push_null();
            of.push(x.n());
          } else {
            number(value, x.value());
            bound.push(enum_name(x.kind()));
            number(upper, x.upper());
            number(tolerance, x.tolerance());
            of.push_null();
          }
        },
        f);
  }
};

}  // namespace detail

/// The observations of `ds` as an Arrow table of one row per observation, in the order added:
///
/// - `metric`, `subject`, `period` (dictionary<int32, utf8>): the metric id, the subject's text
///   (`CN`, `group:EU`), the period's text (`2024-Q1`);
/// - `first_day`, `last_day` (date32): the period's first and last day;
/// - `value` (float64, null when unknown): a count, an amount in `unit`, a rank's position or a
///   share's k;
/// - `bound` (dictionary<int32, utf8>): `exact`, `at_least`, `more_than`, `at_most`,
///   `less_than`, `approximately`, `between`;
/// - `upper`, `tolerance` (float64, nullable): the upper end of `between`; the tolerance of
///   `approximately`;
/// - `of` (uint64, nullable): a rank's "of N", a share's n;
/// - `unit` (dictionary<int32, utf8>, nullable): an amount's unit symbol; null for other kinds;
/// - `status` (dictionary<int32, utf8>): `normal`, `estimated`, `provisional`, `forecast`;
/// - `source` (dictionary<int32, utf8>): the id of the observation's source in the dataset.
///
/// The schema's metadata holds the definitions: `cited:format` (`cited-observations/1`),
/// `cited:metrics` (every metric the dataset knows, as the dataset JSON's `metrics` records),
/// `cited:groups` (the groups that are not built in, as its `groups` records) and
/// `cited:document` (the dataset's JSON document without its observations, on one line: what
/// `dataset::to_csv_sidecar` writes, with its format, title, the metrics and groups that are not
/// built in, works, agents, products, sources and claims). A count above 2^53 is rounded to the
/// nearest double in `value`.
inline arrow::table to_arrow_table(const dataset& ds) {
  arrow::dictionary_column metric("metric");
  arrow::dictionary_column subject("subject");
  arrow::dictionary_column period("period");
  arrow::date32_column first_day("first_day");
  arrow::date32_column last_day("last_day");
  detail::arrow_figure_columns figures;
  arrow::dictionary_column unit("unit");
  arrow::dictionary_column status("status");
  arrow::dictionary_column source("source");
  const std::size_t n = ds.size();
  for (arrow::dictionary_column* c :
       {&metric, &subject, &period, &figures.bound, &unit, &status, &source}) {
    c->reserve(n);
  }
  for (arrow::float64_column* c : {&figures.value, &figures.upper, &figures.tolerance}) {
    c->reserve(n);
  }
  first_day.reserve(n);
  last_day.reserve(n);
  figures.of.reserve(n);
  for (std::size_t i = 0; i < ds.size(); ++i) {
    const observation_ref o = ds[i];
    const metric_info& m = o.metric();
    metric.push(m.id);
    subject.push(o.subject().to_string());
    const cited::period& p = o.period();
    period.push(p.to_string());
    first_day.push(p.first_day());
    last_day.push(p.last_day());
    figures.push(o.value());
    if (m.unit.empty()) {
      unit.push_null();
    } else {
      unit.push(m.unit);
    }
    status.push(enum_name(o.status()));
    source.push(o.source_id());
  }

  arrow::table t;
  t.columns.reserve(13);
  t.columns.emplace_back(std::move(metric));
  t.columns.emplace_back(std::move(subject));
  t.columns.emplace_back(std::move(period));
  t.columns.emplace_back(std::move(first_day));
  t.columns.emplace_back(std::move(last_day));
  t.columns.emplace_back(std::move(figures.value));
  t.columns.emplace_back(std::move(figures.bound));
  t.columns.emplace_back(std::move(figures.upper));
  t.columns.emplace_back(std::move(figures.tolerance));
  t.columns.emplace_back(std::move(figures.of));
  t.columns.emplace_back(std::move(unit));
  t.columns.emplace_back(std::move(status));
  t.columns.emplace_back(std::move(source));

  std::vector<metric_record> metrics;
  for (const metric_info& m : ds.metrics()) metrics.push_back(detail::record_of(m));
  // The definitions with the claims (one copy of the dataset, without its observations): what
  // `to_csv_sidecar` writes.
  dataset definitions = ds.definitions();
  for (const claim& c : ds.claims()) definitions.add(c);
  dataset_document document = definitions.to_document();
  t.metadata.emplace_back("cited:format", "cited-observations/1");
  t.metadata.emplace_back("cited:metrics", to_json(metrics));
  t.metadata.emplace_back("cited:groups",
                          to_json(document.groups.value_or(std::vector<group_record>{})));
  t.metadata.emplace_back("cited:document", to_json(document));
  return t;
}

/// The observations of `ds` in the Arrow IPC file format (`.arrow`), as bytes: the columns and
/// metadata of `to_arrow_table`, in one record batch.
///
///     std::string bytes = cited::to_arrow_file(ds);
///     std::ofstream("facts.arrow", std::ios::binary) << bytes;
///     // pyarrow: pyarrow.ipc.open_file("facts.arrow").read_all()
inline std::string to_arrow_file(const dataset& ds) { return arrow::to_file(to_arrow_table(ds)); }

/// Writes the observations of `ds` to `out` in the Arrow IPC file format (open `out` in binary
/// mode).
inline void write_arrow_file(const dataset& ds, std::ostream& out) {
  arrow::write_file(to_arrow_table(ds), out);
}

/// The observations of `ds` in the Arrow IPC stream format (`.arrows`), as bytes.
inline std::string to_arrow_stream(const dataset& ds) {
  return arrow::to_stream(to_arrow_table(ds));
}

/// Writes the observations of `ds` to `out` in the Arrow IPC stream format: the schema, the
/// dictionaries, one record batch and the end-of-stream marker (open `out` in binary mode).
inline void write_arrow_stream(const dataset& ds, std::ostream& out) {
  arrow::write_stream(to_arrow_table(ds), out);
}

}  // namespace cited

#endif  // CITED_ARROW_DATASET_HPP
