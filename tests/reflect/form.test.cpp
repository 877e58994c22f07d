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

// Value classes a user might give a data form.
namespace form_user {

// A colour, written "#rrggbb".
class rgb {
 public:
  constexpr rgb(std::uint8_t r, std::uint8_t g, std::uint8_t b) noexcept : r_(r), g_(g), b_(b) {}

  static constexpr std::optional<rgb> from_hex(std::string_view s) noexcept {
    if (s.size() != 7 || s[0] != '#') return std::nullopt;
    int v[6] = {};
    for (std::size_t i = 0; i < 6; ++i) {
      const char c = s[i + 1];
      if (c >= '0' && c <= '9') {
        v[i] = c - '0';
      } else if (c >= 'a' && c <= 'f') {
        v[i] = c - 'a' + 10;
      } else if (c >= 'A' && c <= 'F') {
        v[i] = c - 'A' + 10;
      } else {
        return std::nullopt;
      }
    }
    return rgb(static_cast<std::uint8_t>(v[0] * 16 + v[1]),
               static_cast<std::uint8_t>(v[2] * 16 + v[3]),
               static_cast<std::uint8_t>(v[4] * 16 + v[5]));
  }

  std::string hex() const {
    static constexpr char digits[] = "0123456789abcdef";
    std::string out = "#";
    for (const std::uint8_t c : {r_, g_, b_}) {
      out += digits[c >> 4];
      out += digits[c & 0xF];
    }
    return out;
  }

  friend constexpr bool operator==(rgb, rgb) noexcept = default;

 private:
  std::uint8_t r_, g_, b_;
};

// A whole percentage, written "42%"; its reader throws for a number above 100.
class percent {
 public:
  explicit constexpr percent(int value) : value_(value) {
    if (value < 0 || value > 100) throw std::invalid_argument("a percentage is 0% to 100%");
  }
  constexpr int value() const noexcept { return value_; }
  friend constexpr bool operator==(percent, percent) noexcept = default;

 private:
  int value_;
};

// k of n, with k <= n; written as its proxy, a described struct.
class fraction {
 public:
  fraction(unsigned k, unsigned n) : k_(k), n_(n) {
    if (n == 0) throw std::invalid_argument("n must be positive");
    if (k > n) throw std::invalid_argument("k must not exceed n");
  }
  unsigned k() const noexcept { return k_; }
  unsigned n() const noexcept { return n_; }
  friend bool operator==(const fraction&, const fraction&) = default;

 private:
  unsigned k_, n_;
};

struct fraction_parts {
  unsigned k = 0;
  unsigned n = 0;
};
BOOST_DESCRIBE_STRUCT(fraction_parts, (), (k, n))

// A temperature; written as its proxy, a number, which has one column.
class celsius {
 public:
  explicit celsius(double degrees) : degrees_(degrees) {
    if (degrees < -273.15) throw std::invalid_argument("below absolute zero");
  }
  double degrees() const noexcept { return degrees_; }
  friend bool operator==(const celsius&, const celsius&) = default;

 private:
  double degrees_;
};

struct swatch {
  std::string name;
  rgb colour{0, 0, 0};
  std::optional<rgb> accent;
  percent opacity{100};
  friend bool operator==(const swatch&, const swatch&) = default;
};
BOOST_DESCRIBE_STRUCT(swatch, (), (name, colour, accent, opacity))

// No default constructor: a fraction has no default value.
struct trial {
  std::string arm;
  fraction cured;
  std::optional<fraction> relapsed;
  celsius stored_at;
  friend bool operator==(const trial&, const trial&) = default;
};
BOOST_DESCRIBE_STRUCT(trial, (), (arm, cured, relapsed, stored_at))

// A ticket number, written with five digits; its writer throws for a longer one.
struct ticket {
  int number = 0;
  friend bool operator==(const ticket&, const ticket&) = default;
};

struct booking {
  std::string who;
  ticket seat;
};
BOOST_DESCRIBE_STRUCT(booking, (), (who, seat))

// A label whose proxy is a string: a plain text cell in CSV, a JSON string in JSON.
class label {
 public:
  explicit label(std::string text) : text_(std::move(text)) {
    if (text_.empty()) throw std::invalid_argument("a label is not empty");
  }
  const std::string& text() const noexcept { return text_; }
  friend bool operator==(const label&, const label&) = default;

 private:
  std::string text_;
};

struct tagged {
  int id = 0;
  label tag{"none"};
  friend bool operator==(const tagged&, const tagged&) = default;
};
BOOST_DESCRIBE_STRUCT(tagged, (), (id, tag))

// Neither form: a string_form without a reader, and proxy_forms with the wrong signatures.
struct write_only {};
struct wrong_reader {};
struct proxy_without_from {};
struct proxy_from_other {};

}  // namespace form_user

template <>
struct cited::string_form<form_user::rgb> {
  static constexpr std::string_view expected = "a colour such as \"#ff8800\"";
  static void write(const form_user::rgb& c, std::string& out) { out += c.hex(); }
  static std::optional<form_user::rgb> read(std::string_view text) {
    return form_user::rgb::from_hex(text);
  }
};

template <>
struct cited::string_form<form_user::percent> {
  static constexpr std::string_view expected = "a percentage such as \"42%\"";
  static void write(form_user::percent p, std::string& out) {
    out += std::to_string(p.value());
    out += '%';
  }
  // Malformed text is std::nullopt; a number out of range throws from percent's constructor.
  static std::optional<form_user::percent> read(std::string_view text) {
    if (text.size() < 2 || text.size() > 4 || text.back() != '%') return std::nullopt;
    int v = 0;
    for (const char c : text.substr(0, text.size() - 1)) {
      if (c < '0' || c > '9') return std::nullopt;
      v = v * 10 + (c - '0');
    }
    return form_user::percent(v);
  }
};

template <>
struct cited::string_form<form_user::ticket> {
  static constexpr std::string_view expected = "a five-digit ticket number";
  static void write(const form_user::ticket& t, std::string& out) {
    if (t.number < 0 || t.number > 99999) throw std::length_error("not a five-digit number");
    const std::string digits = std::to_string(t.number);
    out.append(5 - digits.size(), '0');
    out += digits;
  }
  static std::optional<form_user::ticket> read(std::string_view text) {
    if (text.size() != 5) return std::nullopt;
    form_user::ticket t;
    for (const char c : text) {
      if (c < '0' || c > '9') return std::nullopt;
      t.number = t.number * 10 + (c - '0');
    }
    return t;
  }
};

template <>
struct cited::proxy_form<form_user::fraction> {
  using proxy = form_user::fraction_parts;
  static proxy to_proxy(const form_user::fraction& f) { return {f.k(), f.n()}; }
  static form_user::fraction from_proxy(proxy&& p) { return form_user::fraction(p.k, p.n); }
};

template <>
struct cited::proxy_form<form_user::label> {
  using proxy = std::string;
  static std::string to_proxy(const form_user::label& l) { return l.text(); }
  static form_user::label from_proxy(std::string&& s) { return form_user::label(std::move(s)); }
};

template <>
struct cited::proxy_form<form_user::celsius> {
  using proxy = double;
  static double to_proxy(const form_user::celsius& t) { return t.degrees(); }
  static form_user::celsius from_proxy(double&& d) { return form_user::celsius(d); }
};

template <>
struct cited::string_form<form_user::write_only> {
  static constexpr std::string_view expected = "anything";
  static void write(const form_user::write_only&, std::string&) {}
};

template <>
struct cited::string_form<form_user::wrong_reader> {
  static constexpr std::string_view expected = "anything";
  static void write(const form_user::wrong_reader&, std::string&) {}
  static std::optional<std::string> read(std::string_view text) { return std::string(text); }
};

template <>
struct cited::proxy_form<form_user::proxy_without_from> {
  using proxy = int;
  static int to_proxy(const form_user::proxy_without_from&) { return 0; }
};

template <>
struct cited::proxy_form<form_user::proxy_from_other> {
  using proxy = int;
  static int to_proxy(const form_user::proxy_from_other&) { return 0; }
  static int from_proxy(int&& i) { return i; }
};

static_assert(cited::has_string_form<form_user::rgb>);
static_assert(cited::has_string_form<form_user::percent>);
static_assert(cited::has_string_form<cited::country>);
static_assert(cited::has_string_form<cited::period>);
static_assert(!cited::has_string_form<int>);
static_assert(!cited::has_string_form<std::string>);
static_assert(!cited::has_string_form<form_user::fraction>);
static_assert(!cited::has_string_form<form_user::swatch>);
static_assert(!cited::has_string_form<form_user::write_only>);
static_assert(!cited::has_string_form<form_user::wrong_reader>);

static_assert(cited::has_proxy_form<form_user::fraction>);
static_assert(cited::has_proxy_form<form_user::celsius>);
static_assert(!cited::has_proxy_form<form_user::rgb>);
static_assert(!cited::has_proxy_form<form_user::fraction_parts>);
static_assert(!cited::has_proxy_form<cited::country>);
static_assert(!cited::has_proxy_form<int>);
static_assert(!cited::has_proxy_form<form_user::proxy_without_from>);
static_assert(!cited::has_proxy_form<form_user::proxy_from_other>);

static_assert(!std::is_default_constructible_v<form_user::trial>);

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
