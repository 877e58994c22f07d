// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_ARROW_COLUMNS_HPP
#define CITED_ARROW_COLUMNS_HPP

/// The columns of an Arrow record batch as cited writes them (`cited::arrow::table`): integers,
/// doubles and dates with a validity bitmap, and dictionary-encoded UTF-8 strings.

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <variant>
#include <vector>

namespace cited::arrow {

/// The Arrow types of a column's values.
enum class value_type : std::uint8_t {
  int32,    ///< Int(32, signed)
  int64,    ///< Int(64, signed)
  uint64,   ///< Int(64, unsigned)
  float64,  ///< FloatingPoint(DOUBLE)
  date32,   ///< Date(DAY): days since 1970-01-01, as int32
  utf8,     ///< Utf8, dictionary-encoded with int32 indices
};

/// Which values of a column are known: one bit per value, least significant bit first, as Arrow
/// lays out its validity bitmaps.
class validity {
 public:
  /// Appends one value, known or null.
  void push(bool known) {
    if (size_ % 8 == 0) bits_.push_back(0);
    if (known) {
      bits_.back() = static_cast<std::uint8_t>(bits_.back() | (1u << (size_ % 8)));
    } else {
      ++nulls_;
    }
    ++size_;
  }
  /// Makes room for `n` values.
  void reserve(std::size_t n) { bits_.reserve((n + 7) / 8); }
  /// The number of values.
  std::size_t size() const noexcept { return size_; }
  /// The number of nulls.
  std::size_t null_count() const noexcept { return nulls_; }
  /// The bitmap, `(size() + 7) / 8` bytes.
  std::span<const std::uint8_t> bits() const noexcept { return bits_; }

 private:
  std::vector<std::uint8_t> bits_;
  std::size_t size_ = 0;
  std::size_t nulls_ = 0;
};

/// A column of fixed-width values of Arrow type `Type`, stored as `T`, each known or null.
///
///     cited::arrow::float64_column c("value");
///     c.push(2.5);
///     c.push_null();  // c.size() == 2, c.null_count() == 1
template <class T, value_type Type>
class primitive_column {
 public:
  /// The Arrow type of the values.
  static constexpr value_type type = Type;

  /// An empty column named `name`.
  explicit primitive_column(std::string name) : name_(std::move(name)) {}

  /// Appends a known value.
  void push(T v) {
    values_.push_back(v);
    valid_.push(true);
  }
  /// Appends a date, as days since 1970-01-01 (a date32 column only).
  void push(std::chrono::year_month_day d) requires(Type == value_type::date32) {
    push(static_cast<T>(std::chrono::sys_days(d).time_since_epoch().count()));
  }
  /// Makes room for `n` values.
  void reserve(std::size_t n) {
    values_.reserve(n);
    valid_.reserve(n);
  }
  /// Appends a null (its slot holds 0).
  void push_null() {
    values_.push_back(T{});
    valid_.push(false);
  }

  /// The column's name.
  const std::string& name() const noexcept { return name_; }
  /// The number of values.
  std::size_t size() const noexcept { return values_.size(); }
  /// The number of nulls.
  std::size_t null_count() const noexcept { return valid_.null_count(); }
  /// The values, 0 where null.
  std::span<const T> values() const noexcept { return values_; }
  /// Which values are known.
  const arrow::validity& validity() const noexcept { return valid_; }

 private:
  std::string name_;
  std::vector<T> values_;
  arrow::validity valid_;
};

/// A column of signed 32-bit integers.
using int32_column = primitive_column<std::int32_t, value_type::int32>;
/// A column of signed 64-bit integers.
using int64_column = primitive_column<std::int64_t, value_type::int64>;
/// A column of unsigned 64-bit integers.
using uint64_column = primitive_column<std::uint64_t, value_type::uint64>;
/// A column of doubles.
using float64_column = primitive_column<double, value_type::float64>;
/// A column of dates, as days since 1970-01-01.
using date32_column = primitive_column<std::int32_t, value_type::date32>;

/// A column of UTF-8 strings, dictionary-encoded: each distinct string is stored once, in the
/// order first pushed, and each value is its int32 index in that dictionary, or null.
///
///     cited::arrow::dictionary_column c("metric");
///     c.push("ai_publications");
///     c.push("ai_publications");  // c.dictionary().size() == 1
class dictionary_column {
 public:
  /// The Arrow type of the decoded values.
  static constexpr value_type type = value_type::utf8;

  /// An empty column named `name`.
  explicit dictionary_column(std::string name) : name_(std::move(name)) {}

  /// Appends a string, which the caller must make valid UTF-8. Throws `std::length_error` past
  /// 2^31 - 1 distinct strings or 2^31 - 1 bytes of them (int32 offsets).
  void push(std::string_view s) {
    auto found = index_.find(s);
    if (found == index_.end()) {
      if (words_.size() >= 0x7fffffffu || bytes_ + s.size() > 0x7fffffffu) {
        throw std::length_error("cited: an Arrow dictionary column holds at most 2^31 - 1 bytes");
      }
      bytes_ += s.size();
      const auto i = static_cast<std::int32_t>(words_.size());
      words_.emplace_back(s);
      found = index_.emplace(words_.back(), i).first;
    }
    indices_.push_back(found->second);
    valid_.push(true);
  }
  /// Makes room for `n` values.
  void reserve(std::size_t n) {
    indices_.reserve(n);
    valid_.reserve(n);
  }
  /// Appends a null.
  void push_null() {
    indices_.push_back(0);
    valid_.push(false);
  }

  /// The column's name.
  const std::string& name() const noexcept { return name_; }
  /// The number of values.
  std::size_t size() const noexcept { return indices_.size(); }
  /// The number of nulls.
  std::size_t null_count() const noexcept { return valid_.null_count(); }
  /// The distinct strings, in the order first pushed.
  std::span<const std::string> dictionary() const noexcept { return words_; }
  /// Each value's index in `dictionary()`, 0 where null.
  std::span<const std::int32_t> indices() const noexcept { return indices_; }
  /// Which values are known.
  const arrow::validity& validity() const noexcept { return valid_; }

 private:
  struct hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept {
      return std::hash<std::string_view>{}(s);
    }
  };

  std::string name_;
  std::vector<std::int32_t> indices_;
  arrow::validity valid_;
  std::vector<std::string> words_;
  std::size_t bytes_ = 0;
  // Each distinct string's index (the keys are copies: `words_` may move its strings).
  std::unordered_map<std::string, std::int32_t, hash, std::equal_to<>> index_;
};

/// One column of a table.
using column = std::variant<int32_column, int64_column, uint64_column, float64_column,
                            date32_column, dictionary_column>;

/// A table as one Arrow record batch: its columns, all of the same length, and the schema's
/// custom metadata (key and value strings, in order).
struct table {
  std::vector<column> columns;
  std::vector<std::pair<std::string, std::string>> metadata;

  /// The number of rows: the length of the columns. Throws `std::invalid_argument`, naming the
  /// column, when the lengths differ.
  std::size_t rows() const {
    std::size_t n = 0;
    for (std::size_t i = 0; i < columns.size(); ++i) {
      const std::size_t here = std::visit([](const auto& c) { return c.size(); }, columns[i]);
      if (i == 0) {
        n = here;
      } else if (here != n) {
        const std::string& name =
            std::visit([](const auto& c) -> const std::string& { return c.name(); }, columns[i]);
        throw std::invalid_argument("cited: Arrow column \"" + name + "\" has " +
                                    std::to_string(here) + " values, the first has " +
                                    std::to_string(n));
      }
    }
    return n;
  }
};

}  // namespace cited::arrow

#endif  // CITED_ARROW_COLUMNS_HPP
