// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_JSON_HPP
#define CITED_JSON_HPP

/// Strict JSON for described types: `cited::to_json`, `cited::from_json`, `cited::try_from_json`
/// and `cited::json::validate`. Errors name the line, column and path (`$.sources[2].date`) and
/// what was expected there. No JSON library is used.

#include <cited/json/detail/result.hpp>
#include <cited/reflect/form.hpp>
#include <cited/reflect/names.hpp>
#include <cited/text.hpp>

#include <boost/mp11/algorithm.hpp>
#include <boost/mp11/integral.hpp>

#include <array>
#include <bitset>
#include <chrono>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <exception>
#include <limits>
#include <map>
#include <new>
#include <optional>
#include <ostream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <unordered_map>
#include <utility>
#include <variant>
#include <vector>

namespace cited {

/// A JSON text that could not be read, or a value that could not be written. `what()` reads
/// `3:17: at $.sources[2].date: expected a date "YYYY-MM-DD", got "2025-13-01"`; for an error
/// while writing, which has no position, `at $.ratio: cannot write NaN as JSON`.
class json_error : public std::runtime_error {
 public:
  json_error(std::string_view reason, std::string_view path, std::size_t offset, std::size_t line,
             std::size_t column)
      : json_error(detail::escape_controls(reason), path, offset, line, column, 0) {}

  /// The line of the error, from 1; 0 for an error while writing.
  std::size_t line() const noexcept { return line_; }
  /// The column of the error, from 1, counted in code points.
  std::size_t column() const noexcept { return column_; }
  /// The byte offset of the error in the input.
  std::size_t offset() const noexcept { return offset_; }
  /// Where in the document: `$` for the root, then `.member`, `[index]` or `["key"]`.
  std::string_view path() const noexcept {
    return std::string_view(what()).substr(path_begin_, path_size_);
  }
  /// What was wrong, without the position and path.
  std::string_view reason() const noexcept {
    const std::string_view w = what();
    return w.substr(w.size() - reason_size_);
  }

 private:
  json_error(const std::string& reason, std::string_view path, std::size_t offset, std::size_t line,
             std::size_t column, int)
      : std::runtime_error(compose(reason, path, line, column)),
        offset_(offset),
        line_(line),
        column_(column),
        path_begin_(position_prefix(line, column).size() + 3),
        path_size_(path.size()),
        reason_size_(reason.size()) {}

  static std::string position_prefix(std::size_t line, std::size_t column) {
    return line == 0 ? std::string() : std::to_string(line) + ':' + std::to_string(column) + ": ";
  }

  static std::string compose(std::string_view reason, std::string_view path, std::size_t line,
                             std::size_t column) {
    std::string s = position_prefix(line, column);
    s += "at ";
    s += path;
    s += ": ";
    s += reason;
    return s;
  }

  std::size_t offset_, line_, column_, path_begin_, path_size_, reason_size_;
};

/// A value read from JSON, or the `json_error` that stopped it (in the manner of
/// `std::expected`): `has_value()`, `operator*`, `value()` (which throws the error), `error()`.
template <class T>
using json_result = detail::result<T, json_error>;

namespace json {

/// How `to_json` writes.
struct write_options {
  /// Newlines and indentation; otherwise no whitespace at all.
  bool pretty = false;
  /// Spaces per level, when pretty.
  int indent = 2;
  /// Leave out struct members that are empty `std::optional`s; otherwise write them as `null`.
  bool omit_null_members = true;
};

/// How `from_json` reads. Everything else is strict and has no option.
struct read_options {
  /// Skip object members that the target type does not have, instead of failing.
  bool skip_unknown_keys = false;
  /// The deepest nesting of arrays and objects accepted. Reading recurses once per level, so a
  /// limit of many thousands may exhaust the stack.
  std::size_t max_depth = 256;
};

/// The outcome of `json::validate`: true exactly when the text is well-formed JSON.
class validation {
 public:
  validation() = default;
  explicit validation(json_error e) : error_(std::move(e)) {}
  explicit operator bool() const noexcept { return !error_; }
  /// Why the text is not JSON. Precondition: `!*this`.
  const json_error& error() const noexcept { return *error_; }

 private:
  std::optional<json_error> error_;
};

}  // namespace json

namespace detail {

// --- type traits --------------------------------------------------------------------------------

template <class T>
struct is_vector : std::false_type {};
template <class T, class A>
struct is_vector<std::vector<T, A>> : std::true_type {};

template <class T>
struct is_std_array : std::false_type {};
template <class T, std::size_t N>
struct is_std_array<std::array<T, N>> : std::true_type {};

template <class T>
struct is_string_map : std::false_type {};
template <class V, class C, class A>
struct is_string_map<std::map<std::string, V, C, A>> : std::true_type {};
template <class V, class H, class E, class A>
struct is_string_map<std::unordered_map<std::string, V, H, E, A>> : std::true_type {};

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

template <class T, class Seq>
struct field_slots;
template <class T, std::size_t... I>
struct field_slots<T, std::index_sequence<I...>> {
  using type = std::tuple<slot_t<field_type_at<T, I>>...>;
};

// Assigns to slot the T built by aggregate initialization from slots, filled by a reader.
template <class T, class Slot, class Slots>
void assign_from_slots(Slot& slot, Slots& slots) {
  [&]<std::size_t... I>(std::index_sequence<I...>) {
    slot = T{take<field_type_at<T, I>>(std::get<I>(slots))...};
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
  constexpr bool flags[] = {is_optional<field_type_at<T, I>>::value..., false};
  return flags[i];
}

// Calls a string_form's or proxy_form's reader; an exception it throws becomes `error`.
template <class F>
auto call_user_reader(F&& f, std::string& error) -> decltype(f()) {
  try {
    return f();
  } catch (const std::bad_alloc&) {
    throw;
  } catch (const std::exception& e) {
    error = e.what();
    if (error.empty()) error = "rejected";
    return std::nullopt;
  }
}

// The type_name of each alternative of a variant: the keys of its JSON form.
template <class T>
constexpr auto variant_names() noexcept {
  std::array<std::string_view, std::variant_size_v<T>> names{};
  boost::mp11::mp_for_each<boost::mp11::mp_iota_c<std::variant_size_v<T>>>(
      [&](auto I) { names[I] = type_name<std::variant_alternative_t<I, T>>; });
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

// Short keys compare faster in a loop than through memcmp.
inline bool same_key(std::string_view a, std::string_view b) noexcept {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a[i] != b[i]) return false;
  }
  return true;
}

// T from the proxy read into `p`, or std::nullopt with `error` set to why from_proxy refused it.
template <class T, class ProxySlot>
std::optional<T> from_proxy_or_error(ProxySlot& p, std::string& error) {
  using proxy = typename proxy_form<T>::proxy;
  return call_user_reader(
      [&] { return std::optional<T>(proxy_form<T>::from_proxy(take<proxy>(p))); }, error);
}

// --- messages -----------------------------------------------------------------------------------

inline std::string quoted_list(const std::string_view* names, std::size_t n) {
  std::string out;
  for (std::size_t i = 0; i < n && i < 12; ++i) {
    if (i != 0) out += i + 1 == n ? " or " : ", ";
    out += detail::quoted(names[i]);
  }
  if (n > 12) out += ", ...";
  return out;
}

// What a JSON value of type T looks like, for "expected ...".
template <class T>
std::string expected_json() {
  if constexpr (has_string_form<T>) {
    return std::string(string_form<T>::expected);
  } else if constexpr (has_proxy_form<T>) {
    return detail::expected_json<typename proxy_form<T>::proxy>();
  } else if constexpr (std::is_same_v<T, bool>) {
    return "true or false";
  } else if constexpr (json_integer<T>) {
    return "an integer from " + std::to_string(std::numeric_limits<T>::min()) + " to " +
           std::to_string(std::numeric_limits<T>::max());
  } else if constexpr (json_floating<T>) {
    return "a number";
  } else if constexpr (std::is_same_v<T, std::string>) {
    return "a string";
  } else if constexpr (is_optional<T>::value) {
    return detail::expected_json<typename T::value_type>() + " or null";
  } else if constexpr (is_vector<T>::value) {
    return "an array";
  } else if constexpr (is_std_array<T>::value) {
    return "an array of " + std::to_string(std::tuple_size_v<T>) + " elements";
  } else if constexpr (is_string_map<T>::value || described_class<T>) {
    return "an object";
  } else if constexpr (is_variant<T>::value) {
    return "an object with one member, named after its type";
  } else if constexpr (std::is_same_v<T, std::chrono::year_month_day>) {
    return "a date \"YYYY-MM-DD\"";
  } else if constexpr (described_enum<T>) {
    constexpr auto names = enum_names<T>();
    return "one of " + detail::quoted_list(names.data(), names.size());
  } else {
    return "a value";
  }
}

inline constexpr std::string_view unwritable_date_message =
    "cannot write an invalid date or a year beyond 9999";

template <described_enum E>
std::string unnamed_enum_message(E e) {
  return "the value " + std::to_string(static_cast<long long>(detail::underlying(e))) +
         " of enum " + std::string(type_name<E>) + " has no name";
}

// "at $.a: reason" without the position, or the reason alone at the root: a json_error as part
// of another message.
inline std::string path_and_reason(const json_error& e) {
  if (e.path() == "$") return std::string(e.reason());
  return "at " + std::string(e.path()) + ": " + std::string(e.reason());
}

// One step of a path, innermost first while an error unwinds.
struct path_step {
  std::string key;
  std::size_t index = 0;
  bool is_index = false;
};

inline std::string format_path(const std::vector<path_step>& innermost_first) {
  std::string out = "$";
  for (auto it = innermost_first.rbegin(); it != innermost_first.rend(); ++it) {
    if (it->is_index) {
      out += '[' + std::to_string(it->index) + ']';
    } else if (detail::is_identifier(it->key)) {
      out += '.' + it->key;
    } else {
      out += '[' + detail::quoted(it->key) + ']';
    }
  }
  return out;
}

// The failure being reported, built while the reader or writer unwinds.
struct json_failure {
  std::string reason;
  const char* where = nullptr;
  std::vector<path_step> path;

  void add_key(std::string_view key) { path.push_back({std::string(key), 0, false}); }
  void add_index(std::size_t i) { path.push_back({{}, i, true}); }
};

inline json_error make_json_error(std::string_view input, const json_failure& f) {
  const std::size_t offset =
      f.where == nullptr ? 0 : static_cast<std::size_t>(f.where - input.data());
  std::size_t line = 1, column = 1;
  for (std::size_t i = 0; i < offset && i < input.size(); ++i) {
    const auto c = static_cast<unsigned char>(input[i]);
    if (c == '\n') {
      ++line;
      column = 1;
    } else if ((c & 0xC0) != 0x80) {
      ++column;
    }
  }
  return json_error(f.reason, detail::format_path(f.path), offset, line, column);
}

// --- writer -------------------------------------------------------------------------------------

template <bool Pretty>
class json_writer {
 public:
  json_writer(std::string& out, const json::write_options& options)
      : out_(out), base_(out.size()), options_(options) {
    out_.resize(base_ + 256);
    p_ = out_.data() + base_;
    limit_ = out_.data() + out_.size();
  }

  void finish() { out_.resize(static_cast<std::size_t>(p_ - out_.data())); }
  void abandon() { out_.resize(base_); }
  json_error error() const {
    return json_error(failure_.reason, format_path(failure_.path), 0, 0, 0);
  }

  template <class T>
  bool value(const T& v) {
    if constexpr (has_string_form<T>) {
      scratch_.clear();
      string_form<T>::write(v, scratch_);
      return string(scratch_);
    } else if constexpr (has_proxy_form<T>) {
      return value(proxy_form<T>::to_proxy(v));
    } else if constexpr (std::is_same_v<T, bool>) {
      put(v ? std::string_view("true") : std::string_view("false"));
      return true;
    } else if constexpr (json_integer<T>) {
      need(24);
      p_ = std::to_chars(p_, p_ + 24, v).ptr;
      return true;
    } else if constexpr (json_floating<T>) {
      if (!std::isfinite(v)) {
        return fail(std::isnan(v) ? "cannot write NaN as JSON" : "cannot write infinity as JSON");
      }
      need(48);  // write_floating's room
      p_ = write_floating(p_, v);
      return true;
    } else if constexpr (std::is_same_v<T, std::string>) {
      return string(v);
    } else if constexpr (is_optional<T>::value) {
      if (!v) {
        put("null");
        return true;
      }
      return value(*v);
    } else if constexpr (is_vector<T>::value || is_std_array<T>::value) {
      return sequence(v);
    } else if constexpr (is_string_map<T>::value) {
      return map(v);
    } else if constexpr (is_variant<T>::value) {
      return variant(v);
    } else if constexpr (std::is_same_v<T, std::chrono::year_month_day>) {
      need(12);
      *p_ = '"';
      if (!format_date(v, p_ + 1))
        return fail("cannot write an invalid date or a year beyond 9999");
      p_[11] = '"';
      p_ += 12;
      return true;
    } else if constexpr (described_enum<T>) {
      const std::string_view name = enum_name(v);
      if (name.empty()) return fail(unnamed_enum_message(v));
      return string(name);
    } else if constexpr (described_class<T>) {
      return object(v);
    } else {
      no_data_form<T>{};
      return false;
    }
  }

  bool string(std::string_view s) {
    need(s.size() + 2);
    *p_++ = '"';
    const char* q = s.data();
    const char* const end = q + s.size();
    for (;;) {
      const char* r = detail::find_json_special(q, end);
      const auto n = static_cast<std::size_t>(r - q);
      need(n + 1);
      std::memcpy(p_, q, n);
      p_ += n;
      q = r;
      if (q == end) break;
      const auto c = static_cast<unsigned char>(*q);
      if (c == '"' || c == '\\') {
        need(2);
        *p_++ = '\\';
        *p_++ = static_cast<char>(c);
        ++q;
      } else if (c < 0x20) {
        escape_control(c);
        ++q;
      } else {
        const std::size_t len = detail::utf8_sequence_length(q, end);
        if (len == 0) return fail("cannot write a string that is not valid UTF-8");
        need(len);
        std::memcpy(p_, q, len);
        p_ += len;
        q += len;
      }
    }
    need(1);
    *p_++ = '"';
    return true;
  }

 private:
  void need(std::size_t n) {
    if (static_cast<std::size_t>(limit_ - p_) < n) grow(n);
  }
  void grow(std::size_t n) {
    const auto used = static_cast<std::size_t>(p_ - out_.data());
    out_.resize(std::max(out_.size() * 2, used + n + 256));
    p_ = out_.data() + used;
    limit_ = out_.data() + out_.size();
  }
  void put(std::string_view s) {
    need(s.size());
    std::memcpy(p_, s.data(), s.size());
    p_ += s.size();
  }
  void put(char c) {
    need(1);
    *p_++ = c;
  }
  void newline() {
    if constexpr (Pretty) {
      const auto n = static_cast<std::size_t>(std::max(options_.indent, 0)) * depth_;
      need(n + 1);
      *p_++ = '\n';
      std::memset(p_, ' ', n);
      p_ += n;
    }
  }
  void key(std::string_view name) {
    need(name.size() + 4);
    *p_++ = '"';
    std::memcpy(p_, name.data(), name.size());
    p_ += name.size();
    *p_++ = '"';
    *p_++ = ':';
    if constexpr (Pretty) *p_++ = ' ';
  }
  // `"name":` of a described member, built at compile time so that it is copied in one go.
  template <class T, std::size_t I>
  static constexpr auto quoted_member = [] {
    constexpr std::string_view name = field_names<T>()[I];
    std::array<char, name.size() + 3> text{};
    text[0] = '"';
    for (std::size_t i = 0; i < name.size(); ++i) text[i + 1] = name[i];
    text[name.size() + 1] = '"';
    text[name.size() + 2] = ':';
    return text;
  }();

  template <class T, std::size_t I>
  void member_key() {
    constexpr auto& text = quoted_member<T, I>;
    need(text.size() + 1);
    std::memcpy(p_, text.data(), text.size());
    p_ += text.size();
    if constexpr (Pretty) *p_++ = ' ';
  }

  void escape_control(unsigned char c) {
    static constexpr char hex[] = "0123456789abcdef";
    need(6);
    *p_++ = '\\';
    switch (c) {
      case '\b':
        *p_++ = 'b';
        break;
      case '\f':
        *p_++ = 'f';
        break;
      case '\n':
        *p_++ = 'n';
        break;
      case '\r':
        *p_++ = 'r';
        break;
      case '\t':
        *p_++ = 't';
        break;
      default:
        *p_++ = 'u';
        *p_++ = '0';
        *p_++ = '0';
        *p_++ = hex[c >> 4];
        *p_++ = hex[c & 0xF];
    }
  }
  bool fail(std::string reason) {
    failure_.reason = std::move(reason);
    return false;
  }
  void open(char c) {
    put(c);
    ++depth_;
  }
  void close(char c, bool empty) {
    --depth_;
    if (!empty) newline();
    put(c);
  }

  template <class T>
  bool sequence(const T& v) {
    open('[');
    std::size_t i = 0;
    for (const auto& e : v) {
      if (i != 0) put(',');
      newline();
      if (!value(e)) {
        failure_.add_index(i);
        return false;
      }
      ++i;
    }
    close(']', i == 0);
    return true;
  }

  template <class T>
  bool map(const T& v) {
    open('{');
    bool first = true;
    for (const auto& [k, e] : v) {
      if (!first) put(',');
      first = false;
      newline();
      if (!string(k)) {
        failure_.add_key(k);
        return false;
      }
      put(Pretty ? std::string_view(": ") : std::string_view(":"));
      if (!value(e)) {
        failure_.add_key(k);
        return false;
      }
    }
    close('}', first);
    return true;
  }

  template <class T>
  bool variant(const T& v) {
    static_assert(distinct_names(variant_names<T>()),
                  "cited: each alternative of a variant needs a distinct cited::type_name that is "
                  "an identifier");
    if (v.valueless_by_exception()) return fail("cannot write a valueless variant");
    return boost::mp11::mp_with_index<std::variant_size_v<T>>(v.index(), [&](auto I) {
      using alt = std::variant_alternative_t<I, T>;
      constexpr std::string_view name = type_name<alt>;
      open('{');
      newline();
      key(name);
      if (!value(*std::get_if<I>(&v))) {
        failure_.add_key(name);
        return false;
      }
      close('}', false);
      return true;
    });
  }

  template <class T>
  bool object(const T& v) {
    constexpr auto names = field_names<T>();
    open('{');
    bool first = true;
    bool ok = true;
    boost::mp11::mp_for_each<boost::mp11::mp_iota_c<names.size()>>([&](auto I) {
      if (!ok) return;
      const auto& m = v.*boost::mp11::mp_at_c<field_descriptors<T>, I>::pointer;
      if constexpr (is_optional<std::remove_cvref_t<decltype(m)>>::value) {
        if (!m && options_.omit_null_members) return;
      }
      if (!first) put(',');
      first = false;
      newline();
      member_key<T, I>();
      if (!value(m)) {
        failure_.add_key(names[I]);
        ok = false;
      }
    });
    if (!ok) return false;
    close('}', first);
    return true;
  }

  std::string& out_;
  std::size_t base_;
  char* p_ = nullptr;
  char* limit_ = nullptr;
  std::size_t depth_ = 0;
  json::write_options options_;
  std::string scratch_;
  json_failure failure_;
};

// --- reader -------------------------------------------------------------------------------------

class json_reader {
 public:
  json_reader(std::string_view text, const json::read_options& options)
      : begin_(text.data()), p_(text.data()), end_(text.data() + text.size()), options_(options) {}

  json_error error() const {
    return make_json_error(std::string_view(begin_, static_cast<std::size_t>(end_ - begin_)),
                           failure_);
  }

  // A whole document holding one value of type T.
  template <class T, class Slot>
  bool document(Slot& slot) {
    ws();
    if (!read<T>(slot)) return false;
    return finish();
  }

  // A whole document holding any one JSON value.
  bool validate_document() {
    ws();
    if (!skip_value()) return false;
    return finish();
  }

 private:
  bool finish() {
    ws();
    if (p_ != end_)
      return fail(p_, "expected the end of the input after the JSON value, got " + got(p_));
    return true;
  }

  bool fail(const char* where, std::string reason) {
    failure_.where = where;
    failure_.reason = std::move(reason);
    return false;
  }
  std::string got(const char* where) const { return describe_json_token(where, end_); }
  template <class T>
  bool fail_expected(const char* where) {
    return fail(where, "expected " + expected_json<T>() + ", got " + got(where));
  }

  [[gnu::always_inline]] void ws() noexcept {
    if (p_ != end_ && static_cast<unsigned char>(*p_) > ' ') return;  // compact JSON
    while (p_ != end_ && (*p_ == ' ' || *p_ == '\n' || *p_ == '\r' || *p_ == '\t')) ++p_;
  }
  bool at(char c) const noexcept { return p_ != end_ && *p_ == c; }

  bool enter() {
    if (++depth_ > options_.max_depth) {
      return fail(p_, "nesting deeper than " + std::to_string(options_.max_depth) + " levels");
    }
    return true;
  }

  bool literal(std::string_view word) {
    if (static_cast<std::size_t>(end_ - p_) < word.size() ||
        std::memcmp(p_, word.data(), word.size()) != 0) {
      return fail(p_, "expected a JSON value, got " + got(p_));
    }
    p_ += word.size();
    return true;
  }

  static int hex_value(char c) noexcept {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  }

  // Four hex digits after "\u" at p_; -1 when malformed.
  long hex4() noexcept {
    if (end_ - p_ < 4) return -1;
    long v = 0;
    for (int i = 0; i < 4; ++i) {
      const int h = hex_value(p_[i]);
      if (h < 0) return -1;
      v = v * 16 + h;
    }
    p_ += 4;
    return v;
  }

  // p_ is at a backslash; appends the character to *out (when not null) and moves past it.
  bool escape(std::string* out) {
    const char* at_escape = p_;
    ++p_;
    if (p_ == end_) return fail(at_escape, "unterminated string");
    char c = *p_++;
    switch (c) {
      case '"':
      case '\\':
      case '/':
        break;
      case 'b':
        c = '\b';
        break;
      case 'f':
        c = '\f';
        break;
      case 'n':
        c = '\n';
        break;
      case 'r':
        c = '\r';
        break;
      case 't':
        c = '\t';
        break;
      case 'u': {
        long cp = hex4();
        if (cp < 0) return fail(at_escape, "expected four hex digits after \\u");
        if (cp >= 0xDC00 && cp <= 0xDFFF) {
          return fail(at_escape, "a low surrogate \\u escape without a high one before it");
        }
        if (cp >= 0xD800 && cp <= 0xDBFF) {
          if (end_ - p_ < 2 || p_[0] != '\\' || p_[1] != 'u') {
            return fail(at_escape, "a high surrogate \\u escape without a low one after it");
          }
          p_ += 2;
          const long low = hex4();
          if (low < 0xDC00 || low > 0xDFFF) {
            return fail(at_escape, "a high surrogate \\u escape without a low one after it");
          }
          cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
        }
        if (out) append_utf8(*out, static_cast<char32_t>(cp));
        return true;
      }
      default:
        std::string reason = "invalid escape in a string: a backslash followed by '";
        append_printable(reason, std::string_view(p_ - 1, 1));
        return fail(at_escape, reason + "'");
    }
    if (out) *out += c;
    return true;
  }

  // p_ is at the opening quote. Appends the decoded text to *out when not null; checks it all.
  bool string_body(std::string* out) {
    const char* start = p_;
    ++p_;
    const char* run = p_;  // text not yet appended to *out
    for (;;) {
      p_ = find_json_special(p_, end_);
      if (p_ == end_) return fail(start, "unterminated string");
      const auto c = static_cast<unsigned char>(*p_);
      if (c >= 0x80) {
        const std::size_t n = utf8_sequence_length(p_, end_);
        if (n == 0) return fail(p_, "invalid UTF-8 in a string");
        p_ += n;
        continue;
      }
      if (out) out->append(run, p_);
      if (c == '"') {
        ++p_;
        return true;
      }
      if (c != '\\') return fail(p_, "a control character in a string; it must be escaped");
      if (!escape(out)) return false;
      run = p_;
    }
  }

  // The decoded string at p_ (the opening quote): a view of the input when it has no escape, else
  // of scratch_, valid until the next string is read.
  bool string_view(std::string_view& sv) {
    const char* start = p_ + 1;
    const char* q = find_json_special(start, end_);
    if (q != end_ && *q == '"') {
      sv = std::string_view(start, static_cast<std::size_t>(q - start));
      p_ = q + 1;
      return true;
    }
    scratch_.clear();
    if (!string_body(&scratch_)) return false;
    sv = scratch_;
    return true;
  }

  bool skip_value() {
    if (p_ == end_) return fail(p_, "expected a JSON value, got the end of the input");
    switch (*p_) {
      case '{':
        return members([&](std::string_view, const char* key_start) {
          if (skip_value()) return true;
          failure_.add_key(raw_key(key_start));
          return false;
        });
      case '[':
        return elements([&](std::size_t) { return skip_value(); });
      case '"':
        return string_body(nullptr);
      case 't':
        return literal("true");
      case 'f':
        return literal("false");
      case 'n':
        return literal("null");
      default: {
        const number_scan scan = scan_json_number(p_, end_);
        if (scan.end == nullptr) return fail(p_, "expected a JSON value, got " + got(p_));
        p_ = scan.end;
        return true;
      }
    }
  }

  // The key text of an object member whose string starts at `key`, decoded, for a path.
  std::string raw_key(const char* key) const {
    json_reader sub(std::string_view(key, static_cast<std::size_t>(end_ - key)), options_);
    std::string out;
    if (!sub.string_body(&out)) out.clear();
    return out;
  }

  // Reads a value of type T into slot (T, or std::optional<T> when T has no default constructor).
  template <class T, class Slot>
  bool read(Slot& slot) {
    const char* where = p_;
    if constexpr (has_string_form<T>) {
      std::string_view text;
      if (!at('"')) return fail_expected<T>(where);
      if (!string_view(text)) return false;
      std::string error;
      std::optional<T> v = call_user_reader([&] { return string_form<T>::read(text); }, error);
      if (!v) {
        return fail(where, error.empty() ? "expected " + std::string(string_form<T>::expected) +
                                               ", got " + got(where)
                                         : error);
      }
      slot = std::move(*v);
      return true;
    } else if constexpr (has_proxy_form<T>) {
      using proxy = typename proxy_form<T>::proxy;
      slot_t<proxy> p{};
      if (!read<proxy>(p)) return false;
      std::string error;
      std::optional<T> v = from_proxy_or_error<T>(p, error);
      if (!v) return fail(where, error);
      slot = std::move(*v);
      return true;
    } else if constexpr (std::is_same_v<T, bool>) {
      if (end_ - p_ >= 4 && std::memcmp(p_, "true", 4) == 0) {
        slot = true;
        p_ += 4;
        return true;
      }
      if (end_ - p_ >= 5 && std::memcmp(p_, "false", 5) == 0) {
        slot = false;
        p_ += 5;
        return true;
      }
      return fail_expected<T>(where);
    } else if constexpr (json_integer<T> || json_floating<T>) {
      if constexpr (json_integer<T>) {
        // The common case in one pass: up to 18 digits, then a delimiter.
        const char* q = p_ + (at('-') ? 1 : 0);
        const char* digits = q;
        std::uint64_t magnitude = 0;
        while (q != end_ && is_digit(*q) && q - digits < 18) {
          magnitude = magnitude * 10 + static_cast<std::uint64_t>(*q - '0');
          ++q;
        }
        const bool simple = q != digits &&
                            (q == end_ || !(is_digit(*q) || *q == '.' || *q == 'e' || *q == 'E')) &&
                            (*digits != '0' || q - digits == 1);
        if (simple) {
          const bool negative = digits != p_;
          if constexpr (std::is_unsigned_v<T>) {
            if (magnitude <= std::numeric_limits<T>::max() && (!negative || magnitude == 0)) {
              slot = static_cast<T>(magnitude);
              p_ = q;
              return true;
            }
          } else {
            const auto max = static_cast<std::uint64_t>(std::numeric_limits<T>::max());
            if (magnitude <= max) {
              slot = negative ? static_cast<T>(-static_cast<std::int64_t>(magnitude))
                              : static_cast<T>(magnitude);
              p_ = q;
              return true;
            }
          }
        }
      }
      if constexpr (json_integer<T>) {
        const number_scan scan = scan_json_number(p_, end_);
        if (scan.end == nullptr || !scan.integral) return fail_expected<T>(where);
        if (convert_integer(p_, scan.end, slot) != number_status::ok)
          return fail_expected<T>(where);
        p_ = scan.end;
      } else {
        number_status status = number_status::ok;
        const char* number_end = read_json_floating(p_, end_, slot, status);
        if (number_end == nullptr) return fail_expected<T>(where);
        if (status != number_status::ok) {
          return fail(where, std::string("the number is out of range for ") +
                                 (std::is_same_v<T, float> ? "float" : "double") + ", got " +
                                 got(where));
        }
        p_ = number_end;
      }
      return true;
    } else if constexpr (std::is_same_v<T, std::string>) {
      if (!at('"')) return fail_expected<T>(where);
      const char* q = find_json_special(p_ + 1, end_);
      if (q != end_ && *q == '"') {  // no escape and nothing to check further
        slot.assign(p_ + 1, q);
        p_ = q + 1;
        return true;
      }
      slot.clear();
      return string_body(&slot);
    } else if constexpr (is_optional<T>::value) {
      using U = typename T::value_type;
      if (at('n')) {
        if (!literal("null")) return false;
        slot.reset();
        return true;
      }
      const std::size_t depth = failure_.path.size();
      const bool ok = read<U>(optional_target(slot));
      // A value of the wrong type here: say that null would do too.
      if (!ok && failure_.where == where && failure_.path.size() == depth &&
          std::string_view(failure_.reason)
              .starts_with("expected " + expected_json<U>() + ", got ")) {
        return fail_expected<T>(where);
      }
      return ok;
    } else if constexpr (is_vector<T>::value) {
      return read_vector<T>(slot);
    } else if constexpr (is_std_array<T>::value) {
      return read_array<T>(slot);
    } else if constexpr (is_string_map<T>::value) {
      return read_map<T>(slot);
    } else if constexpr (is_variant<T>::value) {
      return read_variant<T>(slot);
    } else if constexpr (std::is_same_v<T, std::chrono::year_month_day>) {
      std::string_view text;
      if (!at('"')) return fail_expected<T>(where);
      if (!string_view(text)) return false;
      if (!parse_date(text, slot)) return fail_expected<T>(where);
      return true;
    } else if constexpr (described_enum<T>) {
      std::string_view text;
      if (!at('"')) return fail_expected<T>(where);
      if (!string_view(text)) return false;
      const std::optional<T> e = enum_from_name<T>(text);
      if (!e) return fail_expected<T>(where);
      slot = *e;
      return true;
    } else if constexpr (described_class<T>) {
      return read_object<T>(slot);
    } else {
      no_data_form<T>{};
      return false;
    }
  }

  // Reads `[`, then calls element(i) for each element (p_ at its first byte), then `]`.
  template <class F>
  bool elements(F&& element) {
    if (!enter()) return false;
    ++p_;
    ws();
    if (at(']')) {
      ++p_;
      --depth_;
      return true;
    }
    for (std::size_t i = 0;; ++i) {
      if (!element(i)) {
        failure_.add_index(i);
        return false;
      }
      ws();
      if (at(',')) {
        ++p_;
        ws();
      } else if (at(']')) {
        ++p_;
        --depth_;
        return true;
      } else {
        return fail(p_, "expected ',' or ']' after an array element, got " + got(p_));
      }
    }
  }

  template <class T, class Slot>
  bool read_vector(Slot& slot) {
    using U = typename T::value_type;
    if (!at('[')) return fail_expected<T>(p_);
    T out;
    if constexpr (std::is_arithmetic_v<U>) {
      // An array of numbers holds no brackets: count its elements to allocate once.
      std::size_t commas = 0;
      const char* q = p_ + 1;
      for (; q != end_ && *q != ']' && *q != '"' && *q != '[' && *q != '{'; ++q) {
        commas += *q == ',' ? 1 : 0;
      }
      if (q != end_ && *q == ']') out.reserve(commas + 1);
    }
    const bool ok = elements([&](std::size_t) {
      if constexpr (std::is_default_constructible_v<U> && !std::is_same_v<U, bool>) {
        return read<U>(out.emplace_back());
      } else {
        slot_t<U> e{};
        if (!read<U>(e)) return false;
        out.push_back(take<U>(e));
        return true;
      }
    });
    if (ok) slot = std::move(out);
    return ok;
  }

  template <class T, class Slot>
  bool read_array(Slot& slot) {
    using U = typename T::value_type;
    static_assert(std::is_default_constructible_v<U>,
                  "cited: std::array elements need a default constructor to be read");
    constexpr std::size_t n = std::tuple_size_v<T>;
    const char* where = p_;
    if (!at('[')) return fail_expected<T>(where);
    T& out = slot;
    std::size_t count = 0;
    const bool ok = elements([&](std::size_t i) {
      if (i >= n) {
        return fail(p_, "expected an array of " + std::to_string(n) + " elements, got more");
      }
      ++count;
      return read<U>(out[i]);
    });
    if (!ok) {
      if (count >= n && !failure_.path.empty() && failure_.path.back().is_index &&
          failure_.path.back().index >= n) {
        failure_.path.pop_back();
      }
      return false;
    }
    if (count != n) {
      return fail(where, "expected an array of " + std::to_string(n) + " elements, got " +
                             std::to_string(count));
    }
    return true;
  }

  // Reads `{`, then calls member(key, key_start) for each member with p_ at its value, then `}`.
  // A key that quick_key() recognises (moving p_ past it) is passed as empty.
  template <class F>
  bool members(F&& member) {
    return members([]() noexcept { return false; }, member);
  }

  template <class Quick, class F>
  bool members(Quick&& quick_key, F&& member) {
    if (!enter()) return false;
    ++p_;
    ws();
    if (at('}')) {
      ++p_;
      --depth_;
      return true;
    }
    for (;;) {
      if (!at('"')) return fail(p_, "expected a member name in quotes, got " + got(p_));
      const char* key_start = p_;
      std::string_view key;
      const bool quick = quick_key();
      if (!quick && !string_view(key)) return false;
      ws();
      if (!at(':')) return fail(p_, "expected ':' after the member name, got " + got(p_));
      ++p_;
      ws();
      if (!member(key, key_start)) return false;
      ws();
      if (at(',')) {
        ++p_;
        ws();
      } else if (at('}')) {
        ++p_;
        --depth_;
        return true;
      } else {
        return fail(p_, "expected ',' or '}' after an object member, got " + got(p_));
      }
    }
  }

  template <class T, class Slot>
  bool read_map(Slot& slot) {
    using U = typename T::mapped_type;
    if (!at('{')) return fail_expected<T>(p_);
    T out;
    const bool ok = members([&](std::string_view key, const char* key_start) {
      std::string k(key);
      if (out.find(k) != out.end()) return fail(key_start, "duplicate key " + quoted(k));
      bool read_ok;
      if constexpr (std::is_default_constructible_v<U>) {
        read_ok = read<U>(out[k]);
      } else {
        slot_t<U> e{};
        read_ok = read<U>(e);
        if (read_ok) out.emplace(k, take<U>(e));
      }
      if (!read_ok) failure_.add_key(k);
      return read_ok;
    });
    if (ok) slot = std::move(out);
    return ok;
  }

  template <class T, class Slot>
  bool read_variant(Slot& slot) {
    constexpr std::size_t n = std::variant_size_v<T>;
    constexpr auto names = variant_names<T>();
    static_assert(
        distinct_names(names),
        "cited: each alternative of a variant needs a distinct cited::type_name that is an "
        "identifier");
    const char* where = p_;
    if (!at('{')) return fail_expected<T>(where);
    bool seen = false;
    const bool ok = members([&](std::string_view key, const char* key_start) {
      if (seen) return fail(key_start, "expected an object with one member, got a second one");
      seen = true;
      std::size_t i = 0;
      while (i < n && names[i] != key) ++i;
      if (i == n) {
        return fail(key_start,
                    "expected one of " + quoted_list(names.data(), n) + ", got " + got(key_start));
      }
      return boost::mp11::mp_with_index<n>(i, [&](auto I) {
        using alt = std::variant_alternative_t<I, T>;
        slot_t<alt> v{};
        if (!read<alt>(v)) {
          failure_.add_key(names[I]);
          return false;
        }
        slot = T(std::in_place_index<I>, take<alt>(v));
        return true;
      });
    });
    if (ok && !seen) return fail(where, "expected an object with one member, got an empty one");
    return ok;
  }

  template <class T, class Slot>
  bool read_object(Slot& slot) {
    constexpr std::size_t n = field_count<T>;
    if (!at('{')) return fail_expected<T>(p_);
    if constexpr (std::is_default_constructible_v<T>) {
      T& obj = slot;
      return object_members<T>([&](auto I) -> auto& {
        return obj.*boost::mp11::mp_at_c<field_descriptors<T>, I>::pointer;
      });
    } else {
      static_assert(
          std::is_aggregate_v<T> &&
              boost::mp11::mp_empty<
                  boost::describe::describe_bases<T, boost::describe::mod_any_access>>::value,
          "cited: a described type without a default constructor is read by aggregate "
          "initialization; it must be an aggregate with no base, described in the "
          "order its members are declared. Otherwise give it a default constructor.");
      typename field_slots<T, std::make_index_sequence<n>>::type slots{};
      if (!object_members<T>([&](auto I) -> auto& { return std::get<I>(slots); })) return false;
      assign_from_slots<T>(slot, slots);
      return true;
    }
  }

  // Reads the members of a described T; field(I) gives where member I goes.
  template <class T, class Field>
  bool object_members(Field&& field) {
    constexpr std::size_t n = field_count<T>;
    constexpr auto names = field_names<T>();
    std::bitset<n == 0 ? 1 : n> seen;
    std::size_t next = 0;
    // Members usually come in declaration order: try the one after the last first.
    const auto match_next = [&]() noexcept {
      if (next >= n) return false;
      const std::string_view name = names[next];
      if (static_cast<std::size_t>(end_ - p_) < name.size() + 2 || p_[name.size() + 1] != '"' ||
          !same_key(name, std::string_view(p_ + 1, name.size()))) {
        return false;
      }
      p_ += name.size() + 2;
      return true;
    };
    const bool ok = members(match_next, [&](std::string_view key, const char* key_start) {
      std::size_t i = next;
      if (key.data() == nullptr) {
        key = names[i];  // matched by match_next
      } else if (i >= n || !same_key(names[i], key)) {
        i = 0;
        while (i < n && !same_key(names[i], key)) ++i;
      }
      if (i == n) {
        if (options_.skip_unknown_keys) return skip_value();
        return fail(key_start, "unknown member " + quoted(key) + "; expected " +
                                   (n == 0 ? std::string("none") : quoted_list(names.data(), n)));
      }
      if (seen[i]) return fail(key_start, "duplicate member " + quoted(key));
      seen[i] = true;
      next = i + 1;
      bool read_ok = true;
      if constexpr (n != 0) {
        read_ok = boost::mp11::mp_with_index<n>(
            i, [&](auto I) { return read<field_type_at<T, I>>(field(I)); });
      }
      if (!read_ok) failure_.add_key(names[i]);
      return read_ok;
    });
    if (!ok) return false;
    for (std::size_t i = 0; i < n; ++i) {
      if (seen[i]) continue;
      if (!field_is_optional<T>(i, std::make_index_sequence<n>())) {
        return fail(p_ - 1, "missing member " + quoted(names[i]));
      }
      if constexpr (n != 0) {  // empty, whatever the member's default initializer says
        boost::mp11::mp_with_index<n>(i, [&](auto I) {
          if constexpr (is_optional<field_type_at<T, I>>::value) field(I).reset();
        });
      }
    }
    return true;
  }

  const char* begin_;
  const char* p_;
  const char* end_;
  json::read_options options_;
  std::size_t depth_ = 0;
  std::string scratch_;
  json_failure failure_;
};

}  // namespace detail

/// Appends the JSON text of `value` to `out`, which must not be `value` or a part of it. Throws
/// `json_error` for what JSON cannot hold (NaN, infinity, a string that is not UTF-8, an enum
/// value with no name), leaving `out` as it was; so does any exception from a `string_form` or
/// `proxy_form`.
template <class T>
void to_json(const T& value, std::string& out, json::write_options options = {}) {
  const auto run = [&](auto& writer) {
    bool ok = false;
    try {
      ok = writer.value(value);
    } catch (...) {  // from a string_form or proxy_form
      writer.abandon();
      throw;
    }
    if (!ok) {
      writer.abandon();
      throw writer.error();
    }
    writer.finish();
  };
  if (options.pretty) {
    detail::json_writer<true> writer(out, options);
    run(writer);
  } else {
    detail::json_writer<false> writer(out, options);
    run(writer);
  }
}

/// The JSON text of `value`: compact, or indented with `{.pretty = true}`. Doubles are written in
/// the shortest form that reads back exactly; whole numbers below 2^53 as integers.
///
///     cited::to_json(point{1, 2}) == R"({"x":1,"y":2})"
template <class T>
[[nodiscard]] std::string to_json(const T& value, json::write_options options = {}) {
  std::string out;
  cited::to_json(value, out, options);
  return out;
}

/// Reads a `T` from JSON text, or returns the `json_error` that stopped it. Strict: unknown,
/// duplicate and missing members, numbers that do not fit, invalid UTF-8 and trailing data are
/// errors. A missing `std::optional` member is empty.
template <class T>
[[nodiscard]] json_result<T> try_from_json(std::string_view text, json::read_options options = {}) {
  detail::json_reader reader(text, options);
  detail::slot_t<T> slot{};
  if (!reader.document<T>(slot)) return reader.error();
  return json_result<T>(detail::take<T>(slot));
}

/// Reads a `T` from JSON text; throws `json_error` where it cannot.
///
///     auto p = cited::from_json<point>(R"({"x": 1, "y": 2})");
template <class T>
[[nodiscard]] T from_json(std::string_view text, json::read_options options = {}) {
  detail::json_reader reader(text, options);
  if constexpr (std::is_default_constructible_v<T>) {
    T value{};  // returned in place
    if (!reader.document<T>(value)) throw reader.error();
    return value;
  } else {
    std::optional<T> value;
    if (!reader.document<T>(value)) throw reader.error();
    return std::move(*value);
  }
}

/// Reads JSON text into `target`, which is left unchanged when it throws `json_error`.
template <class T>
void from_json(std::string_view text, T& target, json::read_options options = {}) {
  target = cited::try_from_json<T>(text, options).value();
}

/// Streams a value as JSON: `std::cout << cited::as_json(report, {.pretty = true})`.
template <class T>
struct json_view {
  const T& value;
  json::write_options options;

  /// Writes the JSON text; a value JSON cannot hold throws `json_error`.
  friend std::ostream& operator<<(std::ostream& os, const json_view& v) {
    return os << cited::to_json(v.value, v.options);
  }
};

/// A view of `value` that streams as its JSON text.
template <class T>
json_view<T> as_json(const T& value, json::write_options options = {}) {
  return {value, options};
}

namespace json {

/// Checks that `text` is one well-formed JSON value (RFC 8259) in UTF-8, nested at most
/// `max_depth` deep, with no type in mind.
///
///     if (auto v = cited::json::validate(text); !v) std::cerr << v.error().what();
[[nodiscard]] inline validation validate(std::string_view text, std::size_t max_depth = 256) {
  detail::json_reader reader(text,
                             read_options{.skip_unknown_keys = false, .max_depth = max_depth});
  if (!reader.validate_document()) return validation(reader.error());
  return validation();
}

}  // namespace json

}  // namespace cited

#endif  // CITED_JSON_HPP
