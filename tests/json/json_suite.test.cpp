// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

// cited/json.hpp against outside references and random data: the JSONTestSuite parsing files
// (tests/data/JSONTestSuite, found through CITED_JSON_TEST_SUITE_DIR), shortest round trips of a
// million doubles, and round trips of random described structs.

#include <cited/json.hpp>

#include <doctest/doctest.h>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <algorithm>
#include <array>
#include <bit>
#include <charconv>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <limits>
#include <map>
#include <optional>
#include <random>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <system_error>
#include <variant>
#include <vector>

#ifndef CITED_JSON_TEST_SUITE_DIR
#error "Define CITED_JSON_TEST_SUITE_DIR as the path of tests/data/JSONTestSuite/test_parsing"
#endif

namespace {

// ---------------------------------------------------------------------------------------------
// JSONTestSuite

struct suite_file {
  std::string name;
  std::string text;
};

// Every .json file of the folder, read as bytes, sorted by name.
std::vector<suite_file> read_suite(const std::filesystem::path& dir) {
  std::vector<suite_file> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (!entry.is_regular_file() || entry.path().extension() != ".json") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    if (in.bad()) throw std::runtime_error("cannot read " + entry.path().string());
    files.push_back({entry.path().filename().string(), std::move(text)});
  }
  std::ranges::sort(files, {}, &suite_file::name);
  return files;
}

std::string describe(const cited::json::validation& v) {
  if (v) return "accepted";
  const cited::json_error& e = v.error();
  return "rejected at " + std::to_string(e.line()) + ":" + std::to_string(e.column()) +
         " (offset " + std::to_string(e.offset()) + "): " + e.what();
}

// A rejection points into the input.
void check_location(const cited::json::validation& v, const std::string& text) {
  if (v) return;
  const cited::json_error& e = v.error();
  CHECK(e.line() >= 1U);
  CHECK(e.column() >= 1U);
  CHECK(e.offset() <= text.size());
}

enum class outcome { accepted, rejected };

struct pinned_outcome {
  std::string_view file;
  outcome expected;
};

using enum outcome;

// cited's decision for each file the suite leaves to the parser.
constexpr std::array<pinned_outcome, 35> implementation_defined{{
    // Numbers: the grammar is valid; range is only checked when reading into a typed number.
    {"i_number_double_huge_neg_exp.json", accepted},    // 123.456e-789
    {"i_number_huge_exp.json", accepted},               // 0.4e00669999999...
    {"i_number_neg_int_huge_exp.json", accepted},       // -1e+9999
    {"i_number_pos_double_huge_exp.json", accepted},    // 1.5e+9999
    {"i_number_real_neg_overflow.json", accepted},      // -123123e100000
    {"i_number_real_pos_overflow.json", accepted},      // 123123e100000
    {"i_number_real_underflow.json", accepted},         // 123e-10000000
    {"i_number_too_big_neg_int.json", accepted},        // -123123...123, 30 digits
    {"i_number_too_big_pos_int.json", accepted},        // 10^20
    {"i_number_very_big_negative_int.json", accepted},  // -2374...7846, 48 digits
    // Escapes that are no Unicode scalar value: lone, reversed or unpaired surrogates.
    {"i_object_key_lone_2nd_surrogate.json", rejected},                 // {"\uDFAA":0}
    {"i_string_1st_surrogate_but_2nd_missing.json", rejected},          // \uDADA
    {"i_string_1st_valid_surrogate_2nd_invalid.json", rejected},        // \uD888\u1234
    {"i_string_incomplete_surrogate_and_escape_valid.json", rejected},  // \uD800\n
    {"i_string_incomplete_surrogate_pair.json", rejected},              // \uDd1ea
    {"i_string_incomplete_surrogates_escape_valid.json", rejected},     // \uD800\uD800\n
    {"i_string_invalid_lonely_surrogate.json", rejected},               // \ud800
    {"i_string_invalid_surrogate.json", rejected},                      // \ud800abc
    {"i_string_inverted_surrogates_U+1D11E.json", rejected},            // \uDd1e\uD834
    {"i_string_lone_second_surrogate.json", rejected},                  // \uDFAA
    // Bytes that are not UTF-8.
    {"i_string_UTF-8_invalid_sequence.json", rejected},          // FA, a lead byte UTF-8 lacks
    {"i_string_UTF8_surrogate_U+D800.json", rejected},           // ED A0 80, an encoded surrogate
    {"i_string_invalid_utf-8.json", rejected},                   // FF
    {"i_string_iso_latin_1.json", rejected},                     // E9 with no continuation
    {"i_string_lone_utf8_continuation_byte.json", rejected},     // 81
    {"i_string_not_in_unicode_range.json", rejected},            // F4 BF BF BF, above U+10FFFF
    {"i_string_overlong_sequence_2_bytes.json", rejected},       // C0 AF
    {"i_string_overlong_sequence_6_bytes.json", rejected},       // FC 83 BF BF BF BF
    {"i_string_overlong_sequence_6_bytes_null.json", rejected},  // FC 80 80 80 80 80
    {"i_string_truncated-utf-8.json", rejected},                 // E0 FF
    // Whole files in UTF-16, or with a byte-order mark.
    {"i_string_UTF-16LE_with_BOM.json", rejected},          // FF FE 5B 00 22 00 ...
    {"i_string_utf16BE_no_BOM.json", rejected},             // 00 5B 00 22 ...
    {"i_string_utf16LE_no_BOM.json", rejected},             // 5B 00 22 00 ...
    {"i_structure_UTF-8_BOM_empty_object.json", rejected},  // EF BB BF 7B 7D
    // Deeper than the default max_depth of 256.
    {"i_structure_500_nested_arrays.json", rejected},  // 500 [ then 500 ]
}};
static_assert(
    [] {
      for (std::size_t i = 0; i < implementation_defined.size(); ++i) {
        for (std::size_t j = 0; j < i; ++j) {
          if (implementation_defined[i].file == implementation_defined[j].file) return false;
        }
      }
      return true;
    }(),
    "each i_ file is pinned once");

// ---------------------------------------------------------------------------------------------
// Doubles

// What cited writes: a whole number below 2^53 (2^24 for a float) as an integer, anything else as
// std::to_chars writes it, the shortest form that reads back exactly.
template <class T>
std::string expected_text(T v) {
  std::array<char, 64> buf{};
  const double limit = sizeof(T) == 8 ? 9007199254740992.0 : 16777216.0;
  const double magnitude = std::fabs(static_cast<double>(v));
  std::to_chars_result r{};
  if (magnitude < limit && std::floor(magnitude) == magnitude) {
    char* p = buf.data();
    if (std::signbit(v)) *p++ = '-';
    r = std::to_chars(p, buf.data() + buf.size(), static_cast<std::uint64_t>(magnitude));
  } else {
    r = std::to_chars(buf.data(), buf.data() + buf.size(), v);
  }
  if (r.ec != std::errc{}) return "<to_chars failed>";
  return std::string(buf.data(), r.ptr);
}

std::string shortest(double d) { return expected_text(d); }

std::string hex_bits(double d) {
  std::ostringstream out;
  out << "0x" << std::hex << std::bit_cast<std::uint64_t>(d);
  return out.str();
}

// The values every run includes, before the random ones.
std::vector<double> special_doubles() {
  using limits = std::numeric_limits<double>;
  std::vector<double> out{0.0,
                          -0.0,
                          limits::max(),
                          -limits::max(),
                          limits::min(),
                          -limits::min(),
                          limits::denorm_min(),
                          -limits::denorm_min(),
                          limits::lowest(),
                          limits::epsilon(),
                          1.0,
                          -1.0,
                          0.1,
                          0.3,
                          1e21,
                          1e22,
                          1e23,
                          5e-324,
                          2.2250738585072009e-308,  // the largest subnormal
                          9007199254740992.0,       // 2^53
                          9007199254740994.0,
                          123456789012345678.0,
                          -1.5e-7,
                          1e-7};
  return out;
}

// A short decimal, m * 10^e with 1 to 17 digits, as data usually holds: the writer's fast path.
template <class T>
T random_decimal(std::mt19937_64& rng) {
  const int digits = std::uniform_int_distribution<int>(1, 17)(rng);
  std::string text = std::to_string(rng() % 10);
  for (int k = 1; k < digits; ++k) text += static_cast<char>('0' + rng() % 10);
  text += 'e' + std::to_string(std::uniform_int_distribution<int>(-30, 25)(rng));
  T value{};
  std::from_chars(text.data(), text.data() + text.size(), value);
  return rng() % 2 == 0 ? value : -value;
}

// A finite double from one of six families, chosen by i.
double random_double(std::mt19937_64& rng, std::size_t i) {
  switch (i % 6) {
    case 5:
      return random_decimal<double>(rng);
    case 0:  // any bit pattern that is finite
      for (;;) {
        const double d = std::bit_cast<double>(rng());
        if (std::isfinite(d)) return d;
      }
    case 1:
      return std::uniform_real_distribution<double>(0.0, 1.0)(rng);
    case 2:
      return std::uniform_real_distribution<double>(-1e9, 1e9)(rng);
    case 3:
      return static_cast<double>(std::uniform_int_distribution<int>(-100'000, 100'000)(rng));
    default: {  // a subnormal: exponent bits zero, mantissa non-zero, either sign
      constexpr std::uint64_t sign = std::uint64_t{1} << 63;
      constexpr std::uint64_t mantissa = (std::uint64_t{1} << 52) - 1;
      std::uint64_t bits = rng() & (sign | mantissa);
      if ((bits & mantissa) == 0) bits |= 1;
      return std::bit_cast<double>(bits);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Described structs

}  // namespace

namespace suite {

enum class colour { red, green, blue, ultra_violet };
BOOST_DESCRIBE_ENUM(colour, red, green, blue, ultra_violet)

struct point {
  std::int64_t x = 0;
  std::int64_t y = 0;
  bool operator==(const point&) const = default;
};
BOOST_DESCRIBE_STRUCT(point, (), (x, y))

struct circle {
  point centre;
  float radius = 0;
  bool operator==(const circle&) const = default;
};
BOOST_DESCRIBE_STRUCT(circle, (), (centre, radius))

struct square {
  point corner;
  std::uint8_t side = 0;
  colour fill = colour::red;
  bool operator==(const square&) const = default;
};
BOOST_DESCRIBE_STRUCT(square, (), (corner, side, fill))

struct record {
  std::string name;
  bool active = false;
  std::int64_t id = 0;
  std::uint8_t level = 0;
  float weight = 0;
  colour tint = colour::red;
  point origin;
  std::optional<std::string> note;
  std::optional<point> anchor;
  std::vector<point> path;
  std::vector<std::string> tags;
  std::vector<std::optional<int>> samples;
  std::map<std::string, int> counts;
  std::variant<int, std::string> key;
  std::variant<circle, square> shape;
  bool operator==(const record&) const = default;
};
BOOST_DESCRIBE_STRUCT(record, (),
                      (name, active, id, level, weight, tint, origin, note, anchor, path, tags,
                       samples, counts, key, shape))

}  // namespace suite

namespace {

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

// Random values for the described structs, from a fixed seed.
class generator {
 public:
  explicit generator(std::uint64_t seed) : rng_(seed) {}

  template <class I>
  I integer(I low, I high) {
    return std::uniform_int_distribution<I>(low, high)(rng_);
  }

  bool coin() { return integer(0, 1) == 1; }

  std::size_t count(std::size_t most) { return integer<std::size_t>(0, most); }

  // Code points from every UTF-8 length, with the characters JSON must escape.
  char32_t code_point() {
    static constexpr std::array<std::uint32_t, 16> edges{
        0x00,   0x1F,   0x7F,   0x80,   0x7FF,  0x800,   0xD7FF,   0xE000,
        0xFEFF, 0xFFFD, 0xFFFF, 0x2028, 0x2029, 0x10000, 0x10FFFF, 0x1F600};
    static constexpr std::array<std::uint32_t, 9> escaped{'"',  '\\', '/',  '\b', '\f',
                                                          '\n', '\r', '\t', 0x00};
    switch (integer(0, 9)) {
      case 0:
        return integer<std::uint32_t>(0x00, 0x1F);  // control characters
      case 1:
        return escaped[integer<std::size_t>(0, escaped.size() - 1)];
      case 2:
      case 3:
      case 4:
        return integer<std::uint32_t>(0x20, 0x7E);
      case 5:
        return integer<std::uint32_t>(0x80, 0x7FF);
      case 6:
        return integer<std::uint32_t>(0x800, 0xD7FF);
      case 7:
        return integer<std::uint32_t>(0xE000, 0xFFFF);
      case 8:
        return integer<std::uint32_t>(0x10000, 0x10FFFF);
      default:
        return edges[integer<std::size_t>(0, edges.size() - 1)];
    }
  }

  std::string text(std::size_t most = 12) {
    std::string out;
    for (std::size_t n = count(most); n > 0; --n) append_utf8(out, code_point());
    return out;
  }

  // Finite floats: any finite bit pattern, or a small value.
  float real() {
    if (coin()) return static_cast<float>(integer(-1000, 1000)) / 8.0f;
    for (;;) {
      const float f = std::bit_cast<float>(integer<std::uint32_t>(0, 0xFFFF'FFFF));
      if (std::isfinite(f)) return f;
    }
  }

  std::int64_t int64() {
    using limits = std::numeric_limits<std::int64_t>;
    switch (integer(0, 3)) {
      case 0:
        return integer<std::int64_t>(-100, 100);
      case 1:
        return coin() ? limits::min() : limits::max();
      default:
        return integer(limits::min(), limits::max());
    }
  }

  int int32() {
    using limits = std::numeric_limits<int>;
    return coin() ? integer(-1000, 1000) : integer(limits::min(), limits::max());
  }

  suite::colour colour() { return static_cast<suite::colour>(integer(0, 3)); }

  suite::point point() { return {int64(), int64()}; }

  suite::record record() {
    suite::record r;
    r.name = text();
    r.active = coin();
    r.id = int64();
    r.level = static_cast<std::uint8_t>(integer(0, 255));
    r.weight = real();
    r.tint = colour();
    r.origin = point();
    if (coin()) r.note = text();
    if (coin()) r.anchor = point();
    for (std::size_t n = count(3); n > 0; --n) r.path.push_back(point());
    for (std::size_t n = count(3); n > 0; --n) r.tags.push_back(text(6));
    for (std::size_t n = count(4); n > 0; --n) {
      r.samples.push_back(coin() ? std::optional<int>(int32()) : std::nullopt);
    }
    for (std::size_t n = count(3); n > 0; --n) r.counts[text(6)] = int32();
    if (coin()) {
      r.key = int32();
    } else {
      r.key = text();
    }
    if (coin()) {
      r.shape = suite::circle{point(), real()};
    } else {
      r.shape = suite::square{point(), static_cast<std::uint8_t>(integer(0, 255)), colour()};
    }
    return r;
  }

 private:
  std::mt19937_64 rng_;
};

// Writes and reads back `count` random records; returns a description of the first failures.
std::string record_round_trip_failures(std::size_t count, cited::json::write_options options) {
  generator random(20260101);
  std::size_t failures = 0;
  std::string first;
  for (std::size_t i = 0; i < count; ++i) {
    const suite::record value = random.record();
    std::string text;
    try {
      text = cited::to_json(value, options);
      if (cited::from_json<suite::record>(text) == value) continue;
      if (failures < 3) first += "\n  differs after reading back: " + text;
    } catch (const cited::json_error& e) {
      if (failures < 3) first += "\n  " + std::string(e.what()) + " for: " + text;
    }
    ++failures;
  }
  if (failures == 0) return {};
  return std::to_string(failures) + " of " + std::to_string(count) + " failed, first:" + first;
}

}  // namespace

TEST_CASE("json::validate on the JSONTestSuite parsing files") {
  const std::filesystem::path dir{CITED_JSON_TEST_SUITE_DIR};
  INFO("folder: ", dir.string());
  REQUIRE(std::filesystem::is_directory(dir));
  const std::vector<suite_file> files = read_suite(dir);

  SUBCASE("the folder holds 95 y_, 188 n_ and 35 i_ files") {
    const auto with_prefix = [&](std::string_view prefix) {
      return std::ranges::count_if(files,
                                   [&](const suite_file& f) { return f.name.starts_with(prefix); });
    };
    CHECK(with_prefix("y_") == 95);
    CHECK(with_prefix("n_") == 188);
    CHECK(with_prefix("i_") == 35);
    CHECK(files.size() == 318U);
  }

  SUBCASE("every y_ file is accepted") {
    std::size_t seen = 0;
    for (const suite_file& file : files) {
      if (!file.name.starts_with("y_")) continue;
      ++seen;
      const cited::json::validation result = cited::json::validate(file.text);
      CHECK_MESSAGE(static_cast<bool>(result), file.name, ": ", describe(result));
    }
    CHECK(seen == 95U);
  }

  SUBCASE("every n_ file is rejected, with a location inside the input") {
    std::size_t seen = 0;
    for (const suite_file& file : files) {
      if (!file.name.starts_with("n_")) continue;
      ++seen;
      const cited::json::validation result = cited::json::validate(file.text);
      INFO(file.name, ": ", describe(result));
      CHECK_FALSE(static_cast<bool>(result));
      check_location(result, file.text);
    }
    CHECK(seen == 188U);
  }

  SUBCASE("each i_ file gets the outcome pinned for it") {
    std::size_t seen = 0;
    for (const suite_file& file : files) {
      if (!file.name.starts_with("i_")) continue;
      ++seen;
      const auto pinned =
          std::ranges::find(implementation_defined, file.name, &pinned_outcome::file);
      const cited::json::validation result = cited::json::validate(file.text);
      INFO(file.name, ": ", describe(result));
      REQUIRE_MESSAGE(pinned != implementation_defined.end(), "no decision pinned for the file");
      const outcome actual = result ? outcome::accepted : outcome::rejected;
      CHECK(actual == pinned->expected);
      check_location(result, file.text);
    }
    CHECK(seen == implementation_defined.size());
  }
}

TEST_CASE("to_json and from_json<double>: shortest round trip") {
  constexpr std::size_t total = 1'000'000;
  std::mt19937_64 rng(0x5eed'c17e'd0c5'0001);
  std::vector<double> values = special_doubles();
  values.reserve(total);
  for (std::size_t i = values.size(); i < total; ++i) values.push_back(random_double(rng, i));

  std::size_t failures = 0;
  std::string first;
  for (const double d : values) {
    std::string problem;
    try {
      const std::string text = cited::to_json(d);
      const double back = cited::from_json<double>(text);
      if (text != shortest(d)) {
        problem = "wrote " + text + ", shortest is " + shortest(d);
      } else if (std::bit_cast<std::uint64_t>(back) != std::bit_cast<std::uint64_t>(d)) {
        problem = "read " + text + " back as " + hex_bits(back);
      }
    } catch (const cited::json_error& e) {
      problem = e.what();
    }
    if (problem.empty()) continue;
    if (failures < 5) first += "\n  " + hex_bits(d) + " (" + shortest(d) + "): " + problem;
    ++failures;
  }
  INFO(failures, " of ", values.size(), " failed, first:", first);
  CHECK(values.size() == total);
  CHECK(failures == 0);
}

TEST_CASE("to_json and from_json<float>: shortest round trip") {
  std::mt19937_64 rng(0x5eed'c17e'd0c5'0002);
  std::size_t failures = 0;
  std::string first;
  for (std::size_t i = 0; i < 200'000; ++i) {
    float f = i % 2 == 0 ? random_decimal<float>(rng)
                         : std::bit_cast<float>(static_cast<std::uint32_t>(rng()));
    if (!std::isfinite(f)) continue;
    const std::string expected = expected_text(f);
    const std::string text = cited::to_json(f);
    const float back = cited::from_json<float>(text);
    if (text == expected && std::bit_cast<std::uint32_t>(back) == std::bit_cast<std::uint32_t>(f)) {
      continue;
    }
    if (failures < 5) first += "\n  " + expected + ": wrote " + text;
    ++failures;
  }
  INFO(failures, " failed, first:", first);
  CHECK(failures == 0);
}

// write_floating with UseInt128 false is the path taken where CITED_HAS_INT128 is 0.
template <class T, bool UseInt128>
std::string written(T v) {
  std::array<char, 64> buf{};
  return std::string(buf.data(), cited::detail::write_floating<T, UseInt128>(buf.data(), v));
}

TEST_CASE("write_floating with and without a 128-bit integer: shortest round trip") {
  std::mt19937_64 rng(0x5eed'c17e'd0c5'0003);
  std::vector<double> doubles = special_doubles();
  for (std::size_t i = doubles.size(); i < 200'000; ++i) doubles.push_back(random_double(rng, i));
  std::size_t failures = 0;
  std::string first;
  const auto check = [&](const std::string& expected, const std::string& fast,
                         const std::string& portable) {
    if (fast == expected && portable == expected) return;
    if (failures < 5) first += "\n  " + expected + ": wrote " + fast + " and " + portable;
    ++failures;
  };
  for (const double d : doubles) {
    if (std::isfinite(d))
      check(expected_text(d), written<double, true>(d), written<double, false>(d));
  }
  for (std::size_t i = 0; i < 100'000; ++i) {
    const float f = i % 2 == 0 ? random_decimal<float>(rng)
                               : std::bit_cast<float>(static_cast<std::uint32_t>(rng()));
    if (std::isfinite(f))
      check(expected_text(f), written<float, true>(f), written<float, false>(f));
  }
  INFO(failures, " failed, first:", first);
  CHECK(failures == 0);
}

TEST_CASE("to_json and from_json on described structs: random round trips") {
  constexpr std::size_t count = 3000;

  SUBCASE("compact") {
    const std::string failures = record_round_trip_failures(count, {});
    CHECK_MESSAGE(failures.empty(), failures);
  }

  SUBCASE("pretty") {
    const std::string failures =
        record_round_trip_failures(count, cited::json::write_options{.pretty = true});
    CHECK_MESSAGE(failures.empty(), failures);
  }

  SUBCASE("pretty, with null members written") {
    const std::string failures = record_round_trip_failures(
        count, cited::json::write_options{.pretty = true, .indent = 4, .omit_null_members = false});
    CHECK_MESSAGE(failures.empty(), failures);
  }
}

TEST_CASE("to_json and from_json<std::string>: every escape and UTF-8 length") {
  SUBCASE("control characters, quotes, backslashes and boundary code points") {
    std::string text;
    for (const char32_t c : {0x00U, 0x01U, 0x08U, 0x09U, 0x0AU, 0x0CU, 0x0DU, 0x1FU, 0x22U, 0x2FU,
                             0x5CU, 0x7FU, 0x80U, 0x7FFU, 0x800U, 0xFFFFU, 0x10000U, 0x10FFFFU}) {
      append_utf8(text, c);
    }
    const std::string json = cited::to_json(text);
    INFO(json);
    CHECK(static_cast<bool>(cited::json::validate(json)));
    CHECK(cited::from_json<std::string>(json) == text);
  }
}

TEST_CASE("to_json refuses NaN and infinity") {
  using limits = std::numeric_limits<double>;

  SUBCASE("double") {
    CHECK_THROWS_AS(static_cast<void>(cited::to_json(limits::quiet_NaN())), cited::json_error);
    CHECK_THROWS_AS(static_cast<void>(cited::to_json(-limits::quiet_NaN())), cited::json_error);
    CHECK_THROWS_AS(static_cast<void>(cited::to_json(limits::infinity())), cited::json_error);
    CHECK_THROWS_AS(static_cast<void>(cited::to_json(-limits::infinity())), cited::json_error);
  }

  SUBCASE("float") {
    CHECK_THROWS_AS(static_cast<void>(cited::to_json(std::numeric_limits<float>::quiet_NaN())),
                    cited::json_error);
    CHECK_THROWS_AS(static_cast<void>(cited::to_json(std::numeric_limits<float>::infinity())),
                    cited::json_error);
  }

  SUBCASE("inside a vector and a described struct") {
    CHECK_THROWS_AS(static_cast<void>(cited::to_json(std::vector<double>{1.0, limits::infinity()})),
                    cited::json_error);
    suite::record r;
    r.shape = suite::circle{{}, std::numeric_limits<float>::quiet_NaN()};
    CHECK_THROWS_AS(static_cast<void>(cited::to_json(r)), cited::json_error);
    r.shape = suite::circle{};
    r.weight = -std::numeric_limits<float>::infinity();
    CHECK_THROWS_AS(
        static_cast<void>(cited::to_json(r, cited::json::write_options{.pretty = true})),
        cited::json_error);
  }

  SUBCASE("a write error has no input location") {
    try {
      static_cast<void>(cited::to_json(limits::quiet_NaN()));
      FAIL_CHECK("to_json(NaN) did not throw");
    } catch (const cited::json_error& e) {
      CHECK(e.line() == 0U);
    }
  }
}
