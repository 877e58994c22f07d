// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/catalog/currencies.hpp>

#include <cited/json.hpp>

#include "catalog/currency_sources.hpp"

#include <doctest/doctest.h>

#include <chrono>
#include <optional>
#include <set>
#include <string>
#include <vector>

using cited::country;
using cited::currencies_of;
using cited::currency;
using cited::currency_history;
using namespace cited::literals;
using namespace std::chrono_literals;
namespace src = currency_sources;

namespace {

std::vector<std::string> codes(const std::vector<currency>& cs) {
  std::vector<std::string> out;
  for (const currency c : cs) out.emplace_back(c.code());
  return out;
}
using list = std::vector<std::string>;

}  // namespace

TEST_CASE("currencies_of") {
  SUBCASE("Germany: DEM from 1948-06-20 through 2002-02-28, EUR from 1999-01-01") {
    const country de = "DE"_country;
    CHECK(codes(currencies_of(de, 1990y / 1 / 1)) == list{"DEM"});
    CHECK(codes(currencies_of(de, 2000y / 6 / 1)) == list{"EUR", "DEM"});
    CHECK(codes(currencies_of(de, 2002y / 3 / 1)) == list{"EUR"});
    // Both ends of an interval are days of use.
    CHECK(codes(currencies_of(de, 1948y / 6 / 19)).empty());
    CHECK(codes(currencies_of(de, 1948y / 6 / 20)) == list{"DEM"});
    CHECK(codes(currencies_of(de, 1998y / 12 / 31)) == list{"DEM"});
    CHECK(codes(currencies_of(de, 1999y / 1 / 1)) == list{"EUR", "DEM"});
    CHECK(codes(currencies_of(de, 2002y / 2 / 28)) == list{"EUR", "DEM"});
  }
  SUBCASE("legal tender first, then the rest in CLDR's order") {
    // CLDR lists USN with no dates and tender="false", and USS until 2014-03-01, tender="false".
    CHECK(codes(currencies_of("US"_country, 2010y / 1 / 1)) == list{"USD", "USN", "USS"});
    CHECK(codes(currencies_of("US"_country, 2014y / 3 / 1)) == list{"USD", "USN", "USS"});
    CHECK(codes(currencies_of("US"_country, 2014y / 3 / 2)) == list{"USD", "USN"});
  }
  SUBCASE("a withdrawn country, by its ISO 3166-3 code") {
    CHECK(codes(currencies_of("DDDE"_country, 1980y / 1 / 1)) == list{"DDM"});
    CHECK(codes(currencies_of("DDDE"_country, 1990y / 10 / 3)).empty());
    CHECK(codes(currencies_of("CSXX"_country, 2004y / 1 / 1)) == list{"CSD", "EUR"});
  }
  SUBCASE("Antarctica: XXX, \"no currency\", not tender") {
    CHECK(codes(currencies_of("AQ"_country, 2020y / 1 / 1)) == list{"XXX"});
    CHECK_FALSE(currency_history("AQ"_country)[0].tender);
  }
  SUBCASE("a country CLDR lists no currency for") {
    // Czechoslovakia: CLDR's CS is Serbia and Montenegro, and its CSK entry is commented out.
    CHECK(currency_history("CSHH"_country).empty());
    CHECK(currencies_of("CSHH"_country, 1980y / 1 / 1).empty());
  }
}

TEST_CASE("currency_history") {
  const auto h = currency_history("DE"_country);
  REQUIRE(h.size() == 2);
  CHECK(h[0].currency == "EUR"_currency);
  CHECK(h[0].from == 1999y / 1 / 1);
  CHECK_FALSE(h[0].to);
  CHECK(h[0].tender);
  CHECK(h[1].currency == "DEM"_currency);
  CHECK(h[1].from == 1948y / 6 / 20);
  CHECK(h[1].to == 2002y / 2 / 28);
  CHECK(h[1].in_use_on(2002y / 2 / 28));
  CHECK_FALSE(h[1].in_use_on(2002y / 3 / 1));
  static_assert(cited::currency_history("DE"_country)[1].to == 2002y / 2 / 28);
  CHECK(cited::to_json(h[1]) ==
        R"({"currency":"DEM","from":"1948-06-20","to":"2002-02-28","tender":true})");
  CHECK(cited::from_json<cited::currency_use>(cited::to_json(h[0])) == h[0]);
}

// Every <region> of CLDR's <currencyData> (CITED_CLDR_DIR), entry by entry, through the public
// API. Prints "SKIPPED:" when the file is absent.
TEST_CASE("currency histories match CLDR's currencyData") {
  const auto text = src::read_file(
      std::string(CITED_CLDR_DIR) + "/supplemental/supplementalData.xml", "unicode-cldr-core");
  if (!text) return;
  // Regions that are no country of cited::country: territories outside ISO 3166-1, and groups.
  const std::set<std::string> not_countries = {"AC", "CP", "DG", "EA", "EU", "IC", "TA", "ZZ"};

  // A CLDR region as a country: a current alpha-2 code (or XK), else the withdrawn country that
  // had that alpha-2 code; CS had two, and CLDR's CS is Serbia and Montenegro.
  const auto as_country = [](const std::string& region) -> std::optional<country> {
    if (auto c = country::from_alpha2(region)) return c;
    std::optional<country> found;
    for (const country h : country::historic()) {
      if (h.alpha2() != region) continue;
      if (found && region != "CS") return std::nullopt;
      if (!found || h.name() == "Serbia and Montenegro") found = h;
    }
    return found;
  };
  const auto day = [](const src::attributes& a,
                      const char* key) -> std::optional<std::chrono::year_month_day> {
    const auto it = a.find(key);
    if (it == a.end()) return std::nullopt;
    const std::string& s = it->second;
    REQUIRE(s.size() == 10);
    return std::chrono::year{std::stoi(s.substr(0, 4))} /
           std::chrono::month{static_cast<unsigned>(std::stoi(s.substr(5, 2)))} /
           std::chrono::day{static_cast<unsigned>(std::stoi(s.substr(8, 2)))};
  };

  bool in_data = false;
  std::optional<country> current;
  std::string region;
  std::size_t position = 0;
  std::set<country> listed;
  std::size_t entries = 0;
  for (const auto& t : src::read_xml(*text)) {
    if (t.name == "currencyData") in_data = true;
    if (t.name == "/currencyData") in_data = false;
    if (!in_data) continue;
    if (t.name == "region") {
      region = t.attrs.at("iso3166");
      position = 0;
      current = not_countries.count(region) ? std::nullopt : as_country(region);
      INFO("region = ", region);
      CHECK((current.has_value() || not_countries.count(region) == 1));
      if (current) listed.insert(*current);
    } else if (t.name == "/region") {
      if (current) {
        INFO("region = ", region);
        CHECK(currency_history(*current).size() == position);
      }
      current.reset();
    } else if (t.name == "currency" && current) {
      INFO("region = ", region, ", entry ", position);
      const auto history = currency_history(*current);
      REQUIRE(position < history.size());
      const cited::currency_use& u = history[position];
      CHECK(u.currency.code() == t.attrs.at("iso4217"));
      CHECK(u.from == day(t.attrs, "from"));
      CHECK(u.to == day(t.attrs, "to"));
      const auto tender = t.attrs.find("tender");
      CHECK(u.tender == (tender == t.attrs.end() || tender->second != "false"));
      ++position;
      ++entries;
    }
  }
  CHECK(entries > 400);
  // No country has a history that CLDR does not give it.
  std::size_t with_history = 0;
  for (std::uint16_t i = 0;; ++i) {
    const auto c = country::at_index(i);
    if (!c) break;
    if (!currency_history(*c).empty()) {
      ++with_history;
      INFO("country = ", c->code());
      CHECK(listed.count(*c) == 1);
    }
  }
  CHECK(with_history == listed.size());
}
