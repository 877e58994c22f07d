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

// The most bytes the JSON text of a T takes when that is bounded (numbers, booleans, dates), else
// 0. Such values are written without a check for room of their own: the object that holds them
// makes room for a run of them at once.
template <class T>
constexpr std::size_t bounded_json_size() {
  constexpr category c = category_of<T>;
  if constexpr (c == category::integer) {
    return sizeof(T) > 8 ? 40 : 20;  // "-9223372036854775808", or a 128-bit integer's 39 digits
  }
  if constexpr (c == category::floating) return 25;  // "-0.00001234567890123456" and shorter
  if constexpr (c == category::boolean) return 5;
  if constexpr (c == category::date) return 12;
  return 0;
}
// The room past a bounded value's text that its writer may fill (write_floating's stores).
inline constexpr std::size_t bounded_json_slack = 48;

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

  // Writes s as a JSON string. Room for s, the quotes and one 8-byte store past them is made
  // once; the text is copied 8 bytes at a time while it needs no escape, and a UTF-8 sequence is
  // checked and copied in place. Only an escape, which takes more room, makes room again.
  bool string(std::string_view s) {
    need(s.size() + 2 + 8);
    char* p = p_;
    *p++ = '"';
    const char* q = s.data();
    const char* const end = q + s.size();
    if constexpr (std::endian::native == std::endian::little) {
      // 4 to 16 bytes with nothing to escape, the usual short string: two loads that may overlap,
      // two stores.
      if (s.size() >= 8 && s.size() <= 16) {
        const std::uint64_t head = load8(q);
        const std::uint64_t tail = load8(end - 8);
        if ((json_escape(head) | json_escape(tail)) == 0 &&
            (((head | tail) & highs8) == 0 || short_utf8(q, s.size(), head, tail))) {
          std::memcpy(p, &head, 8);
          std::memcpy(p + s.size() - 8, &tail, 8);
          p[s.size()] = '"';
          p_ = p + s.size() + 1;
          return true;
        }
      } else if (s.size() >= 4 && s.size() < 8) {
        std::uint32_t head, tail;
        std::memcpy(&head, q, 4);
        std::memcpy(&tail, end - 4, 4);
        if (json_escape_or_utf8(head | static_cast<std::uint64_t>(tail) << 32) == 0) {
          std::memcpy(p, &head, 4);
          std::memcpy(p + s.size() - 4, &tail, 4);
          p[s.size()] = '"';
          p_ = p + s.size() + 1;
          return true;
        }
      }
    }
    for (;;) {
      std::uint64_t mask = 0;
      if constexpr (std::endian::native == std::endian::little) {
        while (end - q >= 8) {
          const std::uint64_t w = load8(q);
          std::memcpy(p, &w, 8);
          mask = json_escape_or_utf8(w);
          if (mask != 0) break;
          q += 8;
          p += 8;
        }
        if (mask == 0) {  // fewer than 8 bytes left
          const auto left = static_cast<std::size_t>(end - q);
          if (left == 0) break;
          std::uint64_t w = 0;
          if (s.size() >= 8) {
            w = load8(end - 8) >> (8 * (8 - left));  // the last 8 bytes of s, the new ones low
          } else {
            for (std::size_t i = 0; i < left; ++i) {
              w |= static_cast<std::uint64_t>(static_cast<unsigned char>(q[i])) << (8 * i);
            }
          }
          std::memcpy(p, &w, 8);
          mask = json_escape_or_utf8(w) & ((std::uint64_t(1) << (8 * left)) - 1);
          if (mask == 0) {
            p += left;
            break;
          }
        }
        const auto clean = static_cast<std::size_t>(std::countr_zero(mask) / 8);
        q += clean;
        p += clean;
      } else {
        const char* r = detail::find_json_special(q, end);
        std::memcpy(p, q, static_cast<std::size_t>(r - q));
        p += r - q;
        q = r;
        if (q == end) break;
      }
      const auto c = static_cast<unsigned char>(*q);
      if (c >= 0x80) {
        const std::size_t len = detail::utf8_sequence_length(q, end);
        if (len == 0) return fail("cannot write a string that is not valid UTF-8");
        for (std::size_t i = 0; i < len; ++i) p[i] = q[i];
        p += len;
        q += len;
        continue;
      }
      p_ = p;
      need(static_cast<std::size_t>(end - q) + 6 + 2 + 8);  // the escape and what follows
      if (c == '"' || c == '\\') {
        *p_++ = '\\';
        *p_++ = static_cast<char>(c);
      } else {
        escape_control(c);
      }
      p = p_;
      ++q;
    }
    *p++ = '"';
    p_ = p;
    return true;
  }

  // Flags (0x80 in its byte) the bytes of w that a JSON string must escape ('"', '\', a control
  // character); exact for the lowest flagged byte, and 0 when there is none.
  static std::uint64_t json_escape(std::uint64_t w) noexcept {
    return zero_bytes(w ^ (ones8 * '"')) | zero_bytes(w ^ (ones8 * '\\')) |
           ((w - ones8 * 0x20) & ~w & highs8);
  }

  // Whether the n bytes at q (8 to 16; head and tail their first and last 8) are valid UTF-8:
  // only the bytes of 0x80 and above are looked at, a 2-byte sequence without a call.
  static bool short_utf8(const char* q, std::size_t n, std::uint64_t head,
                         std::uint64_t tail) noexcept {
    const char* const end = q + n;
    std::size_t next = 0;  // the first byte not yet checked
    const auto check = [&](std::size_t i) {
      if (i < next) return true;  // within a sequence already checked
      const auto lead = static_cast<unsigned char>(q[i]);
      std::size_t len;
      if (lead >= 0xC2 && lead <= 0xDF && i + 1 < n &&
          (static_cast<unsigned char>(q[i + 1]) & 0xC0) == 0x80) {
        len = 2;
      } else {
        len = detail::utf8_sequence_length(q + i, end);
        if (len == 0) return false;
      }
      next = i + len;
      return true;
    };
    for (std::uint64_t m = head & highs8; m != 0; m &= m - 1) {
      if (!check(static_cast<std::size_t>(std::countr_zero(m) / 8))) return false;
    }
    // The bytes of tail that head did not hold.
    std::uint64_t m = tail & highs8;
    if (n < 16) m = n == 8 ? 0 : m & (~std::uint64_t(0) << (8 * (16 - n)));
    for (; m != 0; m &= m - 1) {
      if (!check(n - 8 + static_cast<std::size_t>(std::countr_zero(m) / 8))) return false;
    }
    return true;
  }

  // Flags (0x80 in its byte) each byte of w that a JSON string must escape ('"', '\', a control
  // character) or that starts or continues a UTF-8 sequence (0x80 and above); exact for the
  // lowest flagged byte.
  static std::uint64_t json_escape_or_utf8(std::uint64_t w) noexcept {
    return zero_bytes(w ^ (ones8 * '"')) | zero_bytes(w ^ (ones8 * '\\')) |
           ((w - ones8 * 0x20) & ~w & highs8) | (w & highs8);
  }

  void need(std::size_t n) {
    if (static_cast<std::size_t>(limit_ - p_) < n) grow(n);
  }
  // Makes room for n more bytes and a quarter of what is written so far, so that the string fills
  // (zeroes) little more than it will hold; its capacity still grows geometrically.
  [[gnu::noinline]] void grow(std::size_t n) {
    const auto used = static_cast<std::size_t>(p_ - out_.data());
    const std::size_t size = used + n + (used - base_) / 4 + 256;
    out_.resize(size);
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
    using element = typename T::value_type;
    if constexpr (bounded_json_size<element>() != 0) {
      if (!options_.pretty) {  // room for all the elements at once
        need(2 + std::size(v) * (bounded_json_size<element>() + 2) + bounded_json_slack);
        *p_++ = '[';
        std::size_t i = 0;
        for (const element e : v) {
          if (i != 0) {
            *p_++ = ',';
            if (space_after_comma_) *p_++ = ' ';
          }
          if (!json_write<category_of<element>>::put(*this, e)) {
            failure_.add_index(i);
            return false;
          }
          ++i;
        }
        *p_++ = ']';
        return true;
      }
    }
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

  // The room for members I, I+1, ... of T up to and including the key of the first whose size is
  // not bounded (or the closing brace): keys, separators and bounded values.
  template <class T, std::size_t I>
  static constexpr std::size_t run_room() {
    using descriptors = field_descriptors<T>;
    if constexpr (I == boost::mp11::mp_size<descriptors>::value) {
      return 1 + bounded_json_slack;
    } else {
      using member = std::remove_cvref_t<decltype(std::declval<const T&>().*
                                                  boost::mp11::mp_at_c<descriptors, I>::pointer)>;
      constexpr std::size_t own = 2 + quoted_member<T, I>.size() + 1;  // ", " "key": " "
      if constexpr (bounded_json_size<member>() == 0) {
        return own + bounded_json_slack;
      } else {
        return own + bounded_json_size<member>() + run_room<T, I + 1>();
      }
    }
  }

  template <class T>
  bool object(const T& v) {
    if (options_.pretty) return object_checked(v);
    using descriptors = field_descriptors<T>;
    static constexpr auto names = keys_of<T>();  // not copied to the stack on each call
    open('{');
    bool first = true;
    bool ok = true;
    boost::mp11::mp_for_each<boost::mp11::mp_iota_c<names.size()>>([&](auto I) {
      if (!ok) return;
      const auto& m = v.*boost::mp11::mp_at_c<descriptors, I>::pointer;
      using member = std::remove_cvref_t<decltype(m)>;
      if constexpr (I == 0) {
        need(run_room<T, 0>());
      } else {
        using previous =
            std::remove_cvref_t<decltype(v.*boost::mp11::mp_at_c<descriptors, I - 1>::pointer)>;
        if constexpr (bounded_json_size<previous>() == 0) need(run_room<T, I>());
      }
      if constexpr (detail::may_be_absent<member>) {
        if (!detail::is_present(m) && options_.omit_null_members) return;
      }
      if (!first) {
        *p_++ = ',';
        if (space_after_comma_) *p_++ = ' ';
      }
      first = false;
      constexpr auto& text = quoted_member<T, I>;
      std::memcpy(p_, text.data(), text.size());
      p_ += text.size();
      if (space_after_colon_) *p_++ = ' ';
      if constexpr (bounded_json_size<member>() != 0) {
        if (!json_write<category_of<member>>::put(*this, m)) {
          failure_.add_key(names[I]);
          ok = false;
        }
      } else if (!value(m)) {
        failure_.add_key(names[I]);
        ok = false;
      }
    });
    if (!ok) return false;
    if constexpr (names.size() == 0) {
      need(1);
    } else {
      using last = std::remove_cvref_t<
          decltype(v.*boost::mp11::mp_at_c<descriptors, names.size() - 1>::pointer)>;
      if constexpr (bounded_json_size<last>() == 0) need(1);  // else within the last run's room
    }
    --depth_;
    *p_++ = '}';
    return true;
  }

  template <class T>
  bool object_checked(const T& v) {
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

// The writers of bounded values (bounded_json_size) have put(), which writes without a check for
// room.

template <>
struct json_write<category::boolean> {
  template <class W>
  static bool write(W& w, bool v) {
    w.need(8);
    return put(w, v);
  }
  template <class W>
  static bool put(W& w, bool v) {
    std::memcpy(w.p_, v ? "true" : "false", 5);
    w.p_ += v ? 4 : 5;
    return true;
  }
};

template <>
struct json_write<category::integer> {
  template <class W, class T>
  static bool write(W& w, T v) {
    w.need(20);
    return put(w, v);
  }
  template <class W, class T>
  static bool put(W& w, T v) {
    w.p_ = write_integer(w.p_, v);
    return true;
  }
};

template <>
struct json_write<category::floating> {
  template <class W, class T>
  static bool write(W& w, T v) {
    w.need(bounded_json_slack);  // write_floating's room
    return put(w, v);
  }
  template <class W, class T>
  static bool put(W& w, T v) {
    if (v != v) return w.fail("cannot write NaN as JSON");
    if (v - v != 0) return w.fail("cannot write infinity as JSON");
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
    return put(w, v);
  }
  template <class W, class T>
  static bool put(W& w, const T& v) {
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
