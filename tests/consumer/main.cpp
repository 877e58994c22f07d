// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/cited.hpp>

#include <iostream>
#include <string_view>

int main() {
  using namespace cited::literals;
  constexpr auto cn = "CN"_country;
  for (const auto& m : cited::groups::brics.memberships()) {
    if (m.member == cn) {
      std::cout << cn << " is " << cn.name() << ", a BRICS member since "
                << cited::period::day(m.from) << '\n';
    }
  }
  return std::string_view(CITED_VERSION_STRING) == "0.2.0" && CITED_VERSION >= 200 ? 0 : 1;
}
