// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_FMT_HPP
#define CITED_FMT_HPP

// Opt-in: fmt::formatter for cited's value classes. Needs {fmt} (9 or later; Debian libfmt-dev);
// nothing else in cited includes fmt.
//
//     #include <cited/fmt.hpp>
//     using namespace cited::literals;
//     fmt::format("{:a3} {:long}", "CN"_country, cited::period::parse("2025-06"));
//     // "CHN June 2025"
//
// Every value class of cited is formattable, with the standard fill, alignment and width
// ([[fill]align][width], as in {:>20} or {:*^12}; the default alignment is left, the width counts
// code points) and these styles and precisions:
//
//   type                      spec        prints
//   country                   {}          the name readers know: "China", "South Korea"
//                             {:name}     the ISO short name: "Korea, Republic of"
//                             {:official} the official name (else the ISO short name)
//                             {:a2}       the alpha-2 code: "CN"
//                             {:a3}       the alpha-3 code: "CHN"
//                             {:code}     alpha-2, or alpha-4 for a withdrawn entry: "SUHH"
//                             {:n}        the numeric code, three digits: "156" (none: empty)
//   country_group,            {}          the name: "European Union"
//   dynamic_country_group     {:id}       the id: "EU"
//   period                    {}          ISO 8601: "2025-06", "2024-Q1", "2020/2024"
//                             {:long}     in words: "June 2025", "Q1 2024", "2020 to 2024"
//   count                     {}          "23,695"
//                             {:n}        "23695"
//   rank                      {}          "2nd of 190" (or "2nd")
//                             {:ordinal}  "2nd"
//                             {:n}        "2"
//   share                     {}          "12 of 15"
//                             {:%} {:.N%} the percentage, whole or to N places: "80%", "80.0%"
//   amount<U>                 {} {:.N}    in U: "1,742 PFLOP/s", "1,742.00 PFLOP/s"
//                             {:auto}     with the best SI prefix: "1.742 EFLOP/s"
//                             {:.Nauto}   the same to N places: "1.74 EFLOP/s"
//                                         (no {:auto} for a unit that takes no prefix: KiB)
//   estimate<V>               V's specs   the bound in words, each value with V's spec:
//                                         {:.1auto} gives "more than 1.7 EFLOP/s"
//   measure<M>                V's specs   its value, with the spec of its value type
//   subject                   {}          the display name: "China", "European Union"
//                             {:id}       the text form: "CN", "group:EU"
//
// Estimates and measures of plain numbers take {} and {:.N}. Any other spec is an error: a compile
// error where the format string is checked at compile time (the diagnostic names a function
// cited::detail::format_spec_error_...), else format_error at run time. A width or precision
// from an argument ({:{}}) is not supported.

#include <cited/format/formatter.hpp>

#include <fmt/format.h>

/// Formats a cited value class (see the table above) with fmt.
template <class T>
requires cited::detail::cited_formattable<T>
struct fmt::formatter<T, char> : cited::detail::basic_formatter<T, fmt::format_error> {
};

#endif  // CITED_FMT_HPP
