// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/value/country.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <unordered_set>
#include <vector>

using cited::country;
using namespace cited::literals;

TEST_CASE("country::from_alpha2") {
  SUBCASE("finds current codes") {
    const auto cn = country::from_alpha2("CN");
    REQUIRE(cn);
    CHECK(cn->name() == "China");
    CHECK(cn->alpha3() == "CHN");
    CHECK(cn->official_name() == "People's Republic of China");
    CHECK(country::from_alpha2("GB")->name() == "United Kingdom");
  }
  SUBCASE("finds the user-assigned XK") {
    const auto xk = country::from_alpha2("XK");
    REQUIRE(xk);
    CHECK(xk->name() == "Kosovo");
    CHECK(xk->alpha3() == "XKX");
    CHECK(xk->is_user_assigned());
    CHECK_FALSE(xk->is_historic());
    CHECK_FALSE(xk->numeric().has_value());
  }
  SUBCASE("rejects lower case, unassigned, withdrawn and malformed codes") {
    CHECK_FALSE(country::from_alpha2("cn"));
    CHECK_FALSE(country::from_alpha2("Cn"));
    CHECK_FALSE(country::from_alpha2("XX"));
    CHECK_FALSE(country::from_alpha2("SU"));  // withdrawn: use from_alpha4("SUHH")
    CHECK_FALSE(country::from_alpha2("CS"));  // withdrawn twice
    CHECK_FALSE(country::from_alpha2(""));
    CHECK_FALSE(country::from_alpha2("C"));
    CHECK_FALSE(country::from_alpha2("CHN"));
    CHECK_FALSE(country::from_alpha2("C1"));
    CHECK_FALSE(country::from_alpha2(std::string_view("C\0", 2)));
  }
}

TEST_CASE("country::from_alpha3") {
  CHECK(country::from_alpha3("CHN") == "CN"_country);
  CHECK(country::from_alpha3("USA") == "US"_country);
  CHECK(country::from_alpha3("XKX") == "XK"_country);
  CHECK_FALSE(country::from_alpha3("chn"));
  CHECK_FALSE(country::from_alpha3("SUN"));  // withdrawn
  CHECK_FALSE(country::from_alpha3("ZZZ"));
  CHECK_FALSE(country::from_alpha3("CH"));
  CHECK_FALSE(country::from_alpha3("CHNA"));
  CHECK_FALSE(country::from_alpha3(""));
}

TEST_CASE("country::from_numeric") {
  CHECK(country::from_numeric(156) == "CN"_country);
  CHECK(country::from_numeric(840) == "US"_country);
  CHECK(country::from_numeric(4) == "AF"_country);
  // 104 was Burma's code (BUMM, historic) and is Myanmar's now: the current entry wins.
  CHECK(country::from_numeric(104) == "MM"_country);
  CHECK_FALSE(country::from_numeric(0));
  CHECK_FALSE(country::from_numeric(-156));
  CHECK_FALSE(country::from_numeric(1000));
  CHECK_FALSE(country::from_numeric(999));
  CHECK_FALSE(country::from_numeric(810));  // the USSR's, withdrawn
}

TEST_CASE("country::from_name") {
  SUBCASE("ISO, official and common names, ignoring case") {
    CHECK(country::from_name("Korea, Republic of") == "KR"_country);
    CHECK(country::from_name("Republic of Korea") == "KR"_country);
    CHECK(country::from_name("South Korea") == "KR"_country);
    CHECK(country::from_name("SOUTH KOREA") == "KR"_country);
    CHECK(country::from_name("united states of america") == "US"_country);
    CHECK(country::from_name("Viet Nam") == "VN"_country);
    CHECK(country::from_name("vietnam") == "VN"_country);
    CHECK(country::from_name("Kosovo") == "XK"_country);
  }
  SUBCASE("aliases") {
    CHECK(country::from_name("UK") == "GB"_country);
    CHECK(country::from_name("Britain") == "GB"_country);
    CHECK(country::from_name("Great Britain") == "GB"_country);
    CHECK(country::from_name("USA") == "US"_country);
    CHECK(country::from_name("US") == "US"_country);
    CHECK(country::from_name("Russia") == "RU"_country);
    CHECK(country::from_name("North Korea") == "KP"_country);
    CHECK(country::from_name("Turkey") == "TR"_country);
  }
  SUBCASE("accented names, as ISO spells them or in ASCII") {
    CHECK(country::from_name("Côte d'Ivoire") == "CI"_country);
    CHECK(country::from_name("cote d'ivoire") == "CI"_country);
    CHECK(country::from_name("Türkiye") == "TR"_country);
    CHECK(country::from_name("\xC3\x85land Islands") == "AX"_country);
    CHECK(country::from_name("\xC3\x85LAND ISLANDS") == "AX"_country);
  }
  SUBCASE("prefixes, near misses and oversized input are not names") {
    CHECK(country::from_name("Niger") == "NE"_country);
    CHECK(country::from_name("Nigeria") == "NG"_country);
    CHECK_FALSE(country::from_name("Nige"));
    CHECK_FALSE(country::from_name("Chin"));
    CHECK_FALSE(country::from_name("China "));
    CHECK_FALSE(country::from_name(""));
    CHECK_FALSE(country::from_name("Atlantis"));
    CHECK_FALSE(country::from_name(std::string(10000, 'a')));
    CHECK_FALSE(country::from_name("Soviet Union"));  // historic entries: use from_alpha4
  }
}

TEST_CASE("country::from_alpha4 and historic entries") {
  const auto su = country::from_alpha4("SUHH");
  REQUIRE(su);
  CHECK(su->is_historic());
  CHECK(su->alpha2() == "SU");
  CHECK(su->alpha3() == "SUN");
  CHECK(su->numeric() == 810);
  CHECK(su->code() == "SUHH");
  REQUIRE(su->withdrawal_date());
  CHECK(su->withdrawal_date()->to_string() == "1992-08-30");

  SUBCASE("CS was used twice, so alpha-4 tells them apart") {
    const auto cshh = country::from_alpha4("CSHH");
    const auto csxx = country::from_alpha4("CSXX");
    REQUIRE(cshh);
    REQUIRE(csxx);
    CHECK(cshh->alpha2() == "CS");
    CHECK(csxx->alpha2() == "CS");
    CHECK(cshh != csxx);
    CHECK(csxx->name() == "Serbia and Montenegro");
  }
  SUBCASE("a withdrawal known only to the year") {
    const auto dahomey = country::from_alpha4("DYBJ");
    REQUIRE(dahomey);
    REQUIRE(dahomey->withdrawal_date());
    CHECK(dahomey->withdrawal_date()->precision() == cited::precision::year);
    CHECK(dahomey->withdrawal_date()->to_string() == "1977");
    CHECK_FALSE(dahomey->numeric() == std::nullopt);
  }
  SUBCASE("a historic entry without a numeric code") {
    CHECK_FALSE(country::from_alpha4("BQAQ")->numeric());
  }
  SUBCASE("current entries are not historic") {
    CHECK_FALSE("CN"_country.is_historic());
    CHECK_FALSE("CN"_country.withdrawal_date());
    CHECK("CN"_country.alpha4().empty());
  }
  SUBCASE("bad alpha-4 codes") {
    CHECK_FALSE(country::from_alpha4("suhh"));
    CHECK_FALSE(country::from_alpha4("SUH"));
    CHECK_FALSE(country::from_alpha4("ZZZZ"));
    CHECK_FALSE(country::from_alpha4(""));
  }
  CHECK("SUHH"_country == *su);
  CHECK(country::historic().size() == 31);
  CHECK(std::all_of(country::historic().begin(), country::historic().end(),
                    [](country c) { return c.is_historic() && c.withdrawal_date(); }));
}

TEST_CASE("country::all") {
  const auto all = country::all();
  CHECK(all.size() == 249);
  CHECK(std::is_sorted(all.begin(), all.end()));
  CHECK(std::is_sorted(all.begin(), all.end(),
                       [](country a, country b) { return a.alpha2() < b.alpha2(); }));
  CHECK(std::none_of(all.begin(), all.end(),
                     [](country c) { return c.is_historic() || c.is_user_assigned(); }));
  CHECK(std::find(all.begin(), all.end(), "XK"_country) == all.end());
  SUBCASE("every entry round-trips through every lookup") {
    for (const country c : all) {
      INFO(c.alpha2());
      CHECK(country::from_alpha2(c.alpha2()) == c);
      CHECK(country::from_alpha3(c.alpha3()) == c);
      REQUIRE(c.numeric());
      CHECK(country::from_numeric(*c.numeric()) == c);
      CHECK(country::from_name(c.name()) == c);
      if (!c.official_name().empty()) CHECK(country::from_name(c.official_name()) == c);
      if (!c.common_name().empty()) CHECK(country::from_name(c.common_name()) == c);
    }
  }
}

TEST_CASE("country names") {
  CHECK("KR"_country.name() == "Korea, Republic of");
  CHECK("KR"_country.common_name() == "South Korea");
  CHECK("KR"_country.display_name() == "South Korea");
  CHECK("CN"_country.common_name().empty());
  CHECK("CN"_country.display_name() == "China");
  CHECK("AW"_country.official_name().empty());
}

TEST_CASE("country is ordered, hashable and streamable") {
  SUBCASE("ordering follows alpha-2") {
    CHECK("CN"_country < "US"_country);
    CHECK("US"_country > "GB"_country);
    CHECK("ZW"_country < "XK"_country);    // XK after the current entries
    CHECK("XK"_country < "AIDJ"_country);  // historic entries last
  }
  SUBCASE("hashing keeps distinct countries apart") {
    std::unordered_set<country> set(country::all().begin(), country::all().end());
    set.insert("XK"_country);
    for (country c : country::historic()) set.insert(c);
    CHECK(set.size() == 249 + 1 + 31);
    CHECK(set.count("CN"_country) == 1);
  }
  SUBCASE("streams as its code") {
    std::ostringstream os;
    os << "CN"_country << ' ' << "XK"_country << ' ' << "CSXX"_country;
    CHECK(os.str() == "CN XK CSXX");
  }
}

TEST_CASE("country name index") {
  // from_name binary-searches the generated index: it must be sorted and free of duplicates.
  const auto& index = cited::detail::country_name_index;
  CHECK(std::adjacent_find(std::begin(index), std::end(index), [](const auto& a, const auto& b) {
          return !(a.key < b.key);
        }) == std::end(index));
}

TEST_CASE("country string_form") {
  using form = cited::string_form<cited::country>;
  static_assert(cited::has_string_form<cited::country>);
  SUBCASE("writes the code: alpha-2, or alpha-4 for a historic entry") {
    std::string out;
    form::write("CN"_country, out);
    form::write("CSHH"_country, out);
    CHECK(out == "CNCSHH");
  }
  SUBCASE("reads what it writes, and nothing else") {
    for (const cited::country c : cited::country::all()) CHECK(form::read(c.code()) == c);
    for (const cited::country c : cited::country::historic()) CHECK(form::read(c.code()) == c);
    CHECK(form::read("XK") == "XK"_country);
    CHECK(form::read("cn") == std::nullopt);
    CHECK(form::read("CHN") == std::nullopt);  // alpha-3 is not the data form
    CHECK(form::read("") == std::nullopt);
  }
}

TEST_CASE("country literal in a braced list") {
  // clang 14 crashed on string literal operator templates here; the literal must compile in
  // every initializer a user writes.
  struct mention {
    country who;
    std::optional<std::string> note;
  };
  const std::vector<country> list{"CN"_country, "GB"_country, "SUHH"_country};
  const std::vector<mention> mentions{{"US"_country, "x"}, {"FR"_country, std::nullopt}};
  CHECK(list[2].is_historic());
  CHECK(mentions[1].who.alpha3() == "FRA");
}
