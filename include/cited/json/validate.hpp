// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_JSON_VALIDATE_HPP
#define CITED_JSON_VALIDATE_HPP

/// `cited::json::validate`: whether a text is well-formed JSON, with no type in mind.

#include <cited/json/error.hpp>
#include <cited/json/options.hpp>
#include <cited/json/read.hpp>

#include <cstddef>
#include <optional>
#include <string_view>
#include <utility>

namespace cited::json {

/// The outcome of `json::validate`: true exactly when the text is well-formed JSON.
class validation {
 public:
  validation() = default;
  explicit validation(json_error e) : error_(std::move(e)) {}
  explicit operator bool() const noexcept { return !error_; }
  /// Why the text is not JSON. Precondition: `!*this`.
  const json_error& error() const noexcept { return *error_; }

 private:
  std::optional<json_error> error_;
};

/// Checks that `text` is one well-formed JSON value (RFC 8259) in UTF-8, nested at most
/// `max_depth` deep, with no type in mind.
///
///     if (auto v = cited::json::validate(text); !v) std::cerr << v.error().what();
[[nodiscard]] inline validation validate(std::string_view text, std::size_t max_depth = 256) {
  detail::json_reader<false> reader(
      text, read_options{.skip_unknown_keys = false, .max_depth = max_depth});
  if (!reader.validate_document()) return validation(reader.error());
  return validation();
}

}  // namespace cited::json

#endif  // CITED_JSON_VALIDATE_HPP
