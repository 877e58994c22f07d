// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/reflect/names.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <cstdint>
#include <string>

namespace names_static {

struct point {
  int x = 0;
  int y = 0;
};
BOOST_DESCRIBE_STRUCT(point, (), (x, y))

struct labelled : point {
  std::string label;
  int tag = 0;
};
BOOST_DESCRIBE_STRUCT(labelled, (point), (label, tag))

class account {
 public:
  account(std::string owner, long balance) : owner_(std::move(owner)), balance_(balance) {}

 private:
  std::string owner_;
  long balance_;
  BOOST_DESCRIBE_CLASS(account, (), (), (), (owner_, balance_))
};

enum class bound : std::uint8_t { exact, at_least, more_than, at_most, less_than };
BOOST_DESCRIBE_ENUM(bound, exact, at_least, more_than, at_most, less_than)

enum class signal : int { low = -40, off = 0, high = 1000, maximum = 1000, mid = 7 };
BOOST_DESCRIBE_ENUM(signal, low, off, high, maximum, mid)

struct undescribed {
  int x;
};
enum class undescribed_enum { a };

}  // namespace names_static

namespace user = names_static;

// Names are compile-time constants.
static_assert(cited::field_count<user::point> == 2);
static_assert(cited::field_names<user::point>()[0] == "x");
static_assert(cited::field_names<user::point>()[1] == "y");
static_assert(cited::field_count<user::labelled> == 4);
static_assert(cited::field_count<user::account> == 2);
static_assert(cited::enum_name(user::bound::more_than) == "more_than");
static_assert(cited::enum_from_name<user::bound>("at_most") == user::bound::at_most);
static_assert(!cited::enum_from_name<user::bound>("About"));
static_assert(cited::enum_count<user::signal> == 5);

// Undescribed types are rejected by the concepts, not deep inside a template.
template <class T>
concept has_field_names = requires {
  cited::field_names<T>();
};
static_assert(has_field_names<user::point>);
static_assert(!has_field_names<user::undescribed>);
static_assert(!has_field_names<int>);
template <class E>
concept has_enum_name = requires(E e) {
  cited::enum_name(e);
};
static_assert(has_enum_name<user::bound>);
static_assert(!has_enum_name<user::undescribed_enum>);
static_assert(!has_enum_name<int>);
