// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_REFLECT_RESULT_HPP
#define CITED_REFLECT_RESULT_HPP

/// The outcome of reading a value, shared by the JSON and CSV readers (`json_result`,
/// `csv_result`): the value or the exception that stopped it.

#include <optional>
#include <utility>

namespace cited::detail {

// A value or the error that stopped it, in the manner of C++23's std::expected; `value()` throws
// the error. E is an exception type.
template <class T, class E>
class result {
 public:
  result(T value)  // NOLINT: implicit, as std::expected's
      : value_(std::move(value)) {}
  result(E error) : error_(std::move(error)) {}  // NOLINT

  /// True when there is a value.
  bool has_value() const noexcept { return value_.has_value(); }
  explicit operator bool() const noexcept { return has_value(); }

  /// The value; throws the error when there is none.
  T& value() & { return has_value() ? *value_ : throw *error_; }
  const T& value() const& { return has_value() ? *value_ : throw *error_; }
  T&& value() && { return std::move(value()); }

  /// The value. Precondition: `has_value()`.
  T& operator*() & noexcept { return *value_; }
  const T& operator*() const& noexcept { return *value_; }
  T* operator->() noexcept { return &*value_; }
  const T* operator->() const noexcept { return &*value_; }

  /// The error. Precondition: `!has_value()`.
  const E& error() const noexcept { return *error_; }

 private:
  std::optional<T> value_;
  std::optional<E> error_;
};

}  // namespace cited::detail

#endif  // CITED_REFLECT_RESULT_HPP
