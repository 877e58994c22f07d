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

// The start of the value at `path` (outermost first) in valid JSON text, for errors found after
// the text was read; where the path is not all there, the deepest value on it that is.
inline const char* locate_json(std::string_view text, std::span<const path_step> path) {
  const char* p = text.data();
  const char* end = p + text.size();
  const auto ws = [&] {
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')) ++p;
  };
  const auto skip_string = [&] {  // at the opening quote
    for (++p; p < end && *p != '"'; ++p) {
      if (*p == '\\') ++p;
    }
    ++p;
  };
  const auto skip_value = [&] {
    ws();
    if (p >= end) return;
    if (*p == '"') {
      skip_string();
      return;
    }
    if (*p != '{' && *p != '[') {
      while (p < end && *p != ',' && *p != '}' && *p != ']' && *p != ' ' && *p != '\n' &&
             *p != '\r' && *p != '\t') {
        ++p;
      }
      return;
    }
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
  };
  const auto read_key = [&]() -> std::string {  // at the opening quote
    const char* start = p;
    skip_string();
    std::string key;
    cited::from_json(std::string_view(start, static_cast<std::size_t>(p - start)), key);
    return key;
  };
  // Each step that is found moves `found`; a step that is not there leaves it at the deepest
  // value that is.
  const char* found = p;
  for (const path_step& step : path) {
    ws();
    found = p;
    if (p >= end) return found;
    if (step.is_index) {
      if (*p != '[') return found;
      ++p;
      for (std::size_t i = 0; i < step.index; ++i) {
        skip_value();
        ws();
        if (p >= end || *p != ',') return found;
        ++p;
      }
    } else {
      if (*p != '{') return found;
      ++p;
      for (;;) {
        ws();
        if (p >= end || *p != '"') return found;
        const std::string key = read_key();
        ws();
        if (p >= end || *p != ':') return found;
        ++p;
        if (key == step.key) break;
        skip_value();
        ws();
        if (p >= end || *p != ',') return found;
        ++p;
      }
    }
  }
  ws();
  return p;
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
