// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_REFLECT_CATEGORY_HPP
#define CITED_REFLECT_CATEGORY_HPP

/// The data forms a type can take, one classification for the JSON and CSV codecs: each codec
/// has one reader and one writer per `category`, so supporting one more form is one more
/// category. Maps, variants and dates are recognised by their members, so that <map>, <variant> and
/// <chrono> are paid for only by the programs that use them.

#include <cited/reflect/form.hpp>
#include <cited/reflect/located.hpp>
#include <cited/reflect/names.hpp>
#include <cited/reflect/number_text.hpp>
#include <cited/text/dates.hpp>
#include <cited/text/numbers.hpp>

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

namespace cited::detail {

// What a type is in data, in the order a type is tested against them.
enum class category {
  string_form,  // has a cited::string_form: text
  proxy_form,   // has a cited::proxy_form: written as its proxy
  boolean,      // bool
  integer,      // json_integer
  floating,     // float, double
  number_text,  // cited::number_text: a number, kept as written
  string,       // std::string
  optional,     // std::optional: null or the value
  located,      // cited::located: as its value, with where it was read
  sequence,     // std::vector
  array,        // std::array: a fixed number of elements
  string_map,   // std::map or std::unordered_map with std::string keys: an object
  variant,      // std::variant: an object with one member named after the alternative's type
  enumeration,  // a described enum: its enumerator's name
  object,       // a described class: an object, or columns
  date,         // std::chrono::year_month_day: "YYYY-MM-DD"
  none,         // no data form
};

template <class T>
struct is_optional : std::false_type {};
template <class T>
struct is_optional<std::optional<T>> : std::true_type {};

template <class T>
struct is_located : std::false_type {};
template <class T>
struct is_located<located<T>> : std::true_type {};

template <class T>
struct is_vector : std::false_type {};
template <class T, class A>
struct is_vector<std::vector<T, A>> : std::true_type {};

template <class T>
struct is_std_array : std::false_type {};
template <class T, std::size_t N>
struct is_std_array<std::array<T, N>> : std::true_type {};

// std::map and std::unordered_map with string keys (std::multimap has no at()).
template <class T>
concept string_map = std::is_same_v<typename T::key_type, std::string> &&
    requires(T& m, const std::string& k) {
  typename T::mapped_type;
  m.at(k);
  m.find(k);
};

// std::variant: its alternatives are the template's arguments (boost::mp11::mp_size and mp_at).
template <class T>
concept variant_like = requires(const T& v) {
  { v.index() } -> std::same_as<std::size_t>;
  { v.valueless_by_exception() } -> std::same_as<bool>;
};

template <class T>
constexpr category category_for() noexcept {
  if constexpr (has_string_form<T>) {
    return category::string_form;
  } else if constexpr (has_proxy_form<T>) {
    return category::proxy_form;
  } else if constexpr (std::is_same_v<T, bool>) {
    return category::boolean;
  } else if constexpr (json_integer<T>) {
    return category::integer;
  } else if constexpr (json_floating<T>) {
    return category::floating;
  } else if constexpr (std::is_same_v<T, number_text>) {
    return category::number_text;
  } else if constexpr (std::is_same_v<T, std::string>) {
    return category::string;
  } else if constexpr (is_optional<T>::value) {
    return category::optional;
  } else if constexpr (is_located<T>::value) {
    return category::located;
  } else if constexpr (is_vector<T>::value) {
    return category::sequence;
  } else if constexpr (is_std_array<T>::value) {
    return category::array;
  } else if constexpr (string_map<T>) {
    return category::string_map;
  } else if constexpr (variant_like<T>) {
    return category::variant;
  } else if constexpr (described_enum<T>) {
    return category::enumeration;
  } else if constexpr (described_class<T>) {
    return category::object;
  } else if constexpr (date_like<T>) {
    return category::date;
  } else {
    return category::none;
  }
}

// The category of T: the one place where a type's form is decided.
template <class T>
inline constexpr category category_of = detail::category_for<T>();

template <class T>
inline constexpr bool dependent_false = false;

// Names the type that has no data form in the diagnostic ("in instantiation of no_data_form<T>").
template <class T>
struct no_data_form {
  static_assert(dependent_false<T>,
                "cited: this type has no JSON or CSV form. Describe it with BOOST_DESCRIBE_STRUCT "
                "or BOOST_DESCRIBE_CLASS (enums: BOOST_DESCRIBE_ENUM), or specialize "
                "cited::string_form or cited::proxy_form for it.");
};

}  // namespace cited::detail

#endif  // CITED_REFLECT_CATEGORY_HPP
