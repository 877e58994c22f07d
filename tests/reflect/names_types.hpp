// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_TESTS_REFLECT_NAMES_TYPES_HPP
#define CITED_TESTS_REFLECT_NAMES_TYPES_HPP

// The described types that names.test.cpp and names.static.cpp reflect on.

#include <cited/reflect/names.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <cstdint>
#include <string>
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

}  // namespace user

#endif  // CITED_TESTS_REFLECT_NAMES_TYPES_HPP
