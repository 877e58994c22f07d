// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_REFLECT_HASH_HPP
#define CITED_REFLECT_HASH_HPP

/// `cited::hash_value` and `cited::hash`: hashing that agrees with member-wise `==`, for described
/// types and everything Boost.ContainerHash knows, falling back on `std::hash`.

#include <boost/container_hash/hash.hpp>

#include <concepts>
#include <cstddef>
#include <functional>

namespace cited::detail {

template <class T>
concept std_hashable = requires(const T& v) {
  { std::hash<T>{}(v) } -> std::convertible_to<std::size_t>;
};

// What boost::hash_value itself takes: arithmetic and enum types, strings and ranges, pairs,
// tuples, optionals, variants, and described classes.
template <class T>
concept boost_hashable = requires(const T& v) {
  { boost::hash_value(v) } -> std::convertible_to<std::size_t>;
};

// A class that only std::hash knows, such as cited::country.
template <class T>
concept std_hash_only = std::is_class_v<T> && std_hashable<T> && !boost_hashable<T>;

}  // namespace cited::detail

/// boost::hash of a class that has only a std::hash specialization, so that a described class with
/// such a member is hashed by its members too.
template <class T>
requires cited::detail::std_hash_only<T>
struct boost::hash<T> {
  std::size_t operator()(const T& value) const { return std::hash<T>{}(value); }
};

namespace cited {

/// A hash of `value` that agrees with member-wise `==`: described classes hash their members in
/// order, described enums their value; standard containers, optionals and variants hash what they
/// hold (unordered containers regardless of order); `std::pair` and `std::tuple` their parts
/// (Boost.ContainerHash). Other types use `std::hash`. Stable within a run of a program.
///
///     std::size_t h = cited::hash_value(point{1, 2});
template <class T>
requires detail::boost_hashable<T> || detail::std_hashable<T> std::size_t hash_value(
    const T& value) {
  return boost::hash<T>{}(value);
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

#endif  // CITED_REFLECT_HASH_HPP
