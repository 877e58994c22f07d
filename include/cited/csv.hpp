// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_CSV_HPP
#define CITED_CSV_HPP

/// RFC 4180 CSV for ranges of described structs: `cited::to_csv` and `cited::from_csv`. One row
/// per element, one column per member; nested structs are flattened into dotted columns
/// (`source.name`). Errors name the row, column and field.

#include <cited/json.hpp>
#include <cited/json/detail/result.hpp>
#include <cited/reflect/form.hpp>
#include <cited/reflect/names.hpp>
#include <cited/text.hpp>

#include <boost/mp11/algorithm.hpp>

#include <array>
#include <cstddef>
#include <cstring>
#include <optional>
#include <ranges>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace cited {

/// CSV that could not be read, or a value that could not be written. `what()` reads
/// `row 3, column 2 (date): expected a date "YYYY-MM-DD", got "2025-13-01"`. Rows count from 1,
/// the header row included, as a spreadsheet shows them.
class csv_error : public std::runtime_error {
 public:
  csv_error(std::string_view reason, std::size_t row, std::size_t column, std::string_view field)
      : csv_error(detail::escape_controls(reason), row, column, detail::escape_controls(field), 0) {
  }

  /// The row, from 1 (the header); a quoted field may span lines, so this is not a line number.
  std::size_t row() const noexcept { return row_; }
  /// The column, from 1; 0 when the error concerns the whole row.
  std::size_t column() const noexcept { return column_; }
  /// The column's name (`source.name`), or empty.
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

namespace csv {

/// How `to_csv` writes.
struct write_options {
  /// End rows with CRLF, as RFC 4180 says; otherwise with LF.
  bool crlf = true;
};

/// How `from_csv` reads. Rows may end with CRLF or LF either way.
struct read_options {
  /// Ignore columns that the target type does not have, instead of failing.
  bool skip_unknown_columns = false;
};

}  // namespace csv

namespace detail {

// Types whose members become columns of their own.
template <class T>
constexpr bool csv_flattens() {
  if constexpr (has_string_form<T>) {
    return false;
  } else if constexpr (has_proxy_form<T>) {
    return csv_flattens<typename proxy_form<T>::proxy>();
  } else if constexpr (is_optional<T>::value) {
    return csv_flattens<typename T::value_type>();
  } else {
    return described_class<T>;
  }
}

// The number of columns a T takes.
template <class T>
constexpr std::size_t csv_width() {
  if constexpr (!csv_flattens<T>()) {
    return 1;
  } else if constexpr (has_proxy_form<T>) {
    return csv_width<typename proxy_form<T>::proxy>();
  } else if constexpr (is_optional<T>::value) {
    return csv_width<typename T::value_type>();
  } else {
    std::size_t n = 0;
    boost::mp11::mp_for_each<boost::mp11::mp_iota_c<field_count<T>>>(
        [&](auto I) { n += csv_width<field_type_at<T, I>>(); });
    return n;
  }
}

// The column of each member of a flattened T, relative to T's first.
template <class T>
constexpr auto csv_offsets() {
  std::array<std::size_t, field_count<T> + 1> offsets{};
  boost::mp11::mp_for_each<boost::mp11::mp_iota_c<field_count<T>>>(
      [&](auto I) { offsets[I + 1] = offsets[I] + csv_width<field_type_at<T, I>>(); });
  return offsets;
}

template <class T>
void csv_names(const std::string& prefix, std::vector<std::string>& out) {
  if constexpr (!csv_flattens<T>()) {
    out.push_back(prefix);
  } else if constexpr (has_proxy_form<T>) {
    csv_names<typename proxy_form<T>::proxy>(prefix, out);
  } else if constexpr (is_optional<T>::value) {
    csv_names<typename T::value_type>(prefix, out);
  } else {
    constexpr auto names = field_names<T>();
    boost::mp11::mp_for_each<boost::mp11::mp_iota_c<field_count<T>>>([&](auto I) {
      csv_names<field_type_at<T, I>>(
          prefix.empty() ? std::string(names[I]) : prefix + '.' + std::string(names[I]), out);
    });
  }
}

// For each column of T, whether it may be absent from the input: a std::optional, or inside one.
template <class T>
void csv_optional_columns(bool inside_optional, std::vector<bool>& out) {
  if constexpr (!csv_flattens<T>()) {
    out.push_back(inside_optional || is_optional<T>::value);
  } else if constexpr (has_proxy_form<T>) {
    csv_optional_columns<typename proxy_form<T>::proxy>(inside_optional, out);
  } else if constexpr (is_optional<T>::value) {
    csv_optional_columns<typename T::value_type>(true, out);
  } else {
    boost::mp11::mp_for_each<boost::mp11::mp_iota_c<field_count<T>>>(
        [&](auto I) { csv_optional_columns<field_type_at<T, I>>(inside_optional, out); });
  }
}

// Types whose cell holds their text as it is, not JSON.
template <class T>
constexpr bool csv_text_cell() {
  if constexpr (has_string_form<T>) {
    return true;
  } else if constexpr (has_proxy_form<T>) {
    return csv_text_cell<typename proxy_form<T>::proxy>();
  } else {
    return std::is_same_v<T, std::string> || described_enum<T> ||
           std::is_same_v<T, std::chrono::year_month_day>;
  }
}

struct csv_cell {
  std::string_view text;
  bool quoted = false;
  bool present = false;  // false for a column the input does not have
  bool empty() const noexcept { return !present || (text.empty() && !quoted); }
};

struct csv_failure {
  std::string reason;
  std::size_t column = 0;  // the leaf, from 0, when known
};

class csv_writer {
 public:
  csv_writer(std::string& out, const csv::write_options& options)
      : out_(out), eol_(options.crlf ? "\r\n" : "\n") {}

  void header(const std::vector<std::string>& names) {
    for (std::size_t i = 0; i < names.size(); ++i) {
      if (i != 0) out_ += ',';
      cell(names[i], false);
    }
    out_ += eol_;
  }

  template <class T>
  bool row(const T& v) {
    column_ = 0;
    if (!cells(v)) return false;
    out_ += eol_;
    return true;
  }

  const csv_failure& failure() const noexcept { return failure_; }

 private:
  void separator() {
    if (column_++ != 0) out_ += ',';
  }

  // Quotes when RFC 4180 needs it, and for an empty text that must not read back as null.
  void cell(std::string_view text, bool quote_empty) {
    const bool quote =
        (text.empty() && quote_empty) || text.find_first_of(",\"\r\n") != std::string_view::npos;
    if (!quote) {
      out_ += text;
      return;
    }
    out_ += '"';
    for (const char c : text) {
      if (c == '"') out_ += '"';
      out_ += c;
    }
    out_ += '"';
  }

  bool fail(std::string reason) {
    failure_ = {std::move(reason), column_ == 0 ? 0 : column_ - 1};
    return false;
  }

  template <class T>
  bool cells(const T& v) {
    if constexpr (csv_flattens<T>() && has_proxy_form<T>) {
      return cells(proxy_form<T>::to_proxy(v));
    } else if constexpr (csv_flattens<T>() && is_optional<T>::value) {
      if (v) return cells(*v);
      for (std::size_t i = 0; i < csv_width<T>(); ++i) separator();
      return true;
    } else if constexpr (csv_flattens<T>()) {
      bool ok = true;
      boost::mp11::mp_for_each<boost::mp11::mp_iota_c<field_count<T>>>([&](auto I) {
        if (ok) ok = cells(v.*boost::mp11::mp_at_c<field_descriptors<T>, I>::pointer);
      });
      return ok;
    } else {
      separator();
      return leaf(v);
    }
  }

  template <class T>
  bool leaf(const T& v) {
    if constexpr (is_optional<T>::value) {
      return !v || leaf(*v);
    } else if constexpr (has_proxy_form<T> && !has_string_form<T>) {
      return leaf(proxy_form<T>::to_proxy(v));
    } else if constexpr (csv_text_cell<T>()) {
      scratch_.clear();
      if constexpr (has_string_form<T>) {
        string_form<T>::write(v, scratch_);
      } else if constexpr (std::is_same_v<T, std::string>) {
        scratch_ = v;
      } else if constexpr (described_enum<T>) {
        scratch_ = enum_name(v);
        if (scratch_.empty()) return fail(unnamed_enum_message(v));
      } else {
        scratch_.resize(10);
        if (!format_date(v, scratch_.data())) return fail(std::string(unwritable_date_message));
      }
      if (!is_valid_utf8(scratch_)) return fail("cannot write text that is not valid UTF-8");
      cell(scratch_, true);
      return true;
    } else {
      scratch_.clear();
      try {
        cited::to_json(v, scratch_);
      } catch (const json_error& e) {
        return fail(path_and_reason(e));
      }
      cell(scratch_, false);
      return true;
    }
  }

  std::string& out_;
  std::string_view eol_;
  std::size_t column_ = 0;
  std::string scratch_;
  csv_failure failure_;
};

class csv_reader {
 public:
  csv_reader(std::string_view text, const csv::read_options& options)
      : p_(text.data()), end_(text.data() + text.size()), options_(options) {}

  template <class T>
  std::optional<csv_error> read(std::vector<T>& out) {
    std::vector<std::string> names;
    csv_names<T>("", names);
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
        return csv_error("unknown column " + quoted(name), 1, c + 1, name);
      }
      if (have[leaf]) return csv_error("duplicate column " + quoted(name), 1, c + 1, name);
      have[leaf] = true;
      leaf_of[c] = leaf;
    }
    std::vector<bool> may_be_absent;
    csv_optional_columns<T>(false, may_be_absent);
    for (std::size_t leaf = 0; leaf < names.size(); ++leaf) {
      if (!have[leaf] && !may_be_absent[leaf]) {
        return csv_error("missing column " + quoted(names[leaf]), 1, 0, names[leaf]);
      }
    }
    std::vector<std::size_t> column_of(names.size(), 0);
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
      csv_failure failure;
      if (!read_cells<T>(slot, leaves.data(), 0, failure)) {
        const std::size_t leaf = failure.column;
        return csv_error(failure.reason, row, column_of[leaf], names[leaf]);
      }
      rows.push_back(take<T>(slot));
    }
    out = std::move(rows);
    return std::nullopt;
  }

 private:
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

  template <class T, class Slot, class ProxySlot>
  static bool from_proxy_into(Slot& slot, ProxySlot& p, std::size_t leaf, csv_failure& failure) {
    std::string error;
    std::optional<T> v = from_proxy_or_error<T>(p, error);
    if (!v) {
      failure = {error, leaf};
      return false;
    }
    slot = std::move(*v);
    return true;
  }

  template <class T, class Slot>
  static bool read_cells(Slot& slot, const csv_cell* leaves, std::size_t first,
                         csv_failure& failure) {
    if constexpr (csv_flattens<T>() && has_proxy_form<T>) {
      using proxy = typename proxy_form<T>::proxy;
      slot_t<proxy> p{};
      if (!read_cells<proxy>(p, leaves, first, failure)) return false;
      return from_proxy_into<T>(slot, p, first, failure);
    } else if constexpr (csv_flattens<T>() && is_optional<T>::value) {
      using U = typename T::value_type;
      bool all_empty = true;
      for (std::size_t i = 0; i < csv_width<T>(); ++i)
        all_empty = all_empty && leaves[first + i].empty();
      if (all_empty) {
        slot.reset();
        return true;
      }
      return read_cells<U>(optional_target(slot), leaves, first, failure);
    } else if constexpr (csv_flattens<T>()) {
      constexpr auto offsets = csv_offsets<T>();
      const auto member = [&](auto I, auto& target) {
        return read_cells<field_type_at<T, I>>(target, leaves, first + offsets[I], failure);
      };
      bool ok = true;
      if constexpr (std::is_default_constructible_v<T>) {
        T& obj = slot;
        boost::mp11::mp_for_each<boost::mp11::mp_iota_c<field_count<T>>>([&](auto I) {
          if (ok) ok = member(I, obj.*boost::mp11::mp_at_c<field_descriptors<T>, I>::pointer);
        });
      } else {
        typename field_slots<T, std::make_index_sequence<field_count<T>>>::type slots{};
        boost::mp11::mp_for_each<boost::mp11::mp_iota_c<field_count<T>>>(
            [&](auto I) { ok = ok && member(I, std::get<I>(slots)); });
        if (ok) assign_from_slots<T>(slot, slots);
      }
      return ok;
    } else {
      return read_leaf<T>(slot, leaves[first], first, failure);
    }
  }

  template <class T, class Slot>
  static bool read_leaf(Slot& slot, const csv_cell& cell, std::size_t leaf, csv_failure& failure) {
    const auto fail_expected = [&](std::string_view expected) {
      failure = {"expected " + std::string(expected) + ", got " +
                     (cell.empty() ? std::string(cell.present ? "an empty field" : "no such column")
                                   : quoted(cell.text)),
                 leaf};
      return false;
    };
    if constexpr (is_optional<T>::value) {
      using U = typename T::value_type;
      if (cell.empty()) {
        slot.reset();
        return true;
      }
      return read_leaf<U>(optional_target(slot), cell, leaf, failure);
    } else if constexpr (has_proxy_form<T> && !has_string_form<T>) {
      using proxy = typename proxy_form<T>::proxy;
      slot_t<proxy> p{};
      if (!read_leaf<proxy>(p, cell, leaf, failure)) return false;
      return from_proxy_into<T>(slot, p, leaf, failure);
    } else if constexpr (std::is_same_v<T, std::string>) {
      if (!cell.present) return fail_expected("a string");
      slot.assign(cell.text);
      return true;
    } else if constexpr (has_string_form<T>) {
      std::string error;
      std::optional<T> v = call_user_reader([&] { return string_form<T>::read(cell.text); }, error);
      if (!v) {
        if (error.empty()) return fail_expected(string_form<T>::expected);
        failure = {error, leaf};
        return false;
      }
      slot = std::move(*v);
      return true;
    } else if constexpr (described_enum<T>) {
      const std::optional<T> e = enum_from_name<T>(cell.text);
      if (!e) return fail_expected(expected_json<T>());
      slot = *e;
      return true;
    } else if constexpr (std::is_same_v<T, std::chrono::year_month_day>) {
      if (!parse_date(cell.text, slot)) return fail_expected(expected_json<T>());
      return true;
    } else {
      // Numbers, true and false, and arrays, objects and variants are JSON in the cell.
      if (cell.empty()) return fail_expected(expected_json<T>());
      auto r = cited::try_from_json<T>(cell.text);
      if (!r && std::is_arithmetic_v<T>) return fail_expected(expected_json<T>());
      if (!r) {
        failure = {path_and_reason(r.error()), leaf};
        return false;
      }
      slot = std::move(*r);
      return true;
    }
  }

  const char* p_;
  const char* end_;
  csv::read_options options_;
  std::size_t row_ = 1;
  std::vector<csv_cell> cells_;
  std::vector<std::string> header_;
  std::string buffer_;
  csv_error error_{"", 0, 0, ""};
};

// True when some column of T must hold a value: one that is not, and is not inside, an optional.
template <class T>
constexpr bool csv_has_required_column() {
  if constexpr (!csv_flattens<T>()) {
    return !is_optional<T>::value;
  } else if constexpr (has_proxy_form<T>) {
    return csv_has_required_column<typename proxy_form<T>::proxy>();
  } else if constexpr (is_optional<T>::value) {
    return false;
  } else {
    bool any = false;
    boost::mp11::mp_for_each<boost::mp11::mp_iota_c<field_count<T>>>(
        [&](auto I) { any = any || csv_has_required_column<field_type_at<T, I>>(); });
    return any;
  }
}

// False when T holds an optional nested struct all of whose columns may be empty: an empty
// one could not be told from a present one whose members are all empty.
template <class T>
constexpr bool csv_unambiguous() {
  if constexpr (!csv_flattens<T>()) {
    return true;
  } else if constexpr (has_proxy_form<T>) {
    return csv_unambiguous<typename proxy_form<T>::proxy>();
  } else if constexpr (is_optional<T>::value) {
    using U = typename T::value_type;
    return csv_has_required_column<U>() && csv_unambiguous<U>();
  } else {
    bool ok = true;
    boost::mp11::mp_for_each<boost::mp11::mp_iota_c<field_count<T>>>(
        [&](auto I) { ok = ok && csv_unambiguous<field_type_at<T, I>>(); });
    return ok;
  }
}

// A struct that can be a CSV row: described (or with a described proxy), with at least one
// column, and no optional nested struct that could be read back as empty by mistake.
template <class T>
concept csv_row = csv_flattens<T>() && !is_optional<T>::value &&
                  (csv_width<T>() > 0) && csv_unambiguous<T>();

}  // namespace detail

/// The CSV column names of `T`: its members, with nested structs flattened as `source.name`.
template <class T>
requires detail::csv_row<T> std::vector<std::string> csv_columns() {
  std::vector<std::string> names;
  detail::csv_names<T>("", names);
  return names;
}

/// Appends the CSV of `rows` (a range of described structs) to `out`: a header row, then one row
/// per element. Numbers and booleans are written as in JSON; an empty `std::optional` is an
/// empty field, and an empty string is `""`; containers and variants are their JSON in one
/// field. Throws `csv_error`, leaving `out` as it was, for what JSON would refuse too.
template <class R>
requires std::ranges::input_range<const R> && detail::csv_row<std::ranges::range_value_t<R>>
void to_csv(const R& rows, std::string& out, csv::write_options options = {}) {
  using T = std::ranges::range_value_t<R>;
  const std::size_t base = out.size();
  const std::vector<std::string> names = csv_columns<T>();
  detail::csv_writer writer(out, options);
  std::size_t row = 2;
  try {
    writer.header(names);
    for (const auto& v : rows) {
      if (!writer.row(v)) {
        const auto& f = writer.failure();
        throw csv_error(f.reason, row, f.column + 1, names[f.column]);
      }
      ++row;
    }
  } catch (...) {  // leaves out as it was
    out.resize(base);
    throw;
  }
}

/// The CSV of `rows`, a range of described structs, with a header row.
///
///     cited::to_csv(std::vector<point>{{1, 2}}) == "x,y\r\n1,2\r\n"
template <class R>
requires std::ranges::input_range<const R> && detail::csv_row<std::ranges::range_value_t<R>>
[[nodiscard]] std::string to_csv(const R& rows, csv::write_options options = {}) {
  std::string out;
  cited::to_csv(rows, out, options);
  return out;
}

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

#endif  // CITED_CSV_HPP
