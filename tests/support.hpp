// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_TESTS_SUPPORT_HPP
#define CITED_TESTS_SUPPORT_HPP

// What several test files share: concepts that say whether an operation compiles, the streamed
// text of a value, and the parts of a csv_error compared at once.

#include <cited/csv.hpp>

#include <cstddef>
#include <ostream>
#include <sstream>
#include <string>

namespace support {

template <class A, class B>
concept addable = requires(A a, B b) {
  a + b;
};
template <class A, class B>
concept multipliable = requires(A a, B b) {
  a* b;
};
template <class A, class B>
concept comparable = requires(A a, B b) {
  a < b;
};
template <class A, class B>
concept equality_comparable_with = requires(A a, B b) {
  a == b;
};

// What `os << v` writes.
template <class T>
std::string text(const T& v) {
  std::ostringstream os;
  os << v;
  return os.str();
}

// The parts of a csv_error, compared at once and printed when a check fails.
struct csv_error_parts {
  std::size_t row = 0;
  std::size_t column = 0;
  std::string field;
  std::string reason;
  std::string what;
  friend bool operator==(const csv_error_parts&, const csv_error_parts&) = default;
  friend std::ostream& operator<<(std::ostream& os, const csv_error_parts& p) {
    return os << "{row " << p.row << ", column " << p.column << ", field \"" << p.field
              << "\", reason \"" << p.reason << "\", what \"" << p.what << "\"}";
  }
};

inline csv_error_parts parts(const cited::csv_error& e) {
  return {e.row(), e.column(), std::string(e.field()), std::string(e.reason()), e.what()};
}

}  // namespace support

#endif  // CITED_TESTS_SUPPORT_HPP
