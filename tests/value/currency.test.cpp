// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/value/currency.hpp>

#include <cited/json.hpp>

#include <doctest/doctest.h>

#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <unordered_set>
#include <vector>

using cited::currency;
using namespace cited::literals;

TEST_CASE("currency::from_code") {
  SUBCASE("finds current codes, with iso-codes' names and numbers") {
    const auto eur = currency::from_code("EUR");
    REQUIRE(eur);
    CHECK(eur->code() == "EUR");
    CHECK(eur->numeric() == 978);
    CHECK(eur->name() == "Euro");
    CHECK(eur->fraction_digits() == 2);
    CHECK(eur->is_current());
    CHECK(currency::from_code("USD")->name() == "US Dollar");
    CHECK(currency::from_code("CNY")->numeric() == 156);
  }
  SUBCASE("finds withdrawn codes, with CLDR's names") {
    const auto dem = currency::from_code("DEM");
    REQUIRE(dem);
    CHECK(dem->name() == "German Mark");
    CHECK_FALSE(dem->numeric());  // neither source numbers it
    CHECK_FALSE(dem->is_current());
    CHECK(currency::from_code("LTL")->numeric() == 440);  // CLDR's codeMappings does
    CHECK(currency::from_code("STD")->name() == "São Tomé & Príncipe Dobra (1977–2017)");
  }
  SUBCASE("rejects lower case, unknown and malformed codes") {
    CHECK_FALSE(currency::from_code("eur"));
    CHECK_FALSE(currency::from_code("XYZ"));
    CHECK_FALSE(currency::from_code("EU"));
    CHECK_FALSE(currency::from_code("EURO"));
    CHECK_FALSE(currency::from_code(""));
  }
}

TEST_CASE("currency::from_numeric") {
  CHECK(currency::from_numeric(978) == "EUR"_currency);
  CHECK(currency::from_numeric(392) == "JPY"_currency);
  // CLDR gives CNH China's number 156 too: the current code wins.
  CHECK(currency::from_numeric(156) == "CNY"_currency);
  CHECK_FALSE(currency::from_numeric(0));
  CHECK_FALSE(currency::from_numeric(-1));
  CHECK_FALSE(currency::from_numeric(1000));
}

TEST_CASE("currency::all") {
  const auto all = currency::all();
  CHECK(all.size() > 300);
  std::size_t current = 0;
  for (const currency c : all) current += c.is_current() ? 1U : 0U;
  CHECK(current == cited::detail::current_currency_count);
  CHECK(std::set<currency>(all.begin(), all.end()).size() == all.size());
  for (const currency c : all) {
    INFO("code = ", c.code());
    CHECK(currency::from_code(c.code()) == c);
    CHECK(currency::at_index(c.index()) == c);
    CHECK_FALSE(c.name().empty());
  }
  CHECK_FALSE(currency::at_index(static_cast<std::uint16_t>(all.size())));
}

TEST_CASE("currency literal, comparisons, hashing, text") {
  constexpr currency eur = "EUR"_currency;
  CHECK(eur == *currency::from_code("EUR"));
  CHECK(eur != "USD"_currency);
  CHECK("DEM"_currency < eur);
  const std::unordered_set<currency> set = {eur, "USD"_currency, eur};
  CHECK(set.size() == 2);
  std::ostringstream os;
  os << eur;
  CHECK(os.str() == "EUR");
}

TEST_CASE("currency JSON form") {
  CHECK(cited::to_json("EUR"_currency) == "\"EUR\"");
  CHECK(cited::from_json<currency>("\"DEM\"") == "DEM"_currency);
  CHECK(cited::to_json(std::vector<currency>{"EUR"_currency, "JPY"_currency}) ==
        "[\"EUR\",\"JPY\"]");
  CHECK_THROWS_AS((void)cited::from_json<currency>("\"XYZ\""), cited::json_error);
  CHECK_THROWS_AS((void)cited::from_json<currency>("\"eur\""), cited::json_error);
}
