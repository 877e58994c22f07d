// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/reflect/located.hpp>

#include <doctest/doctest.h>

#include <cited/csv.hpp>
#include <cited/json.hpp>

#include <boost/describe/class.hpp>

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace placed {

struct point {
  int x = 0;
  int y = 0;
  friend bool operator==(const point&, const point&) = default;
};
BOOST_DESCRIBE_STRUCT(point, (), (x, y))

struct observation {
  cited::located<std::string> source;
  double value = 0;
  std::optional<cited::located<int>> rank;
};
BOOST_DESCRIBE_STRUCT(observation, (), (source, value, rank))

struct document {
  std::vector<observation> observations;
  std::map<std::string, cited::located<point>> places;
};
BOOST_DESCRIBE_STRUCT(document, (), (observations, places))

struct row {
  cited::located<std::string> name;
  cited::located<point> at;
  std::optional<cited::located<int>> n;
};
BOOST_DESCRIBE_STRUCT(row, (), (name, at, n))

struct sparse {
  cited::located<std::optional<int>> n;
  int k = 0;
};
BOOST_DESCRIBE_STRUCT(sparse, (), (n, k))

// Line and column (in code points) of byte `offset` of `text`, both from 1.
std::pair<std::size_t, std::size_t> line_column(std::string_view text, std::size_t offset) {
  std::size_t line = 1, column = 1;
  for (std::size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++column;
    }
  }
  return {line, column};
}

}  // namespace placed

TEST_CASE("located in JSON") {
  const std::string text =
      "{\"observations\": [\n"
      "  {\"source\": \"WHO\", \"value\": 1},\n"
      "  {\"source\": \"\xC3\xA9tat\", \"value\": 2, \"rank\": 3}\n"
      "],\n"
      " \"places\": {\"a b\": {\"x\": 1, \"y\": 2}}}";
  const auto doc = cited::from_json<placed::document>(text);
  REQUIRE(doc.observations.size() == 2);

  SUBCASE("the value is read as its T") {
    CHECK(doc.observations[0].source.value == "WHO");
    CHECK(doc.observations[1].source.value == "\xC3\xA9tat");
    CHECK(!doc.observations[0].rank);
    REQUIRE(doc.observations[1].rank);
    CHECK(doc.observations[1].rank->value == 3);
    CHECK(doc.places.at("a b").value == placed::point{1, 2});
  }
  SUBCASE("with its line, column, offset and path") {
    const cited::location& who = doc.observations[0].source.where;
    CHECK(who.offset == text.find("\"WHO\""));
    CHECK(who.line == 2);
    CHECK(who.column == placed::line_column(text, who.offset).second);
    CHECK(who.path == "$.observations[0].source");
    CHECK(who.row == 0);
    CHECK(who.field.empty());
    const cited::location& rank = doc.observations[1].rank->where;
    CHECK(rank.offset == text.find('3'));
    CHECK(rank.line == 3);
    CHECK(rank.column == placed::line_column(text, rank.offset).second);
    CHECK(rank.path == "$.observations[1].rank");
    const cited::location& place = doc.places.at("a b").where;
    CHECK(place.line == 5);
    CHECK(place.offset == text.find("{\"x\""));
    CHECK(place.path == "$.places[\"a b\"]");
  }
  SUBCASE("an error at its place") {
    const cited::json_error e("unknown source", doc.observations[1].rank->where);
    CHECK(e.line() == 3);
    CHECK(e.offset() == text.find('3'));
    CHECK(e.path() == "$.observations[1].rank");
    CHECK(e.reason() == "unknown source");
    const auto [line, column] = placed::line_column(text, e.offset());
    CHECK(std::string(e.what()) == std::to_string(line) + ":" + std::to_string(column) +
                                       ": at $.observations[1].rank: unknown source");
    const cited::json_error root("no place", cited::location{});
    CHECK(std::string(root.what()) == "at $: no place");
  }
  SUBCASE("written as its T") {
    CHECK(cited::to_json(doc) ==
          R"({"observations":[{"source":"WHO","value":1},{"source":"état","value":2,"rank":3}],)"
          R"("places":{"a b":{"x":1,"y":2}}})");
    CHECK(cited::to_json(cited::located<int>{5, {}}) == "5");
  }
  SUBCASE("errors as its T") {
    const auto r = cited::try_from_json<std::vector<cited::located<int>>>("[1, \"x\"]");
    REQUIRE(!r);
    CHECK(std::string(r.error().what()) ==
          "1:5: at $[1]: expected an integer from -2147483648 to 2147483647, got \"x\"");
    const auto o = cited::try_from_json<std::optional<cited::located<int>>>("true");
    REQUIRE(!o);
    CHECK(o.error().reason() ==
          "expected an integer from -2147483648 to 2147483647 or null, got true");
  }
  SUBCASE("nested, the outer value at its own place") {
    const auto v = cited::from_json<cited::located<std::vector<cited::located<int>>>>("\n [\n  7]");
    CHECK(v.where.line == 2);
    CHECK(v.where.column == 2);
    REQUIRE(v.value.size() == 1);
    CHECK(v.value[0].where.line == 3);
    CHECK(v.value[0].where.column == 3);
    CHECK(v.value[0].where.path == "$[0]");
  }
  SUBCASE("at the root, and the same document read twice") {
    const auto v = cited::from_json<cited::located<std::vector<int>>>(" [1]");
    CHECK(v.value == std::vector<int>{1});
    CHECK(v.where.path == "$");
    CHECK(v.where.offset == 1);
    CHECK(v.where.column == 2);
  }
}

TEST_CASE("located in CSV") {
  const std::string text = "n,name,at.x,at.y\r\n,WHO,1,2\r\n7,UN,3,4\r\n";
  const auto rows = cited::from_csv<placed::row>(text);
  REQUIRE(rows.size() == 2);

  SUBCASE("the value is read as its T") {
    CHECK(rows[0].name.value == "WHO");
    CHECK(rows[0].at.value == placed::point{1, 2});
    CHECK(!rows[0].n);
    REQUIRE(rows[1].n);
    CHECK(rows[1].n->value == 7);
  }
  SUBCASE("with its row, column and field") {
    CHECK(rows[0].name.where.row == 2);
    CHECK(rows[0].name.where.column == 2);
    CHECK(rows[0].name.where.field == "name");
    CHECK(rows[0].name.where.line == 0);
    CHECK(rows[0].name.where.path.empty());
    CHECK(rows[1].at.where.row == 3);
    CHECK(rows[1].at.where.column == 3);
    CHECK(rows[1].at.where.field == "at.x");
    CHECK(rows[1].n->where.row == 3);
    CHECK(rows[1].n->where.column == 1);
    CHECK(rows[1].n->where.field == "n");
  }
  SUBCASE("an error at its place") {
    const cited::csv_error e("unknown source", rows[1].name.where);
    CHECK(std::string(e.what()) == "row 3, column 2 (name): unknown source");
    CHECK(e.row() == 3);
    CHECK(e.column() == 2);
    CHECK(e.field() == "name");
    CHECK(e.reason() == "unknown source");
  }
  SUBCASE("written as its T") {
    CHECK(cited::csv_columns<placed::row>() ==
          std::vector<std::string>{"name", "at.x", "at.y", "n"});
    CHECK(cited::to_csv(rows) == "name,at.x,at.y,n\r\nWHO,1,2,\r\nUN,3,4,7\r\n");
  }
  SUBCASE("errors as its T") {
    const auto r = cited::try_from_csv<placed::row>("name,at.x,at.y\r\nWHO,x,2\r\n");
    REQUIRE(!r);
    CHECK(std::string(r.error().what()) ==
          "row 2, column 2 (at.x): expected an integer from -2147483648 to 2147483647, got \"x\"");
  }
}

TEST_CASE("located optional member") {
  SUBCASE("in JSON it may be absent, as an optional member may") {
    const auto absent = cited::from_json<placed::sparse>(R"({"k": 1})");
    CHECK(!absent.n.value);
    CHECK(absent.n.where == cited::location{});
    const auto null = cited::from_json<placed::sparse>(R"({"n": null, "k": 1})");
    CHECK(!null.n.value);
    CHECK(null.n.where.path == "$.n");
    CHECK(null.n.where.offset == 6);
    const auto two = cited::from_json<placed::sparse>(R"({"k": 1, "n": 2})");
    CHECK(two.n.value == 2);
    CHECK(two.n.where.column == 15);
  }
  SUBCASE("in JSON it is left out when empty, as an optional member is") {
    CHECK(cited::to_json(placed::sparse{{std::nullopt, {}}, 1}) == R"({"k":1})");
    CHECK(cited::to_json(placed::sparse{{2, {}}, 1}) == R"({"n":2,"k":1})");
  }
  SUBCASE("in CSV an empty cell has its place") {
    const auto rows = cited::from_csv<placed::sparse>("k,n\r\n1,\r\n");
    REQUIRE(rows.size() == 1);
    CHECK(!rows[0].n.value);
    CHECK(rows[0].n.where.row == 2);
    CHECK(rows[0].n.where.column == 2);
    CHECK(rows[0].n.where.field == "n");
  }
}
