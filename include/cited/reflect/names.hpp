// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_REFLECT_NAMES_HPP
#define CITED_REFLECT_NAMES_HPP

/// Compile-time reflection over types described with Boost.Describe: field names and access, and
/// enum names in both directions. This is the one metadata layer for cited's JSON and CSV forms,
/// printing and hashing to build on; it works for users' own described types. Type names are in
/// <cited/reflect/type_name.hpp> and hashing in <cited/reflect/hash.hpp>.

#include <boost/describe/enumerators.hpp>
#include <boost/describe/members.hpp>
#include <boost/describe/modifiers.hpp>
#include <boost/mp11/algorithm.hpp>

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>
#include <type_traits>

namespace cited {

/// A class type described with `BOOST_DESCRIBE_STRUCT` or `BOOST_DESCRIBE_CLASS`.
template <class T>
concept described_class =
    std::is_class_v<T> && !std::is_union_v<T> && boost::describe::has_describe_members<T>::value;

/// An enumeration described with `BOOST_DESCRIBE_ENUM` or `BOOST_DESCRIBE_NESTED_ENUM`.
template <class E>
concept described_enum = std::is_enum_v<E> && boost::describe::has_describe_enumerators<E>::value;

namespace detail {

// All non-static data members: public, protected and private, own and inherited.
template <class T>
using field_descriptors = boost::describe::describe_members<T, boost::describe::mod_any_access |
                                                                   boost::describe::mod_inherited>;

template <class E>
struct enum_entry {
  std::string_view name;
  E value;
};

// Insertion sort: stable (the first-declared of equal values wins) and constexpr.
template <class T, std::size_t N, class Less>
constexpr void stable_sort(std::array<T, N>& a, Less less) noexcept {
  for (std::size_t i = 1; i < N; ++i) {
    T x = a[i];
    std::size_t j = i;
    for (; j > 0 && less(x, a[j - 1]); --j) a[j] = a[j - 1];
    a[j] = x;
  }
}

template <class E>
constexpr auto enum_entries_in_declaration_order() noexcept {
  using list = boost::describe::describe_enumerators<E>;
  std::array<enum_entry<E>, boost::mp11::mp_size<list>::value> out{};
  std::size_t i = 0;
  boost::mp11::mp_for_each<list>([&](auto d) { out[i++] = {d.name, d.value}; });
  return out;
}

template <class E>
constexpr auto underlying(E e) noexcept {
  return static_cast<std::underlying_type_t<E>>(e);
}

// The enumerators sorted by value, for enum_name.
template <class E>
inline constexpr auto enum_by_value = [] {
  auto a = enum_entries_in_declaration_order<E>();
  detail::stable_sort(a, [](const auto& x, const auto& y) {
    return detail::underlying(x.value) < detail::underlying(y.value);
  });
  return a;
}();

// The enumerators sorted by name, for enum_from_name.
template <class E>
inline constexpr auto enum_by_name = [] {
  auto a = enum_entries_in_declaration_order<E>();
  detail::stable_sort(a, [](const auto& x, const auto& y) { return x.name < y.name; });
  return a;
}();

// The first entry of the sorted `table` whose key is not below `key` (std::lower_bound).
template <class Table, class Key, class Less>
constexpr auto first_not_below(const Table& table, const Key& key, Less less) noexcept {
  auto first = table.begin();
  auto count = table.size();
  while (count > 0) {
    const auto half = count / 2;
    if (less(first[half], key)) {
      first += half + 1;
      count -= half + 1;
    } else {
      count = half;
    }
  }
  return first;
}

}  // namespace detail

/// The number of data members of `T`, inherited ones included.
template <described_class T>
inline constexpr std::size_t field_count =
    boost::mp11::mp_size<detail::field_descriptors<T>>::value;

/// The names of the data members of `T`, base classes' first, each in declaration order.
///
///     struct point { int x, y; };
///     BOOST_DESCRIBE_STRUCT(point, (), (x, y))
///     static_assert(cited::field_names<point>()[1] == "y");
template <described_class T>
constexpr std::array<std::string_view, field_count<T>> field_names() noexcept {
  std::array<std::string_view, field_count<T>> names{};
  std::size_t i = 0;
  boost::mp11::mp_for_each<detail::field_descriptors<T>>([&](auto d) { names[i++] = d.name; });
  return names;
}

/// The keys of the data members of `T` in data: JSON member names and CSV column names, in the
/// order of `field_names<T>()`. They are the C++ names unless specialized, for spellings that are
/// not identifiers. A specialization is a `std::array<std::string_view, field_count<T>>` of
/// distinct, non-empty keys with no `"`, `\` or control character (`valid_field_keys`).
///
///     struct item { std::string container_title; };
///     BOOST_DESCRIBE_STRUCT(item, (), (container_title))
///     template <>
///     inline constexpr auto cited::field_keys<item> =
///         std::array<std::string_view, 1>{"container-title"};
template <described_class T>
inline constexpr auto field_keys = field_names<T>();

namespace detail {

constexpr bool is_plain_key(std::string_view key) noexcept {
  if (key.empty()) return false;
  for (const char c : key) {
    if (c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20) return false;
  }
  return true;
}

template <class T>
constexpr bool field_keys_are_valid() noexcept {
  if constexpr (!std::is_same_v<std::remove_cvref_t<decltype(field_keys<T>)>,
                                std::array<std::string_view, field_count<T>>>) {
    return false;
  } else {
    const auto& keys = field_keys<T>;
    for (std::size_t i = 0; i < keys.size(); ++i) {
      if (!detail::is_plain_key(keys[i])) return false;
      for (std::size_t j = 0; j < i; ++j) {
        if (keys[i] == keys[j]) return false;
      }
    }
    return true;
  }
}

}  // namespace detail

/// A described class whose `field_keys` are one distinct, non-empty key per data member, with
/// no `"`, `\` or control character.
template <class T>
concept valid_field_keys = described_class<T> && detail::field_keys_are_valid<T>();

namespace detail {

// field_keys<T>, checked: what the codecs use.
template <class T>
constexpr const std::array<std::string_view, field_count<T>>& keys_of() noexcept {
  static_assert(valid_field_keys<T>,
                "cited: cited::field_keys<T> must be a std::array<std::string_view, "
                "cited::field_count<T>> of distinct, non-empty keys with no '\"', '\\' or control "
                "character");
  return field_keys<T>;
}

}  // namespace detail

/// Calls `f(name, member)` for each data member of `obj`, in the order of `field_names<T>()`.
/// `member` is a reference, const when `obj` is; private members are reached too, where
/// `BOOST_DESCRIBE_CLASS` described them.
template <class T, class F>
requires described_class<std::remove_cvref_t<T>>
constexpr void for_each_field(T&& obj, F&& f) {
  boost::mp11::mp_for_each<detail::field_descriptors<std::remove_cvref_t<T>>>(
      [&](auto d) { f(std::string_view(d.name), obj.*d.pointer); });
}

/// The number of named enumerators of `E`.
template <described_enum E>
inline constexpr std::size_t enum_count =
    boost::mp11::mp_size<boost::describe::describe_enumerators<E>>::value;

/// The enumerator names of `E`, in declaration order.
template <described_enum E>
constexpr std::array<std::string_view, enum_count<E>> enum_names() noexcept {
  std::array<std::string_view, enum_count<E>> names{};
  std::size_t i = 0;
  for (const auto& e : detail::enum_entries_in_declaration_order<E>()) names[i++] = e.name;
  return names;
}

/// The name of `e`, or an empty string when no enumerator has its value. Where several
/// enumerators share a value, the first declared. O(log n).
template <described_enum E>
constexpr std::string_view enum_name(E e) noexcept {
  const auto& table = detail::enum_by_value<E>;
  const auto key = detail::underlying(e);
  const auto it = detail::first_not_below(
      table, key, [](const auto& x, auto k) { return detail::underlying(x.value) < k; });
  return it != table.end() && it->value == e ? it->name : std::string_view();
}

/// The enumerator of `E` named `name` (exactly; case matters), or `std::nullopt`. O(log n).
template <described_enum E>
constexpr std::optional<E> enum_from_name(std::string_view name) noexcept {
  const auto& table = detail::enum_by_name<E>;
  const auto it = detail::first_not_below(
      table, name, [](const auto& x, std::string_view k) { return x.name < k; });
  if (it != table.end() && it->name == name) return it->value;
  return std::nullopt;
}

}  // namespace cited

#endif  // CITED_REFLECT_NAMES_HPP
