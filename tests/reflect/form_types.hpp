// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_TESTS_REFLECT_FORM_TYPES_HPP
#define CITED_TESTS_REFLECT_FORM_TYPES_HPP

// The value classes that form.test.cpp and form.static.cpp give a data form.

#include <cited/reflect/form.hpp>

#include <boost/describe/class.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <ostream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

// Value classes a user might give a data form.
namespace form_user {

// A colour, written "#rrggbb".
class rgb {
 public:
  constexpr rgb(std::uint8_t r, std::uint8_t g, std::uint8_t b) noexcept : r_(r), g_(g), b_(b) {}

  static constexpr std::optional<rgb> from_hex(std::string_view s) noexcept {
    if (s.size() != 7 || s[0] != '#') return std::nullopt;
    int v[6] = {};
    for (std::size_t i = 0; i < 6; ++i) {
      const char c = s[i + 1];
      if (c >= '0' && c <= '9') {
        v[i] = c - '0';
      } else if (c >= 'a' && c <= 'f') {
        v[i] = c - 'a' + 10;
      } else if (c >= 'A' && c <= 'F') {
        v[i] = c - 'A' + 10;
      } else {
        return std::nullopt;
      }
    }
    return rgb(static_cast<std::uint8_t>(v[0] * 16 + v[1]),
               static_cast<std::uint8_t>(v[2] * 16 + v[3]),
               static_cast<std::uint8_t>(v[4] * 16 + v[5]));
  }

  std::string hex() const {
    static constexpr char digits[] = "0123456789abcdef";
    std::string out = "#";
    for (const std::uint8_t c : {r_, g_, b_}) {
      out += digits[c >> 4];
      out += digits[c & 0xF];
    }
    return out;
  }

  friend constexpr bool operator==(rgb, rgb) noexcept = default;

 private:
  std::uint8_t r_, g_, b_;
};

// A whole percentage, written "42%"; its reader throws for a number above 100.
class percent {
 public:
  explicit constexpr percent(int value) : value_(value) {
    if (value < 0 || value > 100) throw std::invalid_argument("a percentage is 0% to 100%");
  }
  constexpr int value() const noexcept { return value_; }
  friend constexpr bool operator==(percent, percent) noexcept = default;

 private:
  int value_;
};

// k of n, with k <= n; written as its proxy, a described struct.
class fraction {
 public:
  fraction(unsigned k, unsigned n) : k_(k), n_(n) {
    if (n == 0) throw std::invalid_argument("n must be positive");
    if (k > n) throw std::invalid_argument("k must not exceed n");
  }
  unsigned k() const noexcept { return k_; }
  unsigned n() const noexcept { return n_; }
  friend bool operator==(const fraction&, const fraction&) = default;

 private:
  unsigned k_, n_;
};

struct fraction_parts {
  unsigned k = 0;
  unsigned n = 0;
};
BOOST_DESCRIBE_STRUCT(fraction_parts, (), (k, n))

// A temperature; written as its proxy, a number, which has one column.
class celsius {
 public:
  explicit celsius(double degrees) : degrees_(degrees) {
    if (degrees < -273.15) throw std::invalid_argument("below absolute zero");
  }
  double degrees() const noexcept { return degrees_; }
  friend bool operator==(const celsius&, const celsius&) = default;

 private:
  double degrees_;
};

struct swatch {
  std::string name;
  rgb colour{0, 0, 0};
  std::optional<rgb> accent;
  percent opacity{100};
  friend bool operator==(const swatch&, const swatch&) = default;
};
BOOST_DESCRIBE_STRUCT(swatch, (), (name, colour, accent, opacity))

// No default constructor: a fraction has no default value.
struct trial {
  std::string arm;
  fraction cured;
  std::optional<fraction> relapsed;
  celsius stored_at;
  friend bool operator==(const trial&, const trial&) = default;
};
BOOST_DESCRIBE_STRUCT(trial, (), (arm, cured, relapsed, stored_at))

// A ticket number, written with five digits; its writer throws for a longer one.
struct ticket {
  int number = 0;
  friend bool operator==(const ticket&, const ticket&) = default;
};

struct booking {
  std::string who;
  ticket seat;
};
BOOST_DESCRIBE_STRUCT(booking, (), (who, seat))

// A label whose proxy is a string: a plain text cell in CSV, a JSON string in JSON.
class label {
 public:
  explicit label(std::string text) : text_(std::move(text)) {
    if (text_.empty()) throw std::invalid_argument("a label is not empty");
  }
  const std::string& text() const noexcept { return text_; }
  friend bool operator==(const label&, const label&) = default;

 private:
  std::string text_;
};

struct tagged {
  int id = 0;
  label tag{"none"};
  friend bool operator==(const tagged&, const tagged&) = default;
};
BOOST_DESCRIBE_STRUCT(tagged, (), (id, tag))

// Neither form: a string_form without a reader, and proxy_forms with the wrong signatures.
struct write_only {};
struct wrong_reader {};
struct proxy_without_from {};
struct proxy_from_other {};

}  // namespace form_user

template <>
struct cited::string_form<form_user::rgb> {
  static constexpr std::string_view expected = "a colour such as \"#ff8800\"";
  static void write(const form_user::rgb& c, std::string& out) { out += c.hex(); }
  static std::optional<form_user::rgb> read(std::string_view text) {
    return form_user::rgb::from_hex(text);
  }
};

template <>
struct cited::string_form<form_user::percent> {
  static constexpr std::string_view expected = "a percentage such as \"42%\"";
  static void write(form_user::percent p, std::string& out) {
    out += std::to_string(p.value());
    out += '%';
  }
  // Malformed text is std::nullopt; a number out of range throws from percent's constructor.
  static std::optional<form_user::percent> read(std::string_view text) {
    if (text.size() < 2 || text.size() > 4 || text.back() != '%') return std::nullopt;
    int v = 0;
    for (const char c : text.substr(0, text.size() - 1)) {
      if (c < '0' || c > '9') return std::nullopt;
      v = v * 10 + (c - '0');
    }
    return form_user::percent(v);
  }
};

template <>
struct cited::string_form<form_user::ticket> {
  static constexpr std::string_view expected = "a five-digit ticket number";
  static void write(const form_user::ticket& t, std::string& out) {
    if (t.number < 0 || t.number > 99999) throw std::length_error("not a five-digit number");
    const std::string digits = std::to_string(t.number);
    out.append(5 - digits.size(), '0');
    out += digits;
  }
  static std::optional<form_user::ticket> read(std::string_view text) {
    if (text.size() != 5) return std::nullopt;
    form_user::ticket t;
    for (const char c : text) {
      if (c < '0' || c > '9') return std::nullopt;
      t.number = t.number * 10 + (c - '0');
    }
    return t;
  }
};

template <>
struct cited::proxy_form<form_user::fraction> {
  using proxy = form_user::fraction_parts;
  static proxy to_proxy(const form_user::fraction& f) { return {f.k(), f.n()}; }
  static form_user::fraction from_proxy(proxy&& p) { return form_user::fraction(p.k, p.n); }
};

template <>
struct cited::proxy_form<form_user::label> {
  using proxy = std::string;
  static std::string to_proxy(const form_user::label& l) { return l.text(); }
  static form_user::label from_proxy(std::string&& s) { return form_user::label(std::move(s)); }
};

template <>
struct cited::proxy_form<form_user::celsius> {
  using proxy = double;
  static double to_proxy(const form_user::celsius& t) { return t.degrees(); }
  static form_user::celsius from_proxy(double&& d) { return form_user::celsius(d); }
};

template <>
struct cited::string_form<form_user::write_only> {
  static constexpr std::string_view expected = "anything";
  static void write(const form_user::write_only&, std::string&) {}
};

template <>
struct cited::string_form<form_user::wrong_reader> {
  static constexpr std::string_view expected = "anything";
  static void write(const form_user::wrong_reader&, std::string&) {}
  static std::optional<std::string> read(std::string_view text) { return std::string(text); }
};

template <>
struct cited::proxy_form<form_user::proxy_without_from> {
  using proxy = int;
  static int to_proxy(const form_user::proxy_without_from&) { return 0; }
};

template <>
struct cited::proxy_form<form_user::proxy_from_other> {
  using proxy = int;
  static int to_proxy(const form_user::proxy_from_other&) { return 0; }
  static int from_proxy(int&& i) { return i; }
};

#endif  // CITED_TESTS_REFLECT_FORM_TYPES_HPP
