// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_REFLECT_NAMES_HPP
#define CITED_REFLECT_NAMES_HPP

/// Compile-time reflection over types described with Boost.Describe: field names and access, and
/// enum names in both directions. This is the one metadata layer for cited's JSON and CSV forms,
/// printing and hashing to build on; it works for users' own described types.

#include <boost/describe/enumerators.hpp>
#include <boost/describe/members.hpp>
#include <boost/describe/modifiers.hpp>
#include <boost/mp11/algorithm.hpp>

#include <algorithm>
#include <array>
#include <chrono>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <ranges>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <variant>

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

}  // namespace detail

namespace detail {

template <class T>
constexpr std::string_view raw_type_name() noexcept {
  return __PRETTY_FUNCTION__;
}

constexpr bool is_identifier(std::string_view s) noexcept {
  if (s.empty() || (s.front() >= '0' && s.front() <= '9')) return false;
  for (const char c : s) {
    if (!(c == '_' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')))
      return false;
  }
  return true;
}

// The unqualified name of a class or enum type, read from the compiler's signature of
// raw_type_name (g++ and clang spell a non-template type alike); empty unless an identifier.
template <class T>
constexpr std::string_view unqualified_type_name() noexcept {
  std::string_view s = detail::raw_type_name<T>();
  const std::size_t start = s.find("T = ");
  if (start == std::string_view::npos) return {};
  s.remove_prefix(start + 4);
  s = s.substr(0, s.find_first_of(";]"));
  const std::size_t colon = s.rfind("::");
  if (colon != std::string_view::npos) s.remove_prefix(colon + 2);
  return detail::is_identifier(s) ? s : std::string_view();
}

template <class T>
constexpr std::string_view default_type_name() noexcept {
  if constexpr (std::is_same_v<T, bool>) {
    return "bool";
  } else if constexpr (std::is_same_v<T, float>) {
    return "float";
  } else if constexpr (std::is_same_v<T, double>) {
    return "double";
  } else if constexpr (std::is_same_v<T, std::string>) {
    return "string";
  } else if constexpr (std::is_same_v<T, std::chrono::year_month_day>) {
    return "date";
  } else if constexpr (std::is_integral_v<T> && sizeof(T) <= 8 && !std::is_same_v<T, char>) {
    constexpr std::string_view signed_names[] = {"int8", "int16", "", "int32", "", "", "", "int64"};
    constexpr std::string_view unsigned_names[] = {"uint8", "uint16", "", "uint32",
                                                   "",      "",       "", "uint64"};
    return std::is_signed_v<T> ? signed_names[sizeof(T) - 1] : unsigned_names[sizeof(T) - 1];
  } else if constexpr (std::is_class_v<T> || std::is_enum_v<T>) {
    return detail::unqualified_type_name<T>();
  } else {
    return {};
  }
}

}  // namespace detail

/// The name of a type in data: the key that names a `std::variant`'s alternative in JSON. By
/// default "bool", "int32", "uint8", "double", "string", "date", and a class or enum type's
/// unqualified name ("point" for `geo::point`); empty, meaning none, for other types, such as
/// templates. Specialize it to choose a name:
///
///     template <> inline constexpr std::string_view cited::type_name<geo::point> = "pt";
template <class T>
inline constexpr std::string_view type_name = detail::default_type_name<T>();

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
  const auto it = std::lower_bound(table.begin(), table.end(), key, [](const auto& x, auto k) {
    return detail::underlying(x.value) < k;
  });
  return it != table.end() && it->value == e ? it->name : std::string_view();
}

/// The enumerator of `E` named `name` (exactly; case matters), or `std::nullopt`. O(log n).
template <described_enum E>
constexpr std::optional<E> enum_from_name(std::string_view name) noexcept {
  const auto& table = detail::enum_by_name<E>;
  const auto it = std::lower_bound(table.begin(), table.end(), name,
                                   [](const auto& x, std::string_view k) { return x.name < k; });
  if (it != table.end() && it->name == name) return it->value;
  return std::nullopt;
}

namespace detail {

constexpr std::size_t hash_combine(std::size_t seed, std::size_t h) noexcept {
  return seed ^ (h + 0x9e3779b97f4a7c15u + (seed << 6) + (seed >> 2));
}

template <class T>
concept std_hashable = requires(const T& v) {
  { std::hash<T>{}(v) } -> std::convertible_to<std::size_t>;
};

template <class T>
struct is_optional : std::false_type {};
template <class T>
struct is_optional<std::optional<T>> : std::true_type {};

template <class T>
struct is_variant : std::false_type {};
template <class... Ts>
struct is_variant<std::variant<Ts...>> : std::true_type {};

// Unordered standard containers, whose iteration order is not part of their value.
template <class T>
concept unordered_container = requires {
  typename T::hasher;
}
&&std::ranges::input_range<T>;

}  // namespace detail

/// A hash of `value` that agrees with member-wise `==`: described classes hash their members in
/// order, described enums their value; standard containers, optionals and variants hash what they
/// hold (unordered containers regardless of order); `std::pair` and `std::tuple` their parts;
/// other types use `std::hash`.
template <class T>
std::size_t hash_value(const T& value) {
  if constexpr (described_class<T> && !detail::std_hashable<T>) {
    std::size_t seed = field_count<T>;
    cited::for_each_field(value, [&](std::string_view, const auto& member) {
      seed = detail::hash_combine(seed, cited::hash_value(member));
    });
    return seed;
  } else if constexpr (described_enum<T>) {
    return std::hash<std::underlying_type_t<T>>{}(detail::underlying(value));
  } else if constexpr (detail::std_hashable<T> && !detail::is_optional<T>::value &&
                       !detail::is_variant<T>::value) {
    return std::hash<T>{}(value);
  } else if constexpr (detail::is_optional<T>::value) {
    return value ? detail::hash_combine(1, cited::hash_value(*value)) : 0;
  } else if constexpr (detail::is_variant<T>::value) {
    if (value.valueless_by_exception()) return 0;
    return std::visit(
        [&](const auto& alternative) {
          return detail::hash_combine(value.index(), cited::hash_value(alternative));
        },
        value);
  } else if constexpr (detail::unordered_container<T>) {
    std::size_t sum = value.size();  // order-independent, as equality is
    for (const auto& element : value) sum += detail::hash_combine(0, cited::hash_value(element));
    return sum;
  } else if constexpr (std::ranges::input_range<T>) {
    std::size_t seed = 0;
    for (const auto& element : value) seed = detail::hash_combine(seed, cited::hash_value(element));
    return seed;
  } else if constexpr (requires { std::tuple_size<T>::value; }) {
    return std::apply(
        [](const auto&... parts) {
          std::size_t seed = 0;
          ((seed = detail::hash_combine(seed, cited::hash_value(parts))), ...);
          return seed;
        },
        value);
  } else {
    static_assert(detail::std_hashable<T>,
                  "cited::hash_value: describe this type with Boost.Describe or give it a "
                  "std::hash specialization");
    return 0;
  }
}

/// A hash function object for unordered containers of described types:
/// `std::unordered_set<point, cited::hash>`.
struct hash {
  template <class T>
  std::size_t operator()(const T& value) const {
    return cited::hash_value(value);
  }
};

}  // namespace cited

#endif  // CITED_REFLECT_NAMES_HPP
