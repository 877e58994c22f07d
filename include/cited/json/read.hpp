// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_JSON_READ_HPP
#define CITED_JSON_READ_HPP

/// Reading JSON: `cited::from_json`, `cited::try_from_json` and `cited::json::reader`, which reads
/// into existing values. Strict, with errors that name the line, column and path. The reader has
/// one `json_read` specialization per `detail::category`.

#include <cited/json/error.hpp>
#include <cited/json/options.hpp>
#include <cited/reflect/category.hpp>
#include <cited/reflect/form.hpp>
#include <cited/reflect/located.hpp>
#include <cited/reflect/names.hpp>
#include <cited/reflect/slots.hpp>
#include <cited/reflect/type_name.hpp>
#include <cited/text/dates.hpp>
#include <cited/text/digits.hpp>
#include <cited/text/messages.hpp>
#include <cited/text/numbers.hpp>
#include <cited/text/utf8.hpp>

#include <boost/mp11/algorithm.hpp>

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace cited::detail {

template <category C>
struct json_read;

// The number of ASCII digits at the start of the 8 bytes w (in memory order, little-endian), 0-8.
inline int leading_digits8(std::uint64_t w) noexcept {
  if constexpr (std::endian::native != std::endian::little) {
    int n = 0;
    while (n < 8 && is_digit(static_cast<char>(w >> (8 * n)))) ++n;  // not used on little-endian
    return n;
  } else {
    // A byte is a digit when its high nibble is 3 and adding 6 keeps it so. A carry out of a
    // byte of 0xFA or more only reaches bytes after it, which do not count.
    const std::uint64_t bad =
        ((w & 0xF0F0F0F0F0F0F0F0u) ^ 0x3030303030303030u) |
        (((w + 0x0606060606060606u) & 0xF0F0F0F0F0F0F0F0u) ^ 0x3030303030303030u);
    const std::uint64_t flags =
        (((bad & 0x7F7F7F7F7F7F7F7Fu) + 0x7F7F7F7F7F7F7F7Fu) | bad) & 0x8080808080808080u;
    return flags == 0 ? 8 : std::countr_zero(flags) / 8;
  }
}

// The first `"`, `\` or control character at or after p, or end; sets non_ascii when a byte
// before it is not ASCII (and may be set by one after it).
inline const char* find_quote_escape_control(const char* p, const char* end,
                                             bool& non_ascii) noexcept {
  std::uint64_t high = 0;
  while (std::endian::native == std::endian::little && end - p >= 8) {
    const std::uint64_t w = load8(p);
    high |= w;
    // A byte of 0x80 or more flags nothing: ~w clears its high bit.
    const std::uint64_t mask = zero_bytes(w ^ (ones8 * '"')) | zero_bytes(w ^ (ones8 * '\\')) |
                               ((w - ones8 * 0x20) & ~w & highs8);
    if (mask != 0) {
      non_ascii = (high & highs8) != 0;
      return p + std::countr_zero(mask) / 8;
    }
    p += 8;
  }
  non_ascii = (high & highs8) != 0;
  for (; p != end; ++p) {
    const auto c = static_cast<unsigned char>(*p);
    if (c == '"' || c == '\\' || c < 0x20) return p;
    if (c >= 0x80) non_ascii = true;
  }
  return p;
}

// The value of the first n (1-8) bytes of w, which are digits.
inline std::uint64_t eight_digits_value(std::uint64_t w, int n) noexcept {
  if constexpr (std::endian::native != std::endian::little) {
    std::uint64_t v = 0;
    for (int i = 0; i < n; ++i) v = v * 10 + ((w >> (8 * i)) & 0xFF) - '0';
    return v;
  } else {
    // The digits moved to the high bytes, behind leading zeros; then pairs, quads, and all eight.
    w = (w - 0x3030303030303030u) << (8 * (8 - n));
    w = (w * 2561) >> 8;
    w = ((w & 0x00FF00FF00FF00FFu) * 6553601) >> 16;
    return ((w & 0x0000FFFF0000FFFFu) * 42949672960001u) >> 32;
  }
}

// What a JSON value of type T looks like, for "expected ...".
template <class T>
std::string json_expected();

// Short keys compare faster in a loop than through memcmp.
inline bool same_key(std::string_view a, std::string_view b) noexcept {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a[i] != b[i]) return false;
  }
  return true;
}

// True when a T may hold a cited::located, so that the reader keeps the path of the value it
// reads. A type nested deeper than Depth is assumed to.
template <class T, int Depth = 8>
constexpr bool may_hold_located() noexcept {
  constexpr category c = category_of<T>;
  if constexpr (Depth == 0) {
    return true;
  } else if constexpr (c == category::located) {
    return true;
  } else if constexpr (c == category::proxy_form) {
    return detail::may_hold_located<typename proxy_form<T>::proxy, Depth - 1>();
  } else if constexpr (c == category::optional || c == category::sequence || c == category::array) {
    return detail::may_hold_located<typename T::value_type, Depth - 1>();
  } else if constexpr (c == category::string_map) {
    return detail::may_hold_located<typename T::mapped_type, Depth - 1>();
  } else if constexpr (c == category::variant) {
    return []<std::size_t... I>(std::index_sequence<I...>) {
      return (detail::may_hold_located<boost::mp11::mp_at_c<T, I>, Depth - 1>() || ...);
    }
    (std::make_index_sequence<boost::mp11::mp_size<T>::value>());
  } else if constexpr (c == category::object) {
    return []<std::size_t... I>(std::index_sequence<I...>) {
      return (detail::may_hold_located<field_type_at<T, I>, Depth - 1>() || ...);
    }
    (std::make_index_sequence<field_count<T>>());
  } else {
    return false;
  }
}

// The default of json_reader::object_members: every member is read into its field.
struct read_every_member {
  constexpr std::optional<bool> operator()(std::size_t) const noexcept { return std::nullopt; }
};

// The JSON reader, at p_ in [begin_, end_). With Track it keeps the path of the value it reads,
// for the cited::located values in it.
template <bool Track>
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
    return fail(where, "expected " + json_expected<T>() + ", got " + got(where));
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

  // The start of the value of member `key` in the object read before at `object`, or nullptr
  // when it is not an object or has no such member.
  const char* member_value(const char* object, std::string_view key) const {
    if (object == end_ || *object != '{') return nullptr;
    json_reader<false> sub(std::string_view(object, static_cast<std::size_t>(end_ - object)),
                           options_);
    const char* found = nullptr;
    sub.members([&](std::string_view k, const char*) {
      if (found == nullptr && same_key(k, key)) found = sub.p_;
      return sub.skip_value();
    });
    return found;
  }

  // The key text of an object member whose string starts at `key`, decoded, for a path.
  std::string raw_key(const char* key) const {
    json_reader<false> sub(std::string_view(key, static_cast<std::size_t>(end_ - key)), options_);
    std::string out;
    if (!sub.string_body(&out)) out.clear();
    return out;
  }

  // Reads a value of type T into slot (T, or std::optional<T> when T has no default constructor).
  template <class T, class Slot>
  [[gnu::always_inline]] bool read(Slot& slot) {
    return json_read<category_of<T>>::template read<T>(*this, slot);
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
      if constexpr (Track) live_.push_back({{}, i, true});
      if (!element(i)) {
        failure_.add_index(i);
        return false;
      }
      if constexpr (Track) live_.pop_back();
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
    if constexpr (std::is_same_v<Slot, T> && std::is_default_constructible_v<U> &&
                  !std::is_same_v<U, bool>) {
      // In place: the elements already there are read over, reusing their storage (a string's
      // capacity), and the vector's capacity is reused. A failed read leaves the vector valid, with
      // some of its elements read over; the caller discards it.
      T& out = slot;
      std::size_t count = 0;
      const bool ok = elements([&](std::size_t i) {
        count = i + 1;
        if (i < out.size()) return read<U>(out[i]);
        return read<U>(out.emplace_back());
      });
      if (ok && count < out.size())
        out.erase(out.begin() + static_cast<std::ptrdiff_t>(count), out.end());
      return ok;
    } else {
      T out;
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
    return members_from(quick_key, member);
  }

  // The rest of members(): p_ is at a member name, after `{` or `,`.
  template <class Quick, class F>
  bool members_from(Quick&& quick_key, F&& member) {
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
      if (out.find(k) != out.end()) return fail(key_start, "duplicate key " + detail::quoted(k));
      bool read_ok;
      if constexpr (Track) live_.push_back({k, 0, false});
      if constexpr (std::is_default_constructible_v<U>) {
        read_ok = read<U>(out[k]);
      } else {
        slot_t<U> e{};
        read_ok = read<U>(e);
        if (read_ok) out.emplace(k, take<U>(e));
      }
      if (!read_ok) failure_.add_key(k);
      if constexpr (Track) live_.pop_back();
      return read_ok;
    });
    if (ok) slot = std::move(out);
    return ok;
  }

  template <class T, class Slot>
  bool read_variant(Slot& slot) {
    constexpr std::size_t n = boost::mp11::mp_size<T>::value;
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
        using alt = boost::mp11::mp_at_c<T, I>;
        slot_t<alt> v{};
        if constexpr (Track) live_.push_back({names[I], 0, false});
        if (!read<alt>(v)) {
          failure_.add_key(names[I]);
          return false;
        }
        if constexpr (Track) live_.pop_back();
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
      if (!object_members<T>([&](auto I) -> auto& { return slot_get<I>(slots); })) return false;
      assign_from_slots<T>(slot, slots);
      return true;
    }
  }

  // Reads the members of a described T; field(I) gives where member I goes. own(i), when it gives
  // a value, has read member i itself: true when it did, false when it failed.
  template <class T, class Field, class Own = read_every_member>
  bool object_members(Field&& field, Own&& own = Own{}) {
    constexpr std::size_t n = field_count<T>;
    const auto& names = keys_of<T>();
    bool seen[n == 0 ? 1 : n] = {};
    std::size_t next = 0;
    // Reads member I, at p_, into its field.
    const auto read_member = [&](auto I) {
      if constexpr (Track) live_.push_back({names[I], 0, false});
      const std::optional<bool> owned = own(I);
      const bool read_ok = owned ? *owned : read<field_type_at<T, I>>(field(I));
      if constexpr (Track) {
        if (read_ok) live_.pop_back();
      }
      if (!read_ok) failure_.add_key(names[I]);
      return read_ok;
    };
    if (!enter()) return false;
    ++p_;
    ws();
    if (at('}')) {
      ++p_;
      --depth_;
      return missing_members<T>(seen, field);
    }
    // The usual case first: every member in declaration order, each name followed by `:`. The
    // first that is not (another member, or white space before the `:`) goes to the general loop
    // below, which reads the rest. 0: go on, 1: to the general loop, 2: failed, 3: closed.
    int state = 0;
    const auto in_order = [&](auto I) -> int {
      constexpr std::string_view name = keys_of<T>()[I];
      if (static_cast<std::size_t>(end_ - p_) < name.size() + 3 || p_[0] != '"' ||
          std::memcmp(p_ + 1, name.data(), name.size()) != 0 || p_[name.size() + 1] != '"' ||
          p_[name.size() + 2] != ':') {
        return 1;
      }
      p_ += name.size() + 3;
      ws();
      seen[I] = true;
      next = I + 1;
      if (!read_member(I)) return 2;
      ws();
      if (at(',')) {
        ++p_;
        ws();
        return 0;
      }
      if (at('}')) {
        ++p_;
        --depth_;
        return 3;
      }
      fail(p_, "expected ',' or '}' after an object member, got " + got(p_));
      return 2;
    };
    [&]<std::size_t... I>(std::index_sequence<I...>) {
      ((state == 0 ? (void)(state = in_order(std::integral_constant<std::size_t, I>{})) : (void)0),
       ...);
    }
    (std::make_index_sequence<n>());
    if (state == 2) return false;
    if (state == 3) return next == n || missing_members<T>(seen, field);
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
    const bool ok = members_from(match_next, [&](std::string_view key, const char* key_start) {
      std::size_t i = next;
      if (key.data() == nullptr) {
        key = names[i];  // matched by match_next
      } else if (i >= n || !same_key(names[i], key)) {
        i = 0;
        while (i < n && !same_key(names[i], key)) ++i;
      }
      if (i == n) {
        if (options_.skip_unknown_keys) return skip_value();
        return fail(key_start, "unknown member " + detail::quoted(key) + "; expected " +
                                   (n == 0 ? std::string("none") : quoted_list(names.data(), n)));
      }
      if (seen[i]) return fail(key_start, "duplicate member " + detail::quoted(key));
      seen[i] = true;
      next = i + 1;
      if constexpr (n != 0) {
        return boost::mp11::mp_with_index<n>(i, read_member);
      } else {
        return true;
      }
    });
    if (!ok) return false;
    return missing_members<T>(seen, field);
  }

  // After the `}` of an object of type T: fails on a member not seen that must be there, and
  // empties the optional ones.
  template <class T, class Field>
  bool missing_members(const bool* seen, Field& field) {
    constexpr std::size_t n = field_count<T>;
    const auto& names = keys_of<T>();
    for (std::size_t i = 0; i < n; ++i) {
      if (seen[i]) continue;
      if (!field_is_optional<T>(i, std::make_index_sequence<n>())) {
        return fail(p_ - 1, "missing member " + detail::quoted(names[i]));
      }
      if constexpr (n != 0) {  // empty, whatever the member's default initializer says
        boost::mp11::mp_with_index<n>(i, [&](auto I) {
          if constexpr (detail::may_be_absent<field_type_at<T, I>>) field(I) = {};
        });
      }
    }
    return true;
  }

  // Where the value at `where` is: its line, column and offset, and with Track its path. Reading
  // moves forward, so the line count goes on from the last place asked for.
  location location_at(const char* where) {
    lines_.advance_to(where);
    location at;
    at.line = lines_.line;
    at.column = lines_.column;
    at.offset = static_cast<std::size_t>(where - begin_);
    at.path.push_back('$');  // not `= "$"`: g++ 12 at -O3 warns falsely (-Wrestrict) on it
    if constexpr (Track) {
      for (const live_step& s : live_) append_path_step(at.path, s.key, s.index, s.is_index);
    }
    return at;
  }

  // One step of the path to the value being read, outermost first.
  struct live_step {
    std::string_view key;
    std::size_t index;
    bool is_index;
  };

  const char* begin_;
  const char* p_;
  const char* end_;
  json::read_options options_;
  std::size_t depth_ = 0;
  std::string scratch_;
  json_failure failure_;
  std::vector<live_step> live_;
  line_counter lines_{begin_};  // for location_at
};

// --- one reader per category --------------------------------------------------------------------
// Each has read<T>(reader, slot), which reads a T at the reader's position into slot (a T, or a
// std::optional<T> when T has no default constructor), and expected<T>(), what such a JSON value
// looks like, for "expected ...".

template <class T>
std::string json_expected() {
  return json_read<category_of<T>>::template expected<T>();
}

// The usual JSON number read into a double or float at once: up to 7 digits, then optionally `.`
// and 1-15 digits (19 digits in all), with 8 readable bytes at each step, and no exponent. Returns
// its end, or nullptr for read_json_floating to read it (which gives the same value for what this
// reads).
template <json_floating T>
[[gnu::always_inline]] inline const char* short_decimal(const char* p, const char* end,
                                                        T& out) noexcept {
  const bool negative = p != end && *p == '-';
  if (negative) ++p;
  if (end - p < 8) return nullptr;
  std::uint64_t w = load8(p);
  int n = leading_digits8(w);
  if (n == 0 || n == 8 || (*p == '0' && n != 1)) return nullptr;
  std::uint64_t m = eight_digits_value(w, n);
  const int whole_digits = n;
  p += n;
  int e = 0;
  if (*p == '.') {
    ++p;
    if (end - p < 8) return nullptr;
    w = load8(p);
    n = leading_digits8(w);
    if (n == 0) return nullptr;
    m = m * pow10_u64[n] + eight_digits_value(w, n);
    e = -n;
    p += n;
    if (n == 8) {  // up to 15 more digits, 19 in all
      if (end - p < 8) return nullptr;
      w = load8(p);
      n = leading_digits8(w);
      if (n == 8 || whole_digits + n - e > 19) return nullptr;
      if (n != 0) {
        m = m * pow10_u64[n] + eight_digits_value(w, n);
        e -= n;
        p += n;
      }
    }
  }
  if (*p == 'e' || *p == 'E') return nullptr;
  T value{};
  if (!detail::exact_decimal(m, e, value)) return nullptr;
  out = negative ? -value : value;
  return p;
}

// Reads the text of a JSON string and hands it to parse(text, slot), which says whether it took it.
template <class T, class R, class Slot, class Parse>
bool read_string_as(R& r, Slot& slot, Parse&& parse) {
  const char* where = r.p_;
  std::string_view text;
  if (!r.at('"')) return r.template fail_expected<T>(where);
  if (!r.string_view(text)) return false;
  if (!parse(text, slot)) return r.template fail_expected<T>(where);
  return true;
}

template <>
struct json_read<category::string_form> {
  template <class T>
  static std::string expected() {
    return std::string(string_form<T>::expected);
  }
  template <class T, class R, class Slot>
  static bool read(R& r, Slot& slot) {
    const char* where = r.p_;
    std::string_view text;
    if (!r.at('"')) return r.template fail_expected<T>(where);
    if (!r.string_view(text)) return false;
    std::string error;
    std::optional<T> v = call_user_reader([&] { return string_form<T>::read(text); }, error);
    if (!v) {
      return r.fail(where, error.empty() ? "expected " + std::string(string_form<T>::expected) +
                                               ", got " + r.got(where)
                                         : error);
    }
    slot = std::move(*v);
    return true;
  }
};

template <>
struct json_read<category::proxy_form> {
  template <class T>
  static std::string expected() {
    return json_expected<typename proxy_form<T>::proxy>();
  }
  template <class T, class R, class Slot>
  static bool read(R& r, Slot& slot) {
    using proxy = typename proxy_form<T>::proxy;
    const char* where = r.p_;
    slot_t<proxy> p{};
    if (!r.template read<proxy>(p)) return false;
    std::string error;
    std::string member;
    std::optional<T> v = from_proxy_or_error<T>(p, error, &member);
    if (!v) {
      // At the member the error names, when the proxy is an object that has it.
      if (const char* at = member.empty() ? nullptr : r.member_value(where, member)) {
        r.fail(at, std::move(error));
        r.failure_.add_key(member);
        return false;
      }
      return r.fail(where, std::move(error));
    }
    slot = std::move(*v);
    return true;
  }
};

template <>
struct json_read<category::boolean> {
  template <class T>
  static std::string expected() {
    return "true or false";
  }
  template <class T, class R, class Slot>
  [[gnu::always_inline]] static bool read(R& r, Slot& slot) {
    if (r.end_ - r.p_ >= 4 && std::memcmp(r.p_, "true", 4) == 0) {
      slot = true;
      r.p_ += 4;
      return true;
    }
    if (r.end_ - r.p_ >= 5 && std::memcmp(r.p_, "false", 5) == 0) {
      slot = false;
      r.p_ += 5;
      return true;
    }
    return r.template fail_expected<T>(r.p_);
  }
};

template <>
struct json_read<category::integer> {
  template <class T>
  static std::string expected() {
    return "an integer from " + std::to_string(std::numeric_limits<T>::min()) + " to " +
           std::to_string(std::numeric_limits<T>::max());
  }
  template <class T, class R, class Slot>
  [[gnu::always_inline]] static bool read(R& r, Slot& slot) {
    const char* const where = r.p_;
    const char* const end = r.end_;
    // One digit and a delimiter, as in small counts and indexes.
    if (end - where >= 2 && is_digit(where[0]) && !is_digit(where[1]) && where[1] != '.' &&
        (where[1] | 0x20) != 'e') {
      slot = static_cast<T>(where[0] - '0');
      r.p_ = where + 1;
      return true;
    }
    // Up to 15 digits, eight at a time, when 16 bytes are there.
    const bool negative = where != end && *where == '-';
    const char* q = where + (negative ? 1 : 0);
    if (end - q >= 16) {
      std::uint64_t w = load8(q);
      int n = leading_digits8(w);
      if (n != 0 && (*q != '0' || n == 1)) {
        std::uint64_t magnitude = eight_digits_value(w, n);
        q += n;
        if (n == 8) {
          w = load8(q);
          n = leading_digits8(w);
          if (n != 0 && n != 8) {
            magnitude = magnitude * pow10_u64[n] + eight_digits_value(w, n);
            q += n;
          }
        }
        if (!is_digit(*q) && *q != '.' && (*q | 0x20) != 'e') {
          if constexpr (std::is_unsigned_v<T>) {
            if (magnitude <= std::numeric_limits<T>::max() && (!negative || magnitude == 0)) {
              slot = static_cast<T>(magnitude);
              r.p_ = q;
              return true;
            }
          } else {
            if (magnitude <= static_cast<std::uint64_t>(std::numeric_limits<T>::max())) {
              slot = negative ? static_cast<T>(-static_cast<std::int64_t>(magnitude))
                              : static_cast<T>(magnitude);
              r.p_ = q;
              return true;
            }
          }
        }
      }
    }
    return read_any<T>(r, slot);
  }

  // Any other integer, or an error.
  template <class T, class R, class Slot>
  [[gnu::noinline]] static bool read_any(R& r, Slot& slot) {
    const char* const where = r.p_;
    const char* const end = r.end_;
    // The common case in one pass: up to 18 digits, then a delimiter.
    const char* q = where + (r.at('-') ? 1 : 0);
    const char* digits = q;
    std::uint64_t magnitude = 0;
    // Eight bytes at a time while they are there, then one at a time, up to 18 digits in all.
    while (end - q >= 8 && q - digits <= 8) {
      const std::uint64_t w = load8(q);
      const int n = leading_digits8(w);
      if (n == 0) break;
      magnitude = magnitude * pow10_u64[n] + eight_digits_value(w, n);
      q += n;
      if (n != 8) break;
    }
    while (q != end && is_digit(*q) && q - digits < 18) {
      magnitude = magnitude * 10 + static_cast<std::uint64_t>(*q - '0');
      ++q;
    }
    const bool simple = q != digits &&
                        (q == end || !(is_digit(*q) || *q == '.' || *q == 'e' || *q == 'E')) &&
                        (*digits != '0' || q - digits == 1);
    if (simple) {
      const bool negative = digits != where;
      if constexpr (std::is_unsigned_v<T>) {
        if (magnitude <= std::numeric_limits<T>::max() && (!negative || magnitude == 0)) {
          slot = static_cast<T>(magnitude);
          r.p_ = q;
          return true;
        }
      } else {
        const auto max = static_cast<std::uint64_t>(std::numeric_limits<T>::max());
        if (magnitude <= max) {
          slot = negative ? static_cast<T>(-static_cast<std::int64_t>(magnitude))
                          : static_cast<T>(magnitude);
          r.p_ = q;
          return true;
        }
      }
    }
    const number_scan scan = scan_json_number(where, end);
    if (scan.end == nullptr || !scan.integral) return r.template fail_expected<T>(where);
    if (convert_integer(where, scan.end, slot) != number_status::ok)
      return r.template fail_expected<T>(where);
    r.p_ = scan.end;
    return true;
  }
};

template <>
struct json_read<category::floating> {
  template <class T>
  static std::string expected() {
    return "a number";
  }
  template <class T, class R, class Slot>
  [[gnu::always_inline]] static bool read(R& r, Slot& slot) {
    if (const char* q = short_decimal(r.p_, r.end_, slot)) {
      r.p_ = q;
      return true;
    }
    return read_any<T>(r, slot);
  }
  // Any other number, or an error.
  template <class T, class R, class Slot>
  [[gnu::noinline]] static bool read_any(R& r, Slot& slot) {
    const char* const where = r.p_;
    number_status status = number_status::ok;
    const char* number_end = read_json_floating(where, r.end_, slot, status);
    if (number_end == nullptr) return r.template fail_expected<T>(where);
    if (status != number_status::ok) {
      return r.fail(where, std::string("the number is out of range for ") +
                               (std::is_same_v<T, float> ? "float" : "double") + ", got " +
                               r.got(where));
    }
    r.p_ = number_end;
    return true;
  }
};

template <>
struct json_read<category::number_text> {
  template <class T>
  static std::string expected() {
    return "a number";
  }
  template <class T, class R, class Slot>
  static bool read(R& r, Slot& slot) {
    const number_scan scan = scan_json_number(r.p_, r.end_);
    if (scan.end == nullptr) return r.template fail_expected<T>(r.p_);
    slot = number_text_access::of_scanned(
        std::string_view(r.p_, static_cast<std::size_t>(scan.end - r.p_)));
    r.p_ = scan.end;
    return true;
  }
};

template <>
struct json_read<category::string> {
  template <class T>
  static std::string expected() {
    return "a string";
  }
  template <class T, class R>
  [[gnu::always_inline]] static bool read(R& r, std::string& slot) {
    if (!r.at('"')) return r.template fail_expected<T>(r.p_);
    // Without an escape, the text is the string: checked, then copied once.
    const char* const start = r.p_ + 1;
    bool non_ascii = false;
    const char* q = find_quote_escape_control(start, r.end_, non_ascii);
    if (q != r.end_ && *q == '"' && (!non_ascii || find_invalid_utf8(start, q) == q)) {
      slot.clear();  // then append: cheaper than assign, which allows for overlap
      slot.append(start, static_cast<std::size_t>(q - start));
      r.p_ = q + 1;
      return true;
    }
    slot.clear();
    return r.string_body(&slot);
  }
};

template <>
struct json_read<category::optional> {
  template <class T>
  static std::string expected() {
    return json_expected<typename T::value_type>() + " or null";
  }
  template <class T, class R, class Slot>
  static bool read(R& r, Slot& slot) {
    using U = typename T::value_type;
    const char* const where = r.p_;
    if (r.at('n')) {
      if (!r.literal("null")) return false;
      slot.reset();
      return true;
    }
    const std::size_t depth = r.failure_.path.size();
    const bool ok = r.template read<U>(optional_target(slot));
    // A value of the wrong type here: say that null would do too.
    if (!ok && r.failure_.where == where && r.failure_.path.size() == depth &&
        std::string_view(r.failure_.reason)
            .starts_with("expected " + json_expected<U>() + ", got ")) {
      return r.template fail_expected<T>(where);
    }
    return ok;
  }
};

template <>
struct json_read<category::located> {
  template <class T>
  static std::string expected() {
    return json_expected<decltype(T::value)>();
  }
  template <class T, class R, class Slot>
  static bool read(R& r, Slot& slot) {
    using U = decltype(T::value);
    // Before the value, so that places are asked for in the order of the text, which the line
    // count reads once: a located value inside it comes after it.
    location at = r.location_at(r.p_);
    if constexpr (std::is_same_v<Slot, T>) {
      if (!r.template read<U>(slot.value)) return false;
      slot.where = std::move(at);
    } else {
      slot_t<U> v{};
      if (!r.template read<U>(v)) return false;
      slot = T{take<U>(v), std::move(at)};
    }
    return true;
  }
};

template <>
struct json_read<category::sequence> {
  template <class T>
  static std::string expected() {
    return "an array";
  }
  template <class T, class R, class Slot>
  static bool read(R& r, Slot& slot) {
    return r.template read_vector<T>(slot);
  }
};

template <>
struct json_read<category::array> {
  template <class T>
  static std::string expected() {
    return "an array of " + std::to_string(std::tuple_size_v<T>) + " elements";
  }
  template <class T, class R, class Slot>
  static bool read(R& r, Slot& slot) {
    return r.template read_array<T>(slot);
  }
};

template <>
struct json_read<category::string_map> {
  template <class T>
  static std::string expected() {
    return "an object";
  }
  template <class T, class R, class Slot>
  static bool read(R& r, Slot& slot) {
    return r.template read_map<T>(slot);
  }
};

template <>
struct json_read<category::variant> {
  template <class T>
  static std::string expected() {
    return "an object with one member, named after its type";
  }
  template <class T, class R, class Slot>
  static bool read(R& r, Slot& slot) {
    return r.template read_variant<T>(slot);
  }
};

template <>
struct json_read<category::enumeration> {
  template <class T>
  static std::string expected() {
    constexpr auto names = enum_names<T>();
    return "one of " + detail::quoted_list(names.data(), names.size());
  }
  template <class T, class R, class Slot>
  static bool read(R& r, Slot& slot) {
    return read_string_as<T>(r, slot, [](std::string_view text, Slot& s) {
      const std::optional<T> e = enum_from_name<T>(text);
      if (e) s = *e;
      return e.has_value();
    });
  }
};

template <>
struct json_read<category::object> {
  template <class T>
  static std::string expected() {
    return "an object";
  }
  template <class T, class R, class Slot>
  static bool read(R& r, Slot& slot) {
    return r.template read_object<T>(slot);
  }
};

template <>
struct json_read<category::date> {
  template <class T>
  static std::string expected() {
    return "a date \"YYYY-MM-DD\"";
  }
  template <class T, class R, class Slot>
  static bool read(R& r, Slot& slot) {
    return read_string_as<T>(r, slot,
                             [](std::string_view text, Slot& s) { return parse_date(text, s); });
  }
};

template <>
struct json_read<category::none> {
  template <class T>
  static std::string expected() {
    return "a value";
  }
  template <class T, class R, class Slot>
  static bool read(R&, Slot&) {
    no_data_form<T>{};
    return false;
  }
};

}  // namespace cited::detail

namespace cited {

/// Reads a `T` from JSON text, or returns the `json_error` that stopped it. Strict: unknown,
/// duplicate and missing members, numbers that do not fit, invalid UTF-8 and trailing data are
/// errors. A missing `std::optional` member is empty.
template <class T>
[[nodiscard]] json_result<T> try_from_json(std::string_view text, json::read_options options = {}) {
  detail::json_reader<detail::may_hold_located<T>()> reader(text, options);
  detail::slot_t<T> slot{};
  if (!reader.template document<T>(slot)) return reader.error();
  return json_result<T>(detail::take<T>(slot));
}

/// Reads a `T` from JSON text; throws `json_error` where it cannot.
///
///     auto p = cited::from_json<point>(R"({"x": 1, "y": 2})");
template <class T>
[[nodiscard]] T from_json(std::string_view text, json::read_options options = {}) {
  detail::json_reader<detail::may_hold_located<T>()> reader(text, options);
  if constexpr (std::is_default_constructible_v<T>) {
    T value{};  // returned in place
    if (!reader.template document<T>(value)) throw reader.error();
    return value;
  } else {
    std::optional<T> value;
    if (!reader.template document<T>(value)) throw reader.error();
    return std::move(*value);
  }
}

/// Reads JSON text into `target`, which is left unchanged when it throws `json_error`. It builds a
/// new value and moves it in, so it reuses none of the target's storage: to read many texts into
/// one value, `json::reader` is faster.
template <class T>
void from_json(std::string_view text, T& target, json::read_options options = {}) {
  target = cited::try_from_json<T>(text, options).value();
}

}  // namespace cited

namespace cited::json {

/// Reads JSON texts into existing `T` values again and again, reusing their storage: the capacity
/// of vectors and of the strings in them. What was read before is kept when a read fails (the
/// strong guarantee). Reading is as strict as `from_json`.
///
/// The reader holds two `T`s: the value read last and a spare. It reads into the spare, reusing its
/// storage, and on success the spare becomes the value, or is swapped with the caller's target.
/// After two reads both hold warm storage, so a loop that reads texts of a similar shape stops
/// allocating. The cost is the memory of a second `T`. Not thread-safe: one reader per thread.
///
///     cited::json::reader<std::vector<record>> reader;
///     for (const std::string& text : texts) use(reader.read(text));  // throws json_error
template <class T>
requires std::is_default_constructible_v<T> && std::is_swappable_v<T>
class reader {
 public:
  /// A reader with empty storage, which reads with `options`.
  explicit reader(read_options options = {}) : options_(options) {}

  /// Reads `text` and returns the value, which stays valid, and is reused, until the next read
  /// that succeeds. Throws `json_error` when it cannot, and the value read before stays.
  const T& read(std::string_view text) {
    if (std::optional<json_error> e = read_spare(text)) throw std::move(*e);
    current_ ^= 1;
    return values_[current_];
  }

  /// Reads `text` into `target`, reusing the storage of `target` two reads later. Throws
  /// `json_error` when it cannot, and `target` is unchanged.
  void read(std::string_view text, T& target) {
    if (std::optional<json_error> e = try_read(text, target)) throw std::move(*e);
  }

  /// Reads `text` into `target`: empty on success, else the error, and `target` is unchanged.
  [[nodiscard]] std::optional<json_error> try_read(std::string_view text, T& target) {
    if (std::optional<json_error> e = read_spare(text)) return e;
    using std::swap;
    swap(values_[current_ ^ 1], target);
    return std::nullopt;
  }

  /// The value the last `read(text)` returned; a value-initialized `T` before the first.
  const T& value() const noexcept { return values_[current_]; }

 private:
  std::optional<json_error> read_spare(std::string_view text) {
    detail::json_reader<detail::may_hold_located<T>()> r(text, options_);
    if (!r.template document<T>(values_[current_ ^ 1])) return r.error();
    return std::nullopt;
  }

  T values_[2]{};
  unsigned current_ = 0;
  read_options options_;
};

}  // namespace cited::json

#endif  // CITED_JSON_READ_HPP
