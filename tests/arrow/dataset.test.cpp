// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/arrow/dataset.hpp>

#include <doctest/doctest.h>

#include "arrow/ipc_reader.hpp"
#include "dataset/fixtures.hpp"

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

namespace arrow_dataset_test {

using namespace cited;
namespace r = ipc_reader;

std::string seed_text() {
  std::ifstream in(CITED_SEED_DATASET, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

const std::vector<std::string> column_names = {
    "metric", "bound",     "upper",    "tolerance", "of",     "unit",   "status",
    "source", "first_day", "last_day", "value",     "period", "subject"};

// The column named `name` in what was read.
std::size_t column(const r::contents& c, std::string_view name) {
  for (std::size_t i = 0; i < c.fields.fields.size(); ++i) {
    if (c.fields.fields[i].name == name) return i;
  }
  FAIL("no column " << name);
  return 0;
}

// The string of row `row` of dictionary column `name`.
std::string text_at(const r::contents& c, std::string_view name, std::size_t row) {
  const std::size_t i = column(c, name);
  const auto index = r::load<std::int32_t>(r::values_of(c, i), 4 * row);
  return c.dictionaries.at(c.fields.fields[i].dictionary_id).at(static_cast<std::size_t>(index));
}

std::int32_t days(std::chrono::year_month_day d) {
  return static_cast<std::int32_t>(std::chrono::sys_days(d).time_since_epoch().count());
}

// Every row against the dataset's records (`to_document`, the JSON and CSV path): the writer
// reads the observations another way, through `observation_ref`.
void check_rows(const r::contents& c, const dataset& ds) {
  const std::vector<observation_record> records = ds.to_document().observations;
  REQUIRE(c.batch.length == static_cast<std::int64_t>(records.size()));
  REQUIRE(c.batch.nodes.size() == 13);
  for (const r::node& n : c.batch.nodes) CHECK(n.length == c.batch.length);
  std::int64_t unknown_values = 0, no_upper = 0, no_tolerance = 0, no_of = 0, no_unit = 0;
  for (std::size_t row = 0; row < records.size(); ++row) {
    const observation_record& x = records[row];
    CAPTURE(row);
    CHECK(text_at(c, "metric", row) == x.metric);
    CHECK(text_at(c, "subject", row) == x.subject);
    CHECK(text_at(c, "period", row) == x.period.to_string());
    CHECK(text_at(c, "bound", row) == enum_name(x.bound));
    CHECK(text_at(c, "status", row) == enum_name(x.status));
    CHECK(text_at(c, "source", row) == x.source);
    CHECK(r::load<std::int32_t>(r::values_of(c, column(c, "first_day")), 4 * row) ==
          days(x.period.first_day()));
    CHECK(r::load<std::int32_t>(r::values_of(c, column(c, "last_day")), 4 * row) ==
          days(x.period.last_day()));
    const auto number = [&](std::string_view name, const std::optional<number_text>& v,
                            std::int64_t& nulls) {
      const std::size_t i = column(c, name);
      CHECK(r::known(c, i, row) == v.has_value());
      if (v) {
        CHECK(r::load<double>(r::values_of(c, i), 8 * row) == v->to_double());
      } else {
        ++nulls;
      }
    };
    number("value", x.value, unknown_values);
    number("upper", x.upper, no_upper);
    number("tolerance", x.tolerance, no_tolerance);
    const std::size_t of = column(c, "of");
    CHECK(r::known(c, of, row) == x.of.has_value());
    if (x.of) {
      CHECK(r::load<std::uint64_t>(r::values_of(c, of), 8 * row) == *x.of);
    } else {
      ++no_of;
    }
    const std::size_t unit = column(c, "unit");
    CHECK(r::known(c, unit, row) == !x.unit.empty());
    if (x.unit.empty()) {
      ++no_unit;
    } else {
      CHECK(text_at(c, "unit", row) == x.unit);
    }
  }
  CHECK(c.batch.nodes[column(c, "value")].null_count == unknown_values);
  CHECK(c.batch.nodes[column(c, "upper")].null_count == no_upper);
  CHECK(c.batch.nodes[column(c, "tolerance")].null_count == no_tolerance);
  CHECK(c.batch.nodes[column(c, "of")].null_count == no_of);
  CHECK(c.batch.nodes[column(c, "unit")].null_count == no_unit);
}

// The schema: the 13 columns with their types, and the definitions in the metadata.
void check_schema(const r::contents& c, const dataset& ds) {
  REQUIRE(c.fields.fields.size() == 13);
  for (const std::string& name : column_names) {
    CAPTURE(name);
    const r::field& f = c.fields.fields[column(c, name)];
    if (name == "first_day" || name == "last_day") {
      CHECK(f.type == 8);
      CHECK(f.type_table.scalar<std::int16_t>(0, 1) == 0);  // DAY
    } else if (name == "value" || name == "upper" || name == "tolerance") {
      CHECK(f.type == 3);
    } else if (name == "of") {
      CHECK(f.type == 2);
      CHECK(f.type_table.scalar<std::int32_t>(0, 0) == 64);
    } else {
      CHECK(f.type == 5);
      CHECK(f.dictionary);
    }
  }
  CHECK(c.dictionaries.size() == 7);
  CHECK(c.fields.meta("cited:format") == "cited-observations/1");
  const auto metrics = from_json<std::vector<metric_record>>(c.fields.meta("cited:metrics"));
  REQUIRE(metrics.size() == ds.metrics().size());
  for (std::size_t i = 0; i < metrics.size(); ++i) CHECK(metrics[i].id == ds.metrics()[i].id);
  const auto groups = from_json<std::vector<group_record>>(c.fields.meta("cited:groups"));
  CHECK(groups == ds.to_document().groups.value_or(std::vector<group_record>{}));
  // The document without observations reads back as the dataset's definitions, sources and claims.
  const dataset definitions = dataset::from_json(c.fields.meta("cited:document"));
  CHECK(definitions.size() == 0);
  CHECK(definitions.source_ids() == ds.source_ids());
  CHECK(definitions.claims().size() == ds.claims().size());
  CHECK(definitions.title() == ds.title());
}

// Synthetic figures of every kind and bound, with every status, over 1,000 rows, so that the
// validity bitmaps span many bytes; they say nothing about the countries they name.
dataset every_kind() {
  using namespace cited::literals;
  namespace m = cited::metrics;
  using ef = amount<units::exaflops>;
  dataset ds = dataset_fixtures::synthetic_dataset();
  const country subjects[] = {"CN"_country, "US"_country, "GB"_country, "FR"_country};
  for (std::uint32_t i = 0; i < 1000; ++i) {
    const period p =
        period::parse(std::to_string(1900 + i % 125) + "-Q" + std::to_string(1 + i % 4));
    const country s = subjects[i % 4];
    const auto status = static_cast<observation_status>(i % 4);
    switch (i % 7) {
      case 0:
        ds.add<m::ai_publications>(s, p, count{i}, "synthetic", status);
        break;
      case 1:
        ds.add<m::ai_publications>(s, p, estimate<count>::between(count{i}, count{2 * i + 1}),
                                   "synthetic", status);
        break;
      case 2:
        ds.add<m::computing_power>(s, p, estimate<ef>::approximately(ef{i + 0.25}, ef{0.5}),
                                   "synthetic", status);
        break;
      case 3:
        ds.add<m::computing_power>(s, p, estimate<ef>::at_least(ef{i * 1.5}), "synthetic", status);
        break;
      case 4:
        ds.add<m::computing_power_rank>(s, p, rank{1 + i % 9, 190}, "synthetic", status);
        break;
      case 5:
        ds.add<m::computing_power_rank>(s, p, rank{1 + i % 9}, "synthetic", status);
        break;
      default:
        ds.add<m::top_open_source_models>(s, p, share{i % 15, 15}, "synthetic", status);
    }
  }
  return ds;
}

TEST_CASE("to_arrow_file") {
  const dataset seed = dataset::from_json(seed_text());
  REQUIRE(seed.size() > 0);

  SUBCASE("the seed dataset: one record batch of its observations, which read back") {
    const std::string file = to_arrow_file(seed);
    const r::contents c = r::read_file(file);
    CHECK(c.batches == 1);
    check_schema(c, seed);
    check_rows(c, seed);
  }

  SUBCASE("figures of every kind, bound and status read back, 1,000 rows") {
    const dataset ds = every_kind();
    const std::string file = to_arrow_file(ds);
    const r::contents c = r::read_file(file);
    check_schema(c, ds);
    check_rows(c, ds);
    CHECK(c.batch.nodes[column(c, "upper")].null_count > 0);
    CHECK(c.batch.nodes[column(c, "upper")].null_count < 1000);
    CHECK(r::validity_of(c, column(c, "of")).size() == 125);
  }

  SUBCASE("an empty dataset is a valid file with zero rows") {
    const dataset empty;
    const std::string file = to_arrow_file(empty);
    const r::contents c = r::read_file(file);
    CHECK(c.batches == 1);
    CHECK(c.batch.length == 0);
    check_schema(c, empty);
    for (const auto& [id, words] : c.dictionaries) CHECK(words.empty());
    for (const r::buffer& b : c.batch.buffers) CHECK(b.length == 0);
  }

  SUBCASE("write_arrow_file writes the same bytes") {
    std::ostringstream out;
    write_arrow_file(seed, out);
    CHECK(out.str() == to_arrow_file(seed));
  }
}

TEST_CASE("write_arrow_stream") {
  const dataset seed = dataset::from_json(seed_text());

  SUBCASE("the seed dataset as a stream: the same schema and rows, then end-of-stream") {
    std::ostringstream out;
    write_arrow_stream(seed, out);
    const std::string stream = out.str();
    CHECK(stream == to_arrow_stream(seed));
    const r::contents c = r::read_stream_bytes(stream);  // views of `stream`
    check_schema(c, seed);
    check_rows(c, seed);
  }

  SUBCASE("an empty dataset is a valid stream with zero rows") {
    const std::string stream = to_arrow_stream(dataset{});
    const r::contents c = r::read_stream_bytes(stream);
    CHECK(c.batch.length == 0);
  }
}

}  // namespace arrow_dataset_test
