// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/reflect/form.hpp>

#include <doctest/doctest.h>

#include "support.hpp"

#include <cited/csv.hpp>
#include <cited/json.hpp>
#include <cited/value/country.hpp>
#include <cited/value/period.hpp>

#include <boost/describe/class.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <ostream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "reflect/form_types.hpp"

namespace {

using form_user::celsius;
using form_user::fraction;
using form_user::percent;
using form_user::rgb;

// The parts of an error, compared at once and printed when a check fails.
struct json_error_parts {
  std::string path;
  std::string reason;
  std::string what;
  friend bool operator==(const json_error_parts&, const json_error_parts&) = default;
  friend std::ostream& operator<<(std::ostream& os, const json_error_parts& p) {
    return os << "{path \"" << p.path << "\", reason \"" << p.reason << "\", what \"" << p.what
              << "\"}";
  }
};

template <class T>
json_error_parts json_error_of(std::string_view text) {
  auto r = cited::try_from_json<T>(text);
  REQUIRE_FALSE(r.has_value());
  const cited::json_error& e = r.error();
  return {std::string(e.path()), std::string(e.reason()), e.what()};
}

using support::csv_error_parts;

template <class T>
csv_error_parts csv_error_of(std::string_view text) {
  auto r = cited::try_from_csv<T>(text);
  REQUIRE_FALSE(r.has_value());
  return support::parts(r.error());
}

constexpr rgb orange{255, 136, 0};

}  // namespace

TEST_CASE("string_form") {
  const std::vector<form_user::swatch> swatches{
      {"sun", orange, std::nullopt, percent(80)},
      {"sea, deep", rgb{0, 0x33, 0x66}, rgb{1, 2, 3}, percent(0)}};
  SUBCASE("JSON: a string") {
    CHECK(cited::to_json(orange) == R"("#ff8800")");
    CHECK(cited::to_json(swatches[0]) == R"({"name":"sun","colour":"#ff8800","opacity":"80%"})");
    CHECK(cited::to_json(std::vector<std::optional<rgb>>{orange, std::nullopt}) ==
          R"(["#ff8800",null])");
    CHECK(cited::from_json<rgb>(R"("#FF8800")") == orange);
    CHECK(cited::from_json<std::vector<form_user::swatch>>(cited::to_json(swatches)) == swatches);
  }
  SUBCASE("CSV: a field holding the text") {
    CHECK(cited::csv_columns<form_user::swatch>() ==
          std::vector<std::string>{"name", "colour", "accent", "opacity"});
    const std::string csv = cited::to_csv(swatches);
    CHECK(csv ==
          "name,colour,accent,opacity\r\n"
          "sun,#ff8800,,80%\r\n"
          "\"sea, deep\",#003366,#010203,0%\r\n");
    CHECK(cited::from_csv<form_user::swatch>(csv) == swatches);
    CHECK(cited::from_csv<form_user::swatch>("opacity,colour,name\n5%,#FFFFFF,w\n") ==
          std::vector<form_user::swatch>{{"w", rgb{255, 255, 255}, std::nullopt, percent(5)}});
  }
  SUBCASE("JSON: rejected text is \"expected <expected>, got <text>\", at its path") {
    CHECK(json_error_of<form_user::swatch>(R"({"name":"sun","colour":"orange"})") ==
          json_error_parts{
              "$.colour", R"(expected a colour such as "#ff8800", got "orange")",
              R"(1:24: at $.colour: expected a colour such as "#ff8800", got "orange")"});
    CHECK(json_error_of<std::vector<rgb>>(R"(["#000000", "#12345"])") ==
          json_error_parts{"$[1]", R"(expected a colour such as "#ff8800", got "#12345")",
                           R"(1:13: at $[1]: expected a colour such as "#ff8800", got "#12345")"});
    CHECK(json_error_of<rgb>("16746496") ==
          json_error_parts{"$", R"(expected a colour such as "#ff8800", got 16746496)",
                           R"(1:1: at $: expected a colour such as "#ff8800", got 16746496)"});
  }
  SUBCASE("CSV: rejected text is \"expected <expected>, got <text>\", in its field") {
    CHECK(csv_error_of<form_user::swatch>("name,colour,opacity\nsun,orange,1%\n") ==
          csv_error_parts{2, 2, "colour", R"(expected a colour such as "#ff8800", got "orange")",
                          R"(row 2, column 2 (colour): expected a colour such as "#ff8800", )"
                          R"(got "orange")"});
    CHECK(csv_error_of<form_user::swatch>("name,colour,opacity\nsun,,1%\n") ==
          csv_error_parts{2, 2, "colour",
                          R"(expected a colour such as "#ff8800", got an empty field)",
                          R"(row 2, column 2 (colour): expected a colour such as "#ff8800", )"
                          R"(got an empty field)"});
    CHECK(csv_error_of<form_user::swatch>("name,colour,accent,opacity\nsun,#000000,\"\",1%\n") ==
          csv_error_parts{2, 3, "accent", R"(expected a colour such as "#ff8800", got "")",
                          R"(row 2, column 3 (accent): expected a colour such as "#ff8800", )"
                          R"(got "")"});
  }
  SUBCASE("a reader that throws gives the exception's message as the reason") {
    CHECK(json_error_of<form_user::swatch>(R"({"name":"sun","opacity":"140%"})") ==
          json_error_parts{"$.opacity", "a percentage is 0% to 100%",
                           "1:25: at $.opacity: a percentage is 0% to 100%"});
    CHECK(csv_error_of<form_user::swatch>("name,colour,opacity\nsun,#000000,140%\n") ==
          csv_error_parts{2, 3, "opacity", "a percentage is 0% to 100%",
                          "row 2, column 3 (opacity): a percentage is 0% to 100%"});
    // The same reader's std::nullopt still gives the expected form.
    CHECK(csv_error_of<form_user::swatch>("name,colour,opacity\nsun,#000000,half\n") ==
          csv_error_parts{2, 3, "opacity", R"(expected a percentage such as "42%", got "half")",
                          R"(row 2, column 3 (opacity): expected a percentage such as "42%", )"
                          R"(got "half")"});
  }
}

TEST_CASE("string_form whose writer throws") {
  const std::vector<form_user::booking> rows{{"ada", {42}}, {"bob", {123456}}};
  SUBCASE("the text it writes") {
    CHECK(cited::to_json(rows[0]) == R"({"who":"ada","seat":"00042"})");
    CHECK(cited::to_csv(std::vector{rows[0]}) == "who,seat\r\nada,00042\r\n");
  }
  SUBCASE("JSON: the exception passes through, and the output is left as it was") {
    std::string out = "keep";
    CHECK_THROWS_WITH_AS(cited::to_json(rows, out), "not a five-digit number", std::length_error);
    CHECK(out == "keep");
  }
  SUBCASE("CSV: the exception passes through, and the output is left as it was") {
    std::string out = "keep";
    CHECK_THROWS_WITH_AS(cited::to_csv(rows, out), "not a five-digit number", std::length_error);
    CHECK(out == "keep");
  }
}

TEST_CASE("proxy_form") {
  const std::vector<form_user::trial> trials{{"A", fraction(3, 4), std::nullopt, celsius(-20.5)},
                                             {"B", fraction(0, 1), fraction(1, 2), celsius(4)}};
  SUBCASE("JSON: the proxy's form") {
    CHECK(cited::to_json(fraction(1, 4)) == R"({"k":1,"n":4})");
    CHECK(cited::to_json(celsius(36.6)) == "36.6");
    CHECK(cited::to_json(trials) ==
          R"([{"arm":"A","cured":{"k":3,"n":4},"stored_at":-20.5},)"
          R"({"arm":"B","cured":{"k":0,"n":1},"relapsed":{"k":1,"n":2},"stored_at":4}])");
    CHECK(cited::from_json<std::vector<form_user::trial>>(cited::to_json(trials)) == trials);
    CHECK(cited::from_json<fraction>(R"({"n":9,"k":2})") == fraction(2, 9));
  }
  SUBCASE("CSV: a described proxy is flattened; another proxy takes one column") {
    CHECK(cited::csv_columns<form_user::trial>() ==
          std::vector<std::string>{"arm", "cured.k", "cured.n", "relapsed.k", "relapsed.n",
                                   "stored_at"});
    const std::string csv = cited::to_csv(trials);
    CHECK(csv ==
          "arm,cured.k,cured.n,relapsed.k,relapsed.n,stored_at\r\n"
          "A,3,4,,,-20.5\r\n"
          "B,0,1,1,2,4\r\n");
    CHECK(cited::from_csv<form_user::trial>(csv) == trials);
    CHECK(cited::from_csv<form_user::trial>("stored_at,cured.n,arm,cured.k\n0,5,C,5\n") ==
          std::vector<form_user::trial>{{"C", fraction(5, 5), std::nullopt, celsius(0)}});
  }
  SUBCASE("CSV: rows of a proxied type") {
    CHECK(cited::csv_columns<fraction>() == std::vector<std::string>{"k", "n"});
    const std::vector<fraction> rows{fraction(1, 3), fraction(2, 2)};
    CHECK(cited::to_csv(rows, {.crlf = false}) == "k,n\n1,3\n2,2\n");
    CHECK(cited::from_csv<fraction>("n,k\n3,1\n2,2\n") == rows);
  }
  SUBCASE("JSON: from_proxy's exception is the reason, at the path of the value") {
    CHECK(json_error_of<form_user::trial>(R"({"arm":"A","cured":{"k":5,"n":4},"stored_at":1})") ==
          json_error_parts{"$.cured", "k must not exceed n",
                           "1:20: at $.cured: k must not exceed n"});
    CHECK(json_error_of<form_user::trial>(
              R"({"arm":"A","cured":{"k":1,"n":4},"relapsed":{"k":1,"n":0},"stored_at":1})") ==
          json_error_parts{"$.relapsed", "n must be positive",
                           "1:45: at $.relapsed: n must be positive"});
    CHECK(
        json_error_of<form_user::trial>(R"({"arm":"A","cured":{"k":1,"n":4},"stored_at":-300})") ==
        json_error_parts{"$.stored_at", "below absolute zero",
                         "1:46: at $.stored_at: below absolute zero"});
  }
  SUBCASE("JSON: the proxy's own errors, at the path inside it") {
    CHECK(json_error_of<form_user::trial>(R"({"arm":"A","cured":{"k":-1,"n":4},"stored_at":1})") ==
          json_error_parts{"$.cured.k", "expected an integer from 0 to 4294967295, got -1",
                           "1:25: at $.cured.k: expected an integer from 0 to 4294967295, got -1"});
    CHECK(json_error_of<form_user::trial>(R"({"arm":"A","cured":{"k":1},"stored_at":1})") ==
          json_error_parts{"$.cured", R"(missing member "n")",
                           R"(1:26: at $.cured: missing member "n")"});
  }
  SUBCASE("CSV: from_proxy's exception is the reason, in the value's first column") {
    CHECK(csv_error_of<form_user::trial>("arm,cured.k,cured.n,stored_at\nA,5,4,1\n") ==
          csv_error_parts{2, 2, "cured.k", "k must not exceed n",
                          "row 2, column 2 (cured.k): k must not exceed n"});
    CHECK(csv_error_of<form_user::trial>(
              "arm,cured.k,cured.n,relapsed.k,relapsed.n,stored_at\nA,1,4,1,0,1\n") ==
          csv_error_parts{2, 4, "relapsed.k", "n must be positive",
                          "row 2, column 4 (relapsed.k): n must be positive"});
    CHECK(csv_error_of<form_user::trial>("arm,cured.k,cured.n,stored_at\nA,1,4,-300\n") ==
          csv_error_parts{2, 4, "stored_at", "below absolute zero",
                          "row 2, column 4 (stored_at): below absolute zero"});
  }
  SUBCASE("CSV: the proxy's own errors, in their fields") {
    CHECK(csv_error_of<form_user::trial>(
              "arm,cured.k,cured.n,relapsed.k,relapsed.n,stored_at\nA,1,4,1,,1\n") ==
          csv_error_parts{2, 5, "relapsed.n",
                          "expected an integer from 0 to 4294967295, got an empty field",
                          "row 2, column 5 (relapsed.n): expected an integer from 0 to "
                          "4294967295, got an empty field"});
  }
}

TEST_CASE("proxy_form whose proxy is text") {
  const std::vector<form_user::tagged> rows{{1, form_user::label("a, b")},
                                            {2, form_user::label("c")}};
  SUBCASE("a CSV cell holds the text itself, quoted only as RFC 4180 needs") {
    const std::string csv = cited::to_csv(rows, {.crlf = false});
    CHECK(csv == "id,tag\n1,\"a, b\"\n2,c\n");
    CHECK(cited::from_csv<form_user::tagged>(csv) == rows);
  }
  SUBCASE("JSON holds a string") {
    CHECK(cited::to_json(rows[1]) == R"({"id":2,"tag":"c"})");
    CHECK(cited::from_json<form_user::tagged>(R"({"id":2,"tag":"c"})") == rows[1]);
  }
  SUBCASE("from_proxy's refusal names the cell") {
    const auto r = cited::try_from_csv<form_user::tagged>("id,tag\n1,\"\"\n");
    REQUIRE_FALSE(r);
    CHECK(std::string_view(r.error().what()) == "row 2, column 2 (tag): a label is not empty");
  }
}
