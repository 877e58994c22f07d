// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0
//
// country::from_name (and the code lookups) on any bytes: a country found by name is found again
// by its own name, and by its codes; the same for the names of CLDR's locales.

#include <cited/value/country.hpp>

#include <cited/catalog/names.hpp>

#include "fuzz.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input = fuzz::text(data, size);
  if (const auto c = cited::country::from_name(input)) {
    fuzz::require(cited::country::from_name(c->name()) == c, "a country's name finds another");
  }
  namespace locales = cited::locales;
  if (const auto c =
          cited::country::from_name(input, locales::ar, locales::de, locales::en, locales::es,
                                    locales::fr, locales::ja, locales::ru, locales::zh)) {
    for (const auto& locale : {locales::ar, locales::de, locales::en, locales::es, locales::fr,
                               locales::ja, locales::ru, locales::zh}) {
      fuzz::require(cited::country::from_name(c->name(locale), locale) == c,
                    "a country's name in a locale finds another");
    }
  }
  if (const auto c = cited::country::from_alpha2(input)) {
    fuzz::require(c->alpha2() == input, "an alpha-2 lookup found a country with another code");
  }
  if (const auto c = cited::country::from_alpha3(input)) {
    fuzz::require(c->alpha3() == input, "an alpha-3 lookup found a country with another code");
  }
  return 0;
}
