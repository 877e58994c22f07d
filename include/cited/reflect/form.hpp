// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_REFLECT_FORM_HPP
#define CITED_REFLECT_FORM_HPP

/// The customization points by which a type states its data form: how `cited::to_json`,
/// `cited::from_json`, `cited::to_csv` and `cited::from_csv` write and read it. Described structs,
/// enums, numbers, strings and the standard containers need nothing; a value class specializes
/// one of the two templates here. cited's own value classes use them too.

#include <concepts>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

namespace cited {

/// Specialize for a type that is written as text: a JSON string, a CSV cell. Provide
///
///     static constexpr std::string_view expected;  // what the text looks like, for errors
///     static void write(const T& value, std::string& out);  // appends the text
///     static std::optional<T> read(std::string_view text);  // std::nullopt when malformed
///
/// A `read` that rejects text produces the error `expected <expected>, got "<text>"`; one that
/// throws an exception derived from `std::exception` has its `what()` used instead.
///
///     template <> struct cited::string_form<rgb> {
///       static constexpr std::string_view expected = "a colour such as \"#ff8800\"";
///       static void write(const rgb& c, std::string& out) { out += c.hex(); }
///       static std::optional<rgb> read(std::string_view s) { return rgb::from_hex(s); }
///     };
template <class T>
struct string_form {};

/// Specialize for a type that is written as another type, its proxy (often a described struct).
/// Provide
///
///     using proxy = P;
///     static P to_proxy(const T& value);
///     static T from_proxy(P&& p);  // may throw an exception derived from std::exception
///
/// `from_proxy` checks what the proxy's own form cannot, such as k <= n in "k of n"; the text of
/// the exception it throws becomes the error's reason, at the member a `cited::member_error`
/// names.
template <class T>
struct proxy_form {};

/// What a `from_proxy` (or a constructor it calls) may throw for one bad member of its proxy, so
/// that the JSON and CSV readers report the error at that member (`$.works["a"].quote`, the
/// `quote` column) rather than at the whole value. `member` is the member's key; when it is
/// empty, or the proxy has no such member, the error is at the value.
///
///     throw cited::member_error("quote", "a source's quote contains a control character");
class member_error : public std::invalid_argument {
 public:
  /// An error about the value as a whole.
  explicit member_error(const std::string& what) : std::invalid_argument(what) {}
  /// An error about its member `member`.
  member_error(std::string member, const std::string& what)
      : std::invalid_argument(what), member_(std::move(member)) {}

  /// The key of the member at fault, or empty.
  const std::string& member() const noexcept { return member_; }

 private:
  std::string member_;
};

/// A type with a `cited::string_form` specialization.
template <class T>
concept has_string_form = requires(const T& value, std::string& out, std::string_view text) {
  { string_form<T>::expected } -> std::convertible_to<std::string_view>;
  string_form<T>::write(value, out);
  { string_form<T>::read(text) } -> std::same_as<std::optional<T>>;
};

/// A type with a `cited::proxy_form` specialization.
template <class T>
concept has_proxy_form = requires(const T& value) {
  typename proxy_form<T>::proxy;
  { proxy_form<T>::to_proxy(value) } -> std::convertible_to<typename proxy_form<T>::proxy>;
  { proxy_form<T>::from_proxy(std::declval<typename proxy_form<T>::proxy&&>()) } -> std::same_as<T>;
};

}  // namespace cited

#endif  // CITED_REFLECT_FORM_HPP
