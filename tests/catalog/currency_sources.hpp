// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0
//
// Test-side readers of the files the currency tables are generated from: iso-codes'
// iso_4217.json (CITED_ISO_CODES_DIR) and CLDR's XML (CITED_CLDR_DIR). They share no code with
// the generator (cmake/generate_iso4217.cmake), so that the tests check its output independently.

#ifndef CITED_TESTS_CATALOG_CURRENCY_SOURCES_HPP
#define CITED_TESTS_CATALOG_CURRENCY_SOURCES_HPP

#include <cited/text/utf8.hpp>

#include <cstddef>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace currency_sources {

using attributes = std::map<std::string, std::string>;

// The text of a file, or nothing (and a SKIPPED line naming the package) when it is absent.
inline std::optional<std::string> read_file(const std::string& path, const char* package) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::cout << "SKIPPED: " << path << " not found; install Debian's " << package
              << " package to compare the currency tables with it\n";
    return std::nullopt;
  }
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// Reads iso-codes' {"4217": [ {"alpha_3": "...", "name": "...", "numeric": "..."}, ... ]}: an
// array of flat objects whose values are strings.
inline std::vector<attributes> read_iso_codes(const std::string& text, const std::string& key) {
  std::size_t i = 0;
  const auto fail = [&](const std::string& what) -> void {
    throw std::runtime_error("iso-codes JSON, offset " + std::to_string(i) + ": " + what);
  };
  const auto next = [&]() {
    while (i < text.size() &&
           (text[i] == ' ' || text[i] == '\n' || text[i] == '\r' || text[i] == '\t'))
      ++i;
    if (i >= text.size()) fail("unexpected end");
    return text[i++];
  };
  const auto expect = [&](char c) {
    if (next() != c) fail(std::string("expected '") + c + "'");
  };
  const auto string = [&]() {
    expect('"');
    std::string out;
    for (;;) {
      if (i >= text.size()) fail("unterminated string");
      const char c = text[i++];
      if (c == '"') return out;
      if (c != '\\') {
        out += c;
        continue;
      }
      const char e = text.at(i++);
      if (e == 'u') {
        const auto cp = static_cast<char32_t>(std::stoul(text.substr(i, 4), nullptr, 16));
        i += 4;
        cited::detail::append_utf8(out, cp);
      } else {
        out += e;
      }
    }
  };
  std::vector<attributes> out;
  expect('{');
  if (string() != key) fail("unexpected top-level key");
  expect(':');
  expect('[');
  for (;;) {
    attributes a;
    expect('{');
    for (;;) {
      std::string k = string();
      expect(':');
      if (!a.emplace(std::move(k), string()).second) fail("duplicate key");
      const char c = next();
      if (c == '}') break;
      if (c != ',') fail("expected ',' or '}'");
    }
    out.push_back(std::move(a));
    const char c = next();
    if (c == ']') break;
    if (c != ',') fail("expected ',' or ']'");
  }
  return out;
}

// One XML tag: its name ("currency", or "/region" for an end tag), its attributes, and the text
// that follows it up to the next tag.
struct tag {
  std::string name;
  attributes attrs;
  std::string text;
};

// `s` with the five predefined entities replaced, in one pass (built by appending: g++ 12 at -O3
// warns, wrongly, about std::string::replace in a loop).
inline std::string xml_unescape(std::string_view s) {
  static const std::pair<std::string_view, char> entities[] = {
      {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}, {"&amp;", '&'}};
  std::string out;
  out.reserve(s.size());
  for (std::size_t at = 0; at < s.size();) {
    bool replaced = false;
    if (s[at] == '&') {
      for (const auto& [from, to] : entities) {
        if (s.substr(at, from.size()) == from) {
          out += to;
          at += from.size();
          replaced = true;
          break;
        }
      }
    }
    if (!replaced) out += s[at++];
  }
  return out;
}

// The tags of an XML document in order, comments, declarations and processing instructions
// skipped. Enough for CLDR's files, which use neither CDATA nor entities other than the five.
inline std::vector<tag> read_xml(const std::string& document) {
  // Comments go first, so that an element's text runs across them.
  std::string s;
  for (std::size_t at = 0;;) {
    const std::size_t open = document.find("<!--", at);
    s.append(document, at, open == std::string::npos ? std::string::npos : open - at);
    if (open == std::string::npos) break;
    const std::size_t close = document.find("-->", open);
    if (close == std::string::npos) throw std::runtime_error("XML: unclosed comment");
    at = close + 3;
  }
  std::vector<tag> out;
  std::size_t i = s.find('<');
  while (i != std::string::npos) {
    const std::size_t end = s.find('>', i);
    if (end == std::string::npos) throw std::runtime_error("XML: unclosed tag");
    const std::string inside = s.substr(i + 1, end - i - 1);
    const std::size_t next = s.find('<', end);
    if (inside.empty() || inside[0] == '?' || inside[0] == '!') {
      i = next;
      continue;
    }
    tag t;
    std::size_t j = 0;
    while (j < inside.size() && inside[j] != ' ' && inside[j] != '\t' && inside[j] != '\n' &&
           inside[j] != '/')
      ++j;
    t.name = inside.substr(0, j);
    if (j == 0 && inside[0] == '/') {  // an end tag "</region>"
      t.name = inside;
    }
    while (j < inside.size()) {
      const std::size_t eq = inside.find('=', j);
      if (eq == std::string::npos) break;
      std::size_t k = j;
      while (k < eq && (inside[k] == ' ' || inside[k] == '\t' || inside[k] == '\n')) ++k;
      const std::string key = inside.substr(k, eq - k);
      const char quote = inside.at(eq + 1);
      const std::size_t close = inside.find(quote, eq + 2);
      t.attrs[key] = xml_unescape(inside.substr(eq + 2, close - eq - 2));
      j = close + 1;
    }
    if (next != std::string::npos) t.text = xml_unescape(s.substr(end + 1, next - end - 1));
    const bool self_closing = inside.back() == '/';
    out.push_back(std::move(t));
    if (self_closing) out.push_back(tag{"/" + out.back().name, {}, {}});
    i = next;
  }
  return out;
}

}  // namespace currency_sources

#endif  // CITED_TESTS_CATALOG_CURRENCY_SOURCES_HPP
