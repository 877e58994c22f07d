// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_TESTS_REFLECT_NAMES_TYPES_HPP
#define CITED_TESTS_REFLECT_NAMES_TYPES_HPP

// The described types that names.test.cpp and names.static.cpp reflect on.

#include <cited/reflect/names.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

// Types a user might describe.
namespace user {

struct point {
  int x = 0;
  int y = 0;
};
BOOST_DESCRIBE_STRUCT(point, (), (x, y))

struct labelled : point {
  std::string label;
  std::vector<int> tags;
};
BOOST_DESCRIBE_STRUCT(labelled, (point), (label, tags))

class account {
 public:
  account(std::string owner, long balance) : owner_(std::move(owner)), balance_(balance) {}
  const std::string& owner() const { return owner_; }
  long balance() const { return balance_; }

 private:
  std::string owner_;
  long balance_;
  BOOST_DESCRIBE_CLASS(account, (), (), (), (owner_, balance_))
};

enum class bound : std::uint8_t { exact, at_least, more_than, at_most, less_than };
BOOST_DESCRIBE_ENUM(bound, exact, at_least, more_than, at_most, less_than)

// Sparse and negative values, and an alias (two names for one value).
enum class signal : int { low = -40, off = 0, high = 1000, maximum = 1000, mid = 7 };
BOOST_DESCRIBE_ENUM(signal, low, off, high, maximum, mid)

enum plain { red, green, blue };
BOOST_DESCRIBE_ENUM(plain, red, green, blue)

// A user's own helpers named like cited's internals must not clash through ADL.
template <class E>
constexpr auto underlying(E e) noexcept {
  return static_cast<std::underlying_type_t<E>>(e);
}
template <class A, class L>
constexpr void stable_sort(A&, L) noexcept {}
template <class It, class K, class P>
constexpr It lower_bound(It first, It, const K&, P) noexcept {
  return first;
}

struct undescribed {
  int x;
};
enum class undescribed_enum { a };

// Members whose keys in data are not C++ identifiers, and keys that are not valid.
struct titled {
  std::string container_title;
  int n = 0;
};
BOOST_DESCRIBE_STRUCT(titled, (), (container_title, n))

struct wrong_size : titled {};
BOOST_DESCRIBE_STRUCT(wrong_size, (titled), ())

struct same_keys : titled {};
BOOST_DESCRIBE_STRUCT(same_keys, (titled), ())

struct empty_key : titled {};
BOOST_DESCRIBE_STRUCT(empty_key, (titled), ())

struct quote_in_key : titled {};
BOOST_DESCRIBE_STRUCT(quote_in_key, (titled), ())

struct not_views : titled {};
BOOST_DESCRIBE_STRUCT(not_views, (titled), ())

}  // namespace user

template <>
inline constexpr auto cited::field_keys<user::titled> =
    std::array<std::string_view, 2>{"container-title", "N"};
template <>
inline constexpr auto cited::field_keys<user::wrong_size> =
    std::array<std::string_view, 1>{"container-title"};
template <>
inline constexpr auto cited::field_keys<user::same_keys> =
    std::array<std::string_view, 2>{"a", "a"};
template <>
inline constexpr auto cited::field_keys<user::empty_key> = std::array<std::string_view, 2>{"a", ""};
template <>
inline constexpr auto cited::field_keys<user::quote_in_key> =
    std::array<std::string_view, 2>{"a", "b\"c"};
template <>
inline constexpr auto cited::field_keys<user::not_views> = std::array<const char*, 2>{"a", "b"};

#endif  // CITED_TESTS_REFLECT_NAMES_TYPES_HPP
