// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0
//
// json::validate on any bytes: no crash, and a typed read never accepts what validate rejects.

#include <cited/dataset.hpp>
#include <cited/json.hpp>

#include "fuzz.hpp"

#include <map>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input = fuzz::text(data, size);
  const bool valid = static_cast<bool>(cited::json::validate(input));
  if (!valid) {
    fuzz::require(!cited::try_from_json<std::vector<std::map<std::string, double>>>(input),
                  "a typed read accepted JSON that validate rejects");
    fuzz::require(!cited::try_from_json<cited::dataset_document>(input),
                  "a dataset document was read from JSON that validate rejects");
  }
  return 0;
}
