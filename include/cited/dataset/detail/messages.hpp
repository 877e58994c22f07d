// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_DATASET_DETAIL_MESSAGES_HPP
#define CITED_DATASET_DETAIL_MESSAGES_HPP

// Subjects in error messages, kept short whatever their size: an aggregate of thousands of parts
// is named by its first few parts and its size.

#include <cited/fact/subject.hpp>
#include <cited/text/messages.hpp>

#include <cstddef>
#include <string>

namespace cited::detail {

// The most parts of an aggregate that a message names.
inline constexpr std::size_t message_parts_limit = 8;

// A subject's text form for a message: `US+GB+group:EU`; for an aggregate of more than
// message_parts_limit parts, the first of them and their number, `US+GB+...+FR (2100 parts)`.
// Each part's text is cut as detail::excerpt cuts it.
inline std::string subject_text(const cited::subject& s) {
  const auto parts = s.parts();
  if (s.kind() != subject_kind::aggregate) return excerpt(s.to_string());
  std::string out;
  const std::size_t shown =
      parts.size() <= message_parts_limit ? parts.size() : message_parts_limit;
  for (std::size_t i = 0; i < shown; ++i) {
    if (i != 0) out += '+';
    out += excerpt(parts[i].to_string());
  }
  if (shown < parts.size()) out += "+... (" + std::to_string(parts.size()) + " parts)";
  return out;
}

}  // namespace cited::detail

#endif  // CITED_DATASET_DETAIL_MESSAGES_HPP
