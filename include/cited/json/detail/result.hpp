// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_JSON_DETAIL_RESULT_HPP
#define CITED_JSON_DETAIL_RESULT_HPP

#include <type_traits>
#include <utility>
#include <variant>

namespace cited::detail {

// A value or the error that stopped it, in the manner of C++23's std::expected; `value()` throws
// the error. E is an exception type.
template <class T, class E>
class result {
 public:
  result(T value) noexcept(std::is_nothrow_move_constructible_v<T>)  // NOLINT: implicit
      : state_(std::in_place_index<0>, std::move(value)) {}
  result(E error) noexcept : state_(std::in_place_index<1>, std::move(error)) {}  // NOLINT

  /// True when there is a value.
  bool has_value() const noexcept { return state_.index() == 0; }
  explicit operator bool() const noexcept { return has_value(); }

  /// The value; throws the error when there is none.
  T& value() & { return has_value() ? *std::get_if<0>(&state_) : throw error(); }
  const T& value() const& { return has_value() ? *std::get_if<0>(&state_) : throw error(); }
  T&& value() && { return std::move(value()); }

  /// The value. Precondition: `has_value()`.
  T& operator*() & noexcept { return *std::get_if<0>(&state_); }
  const T& operator*() const& noexcept { return *std::get_if<0>(&state_); }
  T* operator->() noexcept { return std::get_if<0>(&state_); }
  const T* operator->() const noexcept { return std::get_if<0>(&state_); }

  /// The error. Precondition: `!has_value()`.
  const E& error() const noexcept { return *std::get_if<1>(&state_); }

 private:
  std::variant<T, E> state_;
};

}  // namespace cited::detail

#endif  // CITED_JSON_DETAIL_RESULT_HPP
