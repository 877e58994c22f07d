// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

// A dataset as JSON Lines: the header line and one observation per line, written and read back as
// a stream, in chunks cut anywhere; errors with the line of the file, the column and the path; a
// header that is missing or wrong refused; nothing half loaded.

#include <cited/dataset/lines.hpp>

#include <doctest/doctest.h>

#include <cstddef>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace dataset_lines_test {

using cited::dataset;

std::string seed_text() {
  std::ifstream in(CITED_SEED_DATASET, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

const dataset& seed() {
  static const dataset ds = dataset::from_json(seed_text());
  return ds;
}

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

std::string join(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& l : lines) out += l + '\n';
  return out;
}

dataset read_text(const std::string& text) {
  std::istringstream in(text);
  return cited::read_dataset_lines(in);
}

// The json_error of reading `text`, as "line:column path: reason".
std::string error_of(const std::string& text) {
  try {
    static_cast<void>(read_text(text));
  } catch (const cited::json_error& e) {
    return std::to_string(e.line()) + ':' + std::to_string(e.column()) + ' ' +
           std::string(e.path()) + ": " + std::string(e.reason());
  }
  return "no error";
}

// The 1-based column, in code points, of the first `needle` in `line`.
std::size_t column_of(const std::string& line, std::string_view needle) {
  std::size_t column = 1;
  for (std::size_t i = 0; i < line.find(needle); ++i) {
    if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) ++column;
  }
  return column;
}

TEST_CASE("write_dataset_lines") {
  const std::string text = cited::to_dataset_lines(seed());
  const std::vector<std::string> lines = split_lines(text);
  SUBCASE("a header line, then one observation record per line") {
    REQUIRE(lines.size() == seed().size() + 1);
    CHECK(lines[0].starts_with("{\"format\":\"cited-dataset-lines/1\","));
    const cited::dataset_document doc = seed().to_document();
    for (std::size_t i = 0; i < doc.observations.size(); ++i) {
      CHECK(lines[i + 1] == cited::to_json(doc.observations[i]));
    }
  }
  SUBCASE("the header is the document without its observations") {
    cited::dataset_document doc = seed().to_document();
    doc.observations.clear();
    const auto header = cited::from_json<cited::dataset_lines_header>(lines[0]);
    CHECK(cited::to_json(header.claims) == cited::to_json(doc.claims));
    CHECK(cited::to_json(header.sources) == cited::to_json(doc.sources));
    CHECK(cited::to_json(header.metrics) == cited::to_json(doc.metrics));
    CHECK(header.title == doc.title);
  }
  SUBCASE("the observations alone, for engines: the lines after the header") {
    const std::string observations = cited::to_observation_lines(seed());
    CHECK(observations == text.substr(text.find('\n') + 1));
    std::ostringstream os;
    cited::write_observation_lines(os, seed());
    CHECK(os.str() == observations);
    std::istringstream in(observations);
    std::vector<cited::observation_record> records;
    cited::read_json_lines<cited::observation_record>(
        in, [&](const cited::observation_record& r) { records.push_back(r); });
    CHECK(records == seed().to_document().observations);
  }
  SUBCASE("to a stream, the same text") {
    std::ostringstream os;
    cited::write_dataset_lines(os, seed());
    CHECK(os.str() == text);
  }
}

TEST_CASE("read_dataset_lines") {
  const std::string text = cited::to_dataset_lines(seed());
  SUBCASE("the seed dataset comes back whole") {
    const dataset back = read_text(text);
    CHECK(back.size() == seed().size());
    CHECK(back.to_json() == seed().to_json());
  }
  SUBCASE("without the final newline, with CRLF and blank lines") {
    CHECK(read_text(text.substr(0, text.size() - 1)).to_json() == seed().to_json());
    std::vector<std::string> lines = split_lines(text);
    std::string gappy;
    for (const std::string& l : lines) gappy += l + "\r\n\n";
    CHECK(read_text(gappy).to_json() == seed().to_json());
  }
  SUBCASE("chunks cut at every offset read the same") {
    const std::string expected = seed().to_json();
    for (std::size_t cut = 0; cut <= text.size(); ++cut) {
      CAPTURE(cut);
      cited::dataset_lines_reader reader;
      reader.feed(std::string_view(text).substr(0, cut));
      reader.feed(std::string_view(text).substr(cut));
      CHECK(reader.finish().to_json() == expected);
    }
  }
  SUBCASE("from a file") {
    const std::filesystem::path path =
        std::filesystem::temp_directory_path() / "cited_dataset_lines_test.jsonl";
    {
      std::ofstream out(path, std::ios::binary);
      cited::write_dataset_lines(out, seed());
    }
    CHECK(cited::read_dataset_lines(path).to_json() == seed().to_json());
    std::filesystem::remove(path);
  }
  SUBCASE("against definitions that know the metrics already") {
    const dataset back = [&] {
      std::istringstream in(text);
      return cited::read_dataset_lines(in, seed().definitions());
    }();
    CHECK(back.to_json() == seed().to_json());
  }
}

TEST_CASE("read_dataset_lines errors") {
  std::vector<std::string> lines = split_lines(cited::to_dataset_lines(seed()));
  REQUIRE(lines.size() == 8);
  SUBCASE("a bad period on line 7 names line 7, its column and period") {
    const std::string good = lines[6];
    lines[6].replace(lines[6].find("\"2025\""), 6, "\"2025-13\"");
    CHECK(error_of(join(lines)) ==
          "7:" + std::to_string(column_of(lines[6], "\"2025-13\"")) +
              " $.period: expected a period like 2024, 2024-Q1, 2024-03, 2024-03-05 or 2020/2024, "
              "got \"2025-13\"");
  }
  SUBCASE("what the header does not define: a source, a metric, a subject, a unit") {
    // Changes `from` to `to` on line `line`; the error must be there, at `at` and `field`.
    const auto check_field = [&](std::size_t line, std::string_view from, std::string_view to,
                                 std::string_view at, std::string_view field) {
      std::vector<std::string> changed = lines;
      std::string& l = changed[line - 1];
      l.replace(l.find(from), from.size(), to);
      const std::string e = error_of(join(changed));
      CAPTURE(e);
      CHECK(e.starts_with(std::to_string(line) + ':' + std::to_string(column_of(l, at)) + " $." +
                          std::string(field) + ": "));
    };
    check_field(3, "\"ai-publications\"", "\"no-such-source\"", "\"no-such", "source");
    check_field(4, "\"github_developer_community_rank\"", "\"no_such_metric\"", "\"no_such",
                "metric");
    check_field(2, "\"CN\"", "\"ZZ\"", "\"ZZ\"", "subject");
    check_field(8, "\"unit\":\"\"", "\"unit\":\"kg\"", "\"kg\"", "unit");
    check_field(5, "\"of\":15", "\"of\":11", "12", "value");  // k 12 of 11
    check_field(3, "23695", "-5", "-5", "value");
  }
  SUBCASE("a line that is not one observation") {
    lines[2] = "{\"metric\":\"ai_publications\"} {}";
    CHECK(error_of(join(lines)).starts_with("3:28 $: "));
    lines[2] = "[1, 2]";
    CHECK(error_of(join(lines)).starts_with("3:1 $: expected"));
  }
  SUBCASE("a header that is missing is refused") {
    lines.erase(lines.begin());
    CHECK(error_of(join(lines)) ==
          "1:1 $: expected the header of a dataset in JSON Lines, an object with \"format\": "
          "\"cited-dataset-lines/1\", got an object without \"format\"");
    CHECK(error_of("").starts_with("1:1 $: expected the header"));
    CHECK(
        error_of("\n").starts_with("1:1 $: expected the header of a dataset in JSON Lines, "
                                   "an object with \"format\": \"cited-dataset-lines/1\", "
                                   "got a blank line"));
    CHECK(error_of("[1]\n").starts_with("1:1 $: expected the header"));
  }
  SUBCASE("a header of another format is refused at its format") {
    lines[0].replace(0, 34, "{\"format\":\"cited-dataset/1\",");
    CHECK(error_of(join(lines)) ==
          "1:11 $.format: expected \"cited-dataset-lines/1\", got \"cited-dataset/1\"");
  }
  SUBCASE("a header with observations is refused: they go on the lines after it") {
    lines[0].insert(lines[0].size() - 1, ",\"observations\":[]");
    const std::string e = error_of(join(lines));
    CHECK(e.starts_with("1:" + std::to_string(column_of(lines[0], "\"observations\"")) +
                        " $: unknown member \"observations\""));
  }
  SUBCASE("an error inside the header's definitions is placed in the header line") {
    const std::string from = "\"work\":\"dimensions\"";
    REQUIRE(lines[0].find(from) != std::string::npos);
    lines[0].replace(lines[0].find(from), from.size(), "\"work\":\"no-such-work\"");
    const std::string e = error_of(join(lines));
    CAPTURE(e);
    CHECK(e.starts_with("1:" + std::to_string(column_of(lines[0], "\"no-such-work\"")) +
                        " $.sources"));
    CHECK(e.find("work: unknown work id \"no-such-work\"") != std::string::npos);
  }
  SUBCASE("nothing is half loaded") {
    lines[7] = "{}";
    std::istringstream in(join(lines));
    dataset target = seed();
    CHECK_THROWS_AS(target = cited::read_dataset_lines(in), cited::json_error);
    CHECK(target.to_json() == seed().to_json());
  }
}

TEST_CASE("for_each_observation_line") {
  const std::string text = cited::to_dataset_lines(seed());
  SUBCASE("every record, checked, with its line, and the header's dataset without observations") {
    std::vector<cited::observation_record> records;
    std::vector<std::size_t> line_numbers;
    std::istringstream in(text);
    const dataset header = cited::for_each_observation_line(
        in, [&](const cited::observation_record& r, std::size_t line) {
          records.push_back(r);
          line_numbers.push_back(line);
        });
    CHECK(records == seed().to_document().observations);
    CHECK(line_numbers == std::vector<std::size_t>{2, 3, 4, 5, 6, 7, 8});
    CHECK(header.size() == 0);
    CHECK(header.claims().size() == seed().claims().size());
    CHECK(header.source_ids() == seed().source_ids());
  }
  SUBCASE("counts and sums per metric equal those of the loaded dataset") {
    std::map<std::string, std::pair<std::size_t, double>> streamed, loaded;
    std::istringstream in(text);
    cited::for_each_observation_line(in, [&](const cited::observation_record& r) {
      auto& [n, sum] = streamed[r.metric];
      ++n;
      sum += r.value->to_double().value_or(0);
    });
    for (const cited::observation_record& r : seed().to_document().observations) {
      auto& [n, sum] = loaded[r.metric];
      ++n;
      sum += r.value->to_double().value_or(0);
    }
    CHECK(streamed == loaded);
  }
  SUBCASE("a bad record stops the stream at its line, after the records before it") {
    std::vector<std::string> lines = split_lines(text);
    lines[3].replace(lines[3].find("\"CN\""), 4, "\"ZZ\"");
    std::size_t seen = 0;
    std::istringstream in(join(lines));
    CHECK_THROWS_AS(
        cited::for_each_observation_line(in, [&](const cited::observation_record&) { ++seen; }),
        cited::json_error);
    CHECK(seen == 2);
  }
}

}  // namespace dataset_lines_test
