// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_CSV_COLUMNS_HPP
#define CITED_CSV_COLUMNS_HPP

/// The columns of a CSV row: one per member of a described struct, nested structs flattened into
/// dotted columns (`source.name`). `cited::csv_columns<T>()` lists them. Each form takes its
/// columns through one `csv_shape` specialization, which both the writer and the reader use.

#include <cited/reflect/category.hpp>
#include <cited/reflect/form.hpp>
#include <cited/reflect/names.hpp>
#include <cited/reflect/slots.hpp>

#include <boost/mp11/algorithm.hpp>

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace cited::detail {

// Why a row could not be written or read.
struct csv_failure {
  std::string reason;
  std::size_t column = 0;  // the leaf, from 0, when known
};

// How a T lies in a row. Each specialization has
//   flattens     whether its members are columns of their own (else it is one cell, a leaf);
//   width        the number of columns it takes;
//   required     whether some column of it must hold a value: one that is not, and is not inside,
//                an optional;
//   unambiguous  false when it holds an optional nested struct all of whose columns may be
//                empty: an empty one could not be told from a present one whose members are;
//   names(prefix, out), optional_columns(inside_optional, out): for each column, its name and
//                whether it may be absent from the input;
//   write(writer, v), read<T>(reader, slot, first): its cells, from the leaf `first` on.
template <class T, category C = category_of<T>>
struct csv_shape;

// One cell.
template <class T>
struct csv_leaf {
  static constexpr bool flattens = false;
  static constexpr std::size_t width = 1;
  static constexpr bool required = !is_optional<T>::value;
  static constexpr bool unambiguous = true;
  static void names(const std::string& prefix, std::vector<std::string>& out) {
    out.push_back(prefix);
  }
  static void optional_columns(bool inside_optional, std::vector<bool>& out) {
    out.push_back(inside_optional || is_optional<T>::value);
  }
  template <class W>
  static bool write(W& w, const T& v) {
    w.separator();
    return w.leaf(v);
  }
  template <class R, class Slot>
  static bool read(R& r, Slot& slot, std::size_t first) {
    return r.template read_leaf<T>(slot, first);
  }
};

template <class T, category C>
struct csv_shape : csv_leaf<T> {};

// A described struct: its members' columns, one after another.
template <class T>
struct csv_shape<T, category::object> {
  template <std::size_t I>
  using member = csv_shape<field_type_at<T, I>>;
  using indices = std::make_index_sequence<field_count<T>>;

  static constexpr bool flattens = true;
  static constexpr std::size_t width = []<std::size_t... I>(std::index_sequence<I...>) {
    return (std::size_t(0) + ... + member<I>::width);
  }
  (indices());
  static constexpr bool required = []<std::size_t... I>(std::index_sequence<I...>) {
    return (false || ... || member<I>::required);
  }
  (indices());
  static constexpr bool unambiguous = []<std::size_t... I>(std::index_sequence<I...>) {
    return (true && ... && member<I>::unambiguous);
  }
  (indices());
  // The column of each member, relative to T's first.
  static constexpr auto offsets = []<std::size_t... I>(std::index_sequence<I...>) {
    std::array<std::size_t, field_count<T> + 1> o{};
    std::size_t i = 0;
    ((o[i + 1] = o[i] + member<I>::width, ++i), ...);
    return o;
  }
  (indices());

  static void names(const std::string& prefix, std::vector<std::string>& out) {
    constexpr auto field = keys_of<T>();
    boost::mp11::mp_for_each<boost::mp11::mp_iota_c<field_count<T>>>([&](auto I) {
      member<I>::names(
          prefix.empty() ? std::string(field[I]) : prefix + '.' + std::string(field[I]), out);
    });
  }
  static void optional_columns(bool inside_optional, std::vector<bool>& out) {
    boost::mp11::mp_for_each<boost::mp11::mp_iota_c<field_count<T>>>(
        [&](auto I) { member<I>::optional_columns(inside_optional, out); });
  }
  template <class W>
  static bool write(W& w, const T& v) {
    bool ok = true;
    boost::mp11::mp_for_each<boost::mp11::mp_iota_c<field_count<T>>>([&](auto I) {
      if (ok) ok = member<I>::write(w, v.*boost::mp11::mp_at_c<field_descriptors<T>, I>::pointer);
    });
    return ok;
  }
  template <class R, class Slot>
  static bool read(R& r, Slot& slot, std::size_t first) {
    bool ok = true;
    if constexpr (std::is_default_constructible_v<T>) {
      T& obj = slot;
      boost::mp11::mp_for_each<boost::mp11::mp_iota_c<field_count<T>>>([&](auto I) {
        if (ok) {
          ok = member<I>::read(r, obj.*boost::mp11::mp_at_c<field_descriptors<T>, I>::pointer,
                               first + offsets[I]);
        }
      });
    } else {
      typename field_slots<T, indices>::type slots{};
      boost::mp11::mp_for_each<boost::mp11::mp_iota_c<field_count<T>>>(
          [&](auto I) { ok = ok && member<I>::read(r, slot_get<I>(slots), first + offsets[I]); });
      if (ok) assign_from_slots<T>(slot, slots);
    }
    return ok;
  }
};

// A T written as its proxy, which takes columns of its own.
template <class T>
struct csv_proxy_columns : csv_shape<typename proxy_form<T>::proxy> {
  using proxy = typename proxy_form<T>::proxy;
  template <class W>
  static bool write(W& w, const T& v) {
    return csv_shape<proxy>::write(w, proxy_form<T>::to_proxy(v));
  }
  template <class R, class Slot>
  static bool read(R& r, Slot& slot, std::size_t first) {
    slot_t<proxy> p{};
    if (!csv_shape<proxy>::read(r, p, first)) return false;
    return r.template from_proxy_into<T>(slot, p, first, [](std::string_view member) {
      // The first column of the member an error names, relative to the proxy's first.
      if constexpr (category_of<proxy> == category::object) {
        constexpr auto keys = keys_of<proxy>();
        for (std::size_t i = 0; i < keys.size(); ++i) {
          if (keys[i] == member) return csv_shape<proxy>::offsets[i];
        }
      }
      static_cast<void>(member);
      return std::size_t(0);
    });
  }
};

template <class T>
struct csv_shape<T, category::proxy_form>
    : std::conditional_t<csv_shape<typename proxy_form<T>::proxy>::flattens, csv_proxy_columns<T>,
                         csv_leaf<T>> {};

// An optional nested struct: its columns, all empty when it is.
template <class T>
struct csv_optional_columns {
  using U = typename T::value_type;
  static constexpr bool flattens = true;
  static constexpr std::size_t width = csv_shape<U>::width;
  static constexpr bool required = false;
  static constexpr bool unambiguous = csv_shape<U>::required && csv_shape<U>::unambiguous;
  static void names(const std::string& prefix, std::vector<std::string>& out) {
    csv_shape<U>::names(prefix, out);
  }
  static void optional_columns(bool, std::vector<bool>& out) {
    csv_shape<U>::optional_columns(true, out);
  }
  template <class W>
  static bool write(W& w, const T& v) {
    if (v) return csv_shape<U>::write(w, *v);
    for (std::size_t i = 0; i < width; ++i) w.separator();
    return true;
  }
  template <class R, class Slot>
  static bool read(R& r, Slot& slot, std::size_t first) {
    if (r.all_empty(first, width)) {
      slot.reset();
      return true;
    }
    return csv_shape<U>::read(r, optional_target(slot), first);
  }
};

template <class T>
struct csv_shape<T, category::optional>
    : std::conditional_t<csv_shape<typename T::value_type>::flattens, csv_optional_columns<T>,
                         csv_leaf<T>> {};

// A located value: the columns of its value, and where the first of them was read.
template <class T>
struct csv_shape<T, category::located> : csv_shape<decltype(T::value)> {
  using U = decltype(T::value);
  template <class W>
  static bool write(W& w, const T& v) {
    return csv_shape<U>::write(w, v.value);
  }
  template <class R, class Slot>
  static bool read(R& r, Slot& slot, std::size_t first) {
    if constexpr (std::is_same_v<Slot, T>) {
      if (!csv_shape<U>::read(r, slot.value, first)) return false;
      slot.where = r.location_at(first);
    } else {
      slot_t<U> v{};
      if (!csv_shape<U>::read(r, v, first)) return false;
      slot = T{take<U>(v), r.location_at(first)};
    }
    return true;
  }
};

// A struct that can be a CSV row: described (or with a described proxy), with at least one
// column, and no optional nested struct that could be read back as empty by mistake.
template <class T>
concept csv_row = csv_shape<T>::flattens && !is_optional<T>::value && (csv_shape<T>::width > 0) &&
                  csv_shape<T>::unambiguous;

}  // namespace cited::detail

namespace cited {

/// The CSV column names of `T`: its members' `field_keys`, with nested structs flattened as
/// `source.name`.
template <class T>
requires detail::csv_row<T> std::vector<std::string> csv_columns() {
  std::vector<std::string> names;
  detail::csv_shape<T>::names("", names);
  return names;
}

}  // namespace cited

#endif  // CITED_CSV_COLUMNS_HPP
