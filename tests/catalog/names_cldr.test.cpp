// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0
//
// Compares the committed country names of every locale, through the public API, with Unicode
// CLDR's common/main/<locale>.xml (CITED_CLDR_DIR). Reads the files at run time with a reader and
// a case folding of its own, so the check does not share code with the generator or the library's
// folding. Prints "SKIPPED:" when a file is absent.

#include <cited/catalog/names.hpp>

#include <cited/text/utf8.hpp>

#include <doctest/doctest.h>

#include <array>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

using cited::country;
using cited::locale_names;

namespace {

// One <territory> element of <localeDisplayNames><territories>.
struct territory {
  std::string type;
  std::string alt;    // "", "short" or "variant"
  std::string draft;  // "", "contributed", "provisional", ...
  std::string text;
};

// Reads the <territories> block of an LDML file: elements <territory a="v" ...>text</territory>,
// with the five XML entities and character references in the text.
class territories_reader {
 public:
  explicit territories_reader(std::string xml) : s_(std::move(xml)) {}

  std::vector<territory> read() {
    const std::size_t begin = s_.find("<territories>");
    const std::size_t end = s_.find("</territories>");
    if (begin == std::string::npos || end == std::string::npos) fail("no <territories>");
    std::vector<territory> out;
    i_ = begin + 13;
    for (;;) {
      const std::size_t open = s_.find('<', i_);
      if (open >= end) break;
      i_ = open;
      if (s_.compare(i_, 11, "<territory ") != 0) fail("unexpected element");
      i_ += 11;
      territory t;
      for (;;) {
        skip_spaces();
        if (s_.at(i_) == '>') break;
        const std::size_t eq = s_.find('=', i_);
        const std::string name = s_.substr(i_, eq - i_);
        if (s_.at(eq + 1) != '"') fail("unquoted attribute");
        const std::size_t close = s_.find('"', eq + 2);
        const std::string value = s_.substr(eq + 2, close - eq - 2);
        i_ = close + 1;
        if (name == "type") t.type = value;
        if (name == "alt") t.alt = value;
        if (name == "draft") t.draft = value;
      }
      ++i_;
      const std::size_t stop = s_.find("</territory>", i_);
      t.text = decode(s_.substr(i_, stop - i_));
      i_ = stop + 12;
      out.push_back(std::move(t));
    }
    return out;
  }

 private:
  std::string decode(const std::string& raw) const {
    std::string out;
    for (std::size_t k = 0; k < raw.size(); ++k) {
      if (raw[k] != '&') {
        out += raw[k];
        continue;
      }
      const std::size_t semi = raw.find(';', k);
      const std::string name = raw.substr(k + 1, semi - k - 1);
      static const std::map<std::string, std::string> named = {
          {"amp", "&"}, {"lt", "<"}, {"gt", ">"}, {"quot", "\""}, {"apos", "'"}};
      if (const auto it = named.find(name); it != named.end()) {
        out += it->second;
      } else if (name.size() > 1 && name[0] == '#') {
        const bool hex = name[1] == 'x';
        const auto cp = std::stoul(name.substr(hex ? 2 : 1), nullptr, hex ? 16 : 10);
        cited::detail::append_utf8(out, static_cast<char32_t>(cp));
      } else {
        fail("unknown entity &" + name + ";");
      }
      k = semi;
    }
    return out;
  }

  void skip_spaces() {
    while (s_.at(i_) == ' ' || s_.at(i_) == '\t' || s_.at(i_) == '\n') ++i_;
  }
  [[noreturn]] void fail(const std::string& what) const {
    throw std::runtime_error("LDML, offset " + std::to_string(i_) + ": " + what);
  }

  std::string s_;
  std::size_t i_ = 0;
};

// The locale's territories, or nothing (and a SKIPPED line) when its file is absent.
std::optional<std::vector<territory>> load(std::string_view tag) {
  const std::string path = std::string(CITED_CLDR_DIR) + "/main/" + std::string(tag) + ".xml";
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::cout << "SKIPPED: " << path
              << " not found; install Debian's unicode-cldr-core package to compare the names\n";
    return std::nullopt;
  }
  std::stringstream text;
  text << in.rdbuf();
  return territories_reader(text.str()).read();
}

// The matching rule of docs/names.md, by code point: A-Z, U+00C0-U+00DE but U+00D7, and
// U+0400-U+042F to small letters; U+200B, U+200E and U+200F left out.
std::string folded(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    const auto b = static_cast<unsigned char>(text[i]);
    const std::size_t n = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    char32_t cp = n == 1 ? b : n == 2 ? (b & 0x1F) : n == 3 ? (b & 0x0F) : (b & 0x07);
    for (std::size_t k = 1; k < n; ++k) {
      cp = (cp << 6) | (static_cast<unsigned char>(text.at(i + k)) & 0x3F);
    }
    if (cp == 0x200B || cp == 0x200E || cp == 0x200F) {
      i += n;
      continue;
    }
    if ((cp >= U'A' && cp <= U'Z') || (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) ||
        (cp >= 0x410 && cp <= 0x42F)) {
      cp += 0x20;
    } else if (cp >= 0x400 && cp <= 0x40F) {
      cp += 0x50;
    }
    cited::detail::append_utf8(out, cp);
    i += n;
  }
  return out;
}

// `text` with each occurrence of `from` replaced by `to`, built by appending (g++ 12 at -O3
// warns, wrongly, about std::string::replace and erase in a loop: -Wrestrict).
std::string replaced(std::string_view text, std::string_view from, std::string_view to) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t at = 0;;) {
    const std::size_t hit = text.find(from, at);
    out.append(text.substr(at, hit == std::string_view::npos ? std::string_view::npos : hit - at));
    if (hit == std::string_view::npos) return out;
    out.append(to);
    at = hit + from.size();
  }
}

// The text without U+200B, U+200E and U+200F.
std::string visible(std::string_view text) {
  return replaced(replaced(replaced(text, "\u200B", ""), "\u200E", ""), "\u200F", "");
}

// The text with each U+2019 (’) replaced by an ASCII apostrophe.
std::string ascii_apostrophe(std::string_view text) { return replaced(text, "\u2019", "'"); }

constexpr std::array<const locale_names*, 8> all_locales = {
    &cited::locales::ar, &cited::locales::de, &cited::locales::en, &cited::locales::es,
    &cited::locales::fr, &cited::locales::ja, &cited::locales::ru, &cited::locales::zh};

}  // namespace

TEST_CASE("country names match CLDR") {
  for (const locale_names* locale : all_locales) {
    INFO("locale ", locale->tag());
    const auto territories = load(locale->tag());
    if (!territories) continue;
    REQUIRE(territories->size() > 250);

    // Plain names, by country; and every accepted name (draft ones left out, as ICU does).
    std::map<country, std::string> plain;
    std::map<std::string, std::set<country>> accepted;  // folded name -> countries
    for (const territory& t : *territories) {
      if (t.draft == "provisional" || t.draft == "unconfirmed") continue;
      const auto c = country::from_alpha2(t.type);  // current entries and XK; not EU, 001, ...
      if (!c) continue;
      CHECK((t.alt.empty() || t.alt == "short" || t.alt == "variant"));
      if (t.alt.empty()) CHECK(plain.emplace(*c, t.text).second);
      accepted[folded(t.text)].insert(*c);
      if (const std::string ascii = ascii_apostrophe(t.text); ascii != t.text) {
        accepted[folded(ascii)].insert(*c);
      }
    }
    CHECK(plain.size() == country::all().size() + 1);  // + XK

    {  // the plain name of every entry, by country::name(locale)
      for (std::uint16_t i = 0; i < locale_names::size; ++i) {
        const country c = *country::at_index(i);
        INFO("country ", c.code());
        const auto it = c.is_historic() ? plain.end() : plain.find(c);
        const std::string expected = it == plain.end() ? std::string() : it->second;
        CHECK(locale->names()[i] == expected);
        CHECK(c.name(*locale) == (expected.empty() ? std::string(c.name()) : expected));
      }
    }
    {  // every name, short form and variant, by country::from_name
      for (const territory& t : *territories) {
        const auto c = country::from_alpha2(t.type);
        if (!c || t.draft == "provisional" || t.draft == "unconfirmed") continue;
        INFO("country ", t.type, " ", t.alt, " \"", t.text, "\"");
        const auto& owners = accepted.at(folded(t.text));
        // A short form or variant that another country shares is left out (the header lists
        // it); a plain name always wins.
        const auto plain_owner = [&]() -> std::optional<country> {
          for (const auto& [pc, name] : plain)
            if (folded(name) == folded(t.text)) return pc;
          return std::nullopt;
        }();
        // A reader types a name without the invisible characters CLDR may leave in it.
        const std::string typed = visible(t.text);
        if (owners.size() == 1) {
          CHECK(country::from_name(typed, *locale) == c);
          CHECK(country::from_name(ascii_apostrophe(typed), *locale) == c);
        } else {
          CHECK(country::from_name(typed, *locale) == plain_owner);
        }
      }
    }
    {  // the index holds those names and nothing else
      std::size_t expected_keys = 0;
      for (const auto& [key, owners] : accepted) {
        if (owners.size() == 1) ++expected_keys;
      }
      std::size_t shared_with_a_plain_name = 0;
      for (const auto& [key, owners] : accepted) {
        if (owners.size() < 2) continue;
        for (const auto& [pc, name] : plain) {
          if (folded(name) == key) ++shared_with_a_plain_name;
        }
      }
      CHECK(locale->index().size() == expected_keys + shared_with_a_plain_name);
      for (const auto& entry : locale->index()) {
        INFO("key ", entry.key);
        const auto it = accepted.find(std::string(entry.key));
        REQUIRE(it != accepted.end());
        CHECK(it->second.count(*country::at_index(entry.index)) == 1);
      }
    }
  }
}
