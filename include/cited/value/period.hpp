// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_VALUE_PERIOD_HPP
#define CITED_VALUE_PERIOD_HPP

#include <cited/reflect/form.hpp>
#include <cited/text/dates.hpp>
#include <cited/text/digits.hpp>
#include <cited/text/messages.hpp>

#include <chrono>
#include <compare>
#include <cstdint>
#include <iosfwd>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace cited {

/// How finely a period, or one end of a range, is given.
enum class precision : std::uint8_t { year, quarter, month, day };

/// Thrown by `period::parse` and the period factories on a date or range that does not exist.
class period_error : public std::invalid_argument {
 public:
  using std::invalid_argument::invalid_argument;
};

/// A span of calendar days: a year, a quarter, a month, a day, or a closed range of two of these.
///
/// The text form is ISO 8601 / SDMX: `2024`, `2024-Q1`, `2024-03`, `2024-03-05`, `2020/2024`.
/// `==` and `<=>` are structural (`2024` and `2024-01/2024-12` cover the same days but differ);
/// compare `first_day()` and `last_day()` for coverage.
///
///     auto q = cited::period::parse("2024-Q1");      // 2024-01-01 .. 2024-03-31
///     q.contains(std::chrono::year{2024} / 2 / 29);  // true
class period {
 public:
  /// The calendar year `y`.
  static constexpr period year(std::chrono::year y) {
    check_year(y);
    return period(y / std::chrono::January / 1, y / std::chrono::December / 31, precision::year);
  }

  /// Quarter `q` (1 to 4) of year `y`.
  static constexpr period quarter(std::chrono::year y, unsigned q) {
    check_year(y);
    if (q < 1 || q > 4) throw period_error("a quarter is 1 to 4");
    const std::chrono::month first{3 * q - 2};
    const std::chrono::month last{3 * q};
    return period(y / first / 1, std::chrono::year_month_day{y / last / std::chrono::last},
                  precision::quarter);
  }

  /// One calendar month.
  static constexpr period month(std::chrono::year_month ym) {
    check_year(ym.year());
    if (!ym.ok()) throw period_error("not a valid month");
    return period(ym / 1, std::chrono::year_month_day{ym / std::chrono::last}, precision::month);
  }

  /// One calendar day; throws `period_error` for a day that does not exist (2025-02-30).
  static constexpr period day(std::chrono::year_month_day d) {
    check_year(d.year());
    if (!d.ok()) throw period_error("not a valid calendar date");
    return period(d, d, precision::day);
  }

  /// The closed range from the start of `from` to the end of `to`, as in `2020/2024`.
  /// Throws `period_error` unless `to` starts after `from` starts and ends no earlier; neither end
  /// may itself be a range.
  static constexpr period between(period from, period to) {
    if (from.is_range() || to.is_range()) throw period_error("the ends of a range are not ranges");
    if (!runs_forwards(from, to)) {
      throw period_error("a range must run forwards: its end starts after its start");
    }
    return range(from, to);
  }

  /// Parses the ISO 8601 / SDMX text form. Throws `period_error` naming the text and what was
  /// expected.
  static constexpr period parse(std::string_view text) {
    if (auto p = try_parse(text)) return *p;
    throw period_error(error_message(text));
  }

  /// Parses like `parse`, but returns `std::nullopt` on bad text.
  static constexpr std::optional<period> try_parse(std::string_view text) noexcept {
    const auto slash = text.find('/');
    if (slash == std::string_view::npos) return parse_single(text);
    const auto from = parse_single(text.substr(0, slash));
    const auto to = parse_single(text.substr(slash + 1));
    if (!from || !to || !runs_forwards(*from, *to)) return std::nullopt;
    return range(*from, *to);
  }

  /// The first day covered.
  constexpr std::chrono::year_month_day first_day() const noexcept { return first_; }
  /// The last day covered.
  constexpr std::chrono::year_month_day last_day() const noexcept { return last_; }
  /// The precision of the period, or of the start of a range.
  constexpr cited::precision precision() const noexcept { return from_; }
  /// The precision of the end of a range; the same as `precision()` otherwise.
  constexpr cited::precision end_precision() const noexcept { return to_; }
  /// True for a range such as `2020/2024`.
  constexpr bool is_range() const noexcept { return range_; }

  /// True when the day `d` lies in the period.
  constexpr bool contains(std::chrono::year_month_day d) const noexcept {
    return first_day() <= d && d <= last_day();
  }
  /// True when every day of `p` lies in this period.
  constexpr bool contains(const period& p) const noexcept {
    return first_day() <= p.first_day() && p.last_day() <= last_day();
  }
  /// True when the two periods share at least one day.
  constexpr bool overlaps(const period& p) const noexcept {
    return first_day() <= p.last_day() && p.first_day() <= last_day();
  }

  /// The text form, as `parse` reads it.
  std::string to_string() const {
    std::string out = format_end(first_, from_);
    if (range_) {
      out += '/';
      out += format_end(last_, to_);
    }
    return out;
  }

  /// The form a person reads, in English: "2025", "Q1 2024", "June 2025", "5 June 2025"; a range
  /// joins its ends with " to ": "2020 to 2024", "June 2025 to March 2026".
  std::string to_long_string() const {
    std::string out = long_end(first_, from_);
    if (range_) {
      out += " to ";
      out += long_end(last_, to_);
    }
    return out;
  }

  /// Writes `to_string()`.
  template <class CharT, class Traits>
  friend std::basic_ostream<CharT, Traits>& operator<<(std::basic_ostream<CharT, Traits>& os,
                                                       const period& p) {
    return os << p.to_string();
  }

  /// Structural equality: same days, same precisions, same form (range or not).
  friend constexpr bool operator==(const period&, const period&) noexcept = default;
  /// Orders by first day, then last day, then precision: chronological for equal precisions.
  friend constexpr auto operator<=>(const period&, const period&) noexcept = default;

 private:
  constexpr period(std::chrono::year_month_day first, std::chrono::year_month_day last,
                   cited::precision p) noexcept
      : first_(first), last_(last), from_(p), to_(p) {}

  // The range from `from` to `to`, which the caller has checked.
  static constexpr period range(const period& from, const period& to) noexcept {
    period p(from.first_, to.last_, from.from_);
    p.to_ = to.from_;
    p.range_ = true;
    return p;
  }

  static constexpr bool runs_forwards(const period& from, const period& to) noexcept {
    return from.first_ < to.first_ && from.last_ <= to.last_;
  }

  static constexpr void check_year(std::chrono::year y) {
    if (y < std::chrono::year{0} || y > std::chrono::year{9999}) {
      throw period_error("a year is 0000 to 9999");
    }
  }

  static constexpr std::optional<period> parse_single(std::string_view t) noexcept {
    if (t.size() < 4) return std::nullopt;
    const int y = detail::parse_digits(t.substr(0, 4));
    if (y < 0) return std::nullopt;
    const std::chrono::year year{y};
    if (t.size() == 4) return period::year(year);
    if (t[4] != '-') return std::nullopt;
    if (t.size() == 7 && t[5] == 'Q') {
      const int q = detail::parse_digits(t.substr(6, 1));
      if (q < 1 || q > 4) return std::nullopt;
      return period::quarter(year, static_cast<unsigned>(q));
    }
    if (t.size() != 7 && t.size() != 10) return std::nullopt;
    const int m = detail::parse_digits(t.substr(5, 2));
    if (m < 1 || m > 12) return std::nullopt;
    const std::chrono::year_month ym{year, std::chrono::month{static_cast<unsigned>(m)}};
    if (t.size() == 7) return period::month(ym);
    if (t[7] != '-') return std::nullopt;
    const int d = detail::parse_digits(t.substr(8, 2));
    if (d < 1) return std::nullopt;
    const std::chrono::year_month_day ymd{ym / std::chrono::day{static_cast<unsigned>(d)}};
    if (!ymd.ok()) return std::nullopt;
    return period::day(ymd);
  }

  static std::string error_message(std::string_view text) {
    std::string msg =
        "expected a period like 2024, 2024-Q1, 2024-03, 2024-03-05 or 2020/2024, got \"";
    msg += detail::escape_controls(text);  // what() would end at a NUL
    msg += '"';
    const auto slash = text.find('/');
    if (slash != std::string_view::npos && parse_single(text.substr(0, slash)) &&
        parse_single(text.substr(slash + 1))) {
      msg += " (the range runs backwards)";
    } else if (text.size() == 10 && text[4] == '-' && text[7] == '-' &&
               detail::parse_digits(text.substr(0, 4)) >= 0 &&
               detail::parse_digits(text.substr(5, 2)) >= 1 &&
               detail::parse_digits(text.substr(5, 2)) <= 12 &&
               detail::parse_digits(text.substr(8, 2)) >= 0) {
      msg += " (no such day)";
    }
    return msg;
  }

  static void append_number(std::string& out, unsigned v, int width) {
    char buf[4];
    for (int i = width - 1; i >= 0; --i) {
      buf[i] = static_cast<char>('0' + v % 10);
      v /= 10;
    }
    out.append(buf, static_cast<std::size_t>(width));
  }

  static std::string format_end(std::chrono::year_month_day d, cited::precision p) {
    std::string out;
    append_number(out, static_cast<unsigned>(static_cast<int>(d.year())), 4);
    const auto m = static_cast<unsigned>(d.month());
    switch (p) {
      case precision::year:
        break;
      case precision::quarter:
        out += "-Q";
        out += static_cast<char>('0' + (m + 2) / 3);
        break;
      case precision::month:
        out += '-';
        append_number(out, m, 2);
        break;
      case precision::day:
        out += '-';
        append_number(out, m, 2);
        out += '-';
        append_number(out, static_cast<unsigned>(d.day()), 2);
        break;
    }
    return out;
  }

  // Appended in order, one piece at a time: "Q1 2024", "June 2025", "5 March 2024".
  static std::string long_end(std::chrono::year_month_day d, cited::precision p) {
    const auto m = static_cast<unsigned>(d.month());
    std::string out;
    out.reserve(20);
    switch (p) {
      case precision::year:
        break;
      case precision::quarter:
        out += 'Q';
        out += static_cast<char>('0' + (m + 2) / 3);
        out += ' ';
        break;
      case precision::day: {
        const auto day = static_cast<unsigned>(d.day());
        if (day >= 10) out += static_cast<char>('0' + day / 10);
        out += static_cast<char>('0' + day % 10);
        out += ' ';
      }
        [[fallthrough]];
      case precision::month:
        out += detail::month_names[m - 1];
        out += ' ';
        break;
    }
    append_number(out, static_cast<unsigned>(static_cast<int>(d.year())), 4);
    return out;
  }

  std::chrono::year_month_day first_;
  std::chrono::year_month_day last_;
  cited::precision from_;
  cited::precision to_;
  bool range_ = false;
};

/// The JSON and CSV form of a period: its text form, as in `"2024-Q1"`; bad text is rejected
/// with `period::parse`'s message.
template <>
struct string_form<period> {
  static constexpr std::string_view expected =
      "a period such as \"2024\", \"2024-Q1\", \"2024-03\", \"2024-03-05\" or \"2020/2024\"";
  static void write(const period& p, std::string& out) { out += p.to_string(); }
  static std::optional<period> read(std::string_view text) { return period::parse(text); }
};

}  // namespace cited

#endif  // CITED_VALUE_PERIOD_HPP
