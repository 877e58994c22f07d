// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_REFLECT_SLOTS_HPP
#define CITED_REFLECT_SLOTS_HPP

/// Where the JSON and CSV readers build a value: in place when its type has a default
/// constructor, else in an optional, and a described aggregate from its members' slots. Also the
/// calls into a `string_form`'s or `proxy_form`'s reader, whose exceptions become errors.

#include <cited/reflect/category.hpp>
#include <cited/reflect/form.hpp>
#include <cited/reflect/names.hpp>

#include <boost/mp11/algorithm.hpp>

#include <cstddef>
#include <exception>
#include <new>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>

namespace cited::detail {

// Where a value of T is read to: T itself when it has a default constructor, else an optional.
template <class T>
using slot_t = std::conditional_t<std::is_default_constructible_v<T>, T, std::optional<T>>;

template <class T, class Slot>
T&& take(Slot& slot) noexcept {
  if constexpr (std::is_same_v<Slot, T>) {
    return std::move(slot);
  } else {
    return std::move(*slot);
  }
}

template <class T, std::size_t I>
using field_type_at =
    std::remove_cvref_t<decltype(std::declval<T&>().*
                                 boost::mp11::mp_at_c<field_descriptors<T>, I>::pointer)>;

// The slots of a described aggregate's members, reached by slot_get<I>; a tuple without <tuple>.
template <std::size_t I, class S>
struct slot_leaf {
  S slot{};
};

template <class Seq, class... S>
struct slot_pack;
template <std::size_t... I, class... S>
struct slot_pack<std::index_sequence<I...>, S...> : slot_leaf<I, S>... {};

template <std::size_t I, class S>
S& slot_get(slot_leaf<I, S>& leaf) noexcept {
  return leaf.slot;
}

template <class T, class Seq>
struct field_slots;
template <class T, std::size_t... I>
struct field_slots<T, std::index_sequence<I...>> {
  using type = slot_pack<std::index_sequence<I...>, slot_t<field_type_at<T, I>>...>;
};

// Assigns to slot the T built by aggregate initialization from slots, filled by a reader.
template <class T, class Slot, class Slots>
void assign_from_slots(Slot& slot, Slots& slots) {
  [&]<std::size_t... I>(std::index_sequence<I...>) {
    slot = T{take<field_type_at<T, I>>(slot_get<I>(slots))...};
  }
  (std::make_index_sequence<field_count<T>>());
}

// Where a reader puts the value of a std::optional<U>: into U, emplaced, when U has a default
// constructor; else into the optional itself, which the reader assigns.
template <class U>
auto& optional_target(std::optional<U>& o) {
  if constexpr (std::is_default_constructible_v<U>) {
    return o.emplace();
  } else {
    return o;
  }
}

template <class T, std::size_t... I>
constexpr bool field_is_optional(std::size_t i, std::index_sequence<I...>) noexcept {
  constexpr bool flags[] = {detail::may_be_absent<field_type_at<T, I>>..., false};
  return flags[i];
}

// Calls a string_form's or proxy_form's reader; an exception it throws becomes `error`, and the
// member a cited::member_error names becomes `*member` (when not null).
template <class F>
auto call_user_reader(F&& f, std::string& error, std::string* member = nullptr) -> decltype(f()) {
  try {
    return f();
  } catch (const std::bad_alloc&) {
    throw;
  } catch (const member_error& e) {
    error = e.what();
    if (error.empty()) error = "rejected";
    if (member) *member = e.member();
    return std::nullopt;
  } catch (const std::exception& e) {
    error = e.what();
    if (error.empty()) error = "rejected";
    return std::nullopt;
  }
}

// T from the proxy read into `p`, or std::nullopt with `error` set to why from_proxy refused it
// and `*member` (when not null) to the member it named.
template <class T, class ProxySlot>
std::optional<T> from_proxy_or_error(ProxySlot& p, std::string& error,
                                     std::string* member = nullptr) {
  using proxy = typename proxy_form<T>::proxy;
  return call_user_reader(
      [&] { return std::optional<T>(proxy_form<T>::from_proxy(take<proxy>(p))); }, error, member);
}

}  // namespace cited::detail

#endif  // CITED_REFLECT_SLOTS_HPP
