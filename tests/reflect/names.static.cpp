// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/reflect/names.hpp>

#include "reflect/names_types.hpp"

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

// Keys in data: the C++ names unless specialized; a specialization is checked.
static_assert(cited::field_keys<user::point>[1] == "y");
static_assert(cited::valid_field_keys<user::point>);
static_assert(cited::valid_field_keys<user::labelled>);
static_assert(cited::field_keys<user::titled>[0] == "container-title");
static_assert(cited::field_names<user::titled>()[0] == "container_title");
static_assert(cited::valid_field_keys<user::titled>);
static_assert(!cited::valid_field_keys<user::wrong_size>);
static_assert(!cited::valid_field_keys<user::same_keys>);
static_assert(!cited::valid_field_keys<user::empty_key>);
static_assert(!cited::valid_field_keys<user::quote_in_key>);
static_assert(!cited::valid_field_keys<user::not_views>);
static_assert(!cited::valid_field_keys<user::undescribed>);
static_assert(!cited::valid_field_keys<int>);
