// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_JSON_OPTIONS_HPP
#define CITED_JSON_OPTIONS_HPP

/// How `cited::to_json` writes and `cited::from_json` reads: `json::write_options` and
/// `json::read_options`.

#include <cstddef>

namespace cited::json {

/// How `to_json` writes.
struct write_options {
  /// Newlines and indentation; otherwise one line.
  bool pretty = false;
  /// On one line, a space after each `,` and `:` (`{"a": 1, "b": [1, 2]}`); otherwise none. Pretty
  /// output has a space after `:` either way.
  bool spaced = false;
  /// Spaces per level, when pretty.
  int indent = 2;
  /// Leave out struct members that are empty `std::optional`s; otherwise write them as `null`.
  bool omit_null_members = true;
};

/// How `from_json` reads. Everything else is strict and has no option.
struct read_options {
  /// Skip object members that the target type does not have, instead of failing.
  bool skip_unknown_keys = false;
  /// The deepest nesting of arrays and objects accepted. Reading recurses once per level, so a
  /// limit of many thousands may exhaust the stack.
  std::size_t max_depth = 256;
};

}  // namespace cited::json

#endif  // CITED_JSON_OPTIONS_HPP
