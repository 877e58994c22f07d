// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0
//
// Compares every field of the committed ISO 4217 table, through the public API, with the files
// it is generated from: iso-codes' iso_4217.json (CITED_ISO_CODES_DIR) for the current codes, and
// CLDR (CITED_CLDR_DIR) for the other codes, their names and numbers, and every code's fraction
// digits. Reads the files at run time with readers of its own (catalog/currency_sources.hpp).
// Prints "SKIPPED:" when the files are absent.

#include <cited/value/currency.hpp>

#include "catalog/currency_sources.hpp"

#include <doctest/doctest.h>

#include <map>
#include <set>
#include <sstream>
#include <string>

using cited::currency;
namespace src = currency_sources;

TEST_CASE("ISO 4217 current codes match iso-codes") {
  const auto text =
      src::read_file(std::string(CITED_ISO_CODES_DIR) + "/iso_4217.json", "iso-codes");
  if (!text) return;
  const auto records = src::read_iso_codes(*text, "4217");
  REQUIRE(records.size() > 150);
  std::set<currency> seen;
  for (const auto& r : records) {
    const std::string code = r.at("alpha_3");
    INFO("alpha_3 = ", code);
    const auto c = currency::from_code(code);
    REQUIRE(c);
    seen.insert(*c);
    CHECK(c->code() == code);
    CHECK(c->name() == r.at("name"));
    const int numeric = std::stoi(r.at("numeric"), nullptr, 10);
    CHECK(c->numeric() == numeric);
    CHECK(currency::from_numeric(numeric) == c);
    CHECK(c->is_current());
  }
  // And the other way: every current code of the table is in iso-codes.
  std::set<currency> current;
  for (const currency c : currency::all()) {
    if (c.is_current()) current.insert(c);
  }
  CHECK(current == seen);
}

TEST_CASE("ISO 4217 other codes, names and fraction digits match CLDR") {
  const std::string cldr = CITED_CLDR_DIR;
  const auto validity = src::read_file(cldr + "/validity/currency.xml", "unicode-cldr-core");
  const auto names = src::read_file(cldr + "/main/en.xml", "unicode-cldr-core");
  const auto supplemental =
      src::read_file(cldr + "/supplemental/supplementalData.xml", "unicode-cldr-core");
  if (!validity || !names || !supplemental) return;

  // CLDR's codes: the id lists of validity/currency.xml, where "ESA~B" is ESA and ESB.
  std::set<std::string> cldr_codes;
  for (const auto& t : src::read_xml(*validity)) {
    if (t.name != "id" || t.attrs.at("type") != "currency") continue;
    std::istringstream items(t.text);
    for (std::string item; items >> item;) {
      if (item.size() == 5 && item[3] == '~') {
        for (char last = item[2]; last <= item[4]; ++last)
          cldr_codes.insert(item.substr(0, 2) + last);
      } else {
        cldr_codes.insert(item);
      }
    }
  }
  REQUIRE(cldr_codes.size() > 250);

  // English names: the first <displayName> without attributes under each <currency type>.
  std::map<std::string, std::string> english;
  std::string in_currency;
  for (const auto& t : src::read_xml(*names)) {
    if (t.name == "currency" && t.attrs.count("type")) in_currency = t.attrs.at("type");
    if (t.name == "/currency") in_currency.clear();
    if (t.name == "displayName" && t.attrs.empty() && !in_currency.empty()) {
      english.emplace(in_currency, t.text);
    }
  }

  std::map<std::string, int> digits;
  std::map<std::string, int> numeric;
  for (const auto& t : src::read_xml(*supplemental)) {
    if (t.name == "info" && t.attrs.count("iso4217") && t.attrs.count("digits")) {
      digits[t.attrs.at("iso4217")] = std::stoi(t.attrs.at("digits"));
    }
    if (t.name == "currencyCodes") numeric[t.attrs.at("type")] = std::stoi(t.attrs.at("numeric"));
  }
  REQUIRE(digits.count("DEFAULT"));

  std::set<std::string> table_codes;
  for (const currency c : currency::all()) {
    const std::string code(c.code());
    INFO("code = ", code);
    table_codes.insert(code);
    CHECK(currency::from_code(code) == c);
    CHECK(c.fraction_digits() == (digits.count(code) ? digits.at(code) : digits.at("DEFAULT")));
    if (c.is_current()) continue;  // checked against iso-codes above
    CHECK(cldr_codes.count(code) == 1);
    REQUIRE(english.count(code) == 1);
    CHECK(c.name() == english.at(code));
    if (numeric.count(code)) {
      CHECK(c.numeric() == numeric.at(code));
    } else {
      CHECK_FALSE(c.numeric());
    }
  }
  // Every code CLDR lists is in the table.
  for (const std::string& code : cldr_codes) {
    INFO("code = ", code);
    CHECK(table_codes.count(code) == 1);
  }
}
