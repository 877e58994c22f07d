// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/value/money.hpp>

#include <cited/json.hpp>

#include "support.hpp"

#include <doctest/doctest.h>

#include <compare>
#include <string>

using cited::currency_mismatch;
using cited::money;
using cited::money_in;
using namespace cited::literals;

TEST_CASE("money_in") {
  SUBCASE("adds, scales and compares within its currency") {
    const money_in<"EUR"> a{1234.5};
    CHECK((a + money_in<"EUR">{10}).value() == 1244.5);
    CHECK((a - money_in<"EUR">{34.5}).value() == 1200);
    CHECK((a * 2).value() == 2469);
    CHECK(a / money_in<"EUR">{617.25} == 2);
    CHECK(a > money_in<"EUR">{1000});
  }
  SUBCASE("prints as an amount, with the code as its unit") {
    CHECK(support::text(money_in<"EUR">{1234.5}) == "1,234.5 EUR");
    CHECK(support::text(money_in<"USD">{1.2e9}) == "1,200,000,000 USD");
  }
  SUBCASE("is written as its number") {
    CHECK(cited::to_json(money_in<"EUR">{1234.5}) == "1234.5");
    CHECK(cited::from_json<money_in<"EUR">>("2.5") == money_in<"EUR">{2.5});
  }
}

TEST_CASE("money") {
  const money eur{"EUR"_currency, 1234.5};
  SUBCASE("adds, subtracts, scales and orders within one currency") {
    CHECK(eur + money{"EUR"_currency, 10} == money{"EUR"_currency, 1244.5});
    CHECK(eur - money{"EUR"_currency, 34.5} == money{"EUR"_currency, 1200});
    CHECK(eur * 2 == money{"EUR"_currency, 2469});
    CHECK(2 * eur == eur * 2);
    CHECK(eur / 2 == money{"EUR"_currency, 617.25});
    CHECK(-eur == money{"EUR"_currency, -1234.5});
    CHECK(eur / money{"EUR"_currency, 617.25} == 2);
    CHECK(eur > money{"EUR"_currency, 1000});
    CHECK((eur <=> money{"EUR"_currency, 1234.5}) == std::partial_ordering::equivalent);
    money m = eur;
    m += money{"EUR"_currency, 1};
    m -= money{"EUR"_currency, 2};
    CHECK(m == money{"EUR"_currency, 1233.5});
  }
  SUBCASE("refuses two currencies, naming both") {
    const money usd{"USD"_currency, 1};
    CHECK_THROWS_WITH_AS((void)(eur + usd), "cited::money: cannot add EUR and USD",
                         currency_mismatch);
    CHECK_THROWS_WITH_AS((void)(usd - eur), "cited::money: cannot subtract USD and EUR",
                         currency_mismatch);
    CHECK_THROWS_WITH_AS((void)(eur < usd), "cited::money: cannot compare EUR and USD",
                         currency_mismatch);
    CHECK_THROWS_WITH_AS((void)(eur / usd), "cited::money: cannot divide EUR and USD",
                         currency_mismatch);
    money m = eur;
    CHECK_THROWS_AS(m += usd, currency_mismatch);
    CHECK(m == eur);  // unchanged
    try {
      (void)(eur + usd);
    } catch (const currency_mismatch& e) {
      CHECK(e.left() == "EUR"_currency);
      CHECK(e.right() == "USD"_currency);
    }
  }
  SUBCASE("equality is structural and never throws") {
    CHECK(eur != money{"USD"_currency, 1234.5});
    CHECK(eur == money{"EUR"_currency, 1234.5});
  }
  SUBCASE("to and from the typed form") {
    const money from_typed = money_in<"EUR">{3};
    CHECK(from_typed == money{"EUR"_currency, 3});
    CHECK(from_typed.in<"EUR">() == money_in<"EUR">{3});
    CHECK_THROWS_WITH_AS((void)(from_typed.in<"USD">()),
                         "cited::money: cannot convert between EUR and USD", currency_mismatch);
  }
  SUBCASE("prints the code and the number with CLDR's fraction digits") {
    CHECK(support::text(eur) == "EUR 1,234.50");
    CHECK(support::text(money{"JPY"_currency, 1500000}) == "JPY 1,500,000");
    CHECK(support::text(money{"KWD"_currency, 2.5}) == "KWD 2.500");
  }
  SUBCASE("JSON: its currency and number") {
    CHECK(cited::to_json(eur) == R"({"currency":"EUR","amount":1234.5})");
    CHECK(cited::from_json<money>(R"({"currency":"DEM","amount":5})") == money{"DEM"_currency, 5});
    CHECK_THROWS_AS((void)cited::from_json<money>(R"({"currency":"XYZ","amount":5})"),
                    cited::json_error);
    CHECK_THROWS_AS((void)cited::from_json<money>(R"({"amount":5})"), cited::json_error);
  }
}
