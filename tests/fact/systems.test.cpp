// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/fact/product.hpp>

#include <doctest/doctest.h>

#include <cited/catalog/seed.hpp>
#include <cited/fact/subject.hpp>
#include <cited/json.hpp>
#include "support.hpp"

#include <string>
#include <vector>

// "System A" and its organizations are made up for these tests.
namespace systems_test {

using namespace cited;
using namespace cited::literals;
using role = organization_role;

const organization maker{"Example Computers", organization_kind::company, "US"_country};
const organization lab{"Example National Laboratory", organization_kind::government_body,
                       "US"_country};
const organization agency{"Example Energy Agency", organization_kind::government_body,
                          "US"_country};

product system_a() {
  return product(product_kind::system, "System A",
                 {{role::operated_by, lab},
                  {role::made_by, maker},
                  {role::hosted_by, lab},
                  {role::owned_by, agency}},
                 "US"_country);
}

TEST_CASE("product.system") {
  SUBCASE("organizations by role, makers first, one organization in several roles") {
    const product a = system_a();
    CHECK(a.kind() == product_kind::system);
    CHECK(a.name() == "System A");
    CHECK(a.country() == "US"_country);
    REQUIRE(a.organizations().size() == 4);
    CHECK(a.organizations()[0] == organization_in_role{role::made_by, maker});
    CHECK(a.organizations()[1] == organization_in_role{role::operated_by, lab});
    CHECK(a.organizations()[2] == organization_in_role{role::hosted_by, lab});
    CHECK(a.organizations()[3] == organization_in_role{role::owned_by, agency});
    CHECK(a.organizations(role::hosted_by) == std::vector<organization>{lab});
    CHECK(a.organizations(role::made_by) == std::vector<organization>{maker});
    CHECK(a.has(role::operated_by, lab));
    CHECK(a.has(role::hosted_by, lab));
    CHECK_FALSE(a.has(role::operated_by, maker));
    REQUIRE(a.maker() != nullptr);
    CHECK(*a.maker() == maker);
  }
  SUBCASE("the order of roles given does not matter; the order within a role does") {
    const product b(product_kind::system, "System A",
                    {{role::owned_by, agency},
                     {role::hosted_by, lab},
                     {role::made_by, maker},
                     {role::operated_by, lab}},
                    "US"_country);
    CHECK(b == system_a());
    const product two(product_kind::system, "System A",
                      {{role::operated_by, lab}, {role::operated_by, agency}});
    const product swapped(product_kind::system, "System A",
                          {{role::operated_by, agency}, {role::operated_by, lab}});
    CHECK(two != swapped);
    CHECK(two != product(product_kind::product, "System A",
                         {{role::operated_by, lab}, {role::operated_by, agency}}));
  }
  SUBCASE("bad systems are refused") {
    CHECK_THROWS_WITH_AS(product(product_kind::system, " ", {}),
                         "a system's name starts or ends with a space", source_error);
    CHECK_THROWS_WITH_AS(
        product(product_kind::system, "System A", {{role::hosted_by, lab}, {role::hosted_by, lab}}),
        "\"Example National Laboratory\" is listed twice as hosted_by of \"System A\"",
        source_error);
  }
  SUBCASE("a product keeps its maker") {
    const product qwen{"Qwen", seed::alibaba(), "CN"_country};
    CHECK(qwen.kind() == product_kind::product);
    REQUIRE(qwen.organizations().size() == 1);
    CHECK(qwen.organizations()[0] == organization_in_role{role::made_by, seed::alibaba()});
    const product unknown(product_kind::system, "System B", {});
    CHECK(unknown.maker() == nullptr);
    CHECK(unknown.country() == std::nullopt);
  }
}

TEST_CASE("product.display_name") {
  SUBCASE("a system names its operators, not its maker or host") {
    CHECK(system_a().display_name() == "System A (operated by Example National Laboratory)");
    CHECK(
        product(product_kind::system, "System B", {{role::made_by, maker}, {role::hosted_by, lab}})
            .display_name() == "System B");
    CHECK(product(product_kind::system, "System C",
                  {{role::operated_by, lab}, {role::operated_by, agency}})
              .display_name() ==
          "System C (operated by Example National Laboratory and Example Energy Agency)");
  }
  SUBCASE("a product names its makers") {
    CHECK(product("Qwen", seed::alibaba()).display_name() == "Qwen (Alibaba)");
    CHECK(product(product_kind::product, "Model D", {}).display_name() == "Model D");
  }
}

TEST_CASE("subject.system") {
  const subject a = system_a();
  CHECK(a.kind() == subject_kind::system);
  CHECK(a.to_string() == "system:System A");
  CHECK(support::text(a) == "system:System A");
  CHECK(a.display_name() == "System A (operated by Example National Laboratory)");
  REQUIRE(a.as_product() != nullptr);
  CHECK(a.as_product()->kind() == product_kind::system);
  const subject q = product("Qwen", seed::alibaba(), "CN"_country);
  CHECK(q.kind() == subject_kind::product);
  CHECK(q.to_string() == "product:Qwen");
  const subject both = subject::aggregate({"US"_country, a});
  CHECK(both.to_string() == "US+system:System A");
  CHECK(both.display_name() ==
        "United States and System A (operated by Example National Laboratory) combined");
  // A product and a system of the same name are different subjects.
  CHECK(subject(product(product_kind::product, "System A", {})) !=
        subject(product(product_kind::system, "System A", {})));
  CHECK_THROWS_WITH_AS(subject(product(product_kind::system, "A+B", {})),
                       "a system's name must not be empty or contain '+' to be a subject, got "
                       "\"A+B\"",
                       subject_error);
}

TEST_CASE("product.json") {
  SUBCASE("a system lists its organizations by role, and reads back") {
    const std::string text = to_json(system_a());
    CHECK(text ==
          R"({"name":"System A","kind":"system","organizations":[)"
          R"({"role":"made_by","organization":{"name":"Example Computers","kind":"company",)"
          R"("country":"US"}},)"
          R"({"role":"operated_by","organization":{"name":"Example National Laboratory",)"
          R"("kind":"government_body","country":"US"}},)"
          R"({"role":"hosted_by","organization":{"name":"Example National Laboratory",)"
          R"("kind":"government_body","country":"US"}},)"
          R"({"role":"owned_by","organization":{"name":"Example Energy Agency",)"
          R"("kind":"government_body","country":"US"}}],"country":"US"})");
    CHECK(from_json<product>(text) == system_a());
  }
  SUBCASE("a product with one maker is written as before; with more, by role") {
    const product qwen{"Qwen", seed::alibaba(), "CN"_country};
    CHECK(to_json(qwen) == R"({"name":"Qwen","maker":{"name":"Alibaba","kind":"company"},)"
                           R"("country":"CN"})");
    const product owned(product_kind::product, "Model D",
                        {{role::made_by, maker}, {role::owned_by, agency}});
    const std::string text = to_json(owned);
    CHECK(text.starts_with(R"({"name":"Model D","organizations":[{"role":"made_by",)"));
    CHECK(from_json<product>(text) == owned);
    const product none(product_kind::product, "Model E", {});
    CHECK(to_json(none) == R"({"name":"Model E","organizations":[]})");
    CHECK(from_json<product>(to_json(none)) == none);
  }
  SUBCASE("bad data forms are refused") {
    CHECK_THROWS_WITH_AS(
        static_cast<void>(from_json<product>(
            R"({"name": "X", "maker": {"name": "M", "kind": "company"}, "organizations": []})")),
        doctest::Contains("give a product's \"maker\" or its \"organizations\", not both"),
        json_error);
    CHECK_THROWS_WITH_AS(
        static_cast<void>(from_json<product>(
            R"({"name": "X", "kind": "system", "organizations": [{"role": "operator", )"
            R"("organization": {"name": "M", "kind": "company"}}]})")),
        doctest::Contains("operator"), json_error);
    CHECK_THROWS_AS(static_cast<void>(from_json<product>(R"({"name": "X", "kind": "machine"})")),
                    json_error);
  }
}

}  // namespace systems_test
