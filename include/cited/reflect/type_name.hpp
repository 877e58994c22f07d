// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_REFLECT_TYPE_NAME_HPP
#define CITED_REFLECT_TYPE_NAME_HPP

/// `cited::type_name<T>`: the name of a type in data, read from the compiler's signature of a
/// function template (`CITED_PRETTY_FUNCTION`) unless specialized.

#include <cited/config.hpp>
#include <cited/text/dates.hpp>

#include <boost/mp11/algorithm.hpp>

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <type_traits>

namespace cited {

namespace detail {

template <class T>
constexpr std::string_view raw_type_name() noexcept {
  return CITED_PRETTY_FUNCTION;
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
  } else if constexpr (detail::date_like<T>) {
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

namespace detail {

// The type_name of each alternative of a variant (any template V<Ts...>): the keys of its JSON
// form.
template <class V>
constexpr auto variant_names() noexcept {
  std::array<std::string_view, boost::mp11::mp_size<V>::value> names{};
  boost::mp11::mp_for_each<boost::mp11::mp_iota<boost::mp11::mp_size<V>>>(
      [&](auto I) { names[I] = type_name<boost::mp11::mp_at_c<V, I>>; });
  return names;
}

template <std::size_t N>
constexpr bool distinct_names(const std::array<std::string_view, N>& names) noexcept {
  for (std::size_t i = 0; i < N; ++i) {
    if (!detail::is_identifier(names[i])) return false;
    for (std::size_t j = 0; j < i; ++j) {
      if (names[i] == names[j]) return false;
    }
  }
  return true;
}

}  // namespace detail

}  // namespace cited

#endif  // CITED_REFLECT_TYPE_NAME_HPP
