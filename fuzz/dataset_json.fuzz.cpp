// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0
//
// dataset::from_json on any bytes: it reads a dataset or throws json_error, at a place in the
// input, and nothing else. A dataset it reads writes back to the same text, and its queries run: a
// check of each claim either gives a verdict or throws dataset_error (a total that would count a
// country twice).

#include <cited/dataset.hpp>

#include "fuzz.hpp"

#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const cited::dataset builtins{cited::with_builtins};
  const std::string_view input = fuzz::text(data, size);
  std::optional<cited::dataset> ds;
  try {
    ds = cited::dataset::from_json(input, builtins);
  } catch (const cited::json_error& e) {
    fuzz::require(
        e.line() >= 1 && e.column() >= 1 && e.offset() <= input.size() && e.path().starts_with("$"),
        "a json_error is not at a place in the input");
    return 0;
  }
  const std::string text = ds->to_json();
  const cited::dataset back = cited::dataset::from_json(text, builtins);
  fuzz::require(back.to_json() == text, "a dataset's JSON does not read back to the same text");
  fuzz::require(back.size() == ds->size(), "observations were lost on the way back");
  for (const cited::claim& c : ds->claims()) {
    try {
      static_cast<void>(ds->check(c));
    } catch (const cited::dataset_error&) {
    }
    static_cast<void>(ds->describe(c));
  }
  static_cast<void>(ds->conflicts());
  for (std::size_t i = 0; i < ds->size() && i < 16; ++i) {
    const cited::observation_ref o = (*ds)[i];
    static_cast<void>(ds->rank(o.metric().id, o.period()));
    if (o.metric().additive) {
      try {
        static_cast<void>(ds->total(o.metric().id, o.subject(), o.period()));
      } catch (const cited::dataset_error&) {
      }
    }
  }
  return 0;
}
