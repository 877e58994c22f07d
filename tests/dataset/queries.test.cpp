// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/dataset/typed.hpp>

#include <doctest/doctest.h>

#include <cited/dataset.hpp>
#include "support.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

// Typed read-back, policies over several observations of one key, and time series. The systems,
// sources and figures here are made up for the tests ("System A", "Example Benchmark Report"):
// they describe nothing real.
namespace queries_test {

using namespace cited;
using namespace cited::literals;
using support::text;

// A unit of the user's own: tokens per second, and its thousands.
struct inference_rate_dimension {};
struct tokens_per_second : named_unit<"token/s", inference_rate_dimension> {};
using ktokens_per_second = units::kilo<tokens_per_second>;

// The user's metrics about test systems.
struct inference_rate {
  using value_type = amount<ktokens_per_second>;
  static constexpr std::string_view id = "test_inference_rate";
  static constexpr std::string_view name = "inference rate of a test system";
  static constexpr bool additive = true;
  static constexpr bool higher_is_better = true;
};
// The facts of a speed metric; system_speed and the types below differ only in the value type.
struct speed_facts {
  static constexpr std::string_view id = "test_system_speed";
  static constexpr std::string_view name = "measured speed of a test system";
  static constexpr bool additive = true;
  static constexpr bool higher_is_better = true;
};
struct system_speed : speed_facts {
  using value_type = amount<units::petaflops>;
};
struct system_place {
  using value_type = rank;
  static constexpr std::string_view id = "test_system_place";
  static constexpr std::string_view name = "place of a test system in a test list";
  static constexpr bool additive = false;
  static constexpr bool higher_is_better = false;
};
// The same id as system_speed, read as another kind or unit.
struct system_speed_as_count : speed_facts {
  using value_type = count;
};
struct system_speed_in_exaflops : speed_facts {
  using value_type = amount<units::exaflops>;
};

using pflops = amount<units::petaflops>;
using speeds = estimate<pflops>;

const organization maker{"Example Maker", organization_kind::company};
const subject system_a = product{"System A", maker};
const subject system_b = product{"System B", maker};
const subject system_c = product{"System C", maker};
const period y2024 = period::parse("2024");
const period y2025 = period::parse("2025");

source work(std::string title, source_kind kind, const char* published) {
  source_fields f{.kind = kind,
                  .title = std::move(title),
                  .publisher = organization{"Example Publisher", organization_kind::research_firm}};
  if (published) f.published = period::parse(published);
  return source(std::move(f));
}

// Three sources: a benchmark report (one hop, published 2025-06), a news article about it (two
// hops, published 2025-11-20) and a newsletter quoting the article (three hops, 2025-09).
dataset with_sources() {
  dataset ds;
  const source report = work("Example Benchmark Report", source_kind::report, "2025-06");
  const source article = work("Example News Article", source_kind::news_article, "2025-11-20");
  ds.add_source("report", provenance{relation::published_by, report});
  ds.add_source("article",
                provenance{relation::published_by, article}.then(relation::according_to, report));
  ds.add_source("newsletter",
                provenance{relation::published_by,
                           work("Example Newsletter", source_kind::news_article, "2025-09")}
                    .then(relation::quoting, article)
                    .then(relation::according_to, report));
  return ds;
}

TEST_CASE("dataset.find<M>") {
  dataset ds = with_sources();
  using krate = amount<ktokens_per_second>;
  ds.add<inference_rate>(system_a, y2025, krate{12.5}, "report");
  ds.add<inference_rate>(system_b, y2025, estimate<krate>::at_least(krate{3}), "report");
  SUBCASE("an amount comes back in the metric's unit, with its bound") {
    const found<measured<inference_rate>> a = ds.find<inference_rate>(system_a, y2025);
    REQUIRE(a.size() == 1);
    CHECK(a[0].value == estimate<krate>::exact(krate{12.5}));
    CHECK(text(a[0]) == "12.5 ktoken/s");
    CHECK(a[0].exact() == measure<inference_rate>(krate{12.5}));
    CHECK(a[0].observation.source_id() == "report");
    CHECK(a.policy == query_policy::all());
    const auto b = ds.find<inference_rate>(system_b, y2025);
    REQUIRE(b.size() == 1);
    CHECK(text(b[0]) == "at least 3 ktoken/s");
    CHECK_FALSE(b[0].exact());
  }
  SUBCASE("the untyped path stays, for a metric known by id") {
    const std::vector<observation_ref> a = ds.find("test_inference_rate", system_a, y2025);
    REQUIRE(a.size() == 1);
    CHECK(a[0].value() == figure(estimate<double>::exact(12.5)));
    CHECK(a[0].metric().unit == "ktoken/s");
  }
  SUBCASE("ranks come back as themselves") {
    ds.add<system_place>(system_a, y2025, rank{1, 500}, "report");
    const auto a = ds.find<system_place>(system_a, y2025);
    REQUIRE(a.size() == 1);
    CHECK(a[0].value == rank{1, 500});
    CHECK(text(a[0]) == "1st of 500");
  }
  SUBCASE("nothing found") {
    CHECK(ds.find<inference_rate>(system_c, y2025).empty());
    CHECK(ds.find<inference_rate>(system_a, y2024).empty());
  }
  SUBCASE("a metric type of another kind or unit than the dataset's metric is refused") {
    ds.add<system_speed>(system_a, y2025, pflops{1742}, "report");
    CHECK_THROWS_WITH_AS(ds.find<system_speed_as_count>(system_a, y2025),
                         "metric \"test_system_speed\" is an amount in PFLOP/s in the dataset, "
                         "but the type queries_test::system_speed_as_count reads a count",
                         dataset_error);
    CHECK_THROWS_WITH_AS(
        ds.find<system_speed_in_exaflops>(system_a, y2025),
        "metric \"test_system_speed\" is an amount in PFLOP/s in the dataset, "
        "but the type queries_test::system_speed_in_exaflops reads an amount in EFLOP/s",
        dataset_error);
    CHECK_THROWS_AS(ds.rank<system_speed_as_count>(y2025), dataset_error);
    CHECK_THROWS_AS(ds.total<system_speed_as_count>(system_a, y2025), dataset_error);
    try {
      static_cast<void>(ds.series<system_speed_as_count>(system_a));
      FAIL("no error");
    } catch (const dataset_error& e) {
      CHECK(e.kind() == dataset_errc::wrong_figure_kind);
      CHECK(e.id() == "test_system_speed");
    }
  }
  SUBCASE("a metric the dataset does not know is refused") {
    CHECK_THROWS_WITH_AS(ds.find<system_speed>(system_a, y2025),
                         "unknown metric \"test_system_speed\"", dataset_error);
  }
}

TEST_CASE("dataset.rank<M> and dataset.total<M>") {
  dataset ds = with_sources();
  ds.add<system_speed>(system_a, y2025, pflops{1742}, "report");
  ds.add<system_speed>(system_b, y2025, speeds::more_than(pflops{900}), "report");
  SUBCASE("a typed ranking keeps the unit") {
    const typed_ranking<system_speed> r = ds.rank<system_speed>(y2025);
    REQUIRE(r.entries.size() == 2);
    CHECK(r.entries[0].observation.subject() == system_a);
    CHECK(text(r.entries[0].value) == "1,742 PFLOP/s");
    CHECK(text(r.entries[1].value) == "more than 900 PFLOP/s");
    CHECK(r.entries[0].best == 1);
    CHECK(r.entries[0].worst == 2);  // B may be faster
    CHECK(r.uncertain().size() == 2);
    CHECK(r.policy == query_policy::first_added());
  }
  SUBCASE("a typed total keeps the unit") {
    const typed_total<system_speed> one = ds.total<system_speed>(system_a, y2025);
    CHECK(text(one) == "1,742 PFLOP/s");
    CHECK(one.value == speeds::exact(pflops{1742}));
    const auto both = ds.total<system_speed>(subject::aggregate({system_a, system_b}), y2025);
    CHECK(text(both) == "more than 2,642 PFLOP/s");
    CHECK(both.complete());
    const auto with_c =
        ds.total<system_speed>(subject::aggregate({system_a, system_b, system_c}), y2025);
    CHECK_FALSE(with_c.complete());
    CHECK(with_c.missing.size() == 1);
    CHECK(with_c.policy == query_policy::first_added());
  }
}

// A figure where lower is better and values may be negative, for the ranking of many subjects.
struct test_offset {
  using value_type = amount<units::petaflops>;
  static constexpr std::string_view id = "test_offset";
  static constexpr std::string_view name = "offset of a test system";
  static constexpr bool additive = false;
  static constexpr bool higher_is_better = false;
};

TEST_CASE("dataset.rank of many exact figures") {
  // Enough subjects for the radix sort, with ties, negative figures and both zeros: each place
  // must be what a stable sort of the subjects (in country order) by goodness gives.
  const auto check = [](const ranking& r, const std::vector<double>& goodness) {
    std::vector<std::size_t> order(goodness.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t x, std::size_t y) { return goodness[y] < goodness[x]; });
    REQUIRE(r.entries.size() == order.size());
    for (std::size_t i = 0; i < order.size();) {
      std::size_t j = i + 1;
      while (j < order.size() && goodness[order[j]] == goodness[order[i]]) ++j;
      for (std::size_t k = i; k < j; ++k) {
        CHECK(r.entries[k].observation.subject() == subject(country::all()[order[k]]));
        CHECK(r.entries[k].best == i + 1);
        CHECK(r.entries[k].worst == i + 1);
        CHECK(r.entries[k].tied == (j - i > 1));
      }
      i = j;
    }
  };
  dataset ds{with_builtins};
  ds.add_source("report", provenance{relation::published_by, maker});
  const std::span<const country> all = country::all();
  std::vector<double> counts, offsets;
  for (std::size_t i = 0; i < all.size(); ++i) {
    const std::uint64_t n = (i * 2654435761u) % 97;  // many ties
    ds.add<metrics::ai_publications>(all[i], y2025, count{n}, "report");
    counts.push_back(static_cast<double>(n));
    const double x = i % 7 == 0    ? 0.0
                     : i % 11 == 0 ? -0.0
                                   : (static_cast<double>((i * 40503u) % 200) - 100.0) / 8;
    ds.add<test_offset>(all[i], y2025, pflops{x}, "report");
    offsets.push_back(-x);  // lower is better
  }
  check(ds.rank("ai_publications", y2025), counts);
  check(ds.rank("test_offset", y2025), offsets);
}

TEST_CASE("query_policy") {
  dataset ds = with_sources();
  // Two figures for one key, added: the newsletter's, then the report's, then the article's.
  ds.add<system_speed>(system_a, y2025, pflops{1700}, "newsletter");
  ds.add<system_speed>(system_a, y2025, pflops{1742}, "report");
  ds.add<system_speed>(system_a, y2025, pflops{1750}, "article");
  ds.add<system_speed>(system_b, y2025, pflops{1720}, "article");
  const auto a_in = [&](const query_policy& p) {
    const auto f = ds.find<system_speed>(system_a, y2025, {.policy = p});
    REQUIRE(f.size() == 1);
    CHECK(f.policy == p);
    return text(f[0]);
  };
  SUBCASE("all: every observation of the key, in the order added") {
    const auto f = ds.find<system_speed>(system_a, y2025);
    REQUIRE(f.size() == 3);
    CHECK(f[0].observation.source_id() == "newsletter");
    CHECK(f[1].observation.source_id() == "report");
    CHECK(f[2].observation.source_id() == "article");
  }
  SUBCASE("first added, the default of rank and total") {
    CHECK(a_in(query_policy::first_added()) == "1,700 PFLOP/s");
    const auto r = ds.rank<system_speed>(y2025);
    REQUIRE(r.entries.size() == 2);
    CHECK(r.entries[0].observation.subject() == system_b);  // 1,720 ahead of A's 1,700
    CHECK(ds.total<system_speed>(system_a, y2025).value == speeds::exact(pflops{1700}));
  }
  SUBCASE("by source") {
    const query_policy report = query_policy::by_source("report");
    CHECK(a_in(report) == "1,742 PFLOP/s");
    const auto r = ds.rank<system_speed>(y2025, report);
    REQUIRE(r.entries.size() == 1);  // B has no figure from the report
    CHECK(r.entries[0].observation.source_id() == "report");
    CHECK(r.policy == report);
    const auto t =
        ds.total<system_speed>(subject::aggregate({system_a, system_b}), y2025, {.policy = report});
    CHECK(t.value == speeds::at_least(pflops{1742}));
    REQUIRE(t.missing.size() == 1);
    CHECK(t.missing[0].subject == system_b);
    CHECK(t.policy == report);
    CHECK(a_in(query_policy::by_source("article")) == "1,750 PFLOP/s");
  }
  SUBCASE("most primary: the fewest hops to the origin") {
    CHECK(a_in(query_policy::most_primary()) == "1,742 PFLOP/s");
    const auto r = ds.rank("test_system_speed", y2025, query_policy::most_primary());
    REQUIRE(r.entries.size() == 2);
    CHECK(r.entries[0].observation.subject() == system_a);  // the report's 1,742
    CHECK(r.policy == query_policy::most_primary());
  }
  SUBCASE("latest publication") {
    CHECK(a_in(query_policy::latest_publication()) == "1,750 PFLOP/s");  // the article
    const auto t = ds.total("test_system_speed", system_a, y2025,
                            {.policy = query_policy::latest_publication()});
    CHECK(t.value == figure(estimate<double>::exact(1750)));
    CHECK(t.policy == query_policy::latest_publication());
  }
  SUBCASE("ties go to the first added") {
    ds.add_source("report-copy", provenance(ds.source("report")).then(relation::citing, maker));
    ds.add_source("another-report",
                  provenance{relation::published_by,
                             work("Another Example Report", source_kind::report, "2025-06")});
    ds.add<system_speed>(system_c, y2025, pflops{10}, "another-report");
    ds.add<system_speed>(system_c, y2025, pflops{20}, "report");
    ds.add<system_speed>(system_c, y2025, pflops{30}, "report-copy");
    const auto c_in = [&](const query_policy& p) {
      return text(ds.find<system_speed>(system_c, y2025, {.policy = p})[0]);
    };
    CHECK(c_in(query_policy::most_primary()) == "10 PFLOP/s");        // one hop each
    CHECK(c_in(query_policy::latest_publication()) == "10 PFLOP/s");  // 2025-06 each
  }
  SUBCASE("a chain without a publication date comes last") {
    ds.add_source("undated", provenance{relation::stated_by, maker});
    ds.add<system_speed>(system_c, y2025, pflops{10}, "undated");
    ds.add<system_speed>(system_c, y2025, pflops{20}, "report");
    CHECK(text(ds.find<system_speed>(
              system_c, y2025, {.policy = query_policy::latest_publication()})[0]) == "20 PFLOP/s");
  }
  SUBCASE("an unknown source id is refused, naming the query") {
    const query_policy nobody = query_policy::by_source("nobody");
    CHECK_THROWS_WITH_AS(ds.rank<system_speed>(y2025, nobody),
                         "unknown source id \"nobody\" in the policy of rank", dataset_error);
    CHECK_THROWS_WITH_AS(ds.total<system_speed>(system_a, y2025, {.policy = nobody}),
                         "unknown source id \"nobody\" in the policy of total", dataset_error);
    CHECK_THROWS_WITH_AS(ds.find("test_system_speed", system_a, y2025, {.policy = nobody}),
                         "unknown source id \"nobody\" in the policy of find", dataset_error);
    // Refused even where nothing is found.
    CHECK_THROWS_WITH_AS(ds.find("test_system_speed", system_c, y2024, {.policy = nobody}),
                         "unknown source id \"nobody\" in the policy of find", dataset_error);
    try {
      static_cast<void>(ds.series("test_system_speed", system_a, nobody));
      FAIL("no error");
    } catch (const dataset_error& e) {
      CHECK(e.kind() == dataset_errc::unknown_source);
      CHECK(e.id() == "nobody");
    }
  }
  SUBCASE("rank and total take one observation per subject, not all") {
    CHECK_THROWS_WITH_AS(ds.rank<system_speed>(y2025, query_policy::all()),
                         "rank takes one observation per subject; choose the policy first_added, "
                         "by_source, most_primary or latest_publication, not all",
                         dataset_error);
    CHECK_THROWS_AS(ds.total<system_speed>(system_a, y2025, {.policy = query_policy::all()}),
                    dataset_error);
  }
  SUBCASE("a policy names itself") {
    CHECK(query_policy().to_string() == "first added");
    CHECK(query_policy::all().to_string() == "all");
    CHECK(query_policy::by_source("report").to_string() == "by source \"report\"");
    CHECK(query_policy::most_primary().to_string() == "most primary");
    CHECK(query_policy::latest_publication().to_string() == "latest publication");
    CHECK(query_policy::by_source("report").source() == "report");
    CHECK(query_policy::by_source("a") != query_policy::by_source("b"));
  }
}

TEST_CASE("dataset.series") {
  dataset ds = with_sources();
  // Added out of order, with a month inside a year and two sources for 2024.
  ds.add<system_speed>(system_a, period::parse("2025-06"), pflops{1742}, "report");
  ds.add<system_speed>(system_a, y2024, pflops{1200}, "article");
  ds.add<system_speed>(system_b, y2024, pflops{50}, "report");
  ds.add<system_speed>(system_a, period::parse("2023"), pflops{800}, "report");
  ds.add<system_speed>(system_a, y2025, pflops{1800}, "report");
  ds.add<system_speed>(system_a, y2024, pflops{1190}, "report");
  const auto periods = [](const auto& found) {
    std::vector<std::string> out;
    for (const auto& x : found) {
      out.push_back(x.observation.period().to_string() + ": " + text(x.value));
    }
    return out;
  };
  SUBCASE("every period of a subject, ordered by period") {
    const auto s = ds.series<system_speed>(system_a);
    CHECK(s.policy == query_policy::all());
    CHECK(periods(s) == std::vector<std::string>{"2023: 800 PFLOP/s", "2024: 1,200 PFLOP/s",
                                                 "2024: 1,190 PFLOP/s", "2025: 1,800 PFLOP/s",
                                                 "2025-06: 1,742 PFLOP/s"});
  }
  SUBCASE("one per period, by a policy") {
    const auto s = ds.series<system_speed>(system_a, query_policy::by_source("report"));
    CHECK(periods(s) == std::vector<std::string>{"2023: 800 PFLOP/s", "2024: 1,190 PFLOP/s",
                                                 "2025: 1,800 PFLOP/s", "2025-06: 1,742 PFLOP/s"});
    CHECK(ds.series<system_speed>(system_a, query_policy::first_added()).size() == 4);
  }
  SUBCASE("untyped, by id") {
    const found<observation_ref> s = ds.series("test_system_speed", system_b);
    REQUIRE(s.size() == 1);
    CHECK(s[0].period() == y2024);
    CHECK(ds.series("test_system_speed", system_c).empty());
    CHECK_THROWS_AS(ds.series("no_such_metric", system_a), dataset_error);
  }
}

TEST_CASE("dataset.find within") {
  dataset ds = with_sources();
  ds.add<system_speed>(system_a, period::parse("2025-06"), pflops{1742}, "report");
  ds.add<system_speed>(system_a, period::parse("2024-12"), pflops{1500}, "report");
  ds.add<system_speed>(system_a, period::parse("2024-11/2025-02"), pflops{1600}, "report");
  ds.add<system_speed>(system_b, period::parse("2025-03"), pflops{900}, "report");
  SUBCASE("a month is found inside a year only when asked") {
    CHECK(ds.find<system_speed>(system_a, y2025).empty());
    CHECK(ds.find("test_system_speed", system_a, y2025).empty());
    const auto in = ds.find<system_speed>(system_a, y2025, {.within = true});
    REQUIRE(in.size() == 1);  // not 2024-12, nor 2024-11/2025-02, which only overlaps 2025
    CHECK(in[0].observation.period() == period::parse("2025-06"));
    CHECK(text(in[0]) == "1,742 PFLOP/s");
  }
  SUBCASE("the period asked for itself matches too, ordered by period") {
    ds.add<system_speed>(system_a, y2025, pflops{1800}, "article");
    ds.add<system_speed>(system_a, period::parse("2025-01"), pflops{1650}, "article");
    const auto in = ds.find("test_system_speed", system_a, y2025, {.within = true});
    REQUIRE(in.size() == 3);
    CHECK(in[0].period() == y2025);
    CHECK(in[1].period() == period::parse("2025-01"));
    CHECK(in[2].period() == period::parse("2025-06"));
    const auto primary = ds.find<system_speed>(
        system_a, y2025, {.policy = query_policy::by_source("report"), .within = true});
    REQUIRE(primary.size() == 1);
    CHECK(primary.policy == query_policy::by_source("report"));
  }
  SUBCASE("other subjects stay out") {
    const auto in = ds.find<system_speed>(system_b, y2025, {.within = true});
    REQUIRE(in.size() == 1);
    CHECK(in[0].observation.subject() == system_b);
    CHECK(ds.find<system_speed>(system_c, y2025, {.within = true}).empty());
  }
}

}  // namespace queries_test
