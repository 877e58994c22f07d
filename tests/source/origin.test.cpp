// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/source/origin.hpp>

#include <doctest/doctest.h>

#include <sstream>

// "Example Institute" and "Example Newspaper" are placeholders.
namespace origin_test {

using namespace cited;

const organization institute{"Example Institute", organization_kind::research_firm};
const organization newspaper{"Example Newspaper", organization_kind::newspaper};

TEST_CASE("origin.of") {
  SUBCASE("the primary hop's agent: chains that reach it by other ways share it") {
    const provenance direct{relation::published_by, institute};
    const provenance reported =
        provenance{relation::published_by, newspaper}.then(relation::according_to, institute);
    CHECK(origin::of(direct) == origin::of(reported));
    CHECK_FALSE(origin::of(direct) == origin::of(provenance{relation::published_by, newspaper}));
    CHECK(origin::of(reported).to_string() == "Example Institute");
    std::ostringstream os;
    os << origin::of(reported);
    CHECK(os.str() == "Example Institute");
  }
  SUBCASE("a hop with an agent at a work is the agent; a work alone is the work") {
    const source report{{.kind = source_kind::report, .title = "Synthetic figures for tests"}};
    const origin o = origin::of(provenance{relation::stated_by, institute, report});
    CHECK(o.agent);
    CHECK_FALSE(o.work);
    const origin w = origin::of(provenance{relation::citing, report});
    CHECK(w.work == report);
    CHECK_FALSE(w.agent);
    CHECK(w.to_string() == report.to_string());
  }
}

}  // namespace origin_test
