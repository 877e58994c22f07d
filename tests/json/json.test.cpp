// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/json.hpp>

#include <doctest/doctest.h>

#include <cited/value/country.hpp>
#include <cited/value/period.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <array>
#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <variant>
#include <vector>

using namespace cited::literals;
using namespace std::string_view_literals;

namespace news {

enum class medium { newspaper, broadcaster, database };
BOOST_DESCRIBE_ENUM(medium, newspaper, broadcaster, database)

struct outlet {
  std::string name;
  medium kind = medium::newspaper;
  std::optional<std::string> url;
  friend bool operator==(const outlet&, const outlet&) = default;
};
BOOST_DESCRIBE_STRUCT(outlet, (), (name, kind, url))

struct report {
  std::string title;
  std::chrono::year_month_day published{};
  std::vector<outlet> sources;
  std::map<std::string, int> counts;
  std::array<double, 2> range{};
  bool verified = false;
  friend bool operator==(const report&, const report&) = default;
};
BOOST_DESCRIBE_STRUCT(report, (), (title, published, sources, counts, range, verified))

struct narrow {
  std::uint8_t small = 0;
  std::int16_t medium_int = 0;
  float ratio = 0;
  friend bool operator==(const narrow&, const narrow&) = default;
};
BOOST_DESCRIBE_STRUCT(narrow, (), (small, medium_int, ratio))

struct by_country {
  cited::country who;  // no default constructor: read by aggregate initialization
  cited::period when;
  long value = 0;
  friend bool operator==(const by_country&, const by_country&) = default;
};
BOOST_DESCRIBE_STRUCT(by_country, (), (who, when, value))

struct base_fact {
  std::string id;
};
BOOST_DESCRIBE_STRUCT(base_fact, (), (id))

struct derived_fact : base_fact {
  int n = 0;
};
BOOST_DESCRIBE_STRUCT(derived_fact, (base_fact), (n))

class account {
 public:
  account() = default;
  account(std::string owner, long balance) : owner_(std::move(owner)), balance_(balance) {}
  const std::string& owner() const { return owner_; }
  long balance() const { return balance_; }
  friend bool operator==(const account&, const account&) = default;

 private:
  std::string owner_;
  long balance_ = 0;
  BOOST_DESCRIBE_CLASS(account, (), (), (), (owner_, balance_))
};

struct figure {
  long n = 0;
  friend bool operator==(const figure&, const figure&) = default;
};
BOOST_DESCRIBE_STRUCT(figure, (), (n))

struct note {
  std::string text;
  friend bool operator==(const note&, const note&) = default;
};
BOOST_DESCRIBE_STRUCT(note, (), (text))

struct entry {
  std::variant<figure, note> body;
  friend bool operator==(const entry&, const entry&) = default;
};
BOOST_DESCRIBE_STRUCT(entry, (), (body))

struct labelled {
  std::string label;
};
BOOST_DESCRIBE_STRUCT(labelled, (), (label))

struct defaulted {
  std::optional<int> x = 5;
};
BOOST_DESCRIBE_STRUCT(defaulted, (), (x))

struct nested {
  std::vector<nested> children;
};
BOOST_DESCRIBE_STRUCT(nested, (), (children))

// Keys that are not C++ identifiers.
struct issued {
  std::vector<std::vector<int>> date_parts;
};
BOOST_DESCRIBE_STRUCT(issued, (), (date_parts))

struct item {
  std::string container_title;
  std::optional<issued> when;
  std::optional<std::string> url;
};
BOOST_DESCRIBE_STRUCT(item, (), (container_title, when, url))

}  // namespace news

template <>
inline constexpr std::string_view cited::type_name<news::labelled> = "tag";
template <>
inline constexpr auto cited::field_keys<news::issued> =
    std::array<std::string_view, 1>{"date-parts"};
template <>
inline constexpr auto cited::field_keys<news::item> =
    std::array<std::string_view, 3>{"container-title", "issued", "URL"};

namespace {

news::report sample_report() {
  using namespace std::chrono;
  return {"Compute",
          2025y / August / 26d,
          {{"The Times", news::medium::newspaper, "https://example.org/a"},
           {"Dimensions", news::medium::database, std::nullopt}},
          {{"a", 1}, {"b", -2}},
          {0.5, 1e21},
          true};
}

// The error from reading `text` as T; fails the test when it reads.
template <class T>
cited::json_error error_of(std::string_view text, cited::json::read_options options = {}) {
  auto r = cited::try_from_json<T>(text, options);
  REQUIRE_FALSE(r.has_value());
  return r.error();
}

}  // namespace

TEST_CASE("to_json") {
  SUBCASE("compact, members in declaration order, empty optionals left out") {
    CHECK(cited::to_json(sample_report()) ==
          R"({"title":"Compute","published":"2025-08-26","sources":[{"name":"The Times",)"
          R"("kind":"newspaper","url":"https://example.org/a"},{"name":"Dimensions",)"
          R"("kind":"database"}],"counts":{"a":1,"b":-2},"range":[0.5,1e+21],"verified":true})");
  }
  SUBCASE("pretty") {
    const news::outlet o{"Times", news::medium::newspaper, std::nullopt};
    CHECK(cited::to_json(o, {.pretty = true}) ==
          "{\n  \"name\": \"Times\",\n  \"kind\": \"newspaper\"\n}");
    CHECK(cited::to_json(std::vector<int>{}, {.pretty = true}) == "[]");
    CHECK(cited::to_json(std::vector<int>{1, 2}, {.pretty = true, .indent = 4}) ==
          "[\n    1,\n    2\n]");
  }
  SUBCASE("spaced: one line, a space after each ',' and ':'") {
    CHECK(cited::to_json(sample_report(), {.spaced = true}) ==
          R"({"title": "Compute", "published": "2025-08-26", "sources": [{"name": "The Times", )"
          R"("kind": "newspaper", "url": "https://example.org/a"}, {"name": "Dimensions", )"
          R"("kind": "database"}], "counts": {"a": 1, "b": -2}, "range": [0.5, 1e+21], )"
          R"("verified": true})");
    CHECK(cited::to_json(std::variant<int, std::string>(1), {.spaced = true}) == R"({"int32": 1})");
    CHECK(cited::to_json(std::vector<int>{}, {.spaced = true}) == "[]");
    CHECK(cited::to_json(std::map<std::string, int>{}, {.spaced = true}) == "{}");
  }
  SUBCASE("pretty wins over spaced: no space before a newline") {
    const news::outlet o{"Times", news::medium::newspaper, std::nullopt};
    CHECK(cited::to_json(o, {.pretty = true, .spaced = true}) ==
          cited::to_json(o, {.pretty = true}));
  }
  SUBCASE("members under their field_keys") {
    const news::item i{"Site", news::issued{{{2025, 8}}}, "https://example.org"};
    CHECK(cited::to_json(i) == R"({"container-title":"Site","issued":{"date-parts":[[2025,8]]},)"
                               R"("URL":"https://example.org"})");
    CHECK(cited::to_json(i, {.spaced = true}) ==
          R"({"container-title": "Site", "issued": {"date-parts": [[2025, 8]]}, )"
          R"("URL": "https://example.org"})");
  }
  SUBCASE("null members on request") {
    const news::outlet o{"Times", news::medium::newspaper, std::nullopt};
    CHECK(cited::to_json(o, {.omit_null_members = false}) ==
          R"({"name":"Times","kind":"newspaper","url":null})");
    CHECK(cited::to_json(std::vector<std::optional<int>>{1, std::nullopt}) == "[1,null]");
  }
  SUBCASE("appends to the caller's string") {
    std::string out = "x=";
    cited::to_json(42, out);
    CHECK(out == "x=42");
  }
  SUBCASE("scalars") {
    CHECK(cited::to_json(true) == "true");
    CHECK(cited::to_json(std::int64_t{-9223372036854775807 - 1}) == "-9223372036854775808");
    CHECK(cited::to_json(std::uint64_t{18446744073709551615u}) == "18446744073709551615");
    CHECK(cited::to_json(0.1) == "0.1");
    CHECK(cited::to_json(-0.0) == "-0");
    CHECK(cited::to_json(1e-7) == "1e-07");
    CHECK(cited::to_json(0.1f) == "0.1");
    CHECK(cited::to_json(std::string("a\"b\\c\n\x01")) == R"("a\"b\\c\n\u0001")");
    CHECK(cited::to_json(std::string("\xE4\xB8\xAD")) == "\"\xE4\xB8\xAD\"");
  }
  SUBCASE("country and period") {
    CHECK(cited::to_json("CN"_country) == R"("CN")");
    CHECK(cited::to_json("SUHH"_country) == R"("SUHH")");
    CHECK(cited::to_json(cited::period::parse("2020/2024")) == R"("2020/2024")");
  }
  SUBCASE("private and inherited members") {
    CHECK(cited::to_json(news::account("Ada", 12)) == R"({"owner_":"Ada","balance_":12})");
    news::derived_fact d;
    d.id = "f1";
    d.n = 3;
    CHECK(cited::to_json(d) == R"({"id":"f1","n":3})");
  }
  SUBCASE("variants are objects named after the alternative's type") {
    CHECK(cited::to_json(news::entry{news::figure{7}}) == R"({"body":{"figure":{"n":7}}})");
    CHECK(cited::to_json(std::variant<int, std::string>("x")) == R"({"string":"x"})");
    CHECK(cited::to_json(std::variant<news::labelled, int>(news::labelled{"a"})) ==
          R"({"tag":{"label":"a"}})");
  }
}

TEST_CASE("to_json errors") {
  SUBCASE("NaN and infinity, with the path, leaving the output as it was") {
    std::string out = "keep";
    news::narrow n;
    n.ratio = std::numeric_limits<float>::quiet_NaN();
    CHECK_THROWS_WITH_AS(cited::to_json(n, out), "at $.ratio: cannot write NaN as JSON",
                         cited::json_error);
    CHECK(out == "keep");
    try {
      static_cast<void>(
          cited::to_json(std::vector<double>{1, std::numeric_limits<double>::infinity()}));
      FAIL("no exception");
    } catch (const cited::json_error& e) {
      CHECK(e.path() == "$[1]");
      CHECK(e.reason() == "cannot write infinity as JSON");
      CHECK(e.line() == 0);
    }
  }
  SUBCASE("a string that is not UTF-8") {
    CHECK_THROWS_WITH_AS(static_cast<void>(cited::to_json(news::note{"a\xFF"})),
                         "at $.text: cannot write a string that is not valid UTF-8",
                         cited::json_error);
    CHECK_THROWS_WITH_AS(
        static_cast<void>(cited::to_json(news::item{"a\xFF", {}, {}})),
        R"(at $["container-title"]: cannot write a string that is not valid UTF-8)",
        cited::json_error);
  }
  SUBCASE("an enum value with no name") {
    CHECK_THROWS_WITH_AS(static_cast<void>(cited::to_json(static_cast<news::medium>(7))),
                         "at $: the value 7 of enum medium has no name", cited::json_error);
  }
}

TEST_CASE("from_json") {
  SUBCASE("reads what to_json writes, compact or pretty") {
    const news::report r = sample_report();
    CHECK(cited::from_json<news::report>(cited::to_json(r)) == r);
    CHECK(cited::from_json<news::report>(cited::to_json(r, {.pretty = true})) == r);
  }
  SUBCASE("members in any order, whitespace anywhere, escapes in keys") {
    CHECK(cited::from_json<news::outlet>(
              " {\r\n\t\"kind\" : \"database\" , \"n\\u0061me\":\"D\"} ") ==
          news::outlet{"D", news::medium::database, std::nullopt});
  }
  SUBCASE("optional members: missing or null is empty") {
    CHECK(cited::from_json<news::outlet>(R"({"name":"a","kind":"newspaper","url":null})").url ==
          std::nullopt);
    CHECK(cited::from_json<news::outlet>(R"({"name":"a","kind":"newspaper","url":"u"})").url ==
          "u");
  }
  SUBCASE("numbers at their limits") {
    CHECK(cited::from_json<news::narrow>(R"({"small":255,"medium_int":-32768,"ratio":0.1})") ==
          news::narrow{255, -32768, 0.1f});
    CHECK(cited::from_json<std::int64_t>("-9223372036854775808") ==
          std::numeric_limits<std::int64_t>::min());
    CHECK(cited::from_json<std::uint64_t>("18446744073709551615") ==
          std::numeric_limits<std::uint64_t>::max());
    CHECK(cited::from_json<double>("1E2") == 100.0);
    CHECK(cited::from_json<double>("-0") == 0.0);
    CHECK(cited::from_json<double>("12345678901234567890123") == 12345678901234567890123.0);
    CHECK(cited::from_json<double>("2.2250738585072014e-308") == 2.2250738585072014e-308);
  }
  SUBCASE("types without a default constructor") {
    const news::by_country b{"CN"_country, cited::period::parse("2024-Q1"), 12};
    CHECK(cited::to_json(b) == R"({"who":"CN","when":"2024-Q1","value":12})");
    CHECK(cited::from_json<news::by_country>(cited::to_json(b)) == b);
    CHECK(cited::from_json<std::vector<cited::country>>(R"(["US","GB","SUHH"])") ==
          std::vector{"US"_country, "GB"_country, "SUHH"_country});
    CHECK(cited::from_json<std::optional<cited::country>>("null") == std::nullopt);
  }
  SUBCASE("private and inherited members, variants, maps") {
    CHECK(cited::from_json<news::account>(R"({"owner_":"Ada","balance_":12})") ==
          news::account("Ada", 12));
    const auto d = cited::from_json<news::derived_fact>(R"({"n":3,"id":"f1"})");
    CHECK(d.id == "f1");
    CHECK(d.n == 3);
    CHECK(cited::from_json<news::entry>(R"({"body":{"note":{"text":"hi"}}})") ==
          news::entry{news::note{"hi"}});
    CHECK(cited::from_json<std::unordered_map<std::string, int>>(R"({"a":1,"b":2})").size() == 2);
  }
  SUBCASE("the target form leaves the target unchanged on error") {
    news::outlet target{"kept", news::medium::broadcaster, "u"};
    CHECK_THROWS_AS(cited::from_json(R"({"name":"new","kind":"nope"})", target), cited::json_error);
    CHECK(target == news::outlet{"kept", news::medium::broadcaster, "u"});
    cited::from_json(R"({"name":"new","kind":"database"})", target);
    CHECK(target == news::outlet{"new", news::medium::database, std::nullopt});
  }
  SUBCASE("a missing optional member is empty, whatever its default initializer") {
    CHECK(cited::to_json(news::defaulted{std::nullopt}) == "{}");
    CHECK(cited::from_json<news::defaulted>("{}").x == std::nullopt);
    CHECK(cited::from_json<news::defaulted>(R"({"x":null})").x == std::nullopt);
    CHECK(cited::from_json<news::defaulted>(R"({"x":7})").x == 7);
  }
  SUBCASE("members under their field_keys, in any order") {
    const news::item i{"Site", news::issued{{{2025, 8, 1}}}, std::nullopt};
    CHECK(cited::from_json<news::item>(cited::to_json(i)).container_title == "Site");
    const auto back = cited::from_json<news::item>(cited::to_json(i, {.spaced = true}));
    CHECK(back.container_title == "Site");
    CHECK(back.when->date_parts == std::vector<std::vector<int>>{{2025, 8, 1}});
    CHECK_FALSE(back.url);
    const auto shuffled = cited::from_json<news::item>(
        R"({"URL":"u","issued":{"date-parts":[[1]]},"container-title":"c"})");
    CHECK(shuffled.url == "u");
    CHECK(shuffled.container_title == "c");
  }
  SUBCASE("unknown members may be skipped on request") {
    const auto o = cited::from_json<news::outlet>(
        R"({"extra":{"deep":[1,{"x":null}]},"name":"a","kind":"newspaper"})",
        {.skip_unknown_keys = true});
    CHECK(o.name == "a");
  }
}

TEST_CASE("from_json errors") {
  SUBCASE("the message names line, column, path and what was expected") {
    const auto e =
        error_of<news::report>("{\n  \"title\": \"t\",\n  \"published\": \"2025-13-01\"\n}");
    CHECK(std::string_view(e.what()) ==
          R"(3:16: at $.published: expected a date "YYYY-MM-DD", got "2025-13-01")");
    CHECK(e.line() == 3);
    CHECK(e.column() == 16);
    CHECK(e.offset() == 33);
    CHECK(e.path() == "$.published");
    CHECK(e.reason() == R"(expected a date "YYYY-MM-DD", got "2025-13-01")");
  }
  SUBCASE("paths through arrays, maps and variants") {
    CHECK(error_of<news::report>(R"({"title":"t","published":"2025-01-01","sources":[{},)"
                                 R"({"name":"x","kind":"radio"}]})")
              .path() == "$.sources[0]");
    CHECK(
        std::string_view(
            error_of<news::report>(
                R"({"title":"t","published":"2025-01-01","sources":[{"name":"x","kind":"radio"}]})")
                .what()) ==
        R"(1:69: at $.sources[0].kind: expected one of "newspaper", "broadcaster" or "database", got "radio")");
    CHECK(error_of<std::map<std::string, int>>(R"({"a b":true})").path() == R"($["a b"])");
    CHECK(error_of<news::entry>(R"({"body":{"figure":{"n":"7"}}})").path() == "$.body.figure.n");
  }
  SUBCASE("keys in paths are quoted and escaped as in JSON") {
    CHECK(error_of<std::map<std::string, int>>(R"({"a\"]b":true})").path() == R"($["a\"]b"])");
    const cited::json_error e("bad", "root", 0, 3, 4);
    CHECK(e.path() == "root");
    CHECK(e.reason() == "bad");
    CHECK(std::string_view(e.what()) == "3:4: at root: bad");
  }
  SUBCASE("column counts code points") {
    const auto e = error_of<std::vector<int>>("[\"\xE4\xB8\xAD\xE6\x96\x87\", 1]");
    CHECK(e.column() == 2);
    CHECK(error_of<std::vector<std::string>>("[\"\xE4\xB8\xAD\xE6\x96\x87\", 1]").column() == 8);
  }
  SUBCASE("strict members") {
    CHECK(std::string_view(
              error_of<news::outlet>(R"({"name":"a","kind":"newspaper","x":1})").what()) ==
          R"(1:32: at $: unknown member "x"; expected "name", "kind" or "url")");
    CHECK(error_of<news::outlet>(R"({"name":"a","name":"b","kind":"newspaper"})").reason() ==
          R"(duplicate member "name")");
    CHECK(std::string_view(error_of<news::outlet>(R"({"name":"a"})").what()) ==
          R"(1:12: at $: missing member "kind")");
    CHECK(error_of<std::map<std::string, int>>(R"({"a":1,"a":2})").reason() ==
          R"(duplicate key "a")");
  }
  SUBCASE("errors name field_keys, not C++ names") {
    CHECK(std::string_view(error_of<news::item>(R"({"container_title":"c"})").what()) ==
          R"(1:2: at $: unknown member "container_title"; expected "container-title", )"
          R"("issued" or "URL")");
    CHECK(error_of<news::item>(R"({"container-title":"a","container-title":"b"})").reason() ==
          R"(duplicate member "container-title")");
    CHECK(error_of<news::item>(R"({"URL":"u"})").reason() == R"(missing member "container-title")");
    CHECK(error_of<news::item>(R"({"container-title":1})").path() == R"($["container-title"])");
    CHECK(
        error_of<news::item>(R"({"container-title":"c","issued":{"date-parts":[["x"]]}})").path() ==
        R"($.issued["date-parts"][0][0])");
    CHECK(error_of<news::item>(R"({"container-title":"c","URL":2})").path() == "$.URL");
  }
  SUBCASE("numbers must fit") {
    CHECK(error_of<int>("2.5").reason() ==
          "expected an integer from -2147483648 to 2147483647, got 2.5");
    CHECK(error_of<int>("1e2").reason() ==
          "expected an integer from -2147483648 to 2147483647, got 1e2");
    CHECK(error_of<std::uint8_t>("256").reason() == "expected an integer from 0 to 255, got 256");
    CHECK(error_of<std::uint8_t>("-1").reason() == "expected an integer from 0 to 255, got -1");
    CHECK(error_of<std::int64_t>("9223372036854775808").path() == "$");
    CHECK(error_of<std::uint64_t>("18446744073709551616").path() == "$");
    CHECK(error_of<double>("1e400").reason() == "the number is out of range for double, got 1e400");
    CHECK(error_of<float>("1e39").reason() == "the number is out of range for float, got 1e39");
    CHECK(error_of<int>("01").reason() ==
          "expected the end of the input after the JSON value, got 1");
    CHECK(error_of<double>("NaN").reason() == "expected a number, got NaN");
  }
  SUBCASE("types must match") {
    CHECK(error_of<std::string>("12").reason() == "expected a string, got 12");
    CHECK(error_of<bool>("\"true\"").reason() == R"(expected true or false, got "true")");
    CHECK(error_of<std::vector<int>>("{}").reason() == "expected an array, got an object");
    CHECK(error_of<std::array<int, 2>>("[1]").reason() == "expected an array of 2 elements, got 1");
    CHECK(error_of<std::array<int, 2>>("[1,2,3]").reason() ==
          "expected an array of 2 elements, got more");
    CHECK(error_of<std::optional<int>>("\"x\"").reason() ==
          R"(expected an integer from -2147483648 to 2147483647 or null, got "x")");
    CHECK(error_of<cited::country>(R"("XX")").reason() ==
          R"(expected an ISO 3166-1 alpha-2 code such as "CN", or an ISO 3166-3 alpha-4 code )"
          R"(such as "SUHH", got "XX")");
    CHECK(error_of<cited::period>(R"("2024-Q5")").reason().starts_with("expected a period"));
  }
  SUBCASE("variants need exactly one known member") {
    CHECK(error_of<news::entry>(R"({"body":{}})").reason() ==
          "expected an object with one member, got an empty one");
    CHECK(error_of<news::entry>(R"({"body":{"figure":{"n":1},"note":{"text":""}}})").reason() ==
          "expected an object with one member, got a second one");
    CHECK(error_of<news::entry>(R"({"body":{"chart":{}}})").reason() ==
          R"(expected one of "figure" or "note", got "chart")");
  }
  SUBCASE("text that is not JSON") {
    CHECK(error_of<int>("").reason() ==
          "expected an integer from -2147483648 to 2147483647, got the end of the input");
    CHECK(error_of<int>("1 2").reason() ==
          "expected the end of the input after the JSON value, got 2");
    CHECK(error_of<std::vector<int>>("[1,]").reason() ==
          "expected an integer from -2147483648 to 2147483647, got ']'");
    CHECK(error_of<std::string>("\"a\xFF\"").reason() == "invalid UTF-8 in a string");
    CHECK(error_of<std::string>("\"a\tb\"").reason() ==
          "a control character in a string; it must be escaped");
    CHECK(error_of<std::string>(R"("\ud800")").reason() ==
          R"(a high surrogate \u escape without a low one after it)");
    CHECK(error_of<std::string>("\"abc").reason() == "unterminated string");
  }
  SUBCASE("nesting deeper than the limit") {
    std::string deep(300, '[');
    deep += std::string(300, ']');
    CHECK(
        error_of<news::nested>(R"({"children":[{"children":[{"children":[]}]}]})", {.max_depth = 4})
            .reason() == "nesting deeper than 4 levels");
    CHECK(cited::from_json<news::nested>(R"({"children":[{"children":[{"children":[]}]}]})",
                                         {.max_depth = 6})
              .children.size() == 1);
    CHECK_FALSE(cited::json::validate(deep));
    CHECK(cited::json::validate(deep, 300));
  }
  SUBCASE("from_json throws what try_from_json returns") {
    CHECK_THROWS_WITH_AS(static_cast<void>(cited::from_json<int>("true")),
                         "1:1: at $: expected an integer from -2147483648 to 2147483647, got true",
                         cited::json_error);
    const cited::json_result<int> r = cited::try_from_json<int>("true");
    CHECK_FALSE(r);
    CHECK_THROWS_AS(static_cast<void>(r.value()), cited::json_error);
  }
}

TEST_CASE("json::validate") {
  CHECK(cited::json::validate(R"({"a":[1,2.5e-3,true,false,null,"\u00e9"]})"));
  CHECK(cited::json::validate(" 0 "));
  const auto v = cited::json::validate("{\"a\":\n [1, 2,, 3]}");
  REQUIRE_FALSE(v);
  CHECK(std::string_view(v.error().what()) == "2:8: at $.a[2]: expected a JSON value, got ','");
  CHECK_FALSE(cited::json::validate("\xEF\xBB\xBF{}"));
  CHECK_FALSE(cited::json::validate("[1] x"));
  CHECK_FALSE(cited::json::validate(""));
}

TEST_CASE("as_json") {
  std::ostringstream os;
  os << cited::as_json(news::figure{7}) << ' '
     << cited::as_json(std::vector<int>{1}, {.pretty = true});
  CHECK(os.str() == "{\"n\":7} [\n  1\n]");
}

namespace news {

struct row {
  std::int64_t id = 0;
  std::string name;
  double value = 0;
  std::optional<std::string> note;
  friend bool operator==(const row&, const row&) = default;
};
BOOST_DESCRIBE_STRUCT(row, (), (id, name, value, note))

struct table {
  std::string title;
  std::vector<row> rows;
  std::vector<double> numbers;
  friend bool operator==(const table&, const table&) = default;
};
BOOST_DESCRIBE_STRUCT(table, (), (title, rows, numbers))

}  // namespace news

namespace {

news::table sample_table(std::size_t n, const std::string& tag) {
  news::table t{"table " + tag, {}, {}};
  for (std::size_t i = 0; i < n; ++i) {
    t.rows.push_back({static_cast<std::int64_t>(i) * 1'000'003 - 7,
                      "a name longer than the small-string buffer " + tag + std::to_string(i),
                      static_cast<double>(i) / 4,
                      i % 2 == 0 ? std::optional<std::string>("n") : std::nullopt});
    t.numbers.push_back(static_cast<double>(i) * 1.5);
  }
  return t;
}

}  // namespace

TEST_CASE("json::reader") {
  SUBCASE("reads like from_json") {
    cited::json::reader<news::table> reader;
    news::table target;
    for (std::size_t n : {5u, 3u, 0u, 8u, 2u}) {
      const std::string text = cited::to_json(sample_table(n, std::to_string(n)));
      reader.read(text, target);
      CHECK(target == cited::from_json<news::table>(text));
    }
  }
  SUBCASE("a member absent from the text is empty, whatever the storage held before") {
    cited::json::reader<news::row> reader;
    news::row target;
    reader.read(R"({"id":1,"name":"a","value":1.5,"note":"x"})", target);
    reader.read(R"({"id":2,"name":"b","value":2.5,"note":"y"})", target);
    reader.read(R"({"id":3,"name":"c","value":3.5})", target);
    CHECK(target == news::row{3, "c", 3.5, std::nullopt});
    reader.read(R"({"value":4.5,"name":"d","id":4})", target);
    CHECK(target == news::row{4, "d", 4.5, std::nullopt});
  }
  SUBCASE("storage is reused: two buffers, in turn") {
    cited::json::reader<news::table> reader;
    news::table target;
    const std::string text = cited::to_json(sample_table(40, "x"));
    reader.read(text, target);
    const news::row* first_rows = target.rows.data();
    const char* first_name = target.rows[7].name.data();
    const double* first_numbers = target.numbers.data();
    reader.read(text, target);
    const news::row* second_rows = target.rows.data();
    const char* second_name = target.rows[7].name.data();
    CHECK(second_rows != first_rows);
    for (int i = 0; i < 3; ++i) {
      reader.read(text, target);
      CHECK(target.rows.data() == first_rows);
      CHECK(target.rows[7].name.data() == first_name);
      CHECK(target.numbers.data() == first_numbers);
      reader.read(text, target);
      CHECK(target.rows.data() == second_rows);
      CHECK(target.rows[7].name.data() == second_name);
    }
    CHECK(target == sample_table(40, "x"));
    // A shorter text keeps the capacity.
    const std::size_t capacity = target.rows.capacity();
    reader.read(cited::to_json(sample_table(3, "y")), target);
    reader.read(cited::to_json(sample_table(3, "z")), target);
    CHECK(target.rows.capacity() == capacity);
    CHECK(target == sample_table(3, "z"));
  }
  SUBCASE("the target is unchanged after an error, at any depth") {
    cited::json::reader<news::table> reader;
    news::table target;
    const news::table kept = sample_table(6, "kept");
    const std::string good = cited::to_json(kept);
    reader.read(good, target);
    reader.read(good, target);  // both buffers hold storage
    const std::string longer = cited::to_json(sample_table(9, "other"));
    const std::vector<std::string> bad = {
        "",
        "[]",
        R"({"title":"t","rows":[],"numbers":[]} x)",
        R"({"title":"t","rows":[],"numbers":[1,2,"3"]})",
        R"({"title":"t","rows":[{"id":1,"name":"a","value":1}],"numbers":[1e400]})",
        R"({"title":"t","rows":[{"id":1,"name":"a","value":1},{"id":1.5,"name":"a","value":1}]})",
        R"({"title":"t","rows":[{"id":9223372036854775808,"name":"a","value":1}],"numbers":[]})",
        R"({"title":"t","rows":[{"id":1,"name":"a","value":1,"name":"b"}],"numbers":[]})",
        R"({"title":"t","rows":[{"id":1,"name":"a","value":1,"extra":0}],"numbers":[]})",
        R"({"title":"t","rows":[{"id":1,"name":"a"}],"numbers":[]})",
        "{\"title\":\"t\",\"rows\":[{\"id\":1,\"name\":\"\xC3\x28\",\"value\":1}],\"numbers\":[]}",
        longer.substr(0, longer.size() - 1),
        longer.substr(0, longer.size() / 2),
    };
    for (const std::string& text : bad) {
      CAPTURE(text);
      const std::optional<cited::json_error> e = reader.try_read(text, target);
      CHECK(e.has_value());
      CHECK(target == kept);
      CHECK_THROWS_AS(reader.read(text, target), cited::json_error);
      CHECK(target == kept);
    }
    // The errors are those of from_json.
    CHECK(std::string_view(reader.try_read(bad[5], target)->what()) ==
          std::string_view(error_of<news::table>(bad[5]).what()));
    CHECK(reader.try_read(bad[5], target)->path() == "$.rows[1].id");
    // And the reader goes on reading after them.
    reader.read(longer, target);
    CHECK(target == sample_table(9, "other"));
    reader.read(good, target);
    CHECK(target == kept);
  }
  SUBCASE("reading into the reader's own value") {
    cited::json::reader<news::table> reader;
    CHECK(reader.value() == news::table{});
    const news::table kept = sample_table(6, "kept");
    const news::table& first = reader.read(cited::to_json(kept));
    CHECK(first == kept);
    CHECK(&reader.value() == &first);
    const std::string text = cited::to_json(sample_table(30, "x"));
    const news::table& second = reader.read(text);
    CHECK(&second != &first);
    CHECK(second == sample_table(30, "x"));
    const news::row* rows = second.rows.data();
    CHECK(&reader.read(text) == &first);
    CHECK(reader.read(text).rows.data() == rows);  // the storage of two reads before
    CHECK_THROWS_AS(reader.read(R"({"title":"t","rows":[{"id":1}],"numbers":[]})"),
                    cited::json_error);
    CHECK(reader.value() == sample_table(30, "x"));
    CHECK(reader.value().rows.data() == rows);
    CHECK(reader.read(cited::to_json(kept)) == kept);
  }
  SUBCASE("options") {
    cited::json::reader<news::row> reader(cited::json::read_options{.skip_unknown_keys = true});
    news::row target;
    reader.read(R"({"id":1,"x":[1,{}],"name":"a","value":2})", target);
    CHECK(target == news::row{1, "a", 2, std::nullopt});
  }
}

TEST_CASE("from_json fast paths") {
  SUBCASE("integers of every length") {
    for (std::int64_t v : {std::int64_t{0}, std::int64_t{7}, std::int64_t{-7}}) {
      CHECK(cited::from_json<std::int64_t>(std::to_string(v) + "        ") == v);
    }
    std::int64_t v = 1;
    for (int digits = 1; digits <= 19; ++digits) {
      const std::int64_t n = v * 9 + digits % 10;  // 9...9d-ish values of each length
      for (std::int64_t x : {n, -n, v, -v}) {
        CAPTURE(x);
        const std::string s = std::to_string(x);
        CHECK(cited::from_json<std::int64_t>(s) == x);
        CHECK(cited::from_json<std::vector<std::int64_t>>("[" + s + "," + s + "]") ==
              std::vector<std::int64_t>{x, x});
        CHECK(cited::from_json<std::vector<std::int64_t>>("[" + s + " , " + s + "          ]") ==
              std::vector<std::int64_t>{x, x});
        const std::string padded = "[" + s + "," + s + std::string(24, ' ') + "]";
        CHECK(cited::from_json<std::vector<std::int64_t>>(padded) ==
              std::vector<std::int64_t>{x, x});
        const auto narrow = cited::try_from_json<std::vector<std::int32_t>>(padded);
        const bool fits = x >= std::numeric_limits<std::int32_t>::min() &&
                          x <= std::numeric_limits<std::int32_t>::max();
        CHECK(narrow.has_value() == fits);
        if (fits) CHECK((*narrow)[0] == x);
        const auto unsigned_ = cited::try_from_json<std::vector<std::uint64_t>>(padded);
        CHECK(unsigned_.has_value() == (x >= 0));
        if (x >= 0) CHECK((*unsigned_)[0] == static_cast<std::uint64_t>(x));
      }
      if (digits < 19) v *= 10;
    }
    const std::string max = std::to_string(std::numeric_limits<std::int64_t>::max());
    const std::string min = std::to_string(std::numeric_limits<std::int64_t>::min());
    CHECK(cited::from_json<std::vector<std::int64_t>>("[" + max + "," + min + "]") ==
          std::vector<std::int64_t>{std::numeric_limits<std::int64_t>::max(),
                                    std::numeric_limits<std::int64_t>::min()});
    const std::string padding(24, ' ');
    for (const char* bad : {"9223372036854775808", "-9223372036854775809", "12345678.0",
                            "12345678e1", "012345678", "1234567890123456789012", "-", "-a",
                            "1234567812345678.5", "1234567812345678e1", "00", "-01"}) {
      CAPTURE(bad);
      CHECK_FALSE(cited::try_from_json<std::vector<std::int64_t>>(std::string("[") + bad + "," +
                                                                  padding + "1]"));
    }
    CHECK(cited::from_json<std::vector<std::int64_t>>("[1234567812345678," + padding + "1]")[0] ==
          1234567812345678);
    CHECK(cited::from_json<std::vector<std::int64_t>>("[-0," + padding + "1]")[0] == 0);
    CHECK(cited::from_json<std::vector<std::uint64_t>>("[-0," + padding + "1]")[0] == 0);
    CHECK_FALSE(cited::try_from_json<std::vector<std::int64_t>>("[9223372036854775808, 1]"));
    CHECK_FALSE(cited::try_from_json<std::vector<std::int64_t>>("[-9223372036854775809, 1]"));
    CHECK_FALSE(cited::try_from_json<std::vector<std::int64_t>>("[12345678.0, 1]"));
    CHECK_FALSE(cited::try_from_json<std::vector<std::int64_t>>("[12345678e1, 1]"));
    CHECK_FALSE(cited::try_from_json<std::vector<std::int64_t>>("[012345678, 1]"));
    CHECK_FALSE(cited::try_from_json<std::vector<std::int64_t>>("[1234567890123456789012, 1]"));
    CHECK(cited::from_json<std::vector<std::uint64_t>>("[18446744073709551615,0]") ==
          std::vector<std::uint64_t>{18446744073709551615u, 0});
    CHECK_FALSE(cited::try_from_json<std::vector<std::uint64_t>>("[18446744073709551616, 1]"));
    CHECK(cited::from_json<std::vector<std::uint8_t>>("[255,0]") ==
          std::vector<std::uint8_t>{255, 0});
    CHECK_FALSE(cited::try_from_json<std::vector<std::uint8_t>>("[256, 1, 1, 1, 1, 1]"));
  }
  SUBCASE("short decimals read as std::from_chars does") {
    std::uint64_t seed = 42;
    const auto next = [&] {
      seed = seed * 6364136223846793005u + 1442695040888963407u;
      return seed >> 20;
    };
    for (int i = 0; i < 20000; ++i) {
      const std::uint64_t whole = next() % 100'000'000;
      const int fraction_digits = static_cast<int>(next() % 18);
      // Appended, not "literal" + std::string&&, which g++ 12 -O3 wrongly warns about.
      std::string s;
      if (next() % 4 == 0) s += '-';
      s += std::to_string(whole);
      if (fraction_digits != 0) {
        s += '.';
        for (int d = 0; d < fraction_digits; ++d) s += static_cast<char>('0' + next() % 10);
      }
      CAPTURE(s);
      double expected = 0;
      std::from_chars(s.data(), s.data() + s.size(), expected);
      float expected_float = 0;
      std::from_chars(s.data(), s.data() + s.size(), expected_float);
      const auto doubles = cited::from_json<std::vector<double>>("[" + s + "," + s + "]");
      CHECK(doubles[0] == expected);
      CHECK(std::signbit(doubles[0]) == std::signbit(expected));
      CHECK(cited::from_json<std::vector<float>>("[" + s + "," + s + "]")[0] == expected_float);
    }
    CHECK_FALSE(cited::try_from_json<std::vector<double>>("[01.5, 1, 1, 1, 1]"));
    CHECK_FALSE(cited::try_from_json<std::vector<double>>("[1., 1, 1, 1, 1]"));
    CHECK_FALSE(cited::try_from_json<std::vector<double>>("[-.5, 1, 1, 1, 1]"));
    CHECK(cited::from_json<std::vector<double>>("[1.5e3, 1, 1, 1, 1]")[0] == 1500);
    CHECK_FALSE(cited::try_from_json<std::vector<double>>("[1.5e400, 1, 1, 1, 1]"));
  }
  SUBCASE("strings with and without escapes, in and out of ASCII") {
    CHECK(cited::from_json<std::vector<std::string>>(
              "[\"Jos\xC3\xA9 Fern\xC3\xA1ndez\",\"S\xC3\xB8ren \\\"x\\\" \xC3\xA9\"]") ==
          std::vector<std::string>{"Jos\xC3\xA9 Fern\xC3\xA1ndez", "S\xC3\xB8ren \"x\" \xC3\xA9"});
    CHECK(error_of<std::vector<std::string>>("[\"Jos\xC3\xA9 \xC3\x28\"]").reason() ==
          "invalid UTF-8 in a string");
    CHECK(error_of<std::vector<std::string>>("[\"Jos\xC3\xA9 \x01\"]").reason() ==
          "a control character in a string; it must be escaped");
    CHECK(error_of<std::vector<std::string>>("[\"Jos\xC3\xA9").reason() == "unterminated string");
    CHECK(error_of<std::vector<std::string>>("[\"Jos\xC3").reason() == "invalid UTF-8 in a string");
  }
  SUBCASE("members in any order and spacing") {
    const news::row expected{12, "n", 0.5, "x"};
    for (const char* text : {R"({"id":12,"name":"n","value":0.5,"note":"x"})",
                             R"({ "id" : 12 , "name" : "n" , "value" : 0.5 , "note" : "x" })",
                             R"({"id":12,"name" :"n","value":0.5,"note":"x"})",
                             R"({"note":"x","value":0.5,"name":"n","id":12})",
                             R"({"id":12,"value":0.5,"name":"n","note":"x"})",
                             "{\n  \"id\": 12,\n  \"name\": \"n\",\n  \"value\": 0.5,\n  \"note\": "
                             "\"x\"\n}"}) {
      CAPTURE(text);
      CHECK(cited::from_json<news::row>(text) == expected);
    }
    CHECK(error_of<news::row>(R"({"id":12,"name":"n","value":0.5,"note":"x","id":1})").reason() ==
          R"(duplicate member "id")");
    CHECK(error_of<news::row>(R"({"id":12,"name":"n","value":0.5,"note":"x",})").reason() ==
          "expected a member name in quotes, got '}'");
    CHECK(error_of<news::row>(R"({"id":12,"name":"n"})").reason() == R"(missing member "value")");
    CHECK(error_of<news::row>(R"({"id":12,"name":"n" "value":0.5})").reason() ==
          "expected ',' or '}' after an object member, got \"value\"");
    CHECK(error_of<news::row>(R"({"id":12,"name":"n","valu":0.5})")
              .reason()
              .starts_with(R"(unknown member "valu")"));
    CHECK(error_of<news::row>(R"({"id":12,"name":"n","value":"0.5"})").path() == "$.value");
    CHECK(cited::from_json<news::row>(R"({"id":12,"name":"n","value":0.5})") ==
          news::row{12, "n", 0.5, std::nullopt});
  }
}
