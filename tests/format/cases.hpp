// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_TESTS_FORMAT_CASES_HPP
#define CITED_TESTS_FORMAT_CASES_HPP

// The formatter checks, shared by the fmt test (fmt.test.cpp, doctest) and the std::format test
// (std_format.cpp, its own small harness). The includer defines:
//   CITED_TEST_FORMAT(...)   the library's format, with a format string checked at compile time;
//   cited_test_vformat(s, args...), the same with a format string known only at run time;
//   cited_test_format_error, the library's format_error;
// and TEST_CASE, SUBCASE, CHECK, CHECK_EQ and CHECK_THROWS_AS.

#include <cited/catalog/groups.hpp>
#include <cited/catalog/seed.hpp>
#include <cited/catalog/seed_metrics.hpp>
#include <cited/cite/apa.hpp>
#include <cited/cite/in_text.hpp>
#include <cited/fact/figure.hpp>
#include <cited/fact/subject.hpp>
#include <cited/value/amount.hpp>
#include <cited/value/country.hpp>
#include <cited/value/counts.hpp>
#include <cited/value/estimate.hpp>
#include <cited/value/metric.hpp>
#include <cited/value/period.hpp>
#include <cited/value/units.hpp>

#include <ratio>
#include <string>
#include <string_view>

namespace format_cases {

using namespace cited::literals;
using pflops = cited::amount<cited::units::petaflops>;
using eflops = cited::amount<cited::units::exaflops>;
// 1024 bytes: a unit that takes no SI prefix.
struct kibibytes {
  using dimension = cited::dimensions::information;
  using ratio = std::ratio<1024>;
  static constexpr std::string_view symbol = "KiB";
};

}  // namespace format_cases

TEST_CASE("format: the issue's example, country and period") {
  using namespace format_cases;
  CHECK_EQ(CITED_TEST_FORMAT("{:a3} {:long}", "CN"_country, cited::period::parse("2025-06")),
           std::string("CHN June 2025"));
}

TEST_CASE("format: country") {
  using namespace format_cases;
  SUBCASE("{} is the name readers know") {
    CHECK_EQ(CITED_TEST_FORMAT("{}", "CN"_country), std::string("China"));
    CHECK_EQ(CITED_TEST_FORMAT("{}", "KR"_country), std::string("South Korea"));
  }
  SUBCASE("{:name} is the ISO short name") {
    CHECK_EQ(CITED_TEST_FORMAT("{:name}", "KR"_country), std::string("Korea, Republic of"));
  }
  SUBCASE("{:official} is the official name, else the ISO short name") {
    CHECK_EQ(CITED_TEST_FORMAT("{:official}", "CN"_country),
             std::string("People's Republic of China"));
    CHECK_EQ(CITED_TEST_FORMAT("{:official}", "XK"_country), std::string("Kosovo"));
  }
  SUBCASE("{:a2}, {:a3} and {:code}") {
    CHECK_EQ(CITED_TEST_FORMAT("{:a2}/{:a3}", "CN"_country, "CN"_country), std::string("CN/CHN"));
    CHECK_EQ(CITED_TEST_FORMAT("{:code} {:code}", "CN"_country, "SUHH"_country),
             std::string("CN SUHH"));
  }
  SUBCASE("{:n} is the numeric code in three digits, empty where there is none") {
    CHECK_EQ(CITED_TEST_FORMAT("{:n}", "CN"_country), std::string("156"));
    CHECK_EQ(CITED_TEST_FORMAT("{:n}", "AF"_country), std::string("004"));
    CHECK_EQ(CITED_TEST_FORMAT("[{:n}]", "XK"_country), std::string("[]"));
  }
}

TEST_CASE("format: country group") {
  CHECK_EQ(CITED_TEST_FORMAT("{}", cited::groups::eu), std::string("European Union"));
  CHECK_EQ(CITED_TEST_FORMAT("{:id}", cited::groups::g7), std::string("G7"));
  const cited::dynamic_country_group aukus{"AUKUS", "Example Pact"};
  CHECK_EQ(CITED_TEST_FORMAT("{} ({:id})", aukus, aukus), std::string("Example Pact (AUKUS)"));
}

TEST_CASE("format: period") {
  SUBCASE("{} is the ISO form") {
    CHECK_EQ(CITED_TEST_FORMAT("{}", cited::period::parse("2024-Q1")), std::string("2024-Q1"));
    CHECK_EQ(CITED_TEST_FORMAT("{}", cited::period::parse("2020/2024")), std::string("2020/2024"));
  }
  SUBCASE("{:long} is in words") {
    CHECK_EQ(CITED_TEST_FORMAT("{:long}", cited::period::parse("2024-Q1")), std::string("Q1 2024"));
    CHECK_EQ(CITED_TEST_FORMAT("{:long}", cited::period::parse("2025-06-05")),
             std::string("5 June 2025"));
    CHECK_EQ(CITED_TEST_FORMAT("{:long}", cited::period::parse("2020/2024")),
             std::string("2020 to 2024"));
  }
}

TEST_CASE("format: count, rank and share") {
  SUBCASE("count: {} groups thousands, {:n} does not") {
    CHECK_EQ(CITED_TEST_FORMAT("{}", cited::count{23695}), std::string("23,695"));
    CHECK_EQ(CITED_TEST_FORMAT("{:n}", cited::count{23695}), std::string("23695"));
  }
  SUBCASE("rank: {} with its total, {:ordinal} without, {:n} the number") {
    CHECK_EQ(CITED_TEST_FORMAT("{}", cited::rank{2, 190}), std::string("2nd of 190"));
    CHECK_EQ(CITED_TEST_FORMAT("{}", cited::rank{11}), std::string("11th"));
    CHECK_EQ(CITED_TEST_FORMAT("{:ordinal}", cited::rank{2, 190}), std::string("2nd"));
    CHECK_EQ(CITED_TEST_FORMAT("{:n}", cited::rank{2, 190}), std::string("2"));
  }
  SUBCASE("share: {} as k of n, {:%} whole, {:.N%} to N places") {
    CHECK_EQ(CITED_TEST_FORMAT("{}", cited::share{12, 15}), std::string("12 of 15"));
    CHECK_EQ(CITED_TEST_FORMAT("{:%}", cited::share{12, 15}), std::string("80%"));
    CHECK_EQ(CITED_TEST_FORMAT("{:%}", cited::share{2, 3}), std::string("67%"));
    CHECK_EQ(CITED_TEST_FORMAT("{:.1%}", cited::share{2, 3}), std::string("66.7%"));
    CHECK_EQ(CITED_TEST_FORMAT("{:.2%}", cited::share{12, 15}), std::string("80.00%"));
  }
}

TEST_CASE("format: amount") {
  using namespace format_cases;
  SUBCASE("{} in the type's unit, {:.N} to N places") {
    CHECK_EQ(CITED_TEST_FORMAT("{}", pflops{1742}), std::string("1,742 PFLOP/s"));
    CHECK_EQ(CITED_TEST_FORMAT("{:.2}", pflops{1742}), std::string("1,742.00 PFLOP/s"));
    CHECK_EQ(CITED_TEST_FORMAT("{:.0}", pflops{1742.6}), std::string("1,743 PFLOP/s"));
  }
  SUBCASE("{:auto} with the best SI prefix, {:.Nauto} to N places") {
    CHECK_EQ(CITED_TEST_FORMAT("{:auto}", pflops{1742}), std::string("1.742 EFLOP/s"));
    CHECK_EQ(CITED_TEST_FORMAT("{:.2auto}", pflops{1742}), std::string("1.74 EFLOP/s"));
    CHECK_EQ(CITED_TEST_FORMAT("{:auto}", eflops{0.5}), std::string("500 PFLOP/s"));
    CHECK_EQ(CITED_TEST_FORMAT("{:auto}", eflops{0.1234}), std::string("123.4 PFLOP/s"));
    // A long precision is written in full.
    const std::string w = cited_test_vformat("{:.500auto}", cited::amount<cited::units::watts>{5});
    CHECK_EQ(std::to_string(w.size()), std::to_string(2 + 500 + 2));
    CHECK_EQ(w.substr(0, 5) + w.substr(w.size() - 4), std::string("5.00000 W"));
    CHECK_EQ(CITED_TEST_FORMAT("{:auto}", cited::amount<cited::units::watts>{2.5e7}),
             std::string("25 MW"));
  }
  SUBCASE("a unit that takes no SI prefix has no {:auto}") {
    const cited::amount<format_cases::kibibytes> memory{512};
    CHECK_EQ(CITED_TEST_FORMAT("{} / {:.1}", memory, memory), std::string("512 KiB / 512.0 KiB"));
    CHECK_THROWS_AS(cited_test_vformat("{:auto}", memory), cited_test_format_error);
  }
}

TEST_CASE("format: estimate") {
  using namespace format_cases;
  SUBCASE("the bound in words, the value with the value's spec") {
    const auto e = cited::estimate<pflops>::more_than(pflops{1742});
    CHECK_EQ(CITED_TEST_FORMAT("{:.1auto}", e), std::string("more than 1.7 EFLOP/s"));
    CHECK_EQ(CITED_TEST_FORMAT("{}", e), std::string("more than 1,742 PFLOP/s"));
  }
  SUBCASE("counts, and every bound") {
    using est = cited::estimate<cited::count>;
    CHECK_EQ(CITED_TEST_FORMAT("{}", est::more_than(cited::count{100000})),
             std::string("more than 100,000"));
    CHECK_EQ(CITED_TEST_FORMAT("{:n}", est::at_least(cited::count{100000})),
             std::string("at least 100000"));
    CHECK_EQ(CITED_TEST_FORMAT("{}", est::between(cited::count{10}, cited::count{20})),
             std::string("between 10 and 20"));
    CHECK_EQ(CITED_TEST_FORMAT("{}", est::at_most(cited::count{5})), std::string("at most 5"));
    CHECK_EQ(CITED_TEST_FORMAT("{}", est::less_than(cited::count{5})), std::string("less than 5"));
    CHECK_EQ(CITED_TEST_FORMAT("{}", est::exact(cited::count{7})), std::string("7"));
    CHECK_EQ(CITED_TEST_FORMAT("{}", est::unbounded()), std::string("unknown"));
  }
  SUBCASE("about, with a tolerance in the same spec") {
    const auto e = cited::estimate<eflops>::approximately(eflops{1.2}, eflops{0.1});
    CHECK_EQ(CITED_TEST_FORMAT("{:.1}", e), std::string("about 1.2 EFLOP/s \u00B1 0.1 EFLOP/s"));
  }
  SUBCASE("plain numbers take {} and {:.N}") {
    const auto e = cited::estimate<double>::at_least(0.5);
    CHECK_EQ(CITED_TEST_FORMAT("{}", e), std::string("at least 0.5"));
    CHECK_EQ(CITED_TEST_FORMAT("{:.2}", e), std::string("at least 0.50"));
  }
}

TEST_CASE("format: measure") {
  const cited::measure<cited::metrics::ai_publications> m{cited::count{23695}};
  CHECK_EQ(CITED_TEST_FORMAT("{} / {:n}", m, m), std::string("23,695 / 23695"));
}

TEST_CASE("format: subject") {
  using namespace format_cases;
  const cited::subject cn = "CN"_country;
  const cited::subject eu = cited::groups::eu;
  CHECK_EQ(CITED_TEST_FORMAT("{} ({:id})", cn, cn), std::string("China (CN)"));
  CHECK_EQ(CITED_TEST_FORMAT("{} ({:id})", eu, eu), std::string("European Union (group:EU)"));
}

TEST_CASE("format: figures, agents, sources and provenance") {
  using namespace format_cases;
  namespace seed = cited::seed;
  SUBCASE("a figure as it reads") {
    const cited::figure f{cited::estimate<cited::count>::more_than(cited::count{100000})};
    CHECK_EQ(CITED_TEST_FORMAT("{}", f), std::string("more than 100,000"));
    CHECK_EQ(CITED_TEST_FORMAT("{}", cited::figure{cited::rank{2}}), std::string("2nd"));
  }
  SUBCASE("organizations and people by name") {
    CHECK_EQ(CITED_TEST_FORMAT("{}", seed::digital_science()), std::string("Digital Science"));
    CHECK_EQ(CITED_TEST_FORMAT("{}", seed::daniel_hook()), seed::daniel_hook().to_string());
    CHECK_EQ(CITED_TEST_FORMAT("{}", seed::head_of_national_data_administration()),
             std::string("the head of China's National Data Administration (not named)"));
  }
  SUBCASE("a source: {} describes it, {:apa} is its reference, {:cite} its in-text citation") {
    const cited::source article = seed::article();
    CHECK_EQ(CITED_TEST_FORMAT("{}", article), article.to_string());
    CHECK_EQ(CITED_TEST_FORMAT("{:apa}", article),
             std::string("Liang, Y. (2025, August 26). China\u2019s Ascent to Global Computing "
                         "Power. The Belt and Road News Network."));
    CHECK_EQ(CITED_TEST_FORMAT("{:cite}", article), std::string("(Liang, 2025)"));
  }
  SUBCASE("a provenance: the chain on one line, {:cite} as cited in, {:ref} the work read") {
    const cited::provenance chain = seed::ai_publications();
    CHECK_EQ(CITED_TEST_FORMAT("{}", chain), chain.to_string("; "));
    CHECK_EQ(CITED_TEST_FORMAT("{:cite}", chain),
             std::string("(Dimensions, n.d., as cited in Liang, 2025)"));
    CHECK_EQ(CITED_TEST_FORMAT("{:ref}", chain), cited::cite(seed::article()));
  }
  SUBCASE("their specs are checked") {
    CHECK_THROWS_AS(cited_test_vformat("{:apa}", seed::digital_science()), cited_test_format_error);
    CHECK_THROWS_AS(cited_test_vformat("{:long}", seed::article()), cited_test_format_error);
  }
}

TEST_CASE("format: fill, alignment and width") {
  using namespace format_cases;
  SUBCASE("left by default, right, centred") {
    CHECK_EQ(CITED_TEST_FORMAT("[{:8}]", "CN"_country), std::string("[China   ]"));
    CHECK_EQ(CITED_TEST_FORMAT("[{:>8}]", "CN"_country), std::string("[   China]"));
    CHECK_EQ(CITED_TEST_FORMAT("[{:*^9a2}]", "CN"_country), std::string("[***CN****]"));
  }
  SUBCASE("with a style and a precision") {
    CHECK_EQ(CITED_TEST_FORMAT("[{:>12.1%}]", cited::share{2, 3}), std::string("[       66.7%]"));
    CHECK_EQ(CITED_TEST_FORMAT("[{:-<16.1auto}]", pflops{1742}), std::string("[1.7 EFLOP/s-----]"));
    CHECK_EQ(CITED_TEST_FORMAT("[{:>12long}]", cited::period::parse("2025-06")),
             std::string("[   June 2025]"));
  }
  SUBCASE("the width counts characters, not bytes, and the fill may be any character") {
    CHECK_EQ(CITED_TEST_FORMAT("[{:>15}]", "CI"_country), std::string("[  C\u00F4te d'Ivoire]"));
    CHECK_EQ(CITED_TEST_FORMAT("[{:\u00B7>5a3}]", "CN"_country), std::string("[\u00B7\u00B7CHN]"));
  }
  SUBCASE("a width smaller than the text does not cut it") {
    CHECK_EQ(CITED_TEST_FORMAT("[{:2}]", cited::rank{2, 190}), std::string("[2nd of 190]"));
  }
  SUBCASE("the width applies to a whole estimate") {
    const auto e = cited::estimate<cited::count>::more_than(cited::count{5});
    CHECK_EQ(CITED_TEST_FORMAT("[{:>13}]", e), std::string("[  more than 5]"));
  }
}

TEST_CASE("format: a malformed spec is a format_error at run time") {
  using namespace format_cases;
  const auto cn = "CN"_country;
  SUBCASE("a style the type does not have") {
    CHECK_THROWS_AS(cited_test_vformat("{:a4}", cn), cited_test_format_error);
    CHECK_THROWS_AS(cited_test_vformat("{:long}", cn), cited_test_format_error);
    CHECK_THROWS_AS(cited_test_vformat("{:auto}", cited::count{1}), cited_test_format_error);
    CHECK_THROWS_AS(cited_test_vformat("{:%}", cited::rank{1}), cited_test_format_error);
    CHECK_THROWS_AS(cited_test_vformat("{:d}", cited::count{1}), cited_test_format_error);
  }
  SUBCASE("a precision where the style takes none") {
    CHECK_THROWS_AS(cited_test_vformat("{:.2a3}", cn), cited_test_format_error);
    CHECK_THROWS_AS(cited_test_vformat("{:.1}", cited::share{1, 2}), cited_test_format_error);
  }
  SUBCASE("a precision without digits, a nested field, a brace as fill") {
    CHECK_THROWS_AS(cited_test_vformat("{:.%}", cited::share{1, 2}), cited_test_format_error);
    CHECK_THROWS_AS(cited_test_vformat("{:{}}", cn, 5), cited_test_format_error);
    CHECK_THROWS_AS(cited_test_vformat("{:{<5}", cn), cited_test_format_error);
  }
  SUBCASE("a fill that is not one whole UTF-8 character") {
    CHECK_THROWS_AS(cited_test_vformat("{:\x80<5}", cn), cited_test_format_error);
    CHECK_THROWS_AS(cited_test_vformat("{:\xC3<>5}", cn), cited_test_format_error);
    CHECK_THROWS_AS(cited_test_vformat("{:\xC0\x80<5}", cn), cited_test_format_error);
    CHECK_EQ(cited_test_vformat("{:\xC3\xA9<4a2}", cn), std::string("CN\xC3\xA9\xC3\xA9"));
  }
  SUBCASE("the message says what the type takes") {
    std::string message;
    try {
      static_cast<void>(cited_test_vformat("{:a4}", cn));
    } catch (const cited_test_format_error& e) {
      message = e.what();
    }
    CHECK_EQ(message, std::string("cited: a country's format spec is {}, {:name}, {:official}, "
                                  "{:a2}, {:a3}, {:code} or {:n}"));
  }
  SUBCASE("the good specs pass at run time too") {
    CHECK_EQ(cited_test_vformat("{:a3} {:long}", cn, cited::period::parse("2025-06")),
             std::string("CHN June 2025"));
    CHECK_EQ(cited_test_vformat("{:>6.1%}", cited::share{1, 3}), std::string(" 33.3%"));
  }
}

#endif  // CITED_TESTS_FORMAT_CASES_HPP
