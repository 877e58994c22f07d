// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_JSON_WRITE_HPP
#define CITED_JSON_WRITE_HPP

/// Writing JSON: `cited::to_json` and `cited::as_json`. The writer has one `json_write`
/// specialization per `detail::category`.

#include <cited/json/error.hpp>
#include <cited/json/options.hpp>
#include <cited/reflect/category.hpp>
#include <cited/reflect/form.hpp>
#include <cited/reflect/names.hpp>
#include <cited/reflect/type_name.hpp>
#include <cited/text/dates.hpp>
#include <cited/text/digits.hpp>
#include <cited/text/messages.hpp>
#include <cited/text/numbers.hpp>
#include <cited/text/utf8.hpp>

#include <boost/mp11/algorithm.hpp>

#include <array>
#include <charconv>
#include <cstddef>
#include <cstring>
#include <iosfwd>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

namespace cited::detail {

template <category C>
struct json_write;

class json_writer {
 public:
  json_writer(std::string& out, const json::write_options& options)
      : out_(out),
        base_(out.size()),
        options_(options),
        space_after_colon_(options.pretty || options.spaced),
        space_after_comma_(options.spaced && !options.pretty) {
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
    return json_write<category_of<T>>::write(*this, v);
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

  void need(std::size_t n) {
    if (static_cast<std::size_t>(limit_ - p_) < n) grow(n);
  }
  void grow(std::size_t n) {
    const auto used = static_cast<std::size_t>(p_ - out_.data());
    out_.resize(out_.size() * 2 > used + n + 256 ? out_.size() * 2 : used + n + 256);
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
    if (options_.pretty) {
      const auto n = static_cast<std::size_t>(options_.indent > 0 ? options_.indent : 0) * depth_;
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
    if (space_after_colon_) *p_++ = ' ';
  }
  // `"key":` of a described member, built at compile time so that it is copied in one go.
  template <class T, std::size_t I>
  static constexpr auto quoted_member = [] {
    constexpr std::string_view name = keys_of<T>()[I];
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
    if (space_after_colon_) *p_++ = ' ';
  }
  void comma() {
    need(2);
    *p_++ = ',';
    if (space_after_comma_) *p_++ = ' ';
  }

  void escape_control(unsigned char c) {
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
        *p_++ = hex_digit(static_cast<unsigned>(c) >> 4);
        *p_++ = hex_digit(c);
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
      if (i != 0) comma();
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
      if (!first) comma();
      first = false;
      newline();
      if (!string(k)) {
        failure_.add_key(k);
        return false;
      }
      put(space_after_colon_ ? std::string_view(": ") : std::string_view(":"));
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
    return boost::mp11::mp_with_index<boost::mp11::mp_size<T>::value>(v.index(), [&](auto I) {
      using alt = boost::mp11::mp_at_c<T, I>;
      constexpr std::string_view name = type_name<alt>;
      open('{');
      newline();
      key(name);
      if (!value(*get_if<I>(&v))) {  // std::get_if, found by ADL
        failure_.add_key(name);
        return false;
      }
      close('}', false);
      return true;
    });
  }

  template <class T>
  bool object(const T& v) {
    constexpr auto names = keys_of<T>();
    open('{');
    bool first = true;
    bool ok = true;
    boost::mp11::mp_for_each<boost::mp11::mp_iota_c<names.size()>>([&](auto I) {
      if (!ok) return;
      const auto& m = v.*boost::mp11::mp_at_c<field_descriptors<T>, I>::pointer;
      if constexpr (detail::may_be_absent<std::remove_cvref_t<decltype(m)>>) {
        if (!detail::is_present(m) && options_.omit_null_members) return;
      }
      if (!first) comma();
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
  bool space_after_colon_;
  bool space_after_comma_;

  std::string scratch_;  // for a string_form's text
  json_failure failure_;
};

// --- one writer per category --------------------------------------------------------------------

template <>
struct json_write<category::string_form> {
  template <class W, class T>
  static bool write(W& w, const T& v) {
    w.scratch_.clear();
    string_form<T>::write(v, w.scratch_);
    return w.string(w.scratch_);
  }
};

template <>
struct json_write<category::proxy_form> {
  template <class W, class T>
  static bool write(W& w, const T& v) {
    return w.value(proxy_form<T>::to_proxy(v));
  }
};

template <>
struct json_write<category::boolean> {
  template <class W>
  static bool write(W& w, bool v) {
    w.put(v ? std::string_view("true") : std::string_view("false"));
    return true;
  }
};

template <>
struct json_write<category::integer> {
  template <class W, class T>
  static bool write(W& w, T v) {
    w.need(24);
    w.p_ = std::to_chars(w.p_, w.p_ + 24, v).ptr;
    return true;
  }
};

template <>
struct json_write<category::floating> {
  template <class W, class T>
  static bool write(W& w, T v) {
    if (v != v) return w.fail("cannot write NaN as JSON");
    if (v - v != 0) return w.fail("cannot write infinity as JSON");
    w.need(48);  // write_floating's room
    w.p_ = write_floating(w.p_, v);
    return true;
  }
};

template <>
struct json_write<category::number_text> {
  template <class W>
  static bool write(W& w, const number_text& v) {
    if (!v.cut()) {
      w.put(v.text());
      return true;
    }
    const std::optional<double> x = v.to_double();  // the value of a number too long to keep
    if (!x) {
      std::string reason = "cannot write ";
      reason += detail::quoted(v.text());
      reason += " as JSON: it is longer than a number_text keeps and beyond a double's range";
      return w.fail(std::move(reason));
    }
    w.need(48);  // write_floating's room
    w.p_ = write_floating(w.p_, *x);
    return true;
  }
};

template <>
struct json_write<category::string> {
  template <class W>
  static bool write(W& w, const std::string& v) {
    return w.string(v);
  }
};

template <>
struct json_write<category::optional> {
  template <class W, class T>
  static bool write(W& w, const T& v) {
    if (!v) {
      w.put("null");
      return true;
    }
    return w.value(*v);
  }
};

template <>
struct json_write<category::located> {
  template <class W, class T>
  static bool write(W& w, const T& v) {
    return w.value(v.value);
  }
};

template <>
struct json_write<category::sequence> {
  template <class W, class T>
  static bool write(W& w, const T& v) {
    return w.sequence(v);
  }
};

template <>
struct json_write<category::array> : json_write<category::sequence> {};

template <>
struct json_write<category::string_map> {
  template <class W, class T>
  static bool write(W& w, const T& v) {
    return w.map(v);
  }
};

template <>
struct json_write<category::variant> {
  template <class W, class T>
  static bool write(W& w, const T& v) {
    return w.variant(v);
  }
};

template <>
struct json_write<category::enumeration> {
  template <class W, class T>
  static bool write(W& w, const T& v) {
    const std::string_view name = enum_name(v);
    if (name.empty()) return w.fail(unnamed_enum_message(v));
    return w.string(name);
  }
};

template <>
struct json_write<category::object> {
  template <class W, class T>
  static bool write(W& w, const T& v) {
    return w.object(v);
  }
};

template <>
struct json_write<category::date> {
  template <class W, class T>
  static bool write(W& w, const T& v) {
    w.need(12);
    *w.p_ = '"';
    if (!format_date(v, w.p_ + 1)) return w.fail(std::string(unwritable_date_message));
    w.p_[11] = '"';
    w.p_ += 12;
    return true;
  }
};

template <>
struct json_write<category::none> {
  template <class W, class T>
  static bool write(W&, const T&) {
    no_data_form<T>{};
    return false;
  }
};

}  // namespace cited::detail

namespace cited {

/// Appends the JSON text of `value` to `out`, which must not be `value` or a part of it. Throws
/// `json_error` for what JSON cannot hold (NaN, infinity, a string that is not UTF-8, an enum
/// value with no name), leaving `out` as it was; so does any exception from a `string_form` or
/// `proxy_form`.
template <class T>
void to_json(const T& value, std::string& out, json::write_options options = {}) {
  detail::json_writer writer(out, options);
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
}

/// The JSON text of `value`: compact, on one line with spaces after `,` and `:` with
/// `{.spaced = true}`, or indented with `{.pretty = true}`. Doubles are written in
/// the shortest form that reads back exactly; whole numbers below 2^53 as integers.
///
///     cited::to_json(point{1, 2}) == R"({"x":1,"y":2})"
template <class T>
[[nodiscard]] std::string to_json(const T& value, json::write_options options = {}) {
  std::string out;
  cited::to_json(value, out, options);
  return out;
}

/// Streams a value as JSON: `std::cout << cited::as_json(report, {.pretty = true})`.
template <class T>
struct json_view {
  const T& value;
  json::write_options options;

  /// Writes the JSON text to a `std::ostream`; a value JSON cannot hold throws `json_error`.
  template <class Stream>
  requires requires(Stream& os, const char* s, std::streamsize n) { os.write(s, n); }
  friend Stream& operator<<(Stream& os, const json_view& v) {
    const std::string text = cited::to_json(v.value, v.options);
    os.write(text.data(), static_cast<std::streamsize>(text.size()));
    return os;
  }
};

/// A view of `value` that streams as its JSON text.
template <class T>
json_view<T> as_json(const T& value, json::write_options options = {}) {
  return {value, options};
}

}  // namespace cited

#endif  // CITED_JSON_WRITE_HPP
