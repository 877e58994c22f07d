// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_DATASET_IO_HPP
#define CITED_DATASET_IO_HPP

/// A dataset as text: its JSON document, and a flat CSV of its observations. Bad input is refused
/// with its position (line, column and path in JSON; row, column and field in CSV), and nothing
/// is half loaded.

#include <cited/csv.hpp>
#include <cited/dataset/detail/locate.hpp>
#include <cited/dataset/document.hpp>
#include <cited/dataset/error.hpp>
#include <cited/dataset/observation_ref.hpp>
#include <cited/json.hpp>

#include <cstddef>
#include <exception>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace cited::detail {

// Errors found after a text was read, placed in that text. The one user of detail/locate.hpp,
// which scans the text again: a reader that keeps positions replaces it here.
struct text_positions {
  std::string_view text;

  json_error json_error_at(const document_path& where, const std::string& reason) const {
    std::vector<path_step> steps;
    steps.reserve(where.steps.size());
    for (const document_path::step& s : where.steps) steps.push_back({s.key, s.index, s.is_index});
    return detail::json_error_at(text, steps, reason);
  }
  csv_error csv_error_at(std::size_t row, const std::string& field,
                         const std::string& reason) const {
    return csv_error(reason, row, csv_column_of(text, field), field);
  }
};

// Reads a document into `d`; an error is a dataset_error of its kind.
template <int = 0>
void load_document(dataset_parts& d, const dataset_document& doc) {
  document_loader loader(d, [](const document_path&, const std::exception& e) -> dataset_error {
    if (const auto* known = dynamic_cast<const dataset_error*>(&e)) return *known;
    return dataset_error(dataset_errc::bad_value, {}, e.what());
  });
  loader.load(doc);
}

// Reads JSON text into `d`; an error is a json_error with its position.
template <int = 0>
void load_json(dataset_parts& d, std::string_view text) {
  const text_positions at{text};
  const dataset_document doc = cited::from_json<dataset_document>(text);
  if (doc.format != "cited-dataset/1") {
    throw at.json_error_at(document_path().key("format"),
                           "expected \"cited-dataset/1\", got " + detail::quoted(doc.format));
  }
  document_loader loader(d, [&](const document_path& where, const std::exception& e) {
    return at.json_error_at(where, e.what());
  });
  loader.load(doc);
}

template <int = 0>
std::vector<observation_record> observation_records(const dataset_parts& d) {
  std::vector<observation_record> records;
  records.reserve(d.store.size());
  for (std::size_t i = 0; i < d.store.size(); ++i) records.push_back(record_of(d, i));
  return records;
}

// Reads CSV rows of observations into `d`; an error is a csv_error with its position.
template <int = 0>
void load_csv(dataset_parts& d, std::string_view text) {
  const text_positions at{text};
  const std::vector<observation_record> records = cited::from_csv<observation_record>(text);
  for (std::size_t i = 0; i < records.size(); ++i) {
    try {
      d.add(observation_of(d.registry, records[i]));
    } catch (const record_error& e) {
      throw at.csv_error_at(i + 2, e.field, e.what());
    } catch (const std::exception& e) {
      throw csv_error(e.what(), i + 2, 0, "");  // the whole row
    }
  }
}

}  // namespace cited::detail

#endif  // CITED_DATASET_IO_HPP
