// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0
//
// The CLDR 41 reference figures: the metrics and the source, and every figure compared, through
// the public API, with CLDR's supplementalData.xml (CITED_CLDR_DIR). The file is read at run time
// by a reader of its own, not the generator's. Prints "SKIPPED:" when the file is absent.

#include <cited/catalog/reference.hpp>

#include <cited/cite/apa.hpp>
#include <cited/cite/in_text.hpp>

#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <sstream>
#include <string>

using cited::country;
using namespace cited::literals;
namespace ref = cited::reference;

namespace {

struct cldr_territory {
  std::string population;
  std::string gdp;
  std::string literacy;
};

// The value of attribute `name` in a start tag, or nothing.
std::optional<std::string> attribute_of(const std::string& tag, const std::string& name) {
  const std::string key = ' ' + name + "=\"";
  const std::size_t at = tag.find(key);
  if (at == std::string::npos) return std::nullopt;
  const std::size_t begin = at + key.size();
  const std::size_t end = tag.find('"', begin);
  if (end == std::string::npos) return std::nullopt;
  return tag.substr(begin, end - begin);
}

// The <territory> start tags inside <territoryInfo>, by code; nothing (and a SKIPPED line) when
// the file is absent.
std::optional<std::map<std::string, cldr_territory>> read_cldr() {
  const std::string path = std::string(CITED_CLDR_DIR) + "/supplemental/supplementalData.xml";
  std::ifstream in(path);
  if (!in) {
    std::cout << "SKIPPED: " << path
              << " is absent (install Debian's unicode-cldr-core to compare with CLDR)\n";
    return std::nullopt;
  }
  std::ostringstream text;
  text << in.rdbuf();
  const std::string doc = text.str();
  const std::size_t begin = doc.find("<territoryInfo>");
  const std::size_t end = doc.find("</territoryInfo>");
  REQUIRE(begin != std::string::npos);
  REQUIRE(end != std::string::npos);
  std::map<std::string, cldr_territory> out;
  for (std::size_t at = doc.find("<territory ", begin); at < end;
       at = doc.find("<territory ", at + 1)) {
    const std::string tag = doc.substr(at, doc.find('>', at) - at);
    const auto code = attribute_of(tag, "type");
    const auto population = attribute_of(tag, "population");
    const auto gdp = attribute_of(tag, "gdp");
    const auto literacy = attribute_of(tag, "literacyPercent");
    REQUIRE(code);
    REQUIRE(population);
    REQUIRE(gdp);
    REQUIRE(literacy);
    out[*code] = {*population, *gdp, *literacy};
  }
  return out;
}

}  // namespace

TEST_CASE("reference figures: every country's figures are CLDR's") {
  const auto cldr = read_cldr();
  if (!cldr) return;
  CHECK(cldr->size() == 257);
  std::size_t countries = 0;
  for (const auto& entry : *cldr) {
    // Not a structured binding: clang 14 cannot capture one in CAPTURE's lambda.
    const std::string& code = entry.first;
    const cldr_territory& t = entry.second;
    CAPTURE(code);
    const std::optional<country> c = country::from_alpha2(code);
    if (!c) {
      // CLDR's codes that name no country: they have no figures here.
      CHECK(std::string("AC CP DG EA IC TA ZZ").find(code) != std::string::npos);
      continue;
    }
    ++countries;
    const std::optional<ref::territory_figures> f = ref::figures_of(*c);
    REQUIRE(f);
    CHECK(f->country == *c);
    CHECK(std::to_string(f->population.value()) == t.population);
    CHECK(f->gdp.value() == std::strtod(t.gdp.c_str(), nullptr));
    CHECK(f->literacy_percent == std::strtod(t.literacy.c_str(), nullptr));
  }
  // Every current ISO 3166-1 country, and Kosovo.
  CHECK(countries == 250);
  CHECK(ref::all_figures().size() == 250);
}

TEST_CASE("reference figures: lookups") {
  const auto cn = ref::figures_of("CN"_country);
  REQUIRE(cn);
  CHECK(cn->population == cited::count{1'394'020'000});
  CHECK(cn->gdp.value() == 25'360'000'000'000.0);
  CHECK(cn->literacy_percent == 95.1);
  const auto us = ref::figures_of("US"_country);
  REQUIRE(us);
  CHECK(us->population == cited::count{332'639'000});
  CHECK(ref::figures_of("XK"_country));
  // A historic country has no figures.
  CHECK_FALSE(ref::figures_of(*country::from_alpha4("SUHH")));
  const auto all = ref::all_figures();
  CHECK(all.front().country == "AD"_country);  // AC is not a country
  CHECK(all.back().country == "ZW"_country);
}

TEST_CASE("reference figures: metrics and source") {
  CHECK(ref::metrics[0].id == "population");
  CHECK(ref::metrics[0].kind == cited::value_kind::count);
  CHECK(ref::metrics[1].id == "gdp");
  CHECK(ref::metrics[1].kind == cited::value_kind::amount);
  CHECK(ref::metrics[1].unit == "$ (PPP)");
  CHECK(ref::metrics[1].dimension == "purchasing_power");
  CHECK(ref::metrics[2].id == "literacy");
  CHECK(ref::metrics[2].kind == cited::value_kind::number);
  CHECK_FALSE(ref::metrics[2].additive);
  CHECK(cited::cite(ref::cldr_41()) ==
        "Unicode Consortium. (2022). Unicode Common Locale Data Repository (CLDR), version 41 "
        "[Data set]. https://cldr.unicode.org/index/downloads/cldr-41");
  CHECK(cited::cite_in_text(ref::cldr_41_provenance(), cited::citation_form::parenthetical) ==
        "(Unicode Consortium, 2022)");
  CHECK(ref::cldr_41().fields().quote.value().find("World Bank, CIA Factbook") !=
        std::string::npos);
  CHECK(ref::cldr_41_period().to_string() == "2022");
}
