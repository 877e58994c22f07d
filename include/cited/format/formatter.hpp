// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_FORMAT_FORMATTER_HPP
#define CITED_FORMAT_FORMATTER_HPP

// The one formatter implementation behind <cited/fmt.hpp> and <cited/format.hpp>: fmt and
// std::format differ only in the error type they throw and the namespace they specialize in.

#include <cited/format/spec.hpp>
#include <cited/format/texts.hpp>

namespace cited::detail {

// The formatter both libraries' specializations derive from; `Error` is the library's
// format_error, thrown for a malformed spec.
template <class T, class Error>
struct basic_formatter {
  template <class ParseContext>
  constexpr auto parse(ParseContext& ctx) -> decltype(ctx.begin()) {
    return parse_format_spec<Error>(ctx.begin(), ctx.end(), value_format<T>::styles,
                                    value_format<T>::what, spec_);
  }

  template <class FormatContext>
  auto format(const T& value, FormatContext& ctx) const -> decltype(ctx.out()) {
    return write_padded(ctx.out(), value_format<T>::text(value, spec_), spec_);
  }

 private:
  format_spec spec_{};
};

}  // namespace cited::detail

#endif  // CITED_FORMAT_FORMATTER_HPP
