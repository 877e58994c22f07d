// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_TESTS_SOURCE_SOURCES_HPP
#define CITED_TESTS_SOURCE_SOURCES_HPP

// The organization and source the tests of tests/source share.

#include <cited/source.hpp>

#include <optional>
#include <string>
#include <utility>

namespace source_test {

using namespace cited;
using namespace cited::literals;

inline const organization example_times{"The Example Times", organization_kind::newspaper,
                                        "US"_country};

inline source article(std::optional<std::string> title = "A title") {
  return source{{.kind = source_kind::news_article,
                 .title = std::move(title),
                 .authors = {person{{.family = "Rivera", .given = "Ana"}}},
                 .publisher = example_times,
                 .published = period::parse("2025-03-04")}};
}

}  // namespace source_test

#endif  // CITED_TESTS_SOURCE_SOURCES_HPP
