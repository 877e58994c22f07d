// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

// JSON Lines of a described type: written one value per line, and read back from a string, a
// stream, a file and chunks cut anywhere, with errors placed at the line of the whole input.

#include <cited/json/lines.hpp>

#include <doctest/doctest.h>
#include <boost/describe/class.hpp>

#include <cstddef>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <limits>
#include <optional>
#include <ranges>
#include <sstream>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

namespace json_lines_test {

struct point {
  int x = 0;
  int y = 0;
  std::optional<std::string> label;
  friend bool operator==(const point&, const point&) = default;
};
BOOST_DESCRIBE_STRUCT(point, (), (x, y, label))

struct read_result {
  std::vector<point> values;
  std::vector<std::size_t> lines;
};

read_result read_in_chunks(std::string_view text, std::size_t cut,
                           cited::json::lines_options options = {}) {
  read_result out;
  cited::json_lines_reader<point> reader(options);
  const auto keep = [&](const point& p, std::size_t line) {
    out.values.push_back(p);
    out.lines.push_back(line);
  };
  reader.feed(text.substr(0, cut), keep);
  reader.feed(text.substr(cut), keep);
  reader.finish(keep);
  return out;
}

read_result read_stream(std::string_view text, cited::json::lines_options options = {}) {
  read_result out;
  std::istringstream in{std::string(text)};
  cited::read_json_lines<point>(
      in,
      [&](const point& p, std::size_t line) {
        out.values.push_back(p);
        out.lines.push_back(line);
      },
      options);
  return out;
}

// The json_error of reading `text`, as "line:column path".
std::string error_of(std::string_view text, cited::json::lines_options options = {}) {
  try {
    read_stream(text, options);
  } catch (const cited::json_error& e) {
    return std::to_string(e.line()) + ':' + std::to_string(e.column()) + ' ' +
           std::string(e.path());
  }
  return "no error";
}

const std::vector<point> points = {{1, 2, std::nullopt}, {-3, 4, "caf\xC3\xA9"}, {5, 6, "x\ny"}};

TEST_CASE("to_json_lines") {
  SUBCASE("one compact value per line, each ending with a newline") {
    CHECK(cited::to_json_lines(points) ==
          "{\"x\":1,\"y\":2}\n{\"x\":-3,\"y\":4,\"label\":\"caf\xC3\xA9\"}\n"
          "{\"x\":5,\"y\":6,\"label\":\"x\\ny\"}\n");
  }
  SUBCASE("pretty is ignored: a line has no newline inside") {
    CHECK(cited::to_json_lines(points, {.pretty = true}) == cited::to_json_lines(points));
  }
  SUBCASE("the writer to a stream writes the same text") {
    std::ostringstream os;
    cited::write_json_lines(os, points);
    CHECK(os.str() == cited::to_json_lines(points));
    std::ostringstream one_by_one;
    {
      cited::json_lines_writer out(one_by_one);
      for (const point& p : points) out.write(p);
    }  // written when the writer goes
    CHECK(one_by_one.str() == os.str());
  }
  SUBCASE("a value JSON cannot hold is refused, and the text is left as it was") {
    std::string out = "kept\n";
    CHECK_THROWS_AS(
        cited::append_json_line(out, std::vector<double>{std::numeric_limits<double>::quiet_NaN()}),
        cited::json_error);
    CHECK(out == "kept\n");
  }
}

TEST_CASE("read_json_lines") {
  const std::string text = cited::to_json_lines(points);
  SUBCASE("reads back what to_json_lines wrote, with each value's line") {
    const read_result r = read_stream(text);
    CHECK(r.values == points);
    CHECK(r.lines == std::vector<std::size_t>{1, 2, 3});
  }
  SUBCASE("the last line may end without a newline") {
    CHECK(read_stream(text.substr(0, text.size() - 1)).values == points);
  }
  SUBCASE("CRLF line ends are read as LF ones") {
    CHECK(read_stream("{\"x\":1,\"y\":2}\r\n{\"x\":3,\"y\":4}\r\n").values ==
          std::vector<point>{{1, 2, {}}, {3, 4, {}}});
  }
  SUBCASE("blank lines are skipped and counted, or refused when asked") {
    const std::string gappy = "\n{\"x\":1,\"y\":2}\n  \t\r\n\n{\"x\":3,\"y\":4}\n\n";
    const read_result r = read_stream(gappy);
    CHECK(r.values == std::vector<point>{{1, 2, {}}, {3, 4, {}}});
    CHECK(r.lines == std::vector<std::size_t>{2, 5});
    CHECK(error_of(gappy, {.skip_blank_lines = false}) == "1:1 $");
    CHECK(error_of("{\"x\":1,\"y\":2}\n\n", {.skip_blank_lines = false}) == "2:1 $");
  }
  SUBCASE("empty input has no values") {
    CHECK(read_stream("").values.empty());
    CHECK(read_stream("\n\n").values.empty());
  }
  SUBCASE("more than a buffer of lines, and a line longer than the buffer") {
    std::vector<point> many;
    for (int i = 0; i < 20000; ++i) many.push_back({i, -i, std::nullopt});
    many.push_back({7, 7, std::string(200000, 'z')});
    CHECK(read_stream(cited::to_json_lines(many)).values == many);
  }
  SUBCASE("unknown keys are skipped when the options say so") {
    const std::string extra = "{\"x\":1,\"y\":2,\"z\":3}\n";
    CHECK(error_of(extra) == "1:14 $");
    cited::json::lines_options lenient;
    lenient.read.skip_unknown_keys = true;
    CHECK(read_stream(extra, lenient).values == std::vector<point>{{1, 2, {}}});
  }
}

TEST_CASE("json_lines_reader") {
  const std::string text = "{\"x\":1,\"y\":2}\r\n\n{\"x\":-3,\"y\":4,\"label\":\"caf\xC3\xA9\"}\n" +
                           std::string("{\"x\":5,\"y\":6}");
  const read_result whole = read_stream(text);
  REQUIRE(whole.values.size() == 3);
  SUBCASE("chunks cut at every offset, even inside a UTF-8 sequence, read the same") {
    for (std::size_t cut = 0; cut <= text.size(); ++cut) {
      CAPTURE(cut);
      const read_result r = read_in_chunks(text, cut);
      CHECK(r.values == whole.values);
      CHECK(r.lines == whole.lines);
    }
  }
  SUBCASE("one byte at a time") {
    std::vector<point> got;
    cited::json_lines_reader<point> reader;
    const auto keep = [&](point& p) { got.push_back(std::move(p)); };
    for (const char c : text) reader.feed(std::string_view(&c, 1), keep);
    reader.finish(keep);
    CHECK(got == whole.values);
    CHECK(reader.line_number() == 4);
  }
  SUBCASE("an error in a chunk is placed in the whole input, wherever the cut") {
    const std::string bad = "{\"x\":1,\"y\":2}\n{\"x\":1,\"y\":2}\n{\"x\":1,\"y\":true}\n";
    for (std::size_t cut = 0; cut <= bad.size(); ++cut) {
      CAPTURE(cut);
      try {
        read_in_chunks(bad, cut);
        FAIL("no error");
      } catch (const cited::json_error& e) {
        CHECK(e.line() == 3);
        CHECK(e.column() == 12);
        CHECK(e.offset() == 28 + 11);
        CHECK(e.path() == "$.y");
      }
    }
  }
}

TEST_CASE("json_lines") {
  SUBCASE("an input range over a stream") {
    std::istringstream in(cited::to_json_lines(points));
    std::vector<point> got;
    for (const point& p : cited::json_lines<point>(in)) got.push_back(p);
    CHECK(got == points);
    static_assert(std::ranges::input_range<cited::json_lines_view<point>>);
  }
  SUBCASE("more than a buffer of lines, the last without a newline") {
    std::vector<point> many;
    for (int i = 0; i < 20000; ++i) many.push_back({i, -i, std::nullopt});
    std::string text = cited::to_json_lines(many);
    text.pop_back();
    std::istringstream in(text);
    std::vector<point> got;
    for (point& p : cited::json_lines<point>(in)) got.push_back(std::move(p));
    CHECK(got == many);
  }
  SUBCASE("the line of each value, and an empty stream") {
    std::istringstream in("\n{\"x\":1,\"y\":2}\n\n{\"x\":3,\"y\":4}");
    auto values = cited::json_lines<point>(in);
    std::vector<std::size_t> lines;
    for (auto it = values.begin(); it != values.end(); ++it) lines.push_back(it.line());
    CHECK(lines == std::vector<std::size_t>{2, 4});
    std::istringstream empty("");
    auto none = cited::json_lines<point>(empty);
    CHECK(none.begin() == none.end());
  }
  SUBCASE("a bad line throws when the range reaches it") {
    std::istringstream in("{\"x\":1,\"y\":2}\n{\"x\":1}\n");
    auto values = cited::json_lines<point>(in);
    auto it = values.begin();
    CHECK(it->x == 1);
    CHECK_THROWS_WITH_AS(++it, "2:7: at $: missing member \"y\"", cited::json_error);
  }
}

TEST_CASE("read_json_lines errors") {
  SUBCASE("the line in the input, the column and the path in that line") {
    const std::string text =
        "{\"x\":1,\"y\":2}\n\n{\"x\":1,\"y\":2,\"label\":\"caf\xC3\xA9\"}\n{\"x\":1,\"y\":2,"
        "\"label\":\"\xC3\xA9\",\"x\":3}\n";
    try {
      read_stream(text);
      FAIL("no error");
    } catch (const cited::json_error& e) {
      CHECK(e.line() == 4);
      CHECK(e.column() == 26);  // in code points: the é counts once
      CHECK(e.path() == "$");
      CHECK(e.offset() == text.find("\"x\":3"));
      CHECK(std::string(e.what()) == "4:26: at $: duplicate member \"x\"");
    }
  }
  SUBCASE("the values before the bad line have been passed on") {
    std::vector<point> got;
    std::istringstream in("{\"x\":1,\"y\":2}\n{\"x\":1.5,\"y\":2}\n{\"x\":3,\"y\":4}\n");
    CHECK_THROWS_AS(cited::read_json_lines<point>(in, [&](const point& p) { got.push_back(p); }),
                    cited::json_error);
    CHECK(got == std::vector<point>{{1, 2, {}}});
  }
  SUBCASE("a line that is not one value") {
    CHECK(error_of("{\"x\":1,\"y\":2} {\"x\":1,\"y\":2}\n") == "1:15 $");
    CHECK(error_of("{\"x\":1,\"y\":2}\n{\n  \"x\": 1,\n  \"y\": 2\n}\n") == "2:2 $");
    CHECK(error_of("{\"x\":1,\"y\":2}\n[1, 2]\n") == "2:1 $");
    CHECK(error_of("{\"x\":1,\"y\":2}\n{\"x\":1,\"y\":\"2}") == "2:12 $.y");
  }
}

TEST_CASE("read_json_lines from a file") {
  const std::filesystem::path path =
      std::filesystem::temp_directory_path() / "cited_json_lines_test.jsonl";
  {
    std::ofstream out(path, std::ios::binary);
    cited::write_json_lines(out, points);
  }
  std::vector<point> got;
  cited::read_json_lines<point>(path, [&](const point& p) { got.push_back(p); });
  CHECK(got == points);
  std::filesystem::remove(path);
  CHECK_THROWS_AS(cited::read_json_lines<point>(path, [](const point&) {}), std::system_error);
}

}  // namespace json_lines_test
