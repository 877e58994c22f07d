// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_REFLECT_LOCATED_HPP
#define CITED_REFLECT_LOCATED_HPP

/// `cited::located<T>`: a value together with where it was read, so that a check made after
/// reading can report its error at the value's place in the input.
///
///     struct observation { cited::located<std::string> source; double value; };
///     BOOST_DESCRIBE_STRUCT(observation, (), (source, value))
///     auto rows = cited::from_json<std::vector<observation>>(text);
///     if (!known(rows[3].source.value))
///       throw cited::json_error("unknown source", rows[3].source.where);
///     // 12:15: at $[3].source: unknown source

#include <cstddef>
#include <optional>
#include <string>

namespace cited {

/// Where a value was read. From JSON: `line`, `column` (in code points) and byte `offset` of the
/// value's first byte, and its `path`, such as `$.observations[3].source`. From CSV: its `row`
/// (the header is row 1), `column` (from 1; of its first cell when it takes several) and `field`,
/// the column's name. The other members are 0 or empty; all are for a value not read at all.
struct location {
  /// JSON: the line, from 1.
  std::size_t line = 0;
  /// JSON: the column, from 1, in code points; CSV: the column, from 1.
  std::size_t column = 0;
  /// JSON: the byte offset in the input.
  std::size_t offset = 0;
  /// JSON: where in the document, `$` for the root, then `.member`, `[index]` or `["key"]`.
  std::string path;
  /// CSV: the row, from 1 (the header).
  std::size_t row = 0;
  /// CSV: the column's name, such as `source.name`.
  std::string field;

  friend bool operator==(const location&, const location&) = default;
};

/// A `T` and the `location` it was read from. JSON and CSV read and write it exactly as its `T`:
/// the location is filled in when reading, and ignored when writing. A member that is a
/// `located<std::optional<U>>` may be absent, as a `std::optional<U>` member may.
template <class T>
struct located {
  /// The value.
  T value;
  /// Where it was read; empty when it was not.
  location where{};

  friend bool operator==(const located&, const located&) = default;
};

namespace detail {

// A member that may be absent from an object: a std::optional, or a located one.
template <class T>
inline constexpr bool may_be_absent = false;
template <class T>
inline constexpr bool may_be_absent<std::optional<T>> = true;
template <class T>
inline constexpr bool may_be_absent<located<std::optional<T>>> = true;

// Whether a member that may be absent holds a value.
template <class T>
constexpr bool is_present(const std::optional<T>& v) noexcept {
  return v.has_value();
}
template <class T>
constexpr bool is_present(const located<std::optional<T>>& v) noexcept {
  return v.value.has_value();
}

}  // namespace detail

}  // namespace cited

#endif  // CITED_REFLECT_LOCATED_HPP
