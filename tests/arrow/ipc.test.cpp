// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/arrow/ipc.hpp>

#include <doctest/doctest.h>

#include "arrow/ipc_reader.hpp"

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace arrow_ipc_test {

using namespace cited;
namespace r = ipc_reader;

// Ten rows of every column type, with nulls in some, so that the validity bitmaps take two bytes.
arrow::table sample() {
  arrow::int32_column a("a");
  arrow::int64_column b("b");
  arrow::uint64_column c("c");
  arrow::float64_column d("d");
  arrow::date32_column e("e");
  arrow::dictionary_column f("f");
  for (int i = 0; i < 10; ++i) {
    if (i % 3 == 1) {
      a.push_null();
    } else {
      a.push(i - 5);
    }
    b.push(std::int64_t{i} * 10000000000);
    c.push(~std::uint64_t{0} - static_cast<std::uint64_t>(i));
    if (i == 9) {
      d.push_null();
    } else {
      d.push(i + 0.5);
    }
    e.push(std::chrono::year_month_day(std::chrono::year(2024), std::chrono::month(3),
                                       std::chrono::day(static_cast<unsigned>(i + 1))));
    if (i == 4) {
      f.push_null();
    } else {
      f.push(i % 2 ? "odd" : "even");
    }
  }
  arrow::table t;
  t.columns.emplace_back(a);
  t.columns.emplace_back(b);
  t.columns.emplace_back(c);
  t.columns.emplace_back(d);
  t.columns.emplace_back(e);
  t.columns.emplace_back(f);
  t.metadata.emplace_back("k", "v");
  return t;
}

// The days from 1970-01-01 to 2024-03-01, counted by the calendar rather than by the writer.
constexpr std::int32_t days_to_2024_03_01() {
  std::int32_t days = 0;
  for (int y = 1970; y < 2024; ++y)
    days += (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 366 : 365;
  return days + 31 + 29;  // January and February of the leap year 2024
}

TEST_CASE("arrow::to_file") {
  const arrow::table t = sample();
  const std::string file = arrow::to_file(t);

  SUBCASE("the magic, the padding and the footer length frame the file") {
    REQUIRE(file.size() > 18);
    CHECK(file.substr(0, 8) == std::string("ARROW1\0\0", 8));
    CHECK(file.substr(file.size() - 6) == "ARROW1");
    const r::footer f = r::read_footer(file);
    CHECK(f.offset + f.length + 10 == file.size());
  }

  SUBCASE("the blocks point at the messages, each aligned, with one record batch") {
    const r::contents c = r::read_file(file);
    CHECK(c.batches == 1);
    CHECK(c.dictionaries.size() == 1);
  }

  SUBCASE("the schema names each column with its Arrow type") {
    const r::contents c = r::read_file(file);
    const auto& fields = c.fields.fields;
    REQUIRE(fields.size() == 6);
    CHECK(c.fields.endianness == 0);
    const char* names[] = {"a", "b", "c", "d", "e", "f"};
    const std::uint8_t types[] = {2, 2, 2, 3, 8, 5};  // Int, Int, Int, FloatingPoint, Date, Utf8
    for (std::size_t i = 0; i < 6; ++i) {
      CAPTURE(i);
      CHECK(fields[i].name == names[i]);
      CHECK(fields[i].type == types[i]);
      CHECK(fields[i].nullable);
      CHECK(fields[i].children == 0);
      CHECK(fields[i].dictionary == (i == 5));
    }
    CHECK(fields[0].type_table.scalar<std::int32_t>(0, 0) == 32);
    CHECK(fields[0].type_table.scalar<std::uint8_t>(1, 0) == 1);
    CHECK(fields[1].type_table.scalar<std::int32_t>(0, 0) == 64);
    CHECK(fields[2].type_table.scalar<std::int32_t>(0, 0) == 64);
    CHECK(fields[2].type_table.scalar<std::uint8_t>(1, 1) == 0);
    CHECK(fields[3].type_table.scalar<std::int16_t>(0, -1) == 2);  // DOUBLE
    // DAY is 0 and the schema's default is MILLISECOND: the unit must be written.
    CHECK(fields[4].type_table.has(0));
    CHECK(fields[4].type_table.scalar<std::int16_t>(0, -1) == 0);
    CHECK(c.fields.meta("k") == "v");
  }

  SUBCASE("the record batch has each column's length, null count and buffer sizes") {
    const r::contents c = r::read_file(file);
    CHECK(c.batch.length == 10);
    REQUIRE(c.batch.nodes.size() == 6);
    REQUIRE(c.batch.buffers.size() == 12);
    const std::int64_t nulls[] = {3, 0, 0, 1, 0, 1};
    const std::size_t widths[] = {4, 8, 8, 8, 4, 4};
    for (std::size_t i = 0; i < 6; ++i) {
      CAPTURE(i);
      CHECK(c.batch.nodes[i].length == 10);
      CHECK(c.batch.nodes[i].null_count == nulls[i]);
      CHECK(r::validity_of(c, i).size() == (nulls[i] ? 2u : 0u));
      CHECK(r::values_of(c, i).size() == 10 * widths[i]);
    }
  }

  SUBCASE("the values and nulls read back") {
    const r::contents c = r::read_file(file);
    for (std::size_t row = 0; row < 10; ++row) {
      CAPTURE(row);
      const auto i = static_cast<std::int64_t>(row);
      CHECK(r::known(c, 0, row) == (row % 3 != 1));
      if (row % 3 != 1) CHECK(r::load<std::int32_t>(r::values_of(c, 0), 4 * row) == i - 5);
      CHECK(r::load<std::int64_t>(r::values_of(c, 1), 8 * row) == i * 10000000000);
      CHECK(r::load<std::uint64_t>(r::values_of(c, 2), 8 * row) ==
            ~std::uint64_t{0} - static_cast<std::uint64_t>(row));
      CHECK(r::known(c, 3, row) == (row != 9));
      if (row != 9)
        CHECK(r::load<double>(r::values_of(c, 3), 8 * row) == static_cast<double>(i) + 0.5);
      CHECK(r::load<std::int32_t>(r::values_of(c, 4), 4 * row) == days_to_2024_03_01() + i);
      CHECK(r::known(c, 5, row) == (row != 4));
      if (row != 4) {
        const auto index = r::load<std::int32_t>(r::values_of(c, 5), 4 * row);
        CHECK(c.dictionaries.at(0).at(static_cast<std::size_t>(index)) ==
              (row % 2 ? "odd" : "even"));
      }
    }
    CHECK(c.dictionaries.at(0) == std::vector<std::string>{"even", "odd"});
  }

  SUBCASE("the file holds the stream between its magic and its footer") {
    const std::string stream = arrow::to_stream(t);
    CHECK(file.compare(8, stream.size(), stream) == 0);
  }

  SUBCASE("write_file writes the same bytes") {
    std::ostringstream out;
    arrow::write_file(t, out);
    CHECK(out.str() == file);
  }
}

TEST_CASE("arrow::to_stream") {
  const arrow::table t = sample();
  const std::string stream = arrow::to_stream(t);

  SUBCASE("the schema, the dictionary, the record batch, then the end-of-stream marker") {
    std::size_t end = 0;
    const auto messages = r::read_stream(stream, 0, end);
    REQUIRE(messages.size() == 3);
    CHECK(messages[0].header_type == 1);
    CHECK(messages[0].body.empty());
    CHECK(messages[1].header_type == 2);
    CHECK(messages[2].header_type == 3);
    CHECK(end == stream.size());
    const r::contents c = r::read_stream_bytes(stream);
    CHECK(c.batch.length == 10);
  }

  SUBCASE("write_stream writes the same bytes") {
    std::ostringstream out;
    arrow::write_stream(t, out);
    CHECK(out.str() == stream);
  }

  SUBCASE("a table with no columns is a schema and the end-of-stream marker") {
    const std::string empty = arrow::to_stream(arrow::table{});
    const r::contents c = r::read_stream_bytes(empty);
    CHECK(c.fields.fields.empty());
    CHECK(c.batch.length == 0);
  }
}

TEST_CASE("arrow::table::rows") {
  SUBCASE("columns of different lengths are refused, naming the column") {
    arrow::table t;
    arrow::float64_column x("x");
    x.push(1);
    t.columns.emplace_back(x);
    t.columns.emplace_back(arrow::int32_column("short"));
    CHECK_THROWS_WITH_AS(arrow::to_file(t),
                         "cited: Arrow column \"short\" has 0 values, the first has 1",
                         std::invalid_argument);
    // Nothing is written to a stream before the table is found wrong.
    std::ostringstream file;
    CHECK_THROWS_AS(arrow::write_file(t, file), std::invalid_argument);
    CHECK(file.str().empty());
    std::ostringstream stream;
    CHECK_THROWS_AS(arrow::write_stream(t, stream), std::invalid_argument);
    CHECK(stream.str().empty());
  }
}

TEST_CASE("arrow::dictionary_column") {
  SUBCASE("each distinct string is stored once, in the order first pushed") {
    arrow::dictionary_column c("c");
    for (const char* s : {"b", "a", "b", "", "a"}) c.push(s);
    CHECK(std::vector<std::string>(c.dictionary().begin(), c.dictionary().end()) ==
          std::vector<std::string>{"b", "a", ""});
    CHECK(std::vector<std::int32_t>(c.indices().begin(), c.indices().end()) ==
          std::vector<std::int32_t>{0, 1, 0, 2, 1});
    CHECK(c.null_count() == 0);
  }
}

}  // namespace arrow_ipc_test
