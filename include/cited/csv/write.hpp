// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_CSV_WRITE_HPP
#define CITED_CSV_WRITE_HPP

/// Writing CSV: `cited::to_csv`, a header row and one row per element of a range of described
/// structs. A cell's text has one `csv_cell_write` specialization per form.

#include <cited/csv/columns.hpp>
#include <cited/csv/error.hpp>
#include <cited/json/error.hpp>
#include <cited/json/write.hpp>
#include <cited/reflect/category.hpp>
#include <cited/reflect/form.hpp>
#include <cited/reflect/names.hpp>
#include <cited/text/dates.hpp>
#include <cited/text/utf8.hpp>

#include <cstddef>
#include <ranges>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace cited::csv {

/// How `to_csv` writes.
struct write_options {
  /// End rows with CRLF, as RFC 4180 says; otherwise with LF.
  bool crlf = true;
};

}  // namespace cited::csv

namespace cited::detail {

// The text of one cell: numbers, true and false, arrays, objects and variants are their JSON.
template <category C>
struct csv_cell_write {
  template <class W, class T>
  static bool write(W& w, const T& v) {
    w.scratch_.clear();
    try {
      cited::to_json(v, w.scratch_);
    } catch (const json_error& e) {
      return w.fail(path_and_reason(e));
    }
    w.cell(w.scratch_, false);
    return true;
  }
};

// Text as it is, not JSON, which Form::text puts into the writer's scratch buffer; quoted when
// empty, so that it does not read back as null.
template <class Form>
struct csv_text_cell_write {
  template <class W, class T>
  static bool write(W& w, const T& v) {
    w.scratch_.clear();
    if (!Form::text(w, v)) return false;
    if (!is_valid_utf8(w.scratch_)) return w.fail("cannot write text that is not valid UTF-8");
    w.cell(w.scratch_, true);
    return true;
  }
};

template <>
struct csv_cell_write<category::string_form>
    : csv_text_cell_write<csv_cell_write<category::string_form>> {
  template <class W, class T>
  static bool text(W& w, const T& v) {
    string_form<T>::write(v, w.scratch_);
    return true;
  }
};

template <>
struct csv_cell_write<category::string> : csv_text_cell_write<csv_cell_write<category::string>> {
  template <class W>
  static bool text(W& w, const std::string& v) {
    w.scratch_ = v;
    return true;
  }
};

template <>
struct csv_cell_write<category::enumeration>
    : csv_text_cell_write<csv_cell_write<category::enumeration>> {
  template <class W, class T>
  static bool text(W& w, const T& v) {
    w.scratch_ = enum_name(v);
    if (w.scratch_.empty()) return w.fail(unnamed_enum_message(v));
    return true;
  }
};

template <>
struct csv_cell_write<category::date> : csv_text_cell_write<csv_cell_write<category::date>> {
  template <class W, class T>
  static bool text(W& w, const T& v) {
    w.scratch_.resize(10);
    if (!format_date(v, w.scratch_.data())) return w.fail(std::string(unwritable_date_message));
    return true;
  }
};

template <>
struct csv_cell_write<category::optional> {
  template <class W, class T>
  static bool write(W& w, const T& v) {
    return !v || w.leaf(*v);
  }
};

template <>
struct csv_cell_write<category::proxy_form> {
  template <class W, class T>
  static bool write(W& w, const T& v) {
    return w.leaf(proxy_form<T>::to_proxy(v));
  }
};

template <>
struct csv_cell_write<category::located> {
  template <class W, class T>
  static bool write(W& w, const T& v) {
    return w.leaf(v.value);
  }
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
    if (!csv_shape<T>::write(*this, v)) return false;
    out_ += eol_;
    return true;
  }

  const csv_failure& failure() const noexcept { return failure_; }

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
  bool leaf(const T& v) {
    return csv_cell_write<category_of<T>>::write(*this, v);
  }

  std::string scratch_;

 private:
  std::string& out_;
  std::string_view eol_;
  std::size_t column_ = 0;
  csv_failure failure_;
};

}  // namespace cited::detail

namespace cited {

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

}  // namespace cited

#endif  // CITED_CSV_WRITE_HPP
