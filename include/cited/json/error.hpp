// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_JSON_ERROR_HPP
#define CITED_JSON_ERROR_HPP

/// `cited::json_error`, what stopped reading or writing JSON, with its line, column and path;
/// `cited::json_result`, a value read or that error.

#include <cited/reflect/located.hpp>
#include <cited/reflect/names.hpp>
#include <cited/reflect/result.hpp>
#include <cited/reflect/type_name.hpp>
#include <cited/text/messages.hpp>

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace cited {

/// A JSON text that could not be read, or a value that could not be written. `what()` reads
/// `3:17: at $.sources[2].date: expected a date "YYYY-MM-DD", got "2025-13-01"`; for an error
/// while writing, which has no position, `at $.ratio: cannot write NaN as JSON`.
class json_error : public std::runtime_error {
 public:
  json_error(std::string_view reason, std::string_view path, std::size_t offset, std::size_t line,
             std::size_t column)
      : json_error(detail::escape_controls(reason), path, offset, line, column, 0) {}

  /// An error at the place a `located` value was read from, for a reason found after reading:
  /// `json_error("unknown source", obs.source.where)`. A location not from JSON is the root.
  json_error(std::string_view reason, const location& where)
      : json_error(reason,
                   where.path.empty() ? std::string_view("$") : std::string_view(where.path),
                   where.offset, where.line, where.column) {}

  /// The line of the error, from 1; 0 for an error while writing.
  std::size_t line() const noexcept { return line_; }
  /// The column of the error, from 1, counted in code points.
  std::size_t column() const noexcept { return column_; }
  /// The byte offset of the error in the input.
  std::size_t offset() const noexcept { return offset_; }
  /// Where in the document: `$` for the root, then `.member`, `[index]` or `["key"]`.
  std::string_view path() const noexcept {
    return std::string_view(what()).substr(path_begin_, path_size_);
  }
  /// What was wrong, without the position and path.
  std::string_view reason() const noexcept {
    const std::string_view w = what();
    return w.substr(w.size() - reason_size_);
  }

 private:
  json_error(const std::string& reason, std::string_view path, std::size_t offset, std::size_t line,
             std::size_t column, int)
      : std::runtime_error(compose(reason, path, line, column)),
        offset_(offset),
        line_(line),
        column_(column),
        path_begin_(position_prefix(line, column).size() + 3),
        path_size_(path.size()),
        reason_size_(reason.size()) {}

  static std::string position_prefix(std::size_t line, std::size_t column) {
    return line == 0 ? std::string() : std::to_string(line) + ':' + std::to_string(column) + ": ";
  }

  static std::string compose(std::string_view reason, std::string_view path, std::size_t line,
                             std::size_t column) {
    std::string s = position_prefix(line, column);
    s += "at ";
    s += path;
    s += ": ";
    s += reason;
    return s;
  }

  std::size_t offset_, line_, column_, path_begin_, path_size_, reason_size_;
};

/// A value read from JSON, or the `json_error` that stopped it (in the manner of
/// `std::expected`): `has_value()`, `operator*`, `value()` (which throws the error), `error()`.
template <class T>
using json_result = detail::result<T, json_error>;

namespace detail {

inline std::string quoted_list(const std::string_view* names, std::size_t n) {
  std::string out;
  for (std::size_t i = 0; i < n && i < 12; ++i) {
    if (i != 0) out += i + 1 == n ? " or " : ", ";
    out += detail::quoted(names[i]);
  }
  if (n > 12) out += ", ...";
  return out;
}

inline constexpr std::string_view unwritable_date_message =
    "cannot write an invalid date or a year beyond 9999";

template <described_enum E>
std::string unnamed_enum_message(E e) {
  return "the value " + std::to_string(static_cast<long long>(detail::underlying(e))) +
         " of enum " + std::string(type_name<E>) + " has no name";
}

// "at $.a: reason" without the position, or the reason alone at the root: a json_error as part
// of another message.
inline std::string path_and_reason(const json_error& e) {
  if (e.path() == "$") return std::string(e.reason());
  return "at " + std::string(e.path()) + ": " + std::string(e.reason());
}

// One step of a path, innermost first while an error unwinds.
struct path_step {
  std::string key;
  std::size_t index = 0;
  bool is_index = false;
};

// Appends one step of a path: `.key`, `["key"]` or `[index]`; a key longer than
// message_text_limit bytes is cut: `["xxx..."]`.
inline void append_path_step(std::string& out, std::string_view key, std::size_t index,
                             bool is_index) {
  if (is_index) {
    out += '[' + std::to_string(index) + ']';
  } else if (detail::is_identifier(key) && key.size() <= detail::message_text_limit) {
    out += '.';
    out += key;
  } else {  // a long key is cut, as in messages
    out += '[' + detail::quoted(key, false) + ']';
  }
}

inline std::string format_path(const std::vector<path_step>& innermost_first) {
  std::string out = "$";
  for (auto it = innermost_first.rbegin(); it != innermost_first.rend(); ++it) {
    append_path_step(out, it->key, it->index, it->is_index);
  }
  return out;
}

// The failure being reported, built while the reader or writer unwinds.
struct json_failure {
  std::string reason;
  const char* where = nullptr;
  std::vector<path_step> path;

  void add_key(std::string_view key) { path.push_back({std::string(key), 0, false}); }
  void add_index(std::size_t i) { path.push_back({{}, i, true}); }
};

// The line and column (from 1; columns in code points) of places in a text, counted on from the
// last place asked for, so that asking in order reads the text once.
struct line_counter {
  const char* begin;
  const char* counted = begin;
  std::size_t line = 1;
  std::size_t column = 1;

  void advance_to(const char* where) noexcept {
    if (where < counted) *this = line_counter{begin};
    for (; counted < where; ++counted) {
      const auto c = static_cast<unsigned char>(*counted);
      if (c == '\n') {
        ++line;
        column = 1;
      } else if ((c & 0xC0) != 0x80) {
        ++column;
      }
    }
  }
};

inline json_error make_json_error(std::string_view input, const json_failure& f) {
  const std::size_t offset =
      f.where == nullptr ? 0 : static_cast<std::size_t>(f.where - input.data());
  line_counter lines{input.data()};
  lines.advance_to(input.data() + (offset < input.size() ? offset : input.size()));
  return json_error(f.reason, detail::format_path(f.path), offset, lines.line, lines.column);
}

}  // namespace detail

}  // namespace cited

#endif  // CITED_JSON_ERROR_HPP
