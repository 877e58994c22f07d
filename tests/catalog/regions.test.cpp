// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0
//
// The M49 regions, and a comparison of every field of the committed table, through the public
// API, with Unicode CLDR's XML (CITED_CLDR_DIR), read at run time by a reader of its own, so that
// the check shares no code with the generator. Prints "SKIPPED:" when the files are absent.

#include <cited/catalog/regions.hpp>

#include <cited/json.hpp>

#include <doctest/doctest.h>

#include <cstddef>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

using cited::country;
using cited::region;
using namespace cited::literals;
namespace regions = cited::regions;

namespace {

std::vector<std::string> codes_of(const std::vector<region>& rs) {
  std::vector<std::string> out;
  for (const region r : rs) out.emplace_back(r.code_text());
  return out;
}

}  // namespace

TEST_CASE("region") {
  SUBCASE("contains a country") {
    CHECK(regions::eastern_asia.contains("CN"_country));
    CHECK(regions::western_europe.contains("DE"_country));
    CHECK(regions::europe.contains("GB"_country));
    CHECK(regions::southern_europe.contains("XK"_country));  // CLDR, not UN data
    CHECK_FALSE(regions::europe.contains("CN"_country));
    // CLDR lists Antarctica in "Outlying Oceania" (QO), which Oceania's own line holds.
    CHECK(regions::oceania.contains("AQ"_country));
    CHECK_FALSE(regions::australasia.contains("AQ"_country));
    for (const country c : country::all()) CHECK(regions::world.contains(c));
  }
  SUBCASE("contains a region") {
    CHECK(regions::americas.contains(regions::latin_america));
    CHECK(regions::latin_america.contains(regions::south_america));
    CHECK_FALSE(regions::north_america.contains(regions::south_america));
    CHECK_FALSE(regions::europe.contains(regions::asia));
    for (const region r : regions::all()) CHECK(regions::world.contains(r));
  }
  SUBCASE("members, in country order") {
    const std::vector<country> m = regions::eastern_asia.members();
    CHECK(m == std::vector<country>{"CN"_country, "HK"_country, "JP"_country, "KP"_country,
                                    "KR"_country, "MN"_country, "MO"_country, "TW"_country});
    CHECK(regions::world.members().size() == 250);  // the 249 ISO entries and XK
    CHECK(regions::eastern_asia.group().members_ever() == m);
    CHECK(regions::eastern_asia.group().members_at(cited::ymd(2026, 12, 1)) == m);
  }
  SUBCASE("parents") {
    CHECK(regions::world.parents().empty());
    CHECK(codes_of(regions::eastern_asia.parents()) == std::vector<std::string>{"142"});
    CHECK(codes_of(regions::caribbean.parents()) == std::vector<std::string>{"003", "019", "419"});
  }
  SUBCASE("lookups") {
    CHECK(regions::from_code(30) == regions::eastern_asia);
    CHECK(regions::from_code("030") == regions::eastern_asia);
    CHECK_FALSE(regions::from_code("EU"));
    CHECK_FALSE(regions::from_code(-1));
    std::ostringstream os;
    os << regions::europe;
    CHECK(os.str() == "150");
  }
  SUBCASE("the named regions are all the regions") {
    const std::vector<region> named{regions::world,
                                    regions::africa,
                                    regions::americas,
                                    regions::asia,
                                    regions::europe,
                                    regions::oceania,
                                    regions::northern_africa,
                                    regions::western_africa,
                                    regions::eastern_africa,
                                    regions::middle_africa,
                                    regions::southern_africa,
                                    regions::sub_saharan_africa,
                                    regions::northern_america,
                                    regions::central_america,
                                    regions::caribbean,
                                    regions::south_america,
                                    regions::north_america,
                                    regions::latin_america,
                                    regions::central_asia,
                                    regions::eastern_asia,
                                    regions::southern_asia,
                                    regions::southeast_asia,
                                    regions::western_asia,
                                    regions::eastern_europe,
                                    regions::northern_europe,
                                    regions::southern_europe,
                                    regions::western_europe,
                                    regions::australasia,
                                    regions::melanesia,
                                    regions::micronesian_region,
                                    regions::polynesia};
    CHECK(std::set<region>(named.begin(), named.end()).size() == regions::all().size());
  }
  SUBCASE("JSON form") {
    CHECK(cited::to_json(regions::eastern_asia) == "\"030\"");
    CHECK(cited::from_json<region>("\"419\"") == regions::latin_america);
    CHECK_THROWS_AS(static_cast<void>(cited::from_json<region>("\"156\"")), cited::json_error);
  }
}

TEST_CASE("regions::containing") {
  CHECK(codes_of(regions::containing("CN"_country)) ==
        std::vector<std::string>{"030", "142", "001"});
  CHECK(codes_of(regions::containing("MX"_country)) ==
        std::vector<std::string>{"013", "003", "419", "019", "001"});
  CHECK(codes_of(regions::containing("NG"_country)) ==
        std::vector<std::string>{"011", "202", "002", "001"});
  CHECK(codes_of(regions::containing("AQ"_country)) == std::vector<std::string>{"009", "001"});
  CHECK(regions::containing("SUHH"_country).empty());
  for (const country c : country::all()) {
    const std::vector<region> rs = regions::containing(c);
    if (rs.empty()) continue;
    CHECK(rs.back() == regions::world);
    for (std::size_t i = 1; i < rs.size(); ++i) {
      CHECK(rs[i - 1].member_count() <= rs[i].member_count());
    }
  }
}

// --- the comparison with CLDR ---

namespace {

std::optional<std::string> file_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::cout << "SKIPPED: " << path
              << " is absent (install Debian's unicode-cldr-core package to run this test)\n";
    return std::nullopt;
  }
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// The value of attribute `name` in the start tag `tag`, or nothing.
std::optional<std::string> attribute(const std::string& tag, const std::string& name) {
  const std::string key = ' ' + name + "=\"";
  const std::size_t at = tag.find(key);
  if (at == std::string::npos) return std::nullopt;
  const std::size_t begin = at + key.size();
  return tag.substr(begin, tag.find('"', begin) - begin);
}

// Each element `<name ...>` of `text` in [from, to): its start tag and, for an element with
// content, the text up to the next '<'.
struct element {
  std::string tag;
  std::string content;
};
std::vector<element> elements(const std::string& text, const std::string& name,
                              std::size_t from = 0, std::size_t to = std::string::npos) {
  std::vector<element> out;
  const std::string open = '<' + name + ' ';
  for (std::size_t at = text.find(open, from); at < to; at = text.find(open, at + 1)) {
    const std::size_t end = text.find('>', at);
    element e{text.substr(at, end + 1 - at), {}};
    if (e.tag[e.tag.size() - 2] != '/')
      e.content = text.substr(end + 1, text.find('<', end) - end - 1);
    out.push_back(std::move(e));
  }
  return out;
}

bool is_m49(const std::string& s) {
  return s.size() == 3 && s.find_first_not_of("0123456789") == std::string::npos;
}

std::vector<std::string> words(const std::string& s) {
  std::istringstream in(s);
  std::vector<std::string> out;
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

}  // namespace

TEST_CASE("M49 table matches CLDR") {
  const std::string dir = CITED_CLDR_DIR;
  const auto supplemental = file_text(dir + "/supplemental/supplementalData.xml");
  const auto english = file_text(dir + "/main/en.xml");
  if (!supplemental || !english) return;

  // Region -> direct sub-regions and direct country codes, from the numeric, current groups.
  std::map<std::string, std::set<std::string>> sub, direct, parents;
  std::set<std::string> grouping;
  const std::size_t begin = supplemental->find("<territoryContainment>");
  const std::size_t end = supplemental->find("</territoryContainment>");
  REQUIRE(begin != std::string::npos);
  // What each container that is not a region holds (QO: Antarctica and CLDR-only codes).
  std::map<std::string, std::vector<std::string>> holds;
  for (const element& g : elements(*supplemental, "group", begin, end)) {
    const std::string type = attribute(g.tag, "type").value_or("");
    if (attribute(g.tag, "status") == "deprecated" || is_m49(type)) continue;
    for (std::string& w : words(attribute(g.tag, "contains").value_or(""))) {
      holds[type].push_back(std::move(w));
    }
  }
  for (const element& g : elements(*supplemental, "group", begin, end)) {
    const std::string type = attribute(g.tag, "type").value_or("");
    if (attribute(g.tag, "status") == "deprecated" || !is_m49(type)) continue;
    const bool plain_line = !attribute(g.tag, "status");
    direct[type];
    if (attribute(g.tag, "grouping") == "true") grouping.insert(type);
    for (const std::string& w : words(attribute(g.tag, "contains").value_or(""))) {
      if (is_m49(w)) {
        sub[type].insert(w);
        parents[w].insert(type);
        direct[w];
      } else if (plain_line && holds.contains(w)) {
        direct[type].insert(holds[w].begin(), holds[w].end());
      } else {
        direct[type].insert(w);
      }
    }
  }
  std::map<std::string, std::string> names;
  for (const element& t : elements(*english, "territory")) {
    const std::string type = attribute(t.tag, "type").value_or("");
    if (is_m49(type) && !attribute(t.tag, "alt")) names[type] = t.content;
  }

  // Every country code a region holds, through its sub-regions.
  std::map<std::string, std::set<std::string>> all;
  const auto collect = [&](const auto& self, const std::string& r,
                           std::set<std::string>& out) -> void {
    out.insert(direct[r].begin(), direct[r].end());
    for (const std::string& s : sub[r]) self(self, s, out);
  };
  for (const auto& [code, _] : direct) collect(collect, code, all[code]);

  REQUIRE(regions::all().size() == direct.size());
  for (const auto& entry : direct) {
    const std::string& code = entry.first;
    CAPTURE(code);
    const std::optional<region> r = regions::from_code(code);
    REQUIRE(r);
    CHECK(r->code_text() == code);
    CHECK(r->code() == std::stoi(code));
    CHECK(r->name() == names.at(code));
    CHECK(r->is_grouping() == grouping.contains(code));
    std::set<std::string> ps;
    for (const region p : r->parents()) ps.insert(std::string(p.code_text()));
    CHECK(ps == parents[code]);
    // Every current entry, and XK, is in the region exactly when CLDR puts it there.
    std::size_t members = 0;
    for (std::uint16_t i = 0;; ++i) {
      const std::optional<country> c = country::at_index(i);
      if (!c || c->is_historic()) break;
      CAPTURE(c->code());
      const bool listed = all[code].contains(std::string(c->alpha2()));
      CHECK(r->contains(*c) == listed);
      members += listed ? 1 : 0;
    }
    CHECK(r->members().size() == members);
    CHECK(r->member_count() == members);
    // And a region inside it is one CLDR nests in it.
    for (const region inner : regions::all()) {
      std::set<std::string> inside;
      const auto nest = [&](const auto& self, const std::string& x) -> void {
        inside.insert(x);
        for (const std::string& s : sub[x]) self(self, s);
      };
      nest(nest, code);
      CHECK(r->contains(inner) == inside.contains(std::string(inner.code_text())));
    }
  }
  for (const country c : country::historic()) CHECK(regions::containing(c).empty());
}
