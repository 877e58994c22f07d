// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_DATASET_DETAIL_LOCATE_HPP
#define CITED_DATASET_DETAIL_LOCATE_HPP

// Positions found by scanning a text again, for errors found after it was read: the place of a
// path in JSON, the column of a field in a CSV header. Only dataset/io.hpp uses them, in one
// place, so that readers that keep positions can replace this scan there.

#include <cited/json.hpp>

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace cited::detail {

// A cursor over valid JSON text that skips values and steps into arrays and objects.
struct json_cursor {
  const char* p;
  const char* end;

  void ws() {
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')) ++p;
  }
  void skip_string() {  // at the opening quote
    for (++p; p < end && *p != '"'; ++p) {
      if (*p == '\\') ++p;
    }
    ++p;
  }
  void skip_scalar() {
    while (p < end && *p != ',' && *p != '}' && *p != ']' && *p != ' ' && *p != '\n' &&
           *p != '\r' && *p != '\t') {
      ++p;
    }
  }
  void skip_value() {
    ws();
    if (p >= end) return;
    if (*p == '"') return skip_string();
    if (*p != '{' && *p != '[') return skip_scalar();
    int depth = 0;
    while (p < end) {
      if (*p == '"') {
        skip_string();
        continue;
      }
      if (*p == '{' || *p == '[') ++depth;
      if (*p == '}' || *p == ']') --depth;
      ++p;
      if (depth == 0) return;
    }
  }
  std::string read_key() {  // at the opening quote
    const char* start = p;
    skip_string();
    std::string key;
    cited::from_json(std::string_view(start, static_cast<std::size_t>(p - start)), key);
    return key;
  }
  // Past the separator `c` after whitespace; false when it is not there.
  bool past(char c) {
    ws();
    if (p >= end || *p != c) return false;
    ++p;
    return true;
  }
  // At an array, moves to its element `index`; false when it is not there.
  bool enter_index(std::size_t index) {
    if (*p != '[') return false;
    ++p;
    for (std::size_t i = 0; i < index; ++i) {
      skip_value();
      if (!past(',')) return false;
    }
    return true;
  }
  // At an object, moves to the value of `key`; false when it is not there.
  bool enter_key(std::string_view key) {
    if (*p != '{') return false;
    ++p;
    for (;;) {
      ws();
      if (p >= end || *p != '"') return false;
      const std::string k = read_key();
      if (!past(':')) return false;
      if (k == key) return true;
      skip_value();
      if (!past(',')) return false;
    }
  }
};

// The start of the value at `path` (outermost first) in valid JSON text, for errors found after
// the text was read; where the path is not all there, the deepest value on it that is.
inline const char* locate_json(std::string_view text, std::span<const path_step> path) {
  json_cursor at{text.data(), text.data() + text.size()};
  for (const path_step& step : path) {
    at.ws();
    const char* found = at.p;
    if (at.p >= at.end) return found;
    if (!(step.is_index ? at.enter_index(step.index) : at.enter_key(step.key))) return found;
  }
  at.ws();
  return at.p;
}

// A json_error for what is wrong at `path` (outermost first) in valid JSON text.
inline json_error json_error_at(std::string_view text, const std::vector<path_step>& path,
                                std::string reason) {
  json_failure f;
  f.reason = std::move(reason);
  f.where = locate_json(text, path);
  f.path.assign(path.rbegin(), path.rend());
  return make_json_error(text, f);
}

// The 1-based column of `field` in the header of a CSV text, or 0.
inline std::size_t csv_column_of(std::string_view text, std::string_view field) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  std::size_t column = 1;
  std::string cell;
  bool quoted = false;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    const char c = i < text.size() ? text[i] : '\n';
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        cell += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        cell += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',' || c == '\n' || c == '\r') {
      if (cell == field) return column;
      if (c != ',') return 0;
      cell.clear();
      ++column;
    } else {
      cell += c;
    }
  }
  return 0;
}

}  // namespace cited::detail

#endif  // CITED_DATASET_DETAIL_LOCATE_HPP
