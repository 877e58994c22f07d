// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_TESTS_CITE_SOURCES_HPP
#define CITED_TESTS_CITE_SOURCES_HPP

// The sources the tests of tests/cite cite.

#include <cited/source.hpp>

#include <string>
#include <utility>
#include <vector>

namespace citation_test {

using namespace cited;

inline const organization example_times{"The Example Times", organization_kind::newspaper};
inline const organization example_institute{"Example Institute", organization_kind::research_firm};

inline person named(const char* family, const char* given) {
  return person{{.family = family, .given = given}};
}

inline source news(std::string title, std::vector<agent> authors = {named("Rivera", "Ana")}) {
  return source{{.kind = source_kind::news_article,
                 .title = std::move(title),
                 .authors = std::move(authors),
                 .publisher = example_times,
                 .published = period::parse("2025-03-04")}};
}

}  // namespace citation_test

#endif  // CITED_TESTS_CITE_SOURCES_HPP
