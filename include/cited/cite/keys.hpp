// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_CITE_KEYS_HPP
#define CITED_CITE_KEYS_HPP

/// Citation keys: `cited::citation_key` ("liang2025"), and the keys of a list of sources, made
/// unique with `-2`, `-3`, ... on repeats, which the CSL-JSON and BibTeX lists use.

#include <cited/reflect/names.hpp>
#include <cited/source/agents.hpp>
#include <cited/source/source.hpp>
#include <cited/text/words.hpp>

#include <string>
#include <string_view>
#include <unordered_map>
#include <variant>

namespace cited {

/// A short key for a source: the first author's family name or organization name (or the
/// title's first word) in lower-case ASCII, then the year or `nd`. `"liang2025"`.
inline std::string citation_key(const source& s) {
  std::string key;
  if (!s.authors().empty()) {
    const agent& a = s.authors().front();
    key = std::holds_alternative<organization>(a)
              ? detail::ascii_words(std::get<organization>(a).name(), detail::word_break::space, "",
                                    3)
              : detail::ascii_words(std::get<person>(a).name()->family, detail::word_break::space,
                                    "", 1);
  } else if (s.title()) {
    key = detail::ascii_words(*s.title(), detail::word_break::space, "", 1);
  }
  if (key.empty())
    key = detail::ascii_words(cited::enum_name(s.kind()), detail::word_break::space, "", 1);
  if (s.published()) {
    key += std::to_string(static_cast<int>(s.published()->first_day().year()));
  } else {
    key += "nd";
  }
  return key;
}

namespace detail {

template <class Range, class Write>
std::string each_with_unique_key(const Range& sources, std::string_view separator, Write write) {
  std::string out;
  std::unordered_map<std::string, int> seen;
  bool first = true;
  for (const source& s : sources) {
    std::string key = cited::citation_key(s);
    if (const int n = ++seen[key]; n > 1) key += '-' + std::to_string(n);
    if (!first) out += separator;
    first = false;
    write(s, key, out);
  }
  return out;
}

}  // namespace detail

}  // namespace cited

#endif  // CITED_CITE_KEYS_HPP
