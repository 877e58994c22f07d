// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/fact/subject.hpp>

#include <doctest/doctest.h>

#include <cited/catalog/groups.hpp>
#include <cited/catalog/seed.hpp>
#include "support.hpp"

#include <cited/json.hpp>

namespace subject_test {

using namespace cited;
using namespace cited::literals;

const product qwen{"Qwen", seed::alibaba(), "CN"_country};

TEST_CASE("product") {
  CHECK(qwen.name() == "Qwen");
  REQUIRE(qwen.maker() != nullptr);
  CHECK(*qwen.maker() == seed::alibaba());
  CHECK(qwen.country() == "CN"_country);
  CHECK(support::text(qwen) == "Qwen");
  CHECK_THROWS_AS(product("", seed::alibaba()), source_error);
  CHECK(from_json<product>(to_json(qwen)) == qwen);
  CHECK(to_json(qwen) == R"({"name":"Qwen","maker":{"name":"Alibaba","kind":"company"},)"
                         R"("country":"CN"})");
}

TEST_CASE("subject") {
  SUBCASE("each kind, with its text form and display name") {
    const subject cn = "CN"_country;
    CHECK(cn.kind() == subject_kind::country);
    CHECK(cn.as_country() == "CN"_country);
    CHECK(cn.to_string() == "CN");
    CHECK(cn.display_name() == "China");
    const subject eu = groups::eu;
    CHECK(eu.kind() == subject_kind::group);
    REQUIRE(eu.as_group() != nullptr);
    CHECK(eu.as_group()->id() == "EU");
    CHECK(eu.to_string() == "group:EU");
    CHECK(eu.display_name() == "European Union");
    const subject alibaba = seed::alibaba();
    CHECK(alibaba.to_string() == "org:Alibaba");
    CHECK(alibaba.as_organization()->kind() == organization_kind::company);
    const subject q = qwen;
    CHECK(q.to_string() == "product:Qwen");
    CHECK(q.display_name() == "Qwen (Alibaba)");
    CHECK(*q.as_product()->maker() == seed::alibaba());
    CHECK(cn.parts().size() == 1);
    CHECK(cn.parts()[0] == cn);
    CHECK_FALSE(cn.as_group());
    CHECK_FALSE(eu.as_country());
  }
  SUBCASE("a region: its text form, its name, its members as a group") {
    const subject europe = regions::europe;
    CHECK(europe.kind() == subject_kind::region);
    CHECK(europe.as_region() == regions::europe);
    CHECK(europe.to_string() == "region:150");
    CHECK(europe.display_name() == "Europe");
    REQUIRE(europe.as_group() != nullptr);
    CHECK(europe.as_group()->contains("FR"_country, ymd(2024, 1, 1)));
    CHECK(europe == subject(regions::europe));
    CHECK(europe != subject(regions::western_europe));
    CHECK(europe != subject(regions::europe.group()));  // a group with the region's members
    CHECK_FALSE(subject("CN"_country).as_region());
    CHECK(subject::aggregate({"CN"_country, europe}).to_string() == "CN+region:150");
    CHECK(enum_name(subject_kind::region) == "region");
  }
  SUBCASE("an aggregate is flat and has at least two parts") {
    const subject others = subject::aggregate({"US"_country, "GB"_country, groups::eu});
    CHECK(others.kind() == subject_kind::aggregate);
    CHECK(others.to_string() == "US+GB+group:EU");
    CHECK(others.display_name() == "United States, United Kingdom and European Union combined");
    const subject nested = subject::aggregate({"CN"_country, others});
    CHECK(nested.parts().size() == 4);
    CHECK(nested.to_string() == "CN+US+GB+group:EU");
    CHECK(support::text(nested) == "CN+US+GB+group:EU");
    CHECK_THROWS_WITH_AS(subject::aggregate({"CN"_country}),
                         "an aggregate needs at least two parts", subject_error);
    CHECK_THROWS_AS(subject::aggregate({}), subject_error);
  }
  SUBCASE("equality is by identity") {
    CHECK(subject("CN"_country) == subject("CN"_country));
    CHECK(subject("CN"_country) != subject("US"_country));
    CHECK(subject(groups::eu) == subject(groups::eu));
    CHECK(subject(groups::eu) != subject(groups::euro_area));
    CHECK(subject(seed::alibaba()) != subject(qwen));
    CHECK(subject::aggregate({"US"_country, "GB"_country}) !=
          subject::aggregate({"GB"_country, "US"_country}));
  }
  SUBCASE("a name with '+' cannot be a subject") {
    CHECK_THROWS_WITH_AS(subject(organization("A+B", organization_kind::company)),
                         "an organization's name must not be empty or contain '+' to be a "
                         "subject, got \"A+B\"",
                         subject_error);
  }
}

}  // namespace subject_test
