// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/catalog/names.hpp>

#include <cited/text/utf8.hpp>

#include <doctest/doctest.h>

#include <array>
#include <string>
#include <string_view>

using cited::country;
using cited::locale_names;
using namespace cited::literals;
namespace locales = cited::locales;

namespace {

constexpr std::array<const locale_names*, 8> all_locales = {
    &locales::ar, &locales::de, &locales::en, &locales::es,
    &locales::fr, &locales::ja, &locales::ru, &locales::zh};

std::string fold(std::string_view text) {
  std::string out(text.size(), '\0');
  cited::detail::fold_name_case(text, out.data());
  return out;
}

}  // namespace

TEST_CASE("country::name(locale)") {
  SUBCASE("China in each locale") {
    const country cn = "CN"_country;
    CHECK(cn.name(locales::zh) == "中国");
    CHECK(cn.name(locales::ja) == "中国");
    CHECK(cn.name(locales::ar) == "الصين");
    CHECK(cn.name(locales::ru) == "Китай");
    CHECK(cn.name(locales::de) == "China");
    CHECK(cn.name(locales::es) == "China");
    CHECK(cn.name(locales::fr) == "Chine");
    CHECK(cn.name(locales::en) == "China");
  }
  SUBCASE("other countries") {
    CHECK("DE"_country.name(locales::fr) == "Allemagne");
    CHECK("DE"_country.name(locales::de) == "Deutschland");
    CHECK("US"_country.name(locales::fr) == "États-Unis");
    CHECK("US"_country.name(locales::en) == "United States");
    CHECK("GB"_country.name(locales::ru) == "Великобритания");
    CHECK("JP"_country.name(locales::ja) == "日本");
    CHECK("XK"_country.name(locales::es) == "Kosovo");
  }
  SUBCASE("every current entry and XK has a name in every locale") {
    for (const locale_names* locale : all_locales) {
      INFO("locale ", locale->tag());
      for (const country c : country::all()) {
        INFO("country ", c.code());
        CHECK_FALSE(locale->names()[c.index()].empty());
        CHECK(c.name(*locale) == locale->names()[c.index()]);
      }
      CHECK_FALSE(locale->names()["XK"_country.index()].empty());
    }
  }
  SUBCASE("historic entries fall back to the ISO name") {
    for (const locale_names* locale : all_locales) {
      for (const country c : country::historic()) {
        INFO("locale ", locale->tag(), ", country ", c.code());
        CHECK(locale->names()[c.index()].empty());
        CHECK(c.name(*locale) == c.name());
      }
    }
    CHECK("SUHH"_country.name(locales::ru) == "USSR, Union of Soviet Socialist Republics");
  }
  SUBCASE("tags") {
    CHECK(locales::fr.tag() == "fr");
    CHECK(locales::zh.tag() == "zh");
  }
}

TEST_CASE("country::from_name with locales") {
  SUBCASE("a name CLDR writes with invisible characters is found without them") {
    // CLDR 41's French variant of CI begins with two U+200B.
    CHECK(country::from_name("République de Côte d'Ivoire", cited::locales::fr) ==
          country::from_alpha2("CI"));
    CHECK(country::from_name("république de côte d’ivoire", cited::locales::fr) ==
          country::from_alpha2("CI"));
  }
  SUBCASE("every name of every locale leads back to its country") {
    for (const locale_names* locale : all_locales) {
      INFO("locale ", locale->tag());
      for (std::uint16_t i = 0; i < locale_names::size; ++i) {
        const country c = *country::at_index(i);
        if (c.is_historic()) {
          // Its name is the ISO fallback, which no locale leads back to a historic entry with;
          // "East Timor" (TPTL) is the English variant of TL.
          CHECK(country::from_name(c.name(*locale), *locale) != c);
          continue;
        }
        INFO("country ", c.code(), " ", c.name(*locale));
        CHECK(country::from_name(c.name(*locale), *locale) == c);
      }
    }
  }
  SUBCASE("short forms and variants") {
    CHECK(country::from_name("USA", locales::de) == "US"_country);
    CHECK(country::from_name("États-Unis", locales::fr) == "US"_country);
    CHECK(country::from_name("É.-U.", locales::fr) == "US"_country);
    CHECK(country::from_name("EE. UU.", locales::es) == "US"_country);
    CHECK(country::from_name("США", locales::ru) == "US"_country);
    CHECK(country::from_name("UK", locales::en) == "GB"_country);
    CHECK(country::from_name("Elfenbeinküste", locales::de) == "CI"_country);
    CHECK(country::from_name("象牙海岸", locales::zh) == "CI"_country);
    CHECK(country::from_name("Swaziland", locales::en) == "SZ"_country);
    CHECK(country::from_name("East Timor", locales::en) == "TL"_country);
  }
  SUBCASE("case is folded for ASCII, Latin-1 and Cyrillic letters") {
    CHECK(country::from_name("allemagne", locales::fr) == "DE"_country);
    CHECK(country::from_name("ÉTATS-UNIS", locales::fr) == "US"_country);
    CHECK(country::from_name("états-unis", locales::fr) == "US"_country);
    CHECK(country::from_name("КИТАЙ", locales::ru) == "CN"_country);
    CHECK(country::from_name("китай", locales::ru) == "CN"_country);
    CHECK(country::from_name("ÅLANDINSELN", locales::de) == "AX"_country);
  }
  SUBCASE("the apostrophe may be ASCII") {
    CHECK(country::from_name("Côte d’Ivoire", locales::fr) == "CI"_country);
    CHECK(country::from_name("Côte d'Ivoire", locales::fr) == "CI"_country);
    CHECK(country::from_name("кот-д'ивуар", locales::ru) == "CI"_country);
  }
  SUBCASE("accents, spaces and punctuation are significant") {
    CHECK_FALSE(country::from_name("Etats-Unis", locales::fr));
    CHECK_FALSE(country::from_name("États Unis", locales::fr));
    CHECK_FALSE(country::from_name(" Chine", locales::fr));
  }
  SUBCASE("only the locales passed, the first that knows the name wins") {
    CHECK_FALSE(country::from_name("Allemagne", locales::de));
    CHECK(country::from_name("Allemagne", locales::de, locales::fr) == "DE"_country);
    CHECK(country::from_name("Deutschland", locales::de, locales::fr) == "DE"_country);
    CHECK(country::from_name("中国", locales::ja, locales::zh) == "CN"_country);
    // The English ISO names are country::from_name(text), without a locale.
    CHECK_FALSE(country::from_name("Korea, Republic of", locales::en));
    CHECK(country::from_name("South Korea", locales::en) == "KR"_country);
  }
  SUBCASE("locales chosen at run time") {
    const std::array<locale_names, 2> mine{locales::fr, locales::de};
    CHECK(country::from_name("USA", mine) == "US"_country);
    CHECK(country::from_name("états-unis", mine) == "US"_country);
    CHECK_FALSE(country::from_name("Китай", mine));
    CHECK_FALSE(country::from_name("Chine", std::span<const locale_names>()));
    CHECK_FALSE(country::from_name("", mine));
  }
  SUBCASE("nothing for empty, unknown or overlong text") {
    CHECK_FALSE(country::from_name("", locales::fr));
    CHECK_FALSE(country::from_name("Atlantide", locales::fr));
    CHECK_FALSE(country::from_name(std::string(500, 'a'), locales::fr));
    CHECK_FALSE(country::from_name("Europäische Union", locales::de));  // EU: not a country
    CHECK_FALSE(country::from_name("\xC3", locales::fr));
  }
}

TEST_CASE("locale_names tables") {
  SUBCASE("the names and keys are valid UTF-8") {
    for (const locale_names* locale : all_locales) {
      INFO("locale ", locale->tag());
      for (const std::string_view name : locale->names()) {
        CHECK(cited::detail::is_valid_utf8(name));
      }
      for (const auto& entry : locale->index()) CHECK(cited::detail::is_valid_utf8(entry.key));
    }
  }
  SUBCASE("the index is sorted, folded, and names current entries and XK only") {
    for (const locale_names* locale : all_locales) {
      INFO("locale ", locale->tag());
      const auto index = locale->index();
      REQUIRE(!index.empty());
      for (std::size_t i = 0; i < index.size(); ++i) {
        INFO("key ", index[i].key);
        CHECK(fold(index[i].key) == index[i].key);
        CHECK(index[i].key.size() <= cited::detail::longest_localized_name);
        REQUIRE(index[i].index < locale_names::size);
        CHECK_FALSE(country::at_index(index[i].index)->is_historic());
        if (i > 0) CHECK(index[i - 1].key < index[i].key);
      }
    }
  }
}

TEST_CASE("detail::fold_name_case") {
  CHECK(fold("ABCXYZ abc-019") == "abcxyz abc-019");
  CHECK(fold("ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ") == "àáâãäåæçèéêëìíîïðñòóôõöøùúûüýþ");
  CHECK(fold("ЀЁЂЃЄЅІЇЈЉЊЋЌЍЎЏАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ") ==
        "ѐёђѓєѕіїјљњћќѝўџабвгдежзийклмнопрстуфхцчшщъыьэюя");
  // The multiplication sign, ß, ÿ, Greek, CJK and Arabic are left as they are.
  CHECK(fold("×ßÿΑΩ中国الصين") == "×ßÿΑΩ中国الصين");
  // A lead byte at the end or before a byte that does not continue it is copied.
  CHECK(fold("A\xC3") == "a\xC3");
  CHECK(fold("\xD0Z") == "\xD0z");
}
