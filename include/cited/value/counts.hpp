// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_VALUE_COUNTS_HPP
#define CITED_VALUE_COUNTS_HPP

/// The kinds of value a fact can have besides a physical amount: `cited::count` (how many),
/// `cited::rank` (which place) and `cited::share` (k of n). Each is its own type with no implicit
/// conversion from or to a number, so that a rank cannot be added or a count mixed with an int.

#include <cited/reflect/form.hpp>
#include <cited/text/numbers.hpp>
#include <cited/text/readable.hpp>

#include <boost/describe/class.hpp>

#include <compare>
#include <concepts>
#include <cstdint>
#include <iosfwd>
#include <limits>
#include <optional>
#include <stdexcept>
#include <string>
#include <type_traits>

namespace cited {

namespace detail {

// Not constexpr: a constant expression that calls one of these does not compile, and the
// diagnostic names the function, which says what is wrong.
inline void count_error_negative() {}
inline void count_error_overflow() {}
inline void count_error_too_large() {}
inline void rank_error_position_is_zero() {}
inline void rank_error_position_after_the_last() {}
inline void rank_error_position_too_large() {}
inline void rank_error_of_is_zero() {}
inline void rank_error_of_too_large() {}
inline void share_error_k_exceeds_n() {}
inline void share_error_n_is_zero() {}
inline void share_error_negative() {}
inline void share_error_too_large() {}

// What checked_integer says when a number is out of range: below `lowest`, or above U's max.
struct integer_range_errors {
  void (*too_small)();
  const char* too_small_message;
  void (*too_large)();
  const char* too_large_message;
};

// n as a U, when it is in [lowest, U's max]; else calls the error's function (in a constant
// expression, which then does not compile) and throws std::invalid_argument with its message,
// the one for a number too small or the one for a number too large.
template <class U, class I>
constexpr U checked_integer(I n, std::uintmax_t lowest, const integer_range_errors& errors) {
  bool small = false;
  if constexpr (std::is_signed_v<I>) {
    small = n < static_cast<I>(0) || static_cast<std::uintmax_t>(n) < lowest;
  } else {
    small = static_cast<std::uintmax_t>(n) < lowest;
  }
  bool large = false;
  if constexpr (std::numeric_limits<I>::digits > std::numeric_limits<U>::digits) {
    large = n > static_cast<I>(std::numeric_limits<U>::max());
  }
  if (small || large) {
    if (std::is_constant_evaluated()) (small ? errors.too_small : errors.too_large)();
    throw std::invalid_argument(small ? errors.too_small_message : errors.too_large_message);
  }
  return static_cast<U>(n);
}

inline constexpr integer_range_errors count_range{
    count_error_negative, "cited: a count is not negative", count_error_too_large,
    "cited: a count is at most 18446744073709551615"};
inline constexpr integer_range_errors rank_position_range{
    rank_error_position_is_zero, "cited: a rank starts at 1", rank_error_position_too_large,
    "cited: a rank's position is at most 4294967295"};
inline constexpr integer_range_errors rank_of_range{
    rank_error_of_is_zero, "cited: a rank is of at least one place", rank_error_of_too_large,
    "cited: a rank is of at most 4294967295 places"};
inline constexpr integer_range_errors share_range{
    share_error_negative, "cited: a share is not negative", share_error_too_large,
    "cited: a share's k and n are at most 4294967295"};

inline std::string ordinal(std::uint64_t n) {
  const std::uint64_t tens = n % 100;
  const char* suffix = "th";
  if (tens < 11 || tens > 13) {
    switch (n % 10) {
      case 1:
        suffix = "st";
        break;
      case 2:
        suffix = "nd";
        break;
      case 3:
        suffix = "rd";
        break;
      default:
        break;
    }
  }
  return group_thousands(n) + suffix;
}

}  // namespace detail

/// How many of something: non-negative and additive. 8 bytes, trivially copyable.
///
///     constexpr cited::count pubs{23695};
///     pubs + cited::count{5};  // count{23700}; pubs + 5 does not compile
class count {
 public:
  /// Zero.
  constexpr count() noexcept = default;
  /// `n`, which must not be negative (a constant expression with a negative `n` does not
  /// compile; at run time, std::invalid_argument).
  template <detail::json_integer I>
  constexpr explicit count(I n)
      : value_(detail::checked_integer<std::uint64_t>(n, 0, detail::count_range)) {}

  /// The number.
  constexpr std::uint64_t value() const noexcept { return value_; }

  /// The sum; throws std::overflow_error past 2^64 - 1.
  friend constexpr count operator+(count a, count b) {
    if (a.value_ > std::numeric_limits<std::uint64_t>::max() - b.value_) {
      if (std::is_constant_evaluated()) detail::count_error_overflow();
      throw std::overflow_error("cited: count overflow");
    }
    return count(a.value_ + b.value_, raw{});
  }
  constexpr count& operator+=(count b) { return *this = *this + b; }

  friend constexpr bool operator==(count, count) noexcept = default;
  friend constexpr auto operator<=>(count, count) noexcept = default;

  /// "23,695".
  template <class CharT, class Traits>
  friend std::basic_ostream<CharT, Traits>& operator<<(std::basic_ostream<CharT, Traits>& os,
                                                       count c) {
    return os << detail::group_thousands(c.value_);
  }

 private:
  struct raw {};
  constexpr count(std::uint64_t v, raw) noexcept : value_(v) {}

  std::uint64_t value_ = 0;
};

/// A place in an ordering: 1 is first, optionally "of N". A rank is not a quantity: it cannot be
/// added or scaled. Two ranks subtract to a distance in places, and `better_than` compares them.
///
///     constexpr cited::rank second{2, 190};   // "2nd of 190"
///     second.better_than(cited::rank{3});     // true
class rank {
 public:
  /// Place `position` (from 1).
  template <detail::json_integer I>
  constexpr explicit rank(I position) : position_(check_position(position)) {}
  /// Place `position` of `of`; the position must not be after the last.
  template <detail::json_integer I, detail::json_integer J>
  constexpr rank(I position, J of)
      : position_(check_position(position)),
        of_(detail::checked_integer<std::uint32_t>(of, 1, detail::rank_of_range)) {
    if (position_ > of_) {
      if (std::is_constant_evaluated()) detail::rank_error_position_after_the_last();
      throw std::invalid_argument("cited: a rank's position is not after the last place");
    }
  }

  /// The place, from 1.
  constexpr std::uint32_t position() const noexcept { return position_; }
  /// How many places there are, when known.
  constexpr std::optional<std::uint32_t> of() const noexcept {
    return of_ == 0 ? std::nullopt : std::optional<std::uint32_t>(of_);
  }

  /// True when this place comes before `other`'s.
  constexpr bool better_than(rank other) const noexcept { return position_ < other.position_; }
  /// True when this place comes after `other`'s.
  constexpr bool worse_than(rank other) const noexcept { return position_ > other.position_; }

  /// How many places `a` is behind `b` (negative when ahead): rank 5 - rank 2 is 3.
  friend constexpr std::int64_t operator-(rank a, rank b) noexcept {
    return static_cast<std::int64_t>(a.position_) - static_cast<std::int64_t>(b.position_);
  }

  /// Structural: the same place of the same number of places.
  friend constexpr bool operator==(rank, rank) noexcept = default;

  /// "2nd", or "2nd of 190".
  template <class CharT, class Traits>
  friend std::basic_ostream<CharT, Traits>& operator<<(std::basic_ostream<CharT, Traits>& os,
                                                       rank r) {
    os << detail::ordinal(r.position_);
    if (r.of_ != 0) os << " of " << detail::group_thousands(r.of_);
    return os;
  }

 private:
  template <class I>
  static constexpr std::uint32_t check_position(I position) {
    return detail::checked_integer<std::uint32_t>(position, 1, detail::rank_position_range);
  }

  std::uint32_t position_;
  std::uint32_t of_ = 0;  // 0: not known
};

/// k of n, as in "12 of the top 15"; k <= n and n > 0 are checked (a constant expression that
/// breaks them does not compile). The ratio is explicit: `ratio()` or `static_cast<double>`.
class share {
 public:
  template <detail::json_integer I, detail::json_integer J>
  constexpr share(I k, J n)
      : k_(detail::checked_integer<std::uint32_t>(k, 0, detail::share_range)),
        n_(detail::checked_integer<std::uint32_t>(n, 0, detail::share_range)) {
    if (n_ == 0) {
      if (std::is_constant_evaluated()) detail::share_error_n_is_zero();
      throw std::invalid_argument("cited: a share is of at least one");
    }
    if (k_ > n_) {
      if (std::is_constant_evaluated()) detail::share_error_k_exceeds_n();
      throw std::invalid_argument("cited: a share's k must not exceed its n");
    }
  }

  constexpr std::uint32_t k() const noexcept { return k_; }
  constexpr std::uint32_t n() const noexcept { return n_; }

  /// k / n.
  constexpr double ratio() const noexcept { return static_cast<double>(k_) / n_; }
  constexpr explicit operator double() const noexcept { return ratio(); }

  /// Structural: 12 of 15 is not 4 of 5.
  friend constexpr bool operator==(share, share) noexcept = default;

  /// "12 of 15".
  template <class CharT, class Traits>
  friend std::basic_ostream<CharT, Traits>& operator<<(std::basic_ostream<CharT, Traits>& os,
                                                       share s) {
    return os << detail::group_thousands(s.k_) << " of " << detail::group_thousands(s.n_);
  }

 private:
  std::uint32_t k_;
  std::uint32_t n_;
};

namespace detail {

struct rank_data {
  std::uint32_t position;
  std::optional<std::uint32_t> of;
};
BOOST_DESCRIBE_STRUCT(rank_data, (), (position, of))

struct share_data {
  std::uint32_t k;
  std::uint32_t n;
};
BOOST_DESCRIBE_STRUCT(share_data, (), (k, n))

}  // namespace detail

/// A count is written as its number: `23695`.
template <>
struct proxy_form<count> {
  using proxy = std::uint64_t;
  static std::uint64_t to_proxy(count c) noexcept { return c.value(); }
  static count from_proxy(std::uint64_t&& n) { return count(n); }
};

/// A rank is written `{"position": 2, "of": 190}` (`of` left out when unknown).
template <>
struct proxy_form<rank> {
  using proxy = detail::rank_data;
  static proxy to_proxy(rank r) { return {r.position(), r.of()}; }
  static rank from_proxy(proxy&& p) { return p.of ? rank(p.position, *p.of) : rank(p.position); }
};

/// A share is written `{"k": 12, "n": 15}`.
template <>
struct proxy_form<share> {
  using proxy = detail::share_data;
  static proxy to_proxy(share s) noexcept { return {s.k(), s.n()}; }
  static share from_proxy(proxy&& p) { return share(p.k, p.n); }
};

}  // namespace cited

#endif  // CITED_VALUE_COUNTS_HPP
