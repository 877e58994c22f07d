// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0
//
// dataset::from_csv on any bytes, against the seed dataset's definitions: it reads observations
// or throws csv_error, at a row of the input, and nothing else; what it reads writes back to the
// same CSV.

#include <cited/dataset.hpp>

#include "china_compute_2025.hpp"
#include "fuzz.hpp"

#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const cited::dataset definitions =
      cited::dataset::from_json(china_compute_2025_json, cited::dataset{cited::with_builtins})
          .definitions();
  const std::string_view input = fuzz::text(data, size);
  std::optional<cited::dataset> ds;
  try {
    ds = cited::dataset::from_csv(input, definitions);
  } catch (const cited::csv_error& e) {
    fuzz::require(e.row() >= 1, "a csv_error is not at a row of the input");
    return 0;
  }
  const std::string csv = ds->to_csv();
  const cited::dataset back = cited::dataset::from_csv(csv, definitions);
  fuzz::require(back.to_csv() == csv, "a dataset's CSV does not read back to the same text");
  static_cast<void>(ds->conflicts());
  return 0;
}
