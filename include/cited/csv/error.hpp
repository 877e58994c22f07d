// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_CSV_ERROR_HPP
#define CITED_CSV_ERROR_HPP

/// `cited::csv_error`, what stopped reading or writing CSV, with its row, column and field;
/// `cited::csv_result`, rows read or that error.

#include <cited/reflect/located.hpp>
#include <cited/reflect/result.hpp>
#include <cited/text/messages.hpp>

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>

namespace cited {

/// CSV that could not be read, or a value that could not be written. `what()` reads
/// `row 3, column 2 (date): expected a date "YYYY-MM-DD", got "2025-13-01"`. Rows count from 1,
/// the header row included, as a spreadsheet shows them.
class csv_error : public std::runtime_error {
 public:
  csv_error(std::string_view reason, std::size_t row, std::size_t column, std::string_view field)
      : csv_error(detail::escape_controls(reason), row, column,
                  detail::escape_controls(detail::excerpt(field)), 0) {}

  /// An error at the cell a `located` value was read from, for a reason found after reading:
  /// `csv_error("unknown source", row.source.where)`.
  csv_error(std::string_view reason, const location& where)
      : csv_error(reason, where.row, where.column, where.field) {}

  /// The row, from 1 (the header); a quoted field may span lines, so this is not a line number.
  std::size_t row() const noexcept { return row_; }
  /// The column, from 1; 0 when the error concerns the whole row.
  std::size_t column() const noexcept { return column_; }
  /// The column's name (`source.name`), or empty; a name longer than 60 bytes is cut, with
  /// "..." and its length in bytes, as in `what()`.
  std::string_view field() const noexcept {
    const std::string_view w = what();
    return field_size_ == 0 ? std::string_view() : w.substr(w.find(" (") + 2, field_size_);
  }
  /// What was wrong, without the position.
  std::string_view reason() const noexcept {
    const std::string_view w = what();
    return w.substr(w.size() - reason_size_);
  }

 private:
  csv_error(const std::string& reason, std::size_t row, std::size_t column,
            const std::string& field, int)
      : std::runtime_error(compose(reason, row, column, field)),
        row_(row),
        column_(column),
        field_size_(field.size()),
        reason_size_(reason.size()) {}

  static std::string compose(std::string_view reason, std::size_t row, std::size_t column,
                             std::string_view field) {
    std::string s = "row " + std::to_string(row);
    if (column != 0) s += ", column " + std::to_string(column);
    if (!field.empty()) {
      s += " (";
      s += field;
      s += ')';
    }
    s += ": ";
    s += reason;
    return s;
  }

  std::size_t row_, column_, field_size_, reason_size_;
};

/// Rows read from CSV, or the `csv_error` that stopped them (see `json_result`).
template <class T>
using csv_result = detail::result<T, csv_error>;

}  // namespace cited

#endif  // CITED_CSV_ERROR_HPP
