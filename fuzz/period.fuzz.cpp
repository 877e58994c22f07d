// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0
//
// period::try_parse and period::parse on any bytes: they agree, and a parsed period's text
// parses back to the same period.

#include <cited/value/period.hpp>

#include "fuzz.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input = fuzz::text(data, size);
  const std::optional<cited::period> p = cited::period::try_parse(input);
  bool threw = false;
  try {
    static_cast<void>(cited::period::parse(input));
  } catch (const cited::period_error&) {
    threw = true;
  }
  fuzz::require(threw == !p, "parse and try_parse disagree");
  if (p) {
    fuzz::require(cited::period::try_parse(p->to_string()) == p,
                  "a period's text does not parse back to it");
    fuzz::require(p->first_day() <= p->last_day(), "a period ends before it starts");
  }
  return 0;
}
