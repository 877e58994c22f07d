// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0
//
// Compares every field of the committed ISO 3166 table, through the public API, with Debian's
// iso-codes JSON (CITED_ISO_CODES_DIR). Reads the files at run time with a reader of its own, so
// the check does not share code with the generator. Prints "SKIPPED:" when the files are absent.

#include <cited/value/country.hpp>

#include <cited/text/utf8.hpp>

#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

using cited::country;

namespace {

using record = std::map<std::string, std::string>;

// Reads {"<key>": [ {"field": "string", ...}, ... ]}: the shape of iso-codes' files.
class flat_json_reader {
 public:
  explicit flat_json_reader(std::string text) : s_(std::move(text)) {}

  std::vector<record> read(const std::string& key) {
    expect('{');
    if (string() != key) fail("unexpected top-level key");
    expect(':');
    expect('[');
    std::vector<record> out;
    if (peek() == ']') return ++i_, out;
    do {
      out.push_back(object());
    } while (comma_or(']'));
    expect('}');
    return out;
  }

 private:
  record object() {
    record r;
    expect('{');
    do {
      std::string k = string();
      expect(':');
      if (!r.emplace(std::move(k), string()).second) fail("duplicate key");
    } while (comma_or('}'));
    return r;
  }

  bool comma_or(char close) {
    const char c = next();
    if (c == ',') return true;
    if (c != close) fail("expected ',' or closing bracket");
    return false;
  }

  std::string string() {
    expect('"');
    std::string out;
    for (;;) {
      if (i_ >= s_.size()) fail("unterminated string");
      const char c = s_[i_++];
      if (c == '"') return out;
      if (c != '\\') {
        out += c;
        continue;
      }
      const char e = s_.at(i_++);
      if (e != 'u') {
        out += e;  // iso-codes escapes only quotes, backslashes and \u
        continue;
      }
      unsigned cp = hex4();
      if (cp >= 0xD800 && cp < 0xDC00) {
        if (s_.compare(i_, 2, "\\u") != 0) fail("lone surrogate");
        i_ += 2;
        cp = 0x10000 + ((cp - 0xD800) << 10) + (hex4() - 0xDC00);
      }
      cited::detail::append_utf8(out, static_cast<char32_t>(cp));
    }
  }

  unsigned hex4() {
    const unsigned v = static_cast<unsigned>(std::stoul(s_.substr(i_, 4), nullptr, 16));
    i_ += 4;
    return v;
  }

  char peek() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\n' || s_[i_] == '\r' || s_[i_] == '\t'))
      ++i_;
    if (i_ >= s_.size()) fail("unexpected end");
    return s_[i_];
  }
  char next() {
    const char c = peek();
    ++i_;
    return c;
  }
  void expect(char c) {
    if (next() != c) fail(std::string("expected '") + c + "'");
  }
  [[noreturn]] void fail(const std::string& what) const {
    throw std::runtime_error("iso-codes JSON, offset " + std::to_string(i_) + ": " + what);
  }

  std::string s_;
  std::size_t i_ = 0;
};

// The file's records, or nothing (and a SKIPPED line) when it is absent.
std::optional<std::vector<record>> load(const std::string& file, const std::string& key) {
  const std::string path = std::string(CITED_ISO_CODES_DIR) + "/" + file;
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::cout << "SKIPPED: " << path
              << " not found; install Debian's iso-codes package to compare the table with it\n";
    return std::nullopt;
  }
  std::stringstream text;
  text << in.rdbuf();
  return flat_json_reader(text.str()).read(key);
}

std::string field(const record& r, const std::string& key) {
  const auto it = r.find(key);
  return it == r.end() ? std::string() : it->second;
}

}  // namespace

TEST_CASE("ISO 3166-1 table matches iso-codes") {
  const auto records = load("iso_3166-1.json", "3166-1");
  if (!records) return;
  REQUIRE(records->size() == 249);
  std::set<country> seen;
  for (const auto& r : *records) {
    const std::string a2 = field(r, "alpha_2");
    INFO("alpha_2 = ", a2);
    const auto c = country::from_alpha2(a2);
    REQUIRE(c);
    seen.insert(*c);
    CHECK(c->alpha2() == a2);
    CHECK(c->alpha3() == field(r, "alpha_3"));
    CHECK(c->numeric() == std::stoi(field(r, "numeric"), nullptr, 10));
    CHECK(c->name() == field(r, "name"));
    CHECK(c->official_name() == field(r, "official_name"));
    CHECK(c->common_name() == field(r, "common_name"));
    CHECK_FALSE(c->is_historic());
    CHECK_FALSE(c->is_user_assigned());
    CHECK(country::from_alpha3(field(r, "alpha_3")) == c);
    CHECK(country::from_numeric(std::stoi(field(r, "numeric"), nullptr, 10)) == c);
    CHECK(country::from_name(field(r, "name")) == c);
  }
  // And the other way: the table has no current entry that iso-codes lacks.
  CHECK(std::set<country>(country::all().begin(), country::all().end()) == seen);
}

TEST_CASE("ISO 3166-3 table matches iso-codes") {
  const auto records = load("iso_3166-3.json", "3166-3");
  if (!records) return;
  CHECK(records->size() == country::historic().size());
  std::set<country> seen;
  for (const auto& r : *records) {
    const std::string a4 = field(r, "alpha_4");
    INFO("alpha_4 = ", a4);
    const auto c = country::from_alpha4(a4);
    REQUIRE(c);
    seen.insert(*c);
    CHECK(c->is_historic());
    CHECK(c->alpha4() == a4);
    CHECK(c->alpha2() == field(r, "alpha_2"));
    CHECK(c->alpha3() == field(r, "alpha_3"));
    CHECK(c->name() == field(r, "name"));
    const std::string numeric = field(r, "numeric");
    if (numeric.empty()) {
      CHECK_FALSE(c->numeric());
    } else {
      CHECK(c->numeric() == std::stoi(numeric, nullptr, 10));
    }
    REQUIRE(c->withdrawal_date());
    CHECK(c->withdrawal_date()->to_string() == field(r, "withdrawal_date"));
  }
  CHECK(std::set<country>(country::historic().begin(), country::historic().end()) == seen);
}
