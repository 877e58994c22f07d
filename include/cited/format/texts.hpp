// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_FORMAT_TEXTS_HPP
#define CITED_FORMAT_TEXTS_HPP

// What each of cited's value classes, sources and citations prints for each format style, shared
// by the fmt and std::format formatters. `value_format<T>` gives the styles T accepts, the message
// for a style it does not, and `text(value, spec)`, the text before padding.

#include <cited/cite/apa.hpp>
#include <cited/cite/in_text.hpp>
#include <cited/fact/figure.hpp>
#include <cited/fact/subject.hpp>
#include <cited/format/spec.hpp>
#include <cited/source/agents.hpp>
#include <cited/source/provenance.hpp>
#include <cited/source/source.hpp>
#include <cited/text/readable.hpp>
#include <cited/value/amount.hpp>
#include <cited/value/country.hpp>
#include <cited/value/country_group.hpp>
#include <cited/value/counts.hpp>
#include <cited/value/estimate.hpp>
#include <cited/value/metric.hpp>
#include <cited/value/period.hpp>

#include <charconv>
#include <concepts>
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>

namespace cited::detail {

template <class T>
struct value_format;  // no formatter for T

// The cited types that get a formatter: those with a value_format, but not the plain numbers that
// estimates and measures hold.
template <class T>
concept cited_formattable = !std::is_arithmetic_v<T> && requires(const T& v, format_spec s) {
  { value_format<T>::text(v, s) } -> std::same_as<std::string>;
};

// "1,234.50": `v` with `precision` digits after the point and thousands separated; the shortest
// round-trip text (`readable_number`) when `precision` is negative. From 10^21, scientific.
inline std::string format_number(double v, int precision) {
  if (precision < 0) return readable_number(v);
  std::string buffer(400 + static_cast<std::size_t>(precision), '\0');
  const double magnitude = v < 0 ? -v : v;
  const bool fixed = !(magnitude >= 1e21);
  const auto format = fixed ? std::chars_format::fixed : std::chars_format::scientific;
  const char* end =
      std::to_chars(buffer.data(), buffer.data() + buffer.size(), v, format, precision).ptr;
  buffer.resize(static_cast<std::size_t>(end - buffer.data()));
  return fixed ? group_thousands(buffer) : buffer;
}

// "23695": the digits alone.
inline std::string plain_digits(std::uint64_t n) {
  char buffer[24];
  const char* end = std::to_chars(buffer, buffer + sizeof buffer, n).ptr;
  return std::string(buffer, static_cast<std::size_t>(end - buffer));
}

template <>
struct value_format<country> {
  static constexpr format_styles styles{{"", "name", "official", "a2", "a3", "code", "n"}, 7, 0};
  static constexpr const char* what =
      "cited: a country's format spec is {}, {:name}, {:official}, {:a2}, {:a3}, {:code} or {:n}";
  static std::string text(country c, const format_spec& spec) {
    switch (spec.style) {
      case 1:
        return std::string(c.name());
      case 2:
        return std::string(c.official_name().empty() ? c.name() : c.official_name());
      case 3:
        return std::string(c.alpha2());
      case 4:
        return std::string(c.alpha3());
      case 5:
        return std::string(c.code());
      case 6: {
        const auto n = c.numeric();
        if (!n) return {};
        std::string out = plain_digits(static_cast<std::uint64_t>(*n));
        return std::string(3 - out.size(), '0') + out;
      }
      default:
        return std::string(c.display_name());
    }
  }
};

// A country group, static or built at run time.
template <class G>
struct group_format {
  static constexpr format_styles styles{{"", "id"}, 2, 0};
  static constexpr const char* what = "cited: a country group's format spec is {} or {:id}";
  static std::string text(const G& g, const format_spec& spec) {
    return std::string(spec.style == 1 ? g.id() : g.name());
  }
};
template <>
struct value_format<country_group> : group_format<country_group> {};
template <>
struct value_format<dynamic_country_group> : group_format<dynamic_country_group> {};

template <>
struct value_format<period> {
  static constexpr format_styles styles{{"", "long"}, 2, 0};
  static constexpr const char* what = "cited: a period's format spec is {} or {:long}";
  static std::string text(const period& p, const format_spec& spec) {
    return spec.style == 1 ? p.to_long_string() : p.to_string();
  }
};

template <>
struct value_format<count> {
  static constexpr format_styles styles{{"", "n"}, 2, 0};
  static constexpr const char* what = "cited: a count's format spec is {} or {:n}";
  static std::string text(count c, const format_spec& spec) {
    return spec.style == 1 ? plain_digits(c.value()) : group_thousands(c.value());
  }
};

template <>
struct value_format<rank> {
  static constexpr format_styles styles{{"", "ordinal", "n"}, 3, 0};
  static constexpr const char* what = "cited: a rank's format spec is {}, {:ordinal} or {:n}";
  static std::string text(rank r, const format_spec& spec) {
    if (spec.style == 2) return plain_digits(r.position());
    std::string out = ordinal(r.position());
    if (spec.style == 0 && r.of()) out += " of " + group_thousands(*r.of());
    return out;
  }
};

template <>
struct value_format<share> {
  static constexpr format_styles styles{{"", "%"}, 2, 0b10};
  static constexpr const char* what = "cited: a share's format spec is {}, {:%} or {:.N%}";
  static std::string text(share s, const format_spec& spec) {
    if (spec.style == 1) {
      return format_number(s.ratio() * 100, spec.precision < 0 ? 0 : spec.precision) + '%';
    }
    return group_thousands(s.k()) + " of " + group_thousands(s.n());
  }
};

// A plain number, as estimates and measures of numbers and ratios hold: {} or {:.N}.
template <>
struct value_format<double> {
  static constexpr format_styles styles{{""}, 1, 0b1};
  static constexpr const char* what = "cited: a number's format spec is {} or {:.N}";
  static std::string text(double v, const format_spec& spec) {
    return format_number(v, spec.precision);
  }
};

// True when `with_si_prefix` takes amounts of U: its unit without prefixes has ratio 1 (not KiB).
template <class U>
concept si_prefixable = requires(amount<U> a) {
  { with_si_prefix(a, 0) } -> std::same_as<std::string>;
};

// Amounts of a unit that takes no SI prefix (KiB) have no {:auto}.
template <unit U>
struct value_format<amount<U>> {
  static constexpr format_styles styles =
      si_prefixable<U> ? format_styles{{"", "auto"}, 2, 0b11} : format_styles{{""}, 1, 0b1};
  static constexpr const char* what =
      si_prefixable<U> ? "cited: an amount's format spec is {}, {:auto}, {:.N} or {:.Nauto}"
                       : "cited: this amount's format spec is {} or {:.N} (its unit takes no "
                         "SI prefix)";
  static std::string text(amount<U> a, const format_spec& spec) {
    if constexpr (si_prefixable<U>) {
      if (spec.style == 1) return with_si_prefix(a, spec.precision);
    }
    std::string out = format_number(a.value(), spec.precision);
    out += ' ';
    out += U::symbol;
    return out;
  }
};

// A measure prints as its value, with the value's styles.
template <metric M>
requires cited_formattable<typename M::value_type> || std::same_as<typename M::value_type, double>
struct value_format<measure<M>> {
  using inner = value_format<typename M::value_type>;
  static constexpr format_styles styles = inner::styles;
  static constexpr const char* what = inner::what;
  static std::string text(const measure<M>& m, const format_spec& spec) {
    return inner::text(m.value(), spec);
  }
};

// An estimate prints its bound in words and its values with the value's styles: with {:.1auto},
// "more than 1.7 EFLOP/s".
template <class V>
requires cited_formattable<V> || std::same_as<V, double>
struct value_format<estimate<V>> {
  using inner = value_format<V>;
  static constexpr format_styles styles = inner::styles;
  static constexpr const char* what = inner::what;
  static std::string text(const estimate<V>& e, const format_spec& spec) {
    const auto value = [&](const V& v) { return inner::text(v, spec); };
    switch (e.kind()) {
      case bound::exact:
        return value(*e.value());
      case bound::at_least:
        return "at least " + value(*e.value());
      case bound::more_than:
        return "more than " + value(*e.value());
      case bound::at_most:
        return "at most " + value(*e.value());
      case bound::less_than:
        return "less than " + value(*e.value());
      case bound::approximately: {
        std::string out = "about " + value(*e.value());
        if (const auto t = e.tolerance()) out += " \u00B1 " + value(*t);
        return out;
      }
      case bound::between:
        return "between " + value(*e.value()) + " and " + value(*e.upper());
      default:
        return "unknown";
    }
  }
};

template <>
struct value_format<subject> {
  static constexpr format_styles styles{{"", "id"}, 2, 0};
  static constexpr const char* what = "cited: a subject's format spec is {} or {:id}";
  static std::string text(const subject& s, const format_spec& spec) {
    return spec.style == 1 ? s.to_string() : s.display_name();
  }
};

template <>
struct value_format<figure> {
  static constexpr format_styles styles{{""}, 1, 0};
  static constexpr const char* what = "cited: a figure's format spec is {}";
  static std::string text(const figure& f, const format_spec&) { return cited::to_string(f); }
};

template <>
struct value_format<organization> {
  static constexpr format_styles styles{{""}, 1, 0};
  static constexpr const char* what = "cited: an organization's format spec is {}";
  static std::string text(const organization& o, const format_spec&) { return o.name(); }
};

template <>
struct value_format<person> {
  static constexpr format_styles styles{{""}, 1, 0};
  static constexpr const char* what = "cited: a person's format spec is {}";
  static std::string text(const person& p, const format_spec&) { return p.to_string(); }
};

template <>
struct value_format<source> {
  static constexpr format_styles styles{{"", "apa", "cite"}, 3, 0};
  static constexpr const char* what = "cited: a source's format spec is {}, {:apa} or {:cite}";
  static std::string text(const source& s, const format_spec& spec) {
    switch (spec.style) {
      case 1:
        return cite(s);
      case 2:
        return cite_in_text(s);
      default:
        return s.to_string();
    }
  }
};

template <>
struct value_format<provenance> {
  static constexpr format_styles styles{{"", "cite", "ref"}, 3, 0};
  static constexpr const char* what = "cited: a provenance's format spec is {}, {:cite} or {:ref}";
  static std::string text(const provenance& p, const format_spec& spec) {
    switch (spec.style) {
      case 1:
        return cite_in_text(p);
      case 2: {
        const source* read = reference_of(p);
        return read ? cite(*read) : std::string();
      }
      default:
        return p.to_string("; ");
    }
  }
};

}  // namespace cited::detail

#endif  // CITED_FORMAT_TEXTS_HPP
