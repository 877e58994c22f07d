// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_CSV_READ_HPP
#define CITED_CSV_READ_HPP

/// Reading CSV: `cited::from_csv` and `cited::try_from_csv`, rows of a described struct from CSV
/// with a header row. A cell's text has one `csv_cell_read` specialization per form.

#include <cited/csv/columns.hpp>
#include <cited/csv/error.hpp>
#include <cited/json/error.hpp>
#include <cited/json/read.hpp>
#include <cited/reflect/category.hpp>
#include <cited/reflect/form.hpp>
#include <cited/reflect/located.hpp>
#include <cited/reflect/names.hpp>
#include <cited/reflect/slots.hpp>
#include <cited/text/dates.hpp>
#include <cited/text/messages.hpp>
#include <cited/text/utf8.hpp>

#include <cstddef>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace cited::csv {

/// How `from_csv` reads. Rows may end with CRLF or LF either way.
struct read_options {
  /// Ignore columns that the target type does not have, instead of failing.
  bool skip_unknown_columns = false;
};

}  // namespace cited::csv

namespace cited::detail {

struct csv_cell {
  std::string_view text;
  bool quoted = false;
  bool present = false;  // false for a column the input does not have
  bool empty() const noexcept { return !present || (text.empty() && !quoted); }
};

// Reads one cell into slot (a T, or a std::optional<T> when T has no default constructor).
// Numbers, true and false, and arrays, objects and variants are JSON in the cell.
template <category C>
struct csv_cell_read {
  template <class T, class R, class Slot>
  static bool read(R& r, Slot& slot, const csv_cell& cell, std::size_t leaf) {
    if (cell.empty()) return r.fail_expected(json_expected<T>(), cell, leaf);
    auto v = cited::try_from_json<T>(cell.text);
    if (!v && (std::is_arithmetic_v<T> || category_of<T> == category::number_text)) {
      return r.fail_expected(json_expected<T>(), cell, leaf);
    }
    if (!v) return r.fail_leaf(path_and_reason(v.error()), leaf);
    slot = std::move(*v);
    return true;
  }
};

template <>
struct csv_cell_read<category::optional> {
  template <class T, class R, class Slot>
  static bool read(R& r, Slot& slot, const csv_cell& cell, std::size_t leaf) {
    if (cell.empty()) {
      slot.reset();
      return true;
    }
    return r.template read_cell<typename T::value_type>(optional_target(slot), cell, leaf);
  }
};

template <>
struct csv_cell_read<category::proxy_form> {
  template <class T, class R, class Slot>
  static bool read(R& r, Slot& slot, const csv_cell& cell, std::size_t leaf) {
    using proxy = typename proxy_form<T>::proxy;
    slot_t<proxy> p{};
    if (!r.template read_cell<proxy>(p, cell, leaf)) return false;
    return r.template from_proxy_into<T>(slot, p, leaf);
  }
};

template <>
struct csv_cell_read<category::located> {
  template <class T, class R, class Slot>
  static bool read(R& r, Slot& slot, const csv_cell& cell, std::size_t leaf) {
    using U = decltype(T::value);
    slot_t<U> v{};
    if (!r.template read_cell<U>(v, cell, leaf)) return false;
    slot = T{take<U>(v), r.location_at(leaf)};
    return true;
  }
};

template <>
struct csv_cell_read<category::string> {
  template <class T, class R>
  static bool read(R& r, std::string& slot, const csv_cell& cell, std::size_t leaf) {
    if (!cell.present) return r.fail_expected("a string", cell, leaf);
    slot.assign(cell.text);
    return true;
  }
};

template <>
struct csv_cell_read<category::string_form> {
  template <class T, class R, class Slot>
  static bool read(R& r, Slot& slot, const csv_cell& cell, std::size_t leaf) {
    std::string error;
    std::optional<T> v = call_user_reader([&] { return string_form<T>::read(cell.text); }, error);
    if (!v) {
      if (error.empty()) return r.fail_expected(string_form<T>::expected, cell, leaf);
      return r.fail_leaf(std::move(error), leaf);
    }
    slot = std::move(*v);
    return true;
  }
};

template <>
struct csv_cell_read<category::enumeration> {
  template <class T, class R, class Slot>
  static bool read(R& r, Slot& slot, const csv_cell& cell, std::size_t leaf) {
    const std::optional<T> e = enum_from_name<T>(cell.text);
    if (!e) return r.fail_expected(json_expected<T>(), cell, leaf);
    slot = *e;
    return true;
  }
};

template <>
struct csv_cell_read<category::date> {
  template <class T, class R, class Slot>
  static bool read(R& r, Slot& slot, const csv_cell& cell, std::size_t leaf) {
    if (!parse_date(cell.text, slot)) return r.fail_expected(json_expected<T>(), cell, leaf);
    return true;
  }
};

class csv_reader {
 public:
  csv_reader(std::string_view text, const csv::read_options& options)
      : p_(text.data()), end_(text.data() + text.size()), options_(options) {}

  template <class T>
  std::optional<csv_error> read(std::vector<T>& out) {
    std::vector<std::string>& names = names_;
    names.clear();
    csv_shape<T>::names("", names);
    if (end_ - p_ >= 3 && std::memcmp(p_, "\xEF\xBB\xBF", 3) == 0)
      p_ += 3;  // a UTF-8 byte-order mark
    if (p_ == end_) return csv_error("the input is empty; expected a header row", 1, 0, "");
    // The header maps each input column to a leaf, or to none.
    if (!record()) return error_;
    for (const csv_cell& cell : cells_) header_.emplace_back(cell.text);
    std::vector<std::size_t> leaf_of(cells_.size(), names.size());
    std::vector<bool> have(names.size(), false);
    for (std::size_t c = 0; c < cells_.size(); ++c) {
      const std::string_view name = cells_[c].text;
      std::size_t leaf = 0;
      while (leaf < names.size() && names[leaf] != name) ++leaf;
      if (leaf == names.size()) {
        if (options_.skip_unknown_columns) continue;
        return csv_error("unknown column " + detail::quoted(name), 1, c + 1, name);
      }
      if (have[leaf]) return csv_error("duplicate column " + detail::quoted(name), 1, c + 1, name);
      have[leaf] = true;
      leaf_of[c] = leaf;
    }
    std::vector<bool> may_be_absent;
    csv_shape<T>::optional_columns(false, may_be_absent);
    for (std::size_t leaf = 0; leaf < names.size(); ++leaf) {
      if (!have[leaf] && !may_be_absent[leaf]) {
        return csv_error("missing column " + detail::quoted(names[leaf]), 1, 0, names[leaf]);
      }
    }
    std::vector<std::size_t>& column_of = column_of_;
    column_of.assign(names.size(), 0);
    for (std::size_t c = 0; c < leaf_of.size(); ++c) {
      if (leaf_of[c] != names.size()) column_of[leaf_of[c]] = c + 1;
    }
    const std::size_t width = cells_.size();
    std::vector<csv_cell> leaves(names.size());
    std::vector<T> rows;
    // Line breaks after the last row are not rows, unless a row is one empty field.
    const char* content_end = end_;
    if (width > 1) {
      while (content_end != p_ && (content_end[-1] == '\r' || content_end[-1] == '\n')) {
        --content_end;
      }
    }
    for (std::size_t row = 2; p_ != end_; ++row) {
      if (width > 1 && p_ >= content_end) break;
      row_ = row;
      if (!record()) return error_;
      if (cells_.size() != width) {
        return csv_error(
            "expected " + std::to_string(width) + " fields, got " + std::to_string(cells_.size()),
            row, 0, "");
      }
      for (auto& leaf : leaves) leaf = csv_cell{};
      for (std::size_t c = 0; c < width; ++c) {
        if (leaf_of[c] != names.size()) leaves[leaf_of[c]] = cells_[c];
      }
      slot_t<T> slot{};
      leaves_ = leaves.data();
      if (!csv_shape<T>::read(*this, slot, 0)) {
        const std::size_t leaf = failure_.column;
        return csv_error(failure_.reason, row, column_of[leaf], names[leaf]);
      }
      rows.push_back(take<T>(slot));
    }
    out = std::move(rows);
    return std::nullopt;
  }

  bool fail(std::string reason, std::size_t column) {
    const bool named = row_ > 1 && column >= 1 && column <= header_.size();
    error_ = csv_error(reason, row_, column, named ? std::string_view(header_[column - 1]) : "");
    return false;
  }

  // Reads one record into cells_, with p_ at its start; p_ ends past its line break.
  bool record() {
    cells_.clear();
    buffer_.clear();
    std::vector<std::pair<std::size_t, std::size_t>> spans;  // into buffer_ for quoted cells
    std::vector<bool> quoted_cells;
    std::vector<std::string_view> raw;
    for (;;) {
      const std::size_t column = raw.size() + 1;
      if (p_ != end_ && *p_ == '"') {
        const std::size_t start = buffer_.size();
        ++p_;
        for (;;) {
          const char* q = p_;
          while (q != end_ && *q != '"') ++q;
          if (q == end_) return fail("a quoted field is not closed", column);
          buffer_.append(p_, q);
          p_ = q + 1;
          if (p_ != end_ && *p_ == '"') {
            buffer_ += '"';
            ++p_;
            continue;
          }
          break;
        }
        spans.emplace_back(start, buffer_.size() - start);
        quoted_cells.push_back(true);
        raw.emplace_back();
        if (p_ != end_ && *p_ != ',' && *p_ != '\r' && *p_ != '\n') {
          return fail("text after the closing quote of a field", column);
        }
      } else {
        const char* q = p_;
        while (q != end_ && *q != ',' && *q != '\r' && *q != '\n' && *q != '"') ++q;
        if (q != end_ && *q == '"') {
          return fail("a quote inside a field that does not start with one", column);
        }
        spans.emplace_back(0, 0);
        quoted_cells.push_back(false);
        raw.emplace_back(p_, static_cast<std::size_t>(q - p_));
        p_ = q;
      }
      if (p_ == end_) break;
      if (*p_ == ',') {
        ++p_;
        continue;
      }
      if (*p_ == '\r') {
        ++p_;
        if (p_ == end_ || *p_ != '\n') return fail("a carriage return without a line feed", column);
      }
      ++p_;
      break;
    }
    for (std::size_t i = 0; i < raw.size(); ++i) {
      const std::string_view text =
          quoted_cells[i] ? std::string_view(buffer_).substr(spans[i].first, spans[i].second)
                          : raw[i];
      if (!is_valid_utf8(text)) return fail("invalid UTF-8", i + 1);
      cells_.push_back({text, quoted_cells[i], true});
    }
    return true;
  }

  // T from its proxy read into `p`; an error is at `leaf`, or at `leaf + offset(member)` for one
  // that names a member.
  template <class T, class Slot, class ProxySlot, class Offset>
  bool from_proxy_into(Slot& slot, ProxySlot& p, std::size_t leaf, Offset offset) {
    std::string error;
    std::string member;
    std::optional<T> v = from_proxy_or_error<T>(p, error, &member);
    if (!v) return fail_leaf(std::move(error), member.empty() ? leaf : leaf + offset(member));
    slot = std::move(*v);
    return true;
  }
  template <class T, class Slot, class ProxySlot>
  bool from_proxy_into(Slot& slot, ProxySlot& p, std::size_t leaf) {
    return from_proxy_into<T>(slot, p, leaf, [](std::string_view) { return std::size_t(0); });
  }

  // Reads the cell of leaf `first`.
  template <class T, class Slot>
  bool read_leaf(Slot& slot, std::size_t first) {
    return read_cell<T>(slot, leaves_[first], first);
  }

  template <class T, class Slot>
  bool read_cell(Slot& slot, const csv_cell& cell, std::size_t leaf) {
    return csv_cell_read<category_of<T>>::template read<T>(*this, slot, cell, leaf);
  }

  bool fail_leaf(std::string reason, std::size_t leaf) {
    failure_ = {std::move(reason), leaf};
    return false;
  }

  bool fail_expected(std::string_view expected, const csv_cell& cell, std::size_t leaf) {
    return fail_leaf(
        "expected " + std::string(expected) + ", got " +
            (cell.empty() ? std::string(cell.present ? "an empty field" : "no such column")
                          : detail::quoted(cell.text)),
        leaf);
  }

  // Whether the `width` leaves from `first` on are all empty.
  bool all_empty(std::size_t first, std::size_t width) const noexcept {
    for (std::size_t i = 0; i < width; ++i) {
      if (!leaves_[first + i].empty()) return false;
    }
    return true;
  }

  // Where the cell of a leaf is, in the row being read.
  location location_at(std::size_t leaf) const {
    location at;
    at.row = row_;
    at.column = column_of_[leaf];
    at.field = names_[leaf];
    return at;
  }

 private:
  const char* p_;
  const char* end_;
  csv::read_options options_;
  std::size_t row_ = 1;
  std::vector<csv_cell> cells_;
  std::vector<std::string> header_;
  std::string buffer_;
  csv_error error_{"", 0, 0, ""};
  std::vector<std::string> names_;      // of the leaves
  std::vector<std::size_t> column_of_;  // the input column of each leaf, from 1; 0 for none
  const csv_cell* leaves_ = nullptr;    // of the row being read
  csv_failure failure_;
};

}  // namespace cited::detail

namespace cited {

/// Reads rows of `T` from CSV with a header row, or returns the `csv_error` that stopped it.
/// Columns may come in any order; an absent column is allowed only for a `std::optional`.
template <class T>
requires detail::csv_row<T>
[[nodiscard]] csv_result<std::vector<T>> try_from_csv(std::string_view text,
                                                      csv::read_options options = {}) {
  detail::csv_reader reader(text, options);
  std::vector<T> rows;
  if (auto error = reader.read(rows)) return std::move(*error);
  return rows;
}

/// Reads rows of `T` from CSV with a header row; throws `csv_error` where it cannot.
template <class T>
requires detail::csv_row<T>
[[nodiscard]] std::vector<T> from_csv(std::string_view text, csv::read_options options = {}) {
  return cited::try_from_csv<T>(text, options).value();
}

}  // namespace cited

#endif  // CITED_CSV_READ_HPP
