// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/csv.hpp>

#include <doctest/doctest.h>

#include "csv/csv_types.hpp"
#include "support.hpp"

#include <cited/value/country.hpp>
#include <cited/value/period.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <array>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <list>
#include <optional>
#include <ostream>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

using namespace cited::literals;
using namespace std::string_view_literals;

// Columns under keys that are not C++ identifiers.
namespace csv_user {

struct keyed {
  std::string container_title;
  int page_count = 0;
  friend bool operator==(const keyed&, const keyed&) = default;
};
BOOST_DESCRIBE_STRUCT(keyed, (), (container_title, page_count))

struct shelved {
  keyed work;
  int shelf = 0;
  friend bool operator==(const shelved&, const shelved&) = default;
};
BOOST_DESCRIBE_STRUCT(shelved, (), (work, shelf))

}  // namespace csv_user

template <>
inline constexpr auto cited::field_keys<csv_user::keyed> =
    std::array<std::string_view, 2>{"container-title", "page count"};

namespace {

using csv_user::medium;
using error_parts = support::csv_error_parts;
using support::parts;

// The error from reading `text` as rows of T; fails the test when it reads.
template <class T>
error_parts error_of(std::string_view text, cited::csv::read_options options = {}) {
  auto r = cited::try_from_csv<T>(text, options);
  REQUIRE_FALSE(r.has_value());
  return parts(r.error());
}

// The error from writing `rows`; fails the test when it writes.
template <class R>
error_parts write_error_of(const R& rows) {
  try {
    std::string out;
    cited::to_csv(rows, out);
  } catch (const cited::csv_error& e) {
    return parts(e);
  }
  FAIL("no csv_error");
  return {};
}

// Made here rather than as a temporary inside std::optional's constructor, where clang 14
// crashes on the literal.
csv_user::office paris() { return {"Paris", "FR"_country}; }

csv_user::reading sample_reading() {
  using namespace std::chrono;
  csv_user::reading r;
  r.kind = medium::database;
  r.date = 2025y / August / 26d;
  r.where = "GB"_country;
  r.when = cited::period::parse("2024-Q1");
  r.tags = {"a,b", "say \"hi\""};
  return r;
}

}  // namespace

TEST_CASE("csv_columns") {
  SUBCASE("one column per member, in declaration order") {
    CHECK(cited::csv_columns<csv_user::point>() == std::vector<std::string>{"x", "y"});
  }
  SUBCASE("nested structs, optional or not, are flattened as dotted names") {
    CHECK(cited::csv_columns<csv_user::citation>() ==
          std::vector<std::string>{"title", "source.name", "source.kind", "reviewer.name",
                                   "reviewer.kind"});
    CHECK(cited::csv_columns<csv_user::posting>() ==
          std::vector<std::string>{"role", "at.city", "at.where"});
  }
  SUBCASE("columns are named by field_keys") {
    CHECK(cited::csv_columns<csv_user::keyed>() ==
          std::vector<std::string>{"container-title", "page count"});
    CHECK(cited::csv_columns<csv_user::shelved>() ==
          std::vector<std::string>{"work.container-title", "work.page count", "shelf"});
  }
  SUBCASE("containers and value classes take one column") {
    CHECK(cited::csv_columns<csv_user::reading>() ==
          std::vector<std::string>{"kind", "date", "where", "when", "tags", "via"});
  }
}

TEST_CASE("to_csv") {
  const std::vector<csv_user::point> points{{1, 2}, {-3, 40}};
  SUBCASE("a header row of member names, then one row per element, ending in CRLF") {
    CHECK(cited::to_csv(points) == "x,y\r\n1,2\r\n-3,40\r\n");
  }
  SUBCASE("LF on request") { CHECK(cited::to_csv(points, {.crlf = false}) == "x,y\n1,2\n-3,40\n"); }
  SUBCASE("no rows: the header alone") {
    CHECK(cited::to_csv(std::vector<csv_user::point>{}) == "x,y\r\n");
  }
  SUBCASE("any input range of rows") {
    const std::array<csv_user::point, 1> one{{{5, 6}}};
    CHECK(cited::to_csv(one) == "x,y\r\n5,6\r\n");
    const std::list<csv_user::point> listed{{1, 1}, {2, 4}};
    CHECK(cited::to_csv(listed, {.crlf = false}) == "x,y\n1,1\n2,4\n");
    CHECK(cited::to_csv(std::span(points).subspan(1)) == "x,y\r\n-3,40\r\n");
  }
  SUBCASE("appends to the caller's string, keeping what was there") {
    std::string out = "# points\r\n";
    cited::to_csv(points, out);
    CHECK(out == "# points\r\nx,y\r\n1,2\r\n-3,40\r\n");
    cited::to_csv(std::vector<csv_user::point>{{7, 8}}, out, {.crlf = false});
    CHECK(out == "# points\r\nx,y\r\n1,2\r\n-3,40\r\nx,y\n7,8\n");
  }
  SUBCASE("nested structs are flattened; an empty optional struct leaves all its columns empty") {
    const std::vector<csv_user::citation> rows{
        {"Compute", {"The Times", medium::newspaper}, std::nullopt},
        {"Rates", {"BBC", medium::broadcaster}, csv_user::outlet{"Dimensions", medium::database}}};
    CHECK(cited::to_csv(rows) ==
          "title,source.name,source.kind,reviewer.name,reviewer.kind\r\n"
          "Compute,The Times,newspaper,,\r\n"
          "Rates,BBC,broadcaster,Dimensions,database\r\n");
  }
  SUBCASE("RFC 4180 quoting: commas, doubled quotes, CR and LF inside fields") {
    const std::vector<csv_user::note> rows{{"a,b", "say \"hi\""},
                                           {"two\r\nlines", "lf\nonly"},
                                           {"cr\ronly", " spaces kept "},
                                           {"plain", "it's"}};
    CHECK(cited::to_csv(rows) ==
          "text,remark\r\n"
          "\"a,b\",\"say \"\"hi\"\"\"\r\n"
          "\"two\r\nlines\",\"lf\nonly\"\r\n"
          "\"cr\ronly\", spaces kept \r\n"
          "plain,it's\r\n");
  }
  SUBCASE("an empty optional is an empty field; an empty string is \"\"") {
    const std::vector<csv_user::note> rows{{"", std::nullopt}, {"x", ""}};
    CHECK(cited::to_csv(rows) == "text,remark\r\n\"\",\r\nx,\"\"\r\n");
  }
  SUBCASE("numbers as in JSON, with the shortest doubles; bools as true and false") {
    const std::vector<csv_user::numbers> rows{
        {0.1, 0.1f, std::numeric_limits<std::int64_t>::min(), 255, std::nullopt, true},
        {1e-7, 2.5f, std::numeric_limits<std::int64_t>::max(), 0, -1, false},
        {1e21, 100.0f, 0, 7, 0, false},
        {-0.0, -1.5f, -1, 1, 2147483647, true}};
    CHECK(cited::to_csv(rows) ==
          "d,f,big,small,maybe,flag\r\n"
          "0.1,0.1,-9223372036854775808,255,,true\r\n"
          "1e-07,2.5,9223372036854775807,0,-1,false\r\n"
          "1e+21,100,0,7,0,false\r\n"
          "-0,-1.5,-1,1,2147483647,true\r\n");
  }
  SUBCASE("enums by name, dates as YYYY-MM-DD, countries and periods by their text forms") {
    csv_user::reading r = sample_reading();
    r.tags.clear();
    r.via = "SUHH"_country;
    CHECK(cited::to_csv(std::vector{r}) ==
          "kind,date,where,when,tags,via\r\n"
          "database,2025-08-26,GB,2024-Q1,[],SUHH\r\n");
  }
  SUBCASE("a container is its JSON in one field, quoted where it needs to be") {
    CHECK(cited::to_csv(std::vector{sample_reading()}) ==
          "kind,date,where,when,tags,via\r\n"
          "database,2025-08-26,GB,2024-Q1,\"[\"\"a,b\"\",\"\"say \\\"\"hi\\\"\"\"\"]\",\r\n");
    using namespace std::chrono;
    CHECK(cited::to_csv(std::vector<csv_user::sample>{{"s", 1, {0.5, 2}, 2024y / 1 / 31d}}) ==
          "name,value,series,date\r\ns,1,\"[0.5,2]\",2024-01-31\r\n");
  }
  SUBCASE("a type without a default constructor") {
    const std::vector<csv_user::posting> rows{{"chef", std::nullopt}, {"clerk", paris()}};
    CHECK(cited::to_csv(rows) == "role,at.city,at.where\r\nchef,,\r\nclerk,Paris,FR\r\n");
  }
}

TEST_CASE("to_csv errors") {
  SUBCASE("NaN names the row, column and field, and leaves the output as it was") {
    const std::vector<csv_user::sample> rows{{"a", 1.5, {}},
                                             {"b", std::numeric_limits<double>::quiet_NaN(), {}}};
    std::string out = "keep\r\n";
    try {
      cited::to_csv(rows, out);
      FAIL("no csv_error");
    } catch (const cited::csv_error& e) {
      CHECK(parts(e) == error_parts{3, 2, "value", "cannot write NaN as JSON",
                                    "row 3, column 2 (value): cannot write NaN as JSON"});
    }
    CHECK(out == "keep\r\n");
  }
  SUBCASE("infinity inside a container, with its JSON path") {
    const std::vector<csv_user::sample> rows{
        {"a", 0, {1, std::numeric_limits<double>::infinity()}}};
    CHECK(write_error_of(rows) ==
          error_parts{2, 3, "series", "at $[1]: cannot write infinity as JSON",
                      "row 2, column 3 (series): at $[1]: cannot write infinity as JSON"});
  }
  SUBCASE("a string that is not UTF-8") {
    CHECK(write_error_of(std::vector<csv_user::note>{{"ok", "a\xFF"}}) ==
          error_parts{2, 2, "remark", "cannot write text that is not valid UTF-8",
                      "row 2, column 2 (remark): cannot write text that is not valid UTF-8"});
  }
  SUBCASE("an enum value with no name, inside a nested struct") {
    const std::vector<csv_user::citation> rows{
        {"t", {"BBC", static_cast<medium>(7)}, std::nullopt}};
    CHECK(write_error_of(rows) ==
          error_parts{2, 3, "source.kind", "the value 7 of enum medium has no name",
                      "row 2, column 3 (source.kind): the value 7 of enum medium has no name"});
  }
  SUBCASE("a date beyond the YYYY-MM-DD form") {
    using namespace std::chrono;
    const std::vector<csv_user::sample> rows{{"a", 0, {}, year{10000} / 1 / 1d}};
    CHECK(
        write_error_of(rows) ==
        error_parts{2, 4, "date", "cannot write an invalid date or a year beyond 9999",
                    "row 2, column 4 (date): cannot write an invalid date or a year beyond 9999"});
  }
}

TEST_CASE("from_csv") {
  SUBCASE("reads back exactly what to_csv writes, with CRLF or LF") {
    using namespace std::chrono;
    const std::vector<csv_user::citation> citations{
        {"Compute", {"The Times", medium::newspaper}, std::nullopt},
        {"a,b \"c\"\r\nd", {"", medium::broadcaster}, csv_user::outlet{"", medium::database}}};
    const std::vector<csv_user::note> notes{
        {"", std::nullopt}, {"x", ""}, {"two\r\nlines", "cr\ronly"}, {" lf\n ", "say \"hi\""}};
    const std::vector<csv_user::numbers> numbers{
        {0.1, 0.1f, std::numeric_limits<std::int64_t>::min(), 255, std::nullopt, true},
        {1e-7, 3.4e38f, std::numeric_limits<std::int64_t>::max(), 0, -1, false},
        {1e21, 1e-45f, 0, 7, 0, false},
        {2.2250738585072014e-308, 0.3f, 1, 2, 3, true}};
    csv_user::reading other = sample_reading();
    other.date = 1999y / February / 28d;
    other.when = cited::period::parse("2020/2024-03");
    other.tags = {};
    other.via = "XK"_country;
    const std::vector<csv_user::reading> readings{sample_reading(), other};
    const std::vector<csv_user::posting> postings{{"chef", std::nullopt}, {"clerk", paris()}};
    for (const bool crlf : {true, false}) {
      CAPTURE(crlf);
      CHECK(cited::from_csv<csv_user::citation>(cited::to_csv(citations, {.crlf = crlf})) ==
            citations);
      CHECK(cited::from_csv<csv_user::note>(cited::to_csv(notes, {.crlf = crlf})) == notes);
      CHECK(cited::from_csv<csv_user::numbers>(cited::to_csv(numbers, {.crlf = crlf})) == numbers);
      CHECK(cited::from_csv<csv_user::reading>(cited::to_csv(readings, {.crlf = crlf})) ==
            readings);
      CHECK(cited::from_csv<csv_user::posting>(cited::to_csv(postings, {.crlf = crlf})) ==
            postings);
    }
  }
  SUBCASE("columns named by field_keys, in any order") {
    const std::vector<csv_user::shelved> rows{{{"Site", 12}, 3}};
    CHECK(cited::to_csv(rows, {.crlf = false}) ==
          "work.container-title,work.page count,shelf\nSite,12,3\n");
    CHECK(cited::from_csv<csv_user::shelved>(cited::to_csv(rows)) == rows);
    CHECK(cited::from_csv<csv_user::keyed>("page count,container-title\n4,T\n") ==
          std::vector<csv_user::keyed>{{"T", 4}});
  }
  SUBCASE("columns in another order") {
    CHECK(cited::from_csv<csv_user::point>("y,x\r\n2,1\r\n-4,3\r\n") ==
          std::vector<csv_user::point>{{1, 2}, {3, -4}});
    CHECK(cited::from_csv<csv_user::citation>(
              "reviewer.kind,source.kind,title,reviewer.name,source.name\n"
              "database,broadcaster,T,D,BBC\n") ==
          std::vector<csv_user::citation>{
              {"T", {"BBC", medium::broadcaster}, csv_user::outlet{"D", medium::database}}});
  }
  SUBCASE("CRLF, LF, and both in one text") {
    const std::vector<csv_user::point> expected{{1, 2}, {3, 4}};
    CHECK(cited::from_csv<csv_user::point>("x,y\r\n1,2\r\n3,4\r\n") == expected);
    CHECK(cited::from_csv<csv_user::point>("x,y\n1,2\n3,4\n") == expected);
    CHECK(cited::from_csv<csv_user::point>("x,y\r\n1,2\n3,4\r\n") == expected);
  }
  SUBCASE("the last row with or without a line break") {
    const std::vector<csv_user::point> expected{{1, 2}, {3, 4}};
    CHECK(cited::from_csv<csv_user::point>("x,y\r\n1,2\r\n3,4") == expected);
    CHECK(cited::from_csv<csv_user::point>("x,y\n1,2\n3,4") == expected);
    CHECK(cited::from_csv<csv_user::note>("text,remark\r\na,\"b\"") ==
          std::vector<csv_user::note>{{"a", "b"}});
  }
  SUBCASE("a header alone is no rows") {
    CHECK(cited::from_csv<csv_user::point>("x,y\r\n").empty());
    CHECK(cited::from_csv<csv_user::point>("x,y").empty());
  }
  SUBCASE("quoted fields: line breaks, doubled quotes, commas, quoted names") {
    CHECK(
        cited::from_csv<csv_user::note>(
            "\"text\",\"remark\"\r\n\"two\r\nlines\",\"say \"\"hi\"\", then, go\"\r\n"
            "\"lf\nonly\",\"\"\"\"\r\n") ==
        std::vector<csv_user::note>{{"two\r\nlines", "say \"hi\", then, go"}, {"lf\nonly", "\""}});
  }
  SUBCASE("empty fields: an empty optional, an empty string, and \"\" for an optional string") {
    CHECK(cited::from_csv<csv_user::note>("text,remark\n,\n\"\",\"\"\n") ==
          std::vector<csv_user::note>{{"", std::nullopt}, {"", ""}});
  }
  SUBCASE("an optional struct whose fields are all empty is empty") {
    CHECK(cited::from_csv<csv_user::posting>("role,at.city,at.where\nchef,,\n") ==
          std::vector<csv_user::posting>{{"chef", std::nullopt}});
  }
  SUBCASE("an absent column is allowed for an optional member") {
    CHECK(cited::from_csv<csv_user::note>("text\nhello\n") ==
          std::vector<csv_user::note>{{"hello", std::nullopt}});
    CHECK(
        cited::from_csv<csv_user::citation>("title,source.name,source.kind\nT,BBC,broadcaster\n") ==
        std::vector<csv_user::citation>{{"T", {"BBC", medium::broadcaster}, std::nullopt}});
    CHECK(cited::from_csv<csv_user::posting>("role\nchef\n") ==
          std::vector<csv_user::posting>{{"chef", std::nullopt}});
  }
  SUBCASE("numbers and containers are JSON in the field, which may be quoted") {
    CHECK(cited::from_csv<csv_user::numbers>("flag,d,f,big,small\nfalse,1E2,\"-0.5\",-7,\"9\"\n") ==
          std::vector<csv_user::numbers>{{100, -0.5f, -7, 9, std::nullopt, false}});
    using namespace std::chrono;
    CHECK(cited::from_csv<csv_user::sample>("name,value,series,date\ns,1,\"[0.5, 2]\",2024-01-31\n"
                                            "t,0,[],2024-02-29\n") ==
          std::vector<csv_user::sample>{{"s", 1, {0.5, 2}, 2024y / 1 / 31d},
                                        {"t", 0, {}, 2024y / 2 / 29d}});
  }
  SUBCASE("unknown columns may be skipped on request") {
    CHECK(cited::from_csv<csv_user::point>("x,comment,y\n1,\"any, thing\",2\n",
                                           {.skip_unknown_columns = true}) ==
          std::vector<csv_user::point>{{1, 2}});
  }
  SUBCASE("a type without a default constructor") {
    CHECK(cited::from_csv<csv_user::office>("where,city\r\nCN,Beijing\r\nSUHH,Moscow\r\n") ==
          std::vector<csv_user::office>{{"Beijing", "CN"_country}, {"Moscow", "SUHH"_country}});
  }
}

TEST_CASE("from_csv errors") {
  SUBCASE("an unknown column") {
    CHECK(error_of<csv_user::point>("x,z,y\n1,2,3\n") ==
          error_parts{1, 2, "z", R"(unknown column "z")",
                      R"(row 1, column 2 (z): unknown column "z")"});
  }
  SUBCASE("a duplicate column") {
    CHECK(error_of<csv_user::point>("x,y,x\n1,2,3\n") ==
          error_parts{1, 3, "x", R"(duplicate column "x")",
                      R"(row 1, column 3 (x): duplicate column "x")"});
  }
  SUBCASE("errors name field_keys, not C++ names") {
    CHECK(error_of<csv_user::keyed>("container_title,page count\nT,1\n") ==
          error_parts{1, 1, "container_title", R"(unknown column "container_title")",
                      R"(row 1, column 1 (container_title): unknown column "container_title")"});
    CHECK(error_of<csv_user::keyed>("page count,container-title,container-title\n1,a,b\n") ==
          error_parts{1, 3, "container-title", R"(duplicate column "container-title")",
                      R"(row 1, column 3 (container-title): duplicate column "container-title")"});
    CHECK(error_of<csv_user::keyed>("page count\n1\n") ==
          error_parts{1, 0, "container-title", R"(missing column "container-title")",
                      R"(row 1 (container-title): missing column "container-title")"});
    CHECK(error_of<csv_user::keyed>("container-title,page count\nT,x\n").field == "page count");
  }
  SUBCASE("a missing column for a member that is not optional") {
    CHECK(error_of<csv_user::note>("remark\nr\n") ==
          error_parts{1, 0, "text", R"(missing column "text")",
                      R"(row 1 (text): missing column "text")"});
    CHECK(error_of<csv_user::citation>("title,source.name\nT,BBC\n") ==
          error_parts{1, 0, "source.kind", R"(missing column "source.kind")",
                      R"(row 1 (source.kind): missing column "source.kind")"});
  }
  SUBCASE("a row with the wrong number of fields") {
    CHECK(error_of<csv_user::point>("x,y\n1,2\n3\n") ==
          error_parts{3, 0, "", "expected 2 fields, got 1", "row 3: expected 2 fields, got 1"});
    CHECK(error_of<csv_user::point>("x,y\n1,2,3\n") ==
          error_parts{2, 0, "", "expected 2 fields, got 3", "row 2: expected 2 fields, got 3"});
  }
  SUBCASE("rows count records, not lines") {
    CHECK(error_of<csv_user::note>("text,remark\n\"a\nb\nc\",d\ne\n") ==
          error_parts{3, 0, "", "expected 2 fields, got 1", "row 3: expected 2 fields, got 1"});
  }
  SUBCASE("text after the closing quote") {
    CHECK(error_of<csv_user::note>("text,remark\n\"a\"b,c\n") ==
          error_parts{2, 1, "text", "text after the closing quote of a field",
                      "row 2, column 1 (text): text after the closing quote of a field"});
  }
  SUBCASE("a quote inside a field that is not quoted") {
    CHECK(error_of<csv_user::note>("text,remark\nok,ab\"c\n") ==
          error_parts{2, 2, "remark", "a quote inside a field that does not start with one",
                      "row 2, column 2 (remark): a quote inside a field that does not start with "
                      "one"});
  }
  SUBCASE("a quote that is not closed") {
    CHECK(error_of<csv_user::note>("text,remark\nx,\"open\r\n") ==
          error_parts{2, 2, "remark", "a quoted field is not closed",
                      "row 2, column 2 (remark): a quoted field is not closed"});
  }
  SUBCASE("a carriage return without a line feed") {
    CHECK(error_of<csv_user::point>("x,y\r1,2\r\n") ==
          error_parts{1, 2, "", "a carriage return without a line feed",
                      "row 1, column 2: a carriage return without a line feed"});
    CHECK(error_of<csv_user::point>("x,y\n1,2\r3,4\n") ==
          error_parts{2, 2, "y", "a carriage return without a line feed",
                      "row 2, column 2 (y): a carriage return without a line feed"});
  }
  SUBCASE("invalid UTF-8") {
    CHECK(error_of<csv_user::note>("text,remark\nok,\xFF\n") ==
          error_parts{2, 2, "remark", "invalid UTF-8", "row 2, column 2 (remark): invalid UTF-8"});
    CHECK(error_of<csv_user::note>("text,\"re\xC3\"\nok,x\n") ==
          error_parts{1, 2, "", "invalid UTF-8", "row 1, column 2: invalid UTF-8"});
  }
  SUBCASE("integers must be integers and fit") {
    CHECK(error_of<csv_user::point>("x,y\n2.5,1\n") ==
          error_parts{2, 1, "x", "expected an integer from -2147483648 to 2147483647, got \"2.5\"",
                      "row 2, column 1 (x): expected an integer from -2147483648 to 2147483647, "
                      "got \"2.5\""});
    CHECK(error_of<csv_user::point>("y,x\n2147483648,1\n") ==
          error_parts{2, 1, "y",
                      "expected an integer from -2147483648 to 2147483647, got \"2147483648\"",
                      "row 2, column 1 (y): expected an integer from -2147483648 to 2147483647, "
                      "got \"2147483648\""});
    CHECK(error_of<csv_user::numbers>("d,f,big,small,flag\n0,0,0,256,true\n") ==
          error_parts{2, 4, "small", "expected an integer from 0 to 255, got \"256\"",
                      "row 2, column 4 (small): expected an integer from 0 to 255, got \"256\""});
  }
  SUBCASE("a number followed by other text names the whole field") {
    CHECK(error_of<csv_user::point>("x,y\n12abc,1\n") ==
          error_parts{2, 1, "x",
                      "expected an integer from -2147483648 to 2147483647, got \"12abc\"",
                      "row 2, column 1 (x): expected an integer from -2147483648 to 2147483647, "
                      "got \"12abc\""});
  }
  SUBCASE("an empty field for a number that is not optional") {
    CHECK(error_of<csv_user::point>("x,y\n,2\n") ==
          error_parts{2, 1, "x",
                      "expected an integer from -2147483648 to 2147483647, got an empty field",
                      "row 2, column 1 (x): expected an integer from -2147483648 to 2147483647, "
                      "got an empty field"});
    CHECK(error_of<csv_user::point>("x,y\n1,\"\"\n") ==
          error_parts{2, 2, "y", R"(expected an integer from -2147483648 to 2147483647, got "")",
                      R"(row 2, column 2 (y): expected an integer from -2147483648 to 2147483647, )"
                      R"(got "")"});
  }
  SUBCASE("booleans are true or false") {
    CHECK(error_of<csv_user::numbers>("d,f,big,small,flag\n0,0,0,0,TRUE\n") ==
          error_parts{2, 5, "flag", "expected true or false, got \"TRUE\"",
                      "row 2, column 5 (flag): expected true or false, got \"TRUE\""});
  }
  SUBCASE("an unknown enum name, in a nested struct") {
    CHECK(
        error_of<csv_user::citation>("title,source.name,source.kind\nT,BBC,radio\n") ==
        error_parts{2, 3, "source.kind",
                    R"(expected one of "newspaper", "broadcaster" or "database", got "radio")",
                    R"(row 2, column 3 (source.kind): expected one of "newspaper", "broadcaster" )"
                    R"(or "database", got "radio")"});
  }
  SUBCASE("a bad date") {
    CHECK(error_of<csv_user::sample>("name,value,series,date\ns,1,[],2025-13-01\n") ==
          error_parts{2, 4, "date", R"(expected a date "YYYY-MM-DD", got "2025-13-01")",
                      R"(row 2, column 4 (date): expected a date "YYYY-MM-DD", got "2025-13-01")"});
  }
  SUBCASE("a bad country code") {
    constexpr std::string_view expected =
        R"(expected an ISO 3166-1 alpha-2 code such as "CN", or an ISO 3166-3 alpha-4 code )"
        R"(such as "SUHH", got "cn")";
    CHECK(error_of<csv_user::office>("city,where\nBeijing,cn\n") ==
          error_parts{2, 2, "where", std::string(expected),
                      "row 2, column 2 (where): " + std::string(expected)});
    CHECK(error_of<csv_user::posting>("role,at.city,at.where\nclerk,Paris,\n") ==
          error_parts{2, 3, "at.where",
                      R"(expected an ISO 3166-1 alpha-2 code such as "CN", or an ISO 3166-3 )"
                      R"(alpha-4 code such as "SUHH", got an empty field)",
                      R"(row 2, column 3 (at.where): expected an ISO 3166-1 alpha-2 code such as )"
                      R"("CN", or an ISO 3166-3 alpha-4 code such as "SUHH", got an empty field)"});
  }
  SUBCASE("a bad period gives the period's own message") {
    CHECK(error_of<csv_user::reading>(
              "kind,date,where,when,tags\nnewspaper,2024-01-01,CN,2024-Q5,[]\n") ==
          error_parts{2, 4, "when",
                      R"(expected a period like 2024, 2024-Q1, 2024-03, 2024-03-05 or 2020/2024, )"
                      R"(got "2024-Q5")",
                      R"(row 2, column 4 (when): expected a period like 2024, 2024-Q1, 2024-03, )"
                      R"(2024-03-05 or 2020/2024, got "2024-Q5")"});
  }
  SUBCASE("a container field that is not the JSON expected, with its path") {
    CHECK(error_of<csv_user::reading>(
              "kind,date,where,when,tags\nnewspaper,2024-01-01,CN,2024,\"[\"\"a\"\",2]\"\n") ==
          error_parts{2, 5, "tags", "at $[1]: expected a string, got 2",
                      "row 2, column 5 (tags): at $[1]: expected a string, got 2"});
  }
  SUBCASE("the column is where the field is in the text") {
    CHECK(error_of<csv_user::citation>(
              "source.kind,title,source.name\nnewspaper,T,BBC\nradio,U,BBC\n") ==
          error_parts{3, 1, "source.kind",
                      R"(expected one of "newspaper", "broadcaster" or "database", got "radio")",
                      R"(row 3, column 1 (source.kind): expected one of "newspaper", )"
                      R"("broadcaster" or "database", got "radio")"});
  }
  SUBCASE("an optional struct with a field but not all of its columns") {
    CHECK(error_of<csv_user::citation>("title,source.name,source.kind,reviewer.name\nT,BBC,"
                                       "broadcaster,\nU,BBC,broadcaster,D\n") ==
          error_parts{3, 0, "reviewer.kind",
                      R"(expected one of "newspaper", "broadcaster" or "database", got no such )"
                      R"(column)",
                      R"(row 3 (reviewer.kind): expected one of "newspaper", "broadcaster" or )"
                      R"("database", got no such column)"});
  }
  SUBCASE("try_from_csv returns the error; from_csv throws it") {
    cited::csv_result<std::vector<csv_user::point>> r = std::vector<csv_user::point>{};
    CHECK_NOTHROW(r = cited::try_from_csv<csv_user::point>("x,y\n1\n"));
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error().row() == 2);
    CHECK_THROWS_WITH_AS(static_cast<void>(cited::from_csv<csv_user::point>("x,y\n1\n")),
                         "row 2: expected 2 fields, got 1", cited::csv_error);
    CHECK_THROWS_AS(static_cast<void>(r.value()), cited::csv_error);
    const auto ok = cited::try_from_csv<csv_user::point>("x,y\n1,2\n");
    REQUIRE(ok.has_value());
    CHECK(*ok == std::vector<csv_user::point>{{1, 2}});
  }
}

// what() is a C string: bytes that would cut it short are escaped, as json_error does.
TEST_CASE("csv_error with a NUL byte in the input") {
  SUBCASE("in a column name") {
    CHECK(error_of<csv_user::point>("x\0,y\n1,2\n"sv) ==
          error_parts{1, 1, "x\\u0000", R"(unknown column "x\u0000")",
                      R"(row 1, column 1 (x\u0000): unknown column "x\u0000")"});
  }
  SUBCASE("in a rejected field whose reason repeats the text") {
    CHECK(error_of<csv_user::reading>("kind,date,where,when,tags\nnewspaper,2024-01-01,CN,20\0"
                                      "24,[]\n"sv) ==
          error_parts{2, 4, "when",
                      R"(expected a period like 2024, 2024-Q1, 2024-03, 2024-03-05 or 2020/2024, )"
                      R"(got "20\u000024")",
                      R"(row 2, column 4 (when): expected a period like 2024, 2024-Q1, 2024-03, )"
                      R"(2024-03-05 or 2020/2024, got "20\u000024")"});
  }
}

TEST_CASE("from_csv and line breaks at the end") {
  SUBCASE("a one-column row that is one empty field is a row, even the last") {
    const std::vector<csv_user::single> rows{{1}, {std::nullopt}, {std::nullopt}};
    const std::string csv = cited::to_csv(rows);
    CHECK(csv == "v\r\n1\r\n\r\n\r\n");
    CHECK(cited::from_csv<csv_user::single>(csv) == rows);
  }
  SUBCASE("blank lines after the last row of several columns are not rows") {
    CHECK(cited::from_csv<csv_user::point>("x,y\n1,2\n\n\r\n").size() == 1);
  }
}
