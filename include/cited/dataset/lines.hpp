// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_DATASET_LINES_HPP
#define CITED_DATASET_LINES_HPP

/// A dataset as JSON Lines, streamed both ways: `cited::write_dataset_lines`,
/// `cited::to_dataset_lines`, `cited::read_dataset_lines`, `cited::dataset_lines_reader`,
/// `cited::for_each_observation_line`, which passes each observation on without keeping it, and
/// `cited::write_observation_lines`, the observations alone, for engines.
///
/// The format, "cited-dataset-lines/1":
/// - Line 1, the header: one JSON object, `cited::dataset_lines_header`. It is the dataset's JSON
///   document (`dataset::to_json`) without `observations`, and with
///   `"format": "cited-dataset-lines/1"`: the title, the metrics and groups that are not built in,
///   the works, agents, products and sources, and the claims.
/// - Every later line: one observation, an `observation_record` exactly as in the dataset's JSON
///   document and CSV.
/// - Lines as in `<cited/json/lines.hpp>`: blank lines are skipped (after the header too), the last
///   line may end without "\n", and errors are `json_error`s with the line in the file, the column
///   and the path in that line: `7:40: at $.period: expected a period ...`.
///
/// The definitions are in the file itself, not in a sidecar, so that one file streams in alone;
/// an engine that reads only observations skips line 1 (DuckDB: see docs/json_lines.md).

#include <cited/dataset/dataset.hpp>
#include <cited/dataset/definitions.hpp>
#include <cited/dataset/document.hpp>
#include <cited/dataset/error.hpp>
#include <cited/json.hpp>
#include <cited/reflect/located.hpp>
#include <cited/reflect/number_text.hpp>
#include <cited/source.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/members.hpp>
#include <boost/mp11/algorithm.hpp>

#include <cstddef>
#include <cstdint>
#include <exception>
#include <ios>
#include <istream>
#include <map>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <system_error>
#include <type_traits>
#include <utility>
#include <vector>

namespace cited {

/// The first line of a dataset in JSON Lines: the dataset's JSON document without its
/// observations, which follow one per line. `format` is "cited-dataset-lines/1".
struct dataset_lines_header {
  std::string format = "cited-dataset-lines/1";
  std::optional<std::string> title;
  std::optional<std::vector<metric_record>> metrics;
  std::optional<std::vector<group_record>> groups;
  std::map<std::string, cited::source> works;
  std::map<std::string, cited::agent> agents;
  std::vector<cited::product> products;
  std::map<std::string, std::vector<hop_record>> sources;
  std::vector<claim_record> claims;
};
BOOST_DESCRIBE_STRUCT(dataset_lines_header, (),
                      (format, title, metrics, groups, works, agents, products, sources, claims))

namespace detail {

inline constexpr std::string_view dataset_lines_format = "cited-dataset-lines/1";

struct dataset_access {
  static dataset_parts& parts(dataset& d) noexcept { return d.d_; }
  static const dataset_parts& parts(const dataset& d) noexcept { return d.d_; }
};

// An observation record with where each member was read, to place an error found after reading.
struct located_observation_record {
  located<std::string> metric;
  located<std::string> subject;
  located<cited::period> period;
  located<std::optional<number_text>> value;
  located<cited::bound> bound;
  located<std::optional<number_text>> upper;
  located<std::optional<number_text>> tolerance;
  located<std::optional<std::uint64_t>> of;
  located<std::string> unit;
  located<observation_status> status;
  located<std::string> source;
};
BOOST_DESCRIBE_STRUCT(located_observation_record, (),
                      (metric, subject, period, value, bound, upper, tolerance, of, unit, status,
                       source))

// Only the format of a header, to refuse what is not one before reading it strictly.
struct dataset_lines_probe {
  located<std::optional<std::string>> format;
};
BOOST_DESCRIBE_STRUCT(dataset_lines_probe, (), (format))

// The header of a dataset (its document without observations), compact, on one line.
inline std::string dataset_lines_header_text(const dataset_parts& d) {
  dataset_parts head;
  head.registry = d.registry;
  head.claims = d.claims;
  head.title = d.title;
  dataset_document doc = to_document(head);
  dataset_lines_header out;
  out.title = std::move(doc.title);
  out.metrics = std::move(doc.metrics);
  out.groups = std::move(doc.groups);
  out.works = std::move(doc.works);
  out.agents = std::move(doc.agents);
  out.products = std::move(doc.products);
  out.sources = std::move(doc.sources);
  out.claims = std::move(doc.claims);
  return cited::to_json(out);
}

// Reads the header line into a copy of `definitions`; throws json_error at line 1.
template <int = 0>
dataset read_dataset_lines_header(std::string_view line, const dataset& definitions) {
  const auto refuse = [&](const std::string& got) {
    return json_error(
        "expected the header of a dataset in JSON Lines, an object with \"format\": " +
            detail::quoted(dataset_lines_format) + ", got " + got,
        "$", 0, 1, 1);
  };
  if (blank_line(line)) throw refuse("a blank line");
  json::read_options lenient;
  lenient.skip_unknown_keys = true;
  const json_result<dataset_lines_probe> probe = try_from_json<dataset_lines_probe>(line, lenient);
  if (!probe) {
    const json_error& e = probe.error();
    const std::size_t first = line.find_first_not_of(" \t\r");
    if (e.path() == "$" && e.offset() == first) {  // not an object
      throw refuse(describe_json_token(line.data() + e.offset(), line.data() + line.size()));
    }
    throw e;
  }
  const location& at = probe->format.where;
  if (!probe->format.value) throw refuse("an object without \"format\"");
  if (*probe->format.value != dataset_lines_format) {
    throw json_error("expected " + detail::quoted(dataset_lines_format) + ", got " +
                         detail::quoted(*probe->format.value),
                     at.path, at.offset, at.line, at.column);
  }
  static_cast<void>(cited::from_json<dataset_lines_header>(line));  // placed errors, strictly
  // The definitions and sources are read as the document they are (`dataset::from_json`), so that
  // an error in them has its place: the format is overwritten in place by the document's one,
  // padded with spaces to the same length, and an empty list of observations goes at the end;
  // no byte before it moves.
  std::string text(line);
  std::size_t close = at.offset + 1;  // the format's closing quote
  while (text[close] != '"') close += text[close] == '\\' ? std::size_t{2} : std::size_t{1};
  const std::string_view document_format = "\"cited-dataset/1\"";
  text.replace(at.offset, close + 1 - at.offset, document_format);
  text.insert(at.offset + document_format.size(), close + 1 - at.offset - document_format.size(),
              ' ');
  text.insert(text.find_last_of('}'), ",\"observations\":[]");
  return dataset::from_json(text, definitions);
}

// Reads a dataset's lines: the header, then observations, each checked against the header's
// definitions and sources and passed to `on_record(record, line)`.
class dataset_lines_core {
 public:
  dataset_lines_core(const dataset& definitions, json::lines_options options)
      : definitions_(&definitions), records_(options) {}

  template <class OnRecord>
  void feed(std::string_view chunk, OnRecord& on_record) {
    while (const std::optional<std::string_view> line = lines_.take(chunk)) {
      one(*line, on_record);
    }
  }
  template <class OnRecord>
  void finish(OnRecord& on_record) {
    if (const std::optional<std::string_view> line = lines_.take_last()) one(*line, on_record);
    if (!header_) {
      throw json_error(
          "expected the header of a dataset in JSON Lines, an object with \"format\": " +
              detail::quoted(dataset_lines_format) + ", got the end of the input",
          "$", 0, 1, 1);
    }
  }

  // The dataset read so far: the header's, with the observations added.
  dataset& result() { return *header_; }

 private:
  template <class OnRecord>
  void one(std::string_view line, OnRecord& on_record) {
    if (!header_) {
      header_.emplace(read_dataset_lines_header(line, *definitions_));
      records_.skip(line);
      return;
    }
    if (!records_.decode(line)) return;
    const observation_record& r = records_.value();
    dataset_parts& d = dataset_access::parts(*header_);
    try {
      on_record(d, observation_of(d.registry, r), r, records_.line());
    } catch (const record_error& e) {
      throw at_field(line, e.field, e.what());
    } catch (const json_error&) {
      throw;
    } catch (const std::exception& e) {
      throw at_field(line, "", e.what());
    }
  }

  // An error about `field` of the record on the current line, at its place.
  json_error at_field(std::string_view line, std::string_view field, const std::string& reason) {
    const std::size_t start = records_.offset() - line.size() - 1;
    location where;
    const located_observation_record placed = cited::from_json<located_observation_record>(line);
    boost::mp11::mp_for_each<
        boost::describe::describe_members<located_observation_record, boost::describe::mod_public>>(
        [&](auto m) {
          if (field == m.name) where = (placed.*m.pointer).where;
        });
    if (where.line == 0) {  // the whole record, or a member left out
      where.path = field.empty() ? std::string("$") : "$." + std::string(field);
      where.column = 1;
      where.offset = 0;
    }
    return json_error(reason, where.path, start + where.offset, records_.line(), where.column);
  }

  const dataset* definitions_;
  line_splitter lines_;
  std::optional<dataset> header_;

  // Counts the header line, then reads records.
  struct record_decoder : json_line_decoder<observation_record> {
    using json_line_decoder<observation_record>::json_line_decoder;
    void skip(std::string_view line) { skipped_ = line.size() + 1; }
    std::size_t line() const noexcept { return json_line_decoder::line() + 1; }
    std::size_t offset() const noexcept { return json_line_decoder::offset() + skipped_; }
    bool decode(std::string_view line) {
      try {
        return json_line_decoder::decode(line);
      } catch (const json_error& e) {
        throw json_error(e.reason(), e.path(), e.offset() + skipped_, e.line() + 1, e.column());
      }
    }
    std::size_t skipped_ = 0;
  } records_;
};

// Adds each observation to the dataset.
struct keep_observations {
  void operator()(dataset_parts& d, const observation& o, const observation_record&,
                  std::size_t) const {
    d.add(o);
  }
};

// Passes each record to a user's callback, `f(record)` or `f(record, line)`.
template <class F>
struct pass_observations {
  F& f;
  void operator()(dataset_parts&, const observation&, const observation_record& r,
                  std::size_t line) const {
    if constexpr (std::is_invocable_v<F&, const observation_record&, std::size_t>) {
      f(r, line);
    } else {
      f(r);
    }
  }
};

}  // namespace detail

/// Writes `ds` to `os` as JSON Lines: the header line (`dataset_lines_header`), then one
/// `observation_record` per line, in the order added. Memory: the header's text and one record,
/// besides the dataset. Throws `std::ios_base::failure` when the stream fails.
///
///     std::ofstream file("facts.jsonl", std::ios::binary);
///     cited::write_dataset_lines(file, ds);
template <int = 0>
void write_dataset_lines(std::ostream& os, const dataset& ds) {
  const detail::dataset_parts& d = detail::dataset_access::parts(ds);
  json_lines_writer out(os);
  {
    std::string header = detail::dataset_lines_header_text(d);
    header += '\n';
    os.write(header.data(), static_cast<std::streamsize>(header.size()));
  }
  for (std::size_t i = 0; i < d.store.size(); ++i) out.write(detail::record_of(d, i));
  out.flush();
}

/// `ds` as JSON Lines text (see `write_dataset_lines`).
template <int = 0>
[[nodiscard]] std::string to_dataset_lines(const dataset& ds) {
  const detail::dataset_parts& d = detail::dataset_access::parts(ds);
  std::string out = detail::dataset_lines_header_text(d);
  out += '\n';
  for (std::size_t i = 0; i < d.store.size(); ++i) append_json_line(out, detail::record_of(d, i));
  return out;
}

/// Writes the observations of `ds` to `os` as JSON Lines without the header: one
/// `observation_record` per line, for an engine that reads rows of one shape (DuckDB's
/// `read_json`), or to be read back with `read_json_lines<observation_record>`. The definitions
/// and sources are then elsewhere: `dataset::to_csv_sidecar()` writes them. Throws
/// `std::ios_base::failure` when the stream fails.
template <int = 0>
void write_observation_lines(std::ostream& os, const dataset& ds) {
  const detail::dataset_parts& d = detail::dataset_access::parts(ds);
  json_lines_writer out(os);
  for (std::size_t i = 0; i < d.store.size(); ++i) out.write(detail::record_of(d, i));
  out.flush();
}

/// The observations of `ds` as JSON Lines text, without the header (see
/// `write_observation_lines`).
template <int = 0>
[[nodiscard]] std::string to_observation_lines(const dataset& ds) {
  const detail::dataset_parts& d = detail::dataset_access::parts(ds);
  std::string out;
  for (std::size_t i = 0; i < d.store.size(); ++i) append_json_line(out, detail::record_of(d, i));
  return out;
}

/// Reads a dataset from JSON Lines pushed in as chunks, which may end anywhere: `feed` each, then
/// `finish`. The header's definitions are added to a copy of `definitions` (the built-ins by
/// default), as `dataset::from_json` adds a document's. Each observation is checked against them
/// as it is read, and added (`feed(chunk)`) or passed to a callback without being kept
/// (`feed(chunk, on_record)`, see `for_each_observation_line`). Throws `json_error` with the line,
/// column and path of the first bad line; `finish` without a header line is an error too. After
/// an error the reader is spent, and no dataset comes out of it. Memory: the dataset's own (32
/// bytes per observation kept), the longest line and one record.
///
///     cited::dataset_lines_reader reader;
///     while (auto chunk = next_chunk()) reader.feed(*chunk);
///     cited::dataset ds = reader.finish();
class dataset_lines_reader {
 public:
  /// A reader against the built-ins.
  dataset_lines_reader() : dataset_lines_reader(dataset(with_builtins)) {}
  /// A reader against a copy of `definitions`.
  explicit dataset_lines_reader(dataset definitions, json::lines_options options = {})
      : definitions_(std::make_unique<dataset>(std::move(definitions))),
        core_(*definitions_, options) {}

  /// Reads the lines that `chunk` completes, and adds their observations.
  void feed(std::string_view chunk) {
    detail::keep_observations keep;
    core_.feed(chunk, keep);
  }
  /// Reads the lines that `chunk` completes, and passes each observation's record to
  /// `on_record(const observation_record&)` or `on_record(const observation_record&, line)`
  /// instead of adding it.
  template <class F>
  void feed(std::string_view chunk, F&& on_record) {
    detail::pass_observations<F> pass{on_record};
    core_.feed(chunk, pass);
  }

  /// Reads the last line, if the input did not end with "\n", and returns the dataset: the
  /// header's, with the observations added. Call it once, at the end.
  dataset finish() {
    detail::keep_observations keep;
    core_.finish(keep);
    return std::move(core_.result());
  }
  /// `finish`, passing the last line's record to `on_record`.
  template <class F>
  dataset finish(F&& on_record) {
    detail::pass_observations<F> pass{on_record};
    core_.finish(pass);
    return std::move(core_.result());
  }

 private:
  std::unique_ptr<dataset> definitions_;
  detail::dataset_lines_core core_;
};

/// Reads a dataset from JSON Lines in `in` (see `dataset_lines_reader`) into a copy of
/// `definitions`. Throws `json_error` with the line, column and path of what is wrong, and
/// nothing is half loaded: no dataset comes back.
///
///     std::ifstream file("facts.jsonl", std::ios::binary);
///     cited::dataset ds = cited::read_dataset_lines(file);
template <int = 0>
[[nodiscard]] dataset read_dataset_lines(std::istream& in,
                                         const dataset& definitions = dataset(with_builtins)) {
  dataset_lines_reader reader(definitions);
  detail::read_stream_chunks(in, [&](std::string_view chunk) { reader.feed(chunk); });
  return reader.finish();
}

/// `read_dataset_lines` from the file at `path` (a `std::filesystem::path` converts to it);
/// throws `std::system_error` when it cannot be opened or read.
template <int = 0>
[[nodiscard]] dataset read_dataset_lines(const std::string& path,
                                         const dataset& definitions = dataset(with_builtins)) {
  dataset_lines_reader reader(definitions);
  detail::read_file_chunks(path, [&](std::string_view chunk) { reader.feed(chunk); });
  return reader.finish();
}

/// Streams the observations of a dataset in JSON Lines through `on_record(const
/// observation_record&)` or `on_record(const observation_record&, std::size_t line)`, without
/// building the dataset: each record is checked against the header (its metric, subject, source,
/// unit and value, as loading checks them) and then passed on, and the next line reuses it. For
/// totals over more observations than fit in memory. Returns the header's dataset: the
/// definitions, sources and claims, with no observations. Throws as `read_dataset_lines` does;
/// the records before the bad line have been passed on. Memory: the header, the longest line and
/// one record.
///
///     std::map<std::string, double> sums;
///     cited::for_each_observation_line(file, [&](const cited::observation_record& r) {
///       sums[r.metric] += r.value->to_double().value_or(0);
///     });
template <class F>
dataset for_each_observation_line(std::istream& in, F&& on_record,
                                  const dataset& definitions = dataset(with_builtins)) {
  dataset_lines_reader reader(definitions);
  detail::read_stream_chunks(in, [&](std::string_view chunk) { reader.feed(chunk, on_record); });
  return reader.finish(on_record);
}

/// `for_each_observation_line` on the file at `path` (a `std::filesystem::path` converts to it);
/// throws `std::system_error` when it cannot be opened or read.
template <class F>
dataset for_each_observation_line(const std::string& path, F&& on_record,
                                  const dataset& definitions = dataset(with_builtins)) {
  dataset_lines_reader reader(definitions);
  detail::read_file_chunks(path, [&](std::string_view chunk) { reader.feed(chunk, on_record); });
  return reader.finish(on_record);
}

}  // namespace cited

#endif  // CITED_DATASET_LINES_HPP
