// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_FACT_FIGURE_HPP
#define CITED_FACT_FIGURE_HPP

/// `cited::figure`: a figure of some metric at run time, whose kind the metric fixes.

#include <cited/value/counts.hpp>
#include <cited/value/estimate.hpp>
#include <cited/value/metric.hpp>

#include <sstream>
#include <string>
#include <variant>

namespace cited {

/// A figure of some metric at run time: an estimate of a count, an estimate of a number (an amount
/// in the metric's unit, a plain number or a ratio), a rank or a share. Which one is fixed by the
/// metric's `value_kind` (see `figure_kind`).
using figure = std::variant<estimate<count>, estimate<double>, rank, share>;

/// The kind of figure a metric of kind `k` takes: amounts, numbers and ratios all take an
/// `estimate<double>`, whose `kind_of` is `value_kind::amount`.
constexpr value_kind figure_kind(value_kind k) noexcept {
  return k == value_kind::number || k == value_kind::ratio ? value_kind::amount : k;
}

/// The value kind a figure holds; an `estimate<double>` is an amount (or a number or a ratio: see
/// `figure_kind`).
inline value_kind kind_of(const figure& f) noexcept {
  switch (f.index()) {
    case 0:
      return value_kind::count;
    case 1:
      return value_kind::amount;
    case 2:
      return value_kind::rank;
    default:
      return value_kind::share;
  }
}

/// The figure as English: "23,695", "more than 100,000", "2nd", "12 of 15", "about 1.2".
inline std::string to_string(const figure& f) {
  std::ostringstream os;
  std::visit([&](const auto& v) { os << v; }, f);
  return os.str();
}

}  // namespace cited

#endif  // CITED_FACT_FIGURE_HPP
