// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_CONFIG_HPP
#define CITED_CONFIG_HPP

/// What cited needs of the compiler, in one place: the supported compilers, and each extension it
/// uses with a portable fallback.
///
/// - `CITED_HAS_INT128`: 1 where `unsigned __int128` exists (g++, clang); then
///   `cited::detail::uint128` names it. Code that uses it has a path without it.
/// - `CITED_PRETTY_FUNCTION`: the signature of the enclosing function template as text, which
///   `cited::type_name` reads a type's name from.
/// - `cited::detail::add_overflow(a, b, out)`: `out = a + b` for unsigned integers, true when it
///   wrapped.
///
/// Define `CITED_NO_COMPILER_CHECK` to try a compiler that is not supported.

#include <concepts>
#include <limits>

#if !defined(CITED_NO_COMPILER_CHECK)
#if defined(__clang__)
#if __clang_major__ < 14
#error "cited needs clang 14 or later (or g++ 12 or later); define CITED_NO_COMPILER_CHECK to try"
#endif
#elif defined(__GNUC__)
#if __GNUC__ < 12
#error "cited needs g++ 12 or later (or clang 14 or later); define CITED_NO_COMPILER_CHECK to try"
#endif
#else
#error "cited supports g++ 12 or later and clang 14 or later; define CITED_NO_COMPILER_CHECK to try"
#endif
#endif

#if defined(__SIZEOF_INT128__)
#define CITED_HAS_INT128 1
#else
#define CITED_HAS_INT128 0
#endif

#if defined(__clang__) || defined(__GNUC__)
#define CITED_PRETTY_FUNCTION __PRETTY_FUNCTION__
#elif defined(_MSC_VER)
#define CITED_PRETTY_FUNCTION __FUNCSIG__
#else
#error "cited needs a way to name a type: __PRETTY_FUNCTION__ or __FUNCSIG__"
#endif

namespace cited::detail {

#if CITED_HAS_INT128
__extension__ typedef unsigned __int128 uint128;
#endif

/// `out = a + b`; true when the sum does not fit (and `out` has wrapped).
template <std::unsigned_integral T>
constexpr bool add_overflow(T a, T b, T& out) noexcept {
#if defined(__GNUC__) || defined(__clang__)
  return __builtin_add_overflow(a, b, &out);
#else
  out = static_cast<T>(a + b);
  return a > std::numeric_limits<T>::max() - b;
#endif
}

}  // namespace cited::detail

#endif  // CITED_CONFIG_HPP
