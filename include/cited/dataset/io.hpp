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
#include <optional>
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

// Reads JSON text into `d`; an error is a json_error with its position. No record of the
// observations is built: each is read into one record, reused, and stored at once, so loading
// takes the text and the dataset and little else. That needs the definitions and sources first:
// with `in_order`, the observations are read where they stand, which is right when no member they
// depend on comes after them (as `to_json` writes); when one does, or an observation is refused
// (it might depend on a later member), loading stops and returns false, and the caller starts
// again with a fresh `d` and `in_order` false, which reads them last.
template <int = 0>
bool load_json(dataset_parts& d, std::string_view text, bool in_order = true) {
  using doc_t = dataset_document;
  constexpr auto names = keys_of<doc_t>();
  const auto index_of = [&](std::string_view name) {
    std::size_t i = 0;
    while (names[i] != name) ++i;
    return i;
  };
  const std::size_t observations = index_of("observations");
  const std::size_t title = index_of("title");
  const std::size_t claims = index_of("claims");

  const text_positions at{text};
  document_loader loader(d, [&](const document_path& where, const std::exception& e) {
    return at.json_error_at(where, e.what());
  });
  doc_t doc;
  json_reader<false> r(text, {});
  bool head_loaded = false;  // the members before the observations are in `d`
  bool start_again = false;
  const char* deferred = nullptr;  // where the observations are, to read last
  const auto load_head = [&] {
    if (doc.format != "cited-dataset/1") {
      throw at.json_error_at(document_path().key("format"),
                             "expected \"cited-dataset/1\", got " + detail::quoted(doc.format));
    }
    loader.load_head(doc);
    head_loaded = true;
  };
  // Reads the observations at r's position: with `load`, each straight into `d`; without, only
  // as JSON, so that a type error among them is found before what they refer to is loaded.
  const auto read_observations = [&](bool load) {
    if (!r.at('[')) return r.template fail_expected<std::vector<observation_record>>(r.p_);
    std::optional<observation_record> record;  // a period has no default
    return r.elements([&](std::size_t i) {
      if (!r.template read<observation_record>(record)) return false;
      if (!load) return true;
      if (!in_order) {
        loader.load_observation(*record, i);
        return true;
      }
      try {
        loader.load_observation(*record, i);
        return true;
      } catch (const json_error&) {
        start_again = true;  // it may refer to what comes later
        return false;
      }
    });
  };
  const auto own = [&](std::size_t i) -> std::optional<bool> {
    if (i == observations) {
      if (!in_order) {
        deferred = r.p_;
        return read_observations(false);
      }
      try {
        load_head();
      } catch (const json_error&) {
        start_again = true;  // it may refer to what comes later
        return false;
      }
      return read_observations(true);
    }
    if (head_loaded && i != title && i != claims) {
      start_again = true;  // a member the observations may depend on comes after them
      return false;
    }
    return std::nullopt;
  };
  r.ws();
  const bool ok =
      r.at('{') ? r.template object_members<doc_t>(
                      [&](auto I) -> auto& {
                        return doc.*boost::mp11::mp_at_c<field_descriptors<doc_t>, I>::pointer;
                      },
                      own)
                : r.template fail_expected<doc_t>(r.p_);
  if (start_again) return false;
  if (!ok || !r.finish()) throw r.error();
  if (!head_loaded) load_head();
  if (deferred != nullptr) {
    r.p_ = deferred;
    if (!read_observations(true)) {
      r.failure_.add_key(names[observations]);
      throw r.error();
    }
  }
  d.title = doc.title;
  loader.load_claims(doc);
  return true;
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
