// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0
//
// A dataset of your own: your metrics and unit, your group with dated memberships, systems with
// organizations by role, sources that cite each other, several figures for one key, claims
// checked with their evidence, and a JSON document that loads back from its text alone.
//
// The systems, the organizations, the group and every figure here are made up for the example;
// they say nothing about the countries they name.
//
//   your_dataset              prints the walk-through
//   your_dataset out.json     also saves the dataset, which `factsheet out.json` then reads

#include <cited/dataset.hpp>

#include <fstream>
#include <iostream>
#include <string_view>

namespace my {

/// A dimension and a unit of your own: inference throughput in tokens per second.
struct inference_rate {
  static constexpr std::string_view name = "inference_rate";
};
struct tokens_per_second : cited::named_unit<"token/s", inference_rate> {};

/// Your metrics: a measured speed in a built-in unit, a throughput in yours, a count, and a
/// ratio of two counts.
struct measured_speed {
  using value_type = cited::amount<cited::units::petaflops>;
  static constexpr std::string_view id = "measured_speed";
  static constexpr std::string_view name = "measured speed";
  static constexpr bool additive = true;
  static constexpr bool higher_is_better = true;
};
struct throughput {
  using value_type = cited::amount<cited::units::kilo<tokens_per_second>>;
  static constexpr std::string_view id = "throughput";
  static constexpr std::string_view name = "inference throughput";
  static constexpr bool additive = true;
  static constexpr bool higher_is_better = true;
};
struct systems_listed {
  using value_type = cited::count;
  static constexpr std::string_view id = "systems_listed";
  static constexpr std::string_view name = "systems in the list";
  static constexpr bool additive = true;
  static constexpr bool higher_is_better = true;
};
struct researchers {
  using value_type = cited::count;
  static constexpr std::string_view id = "researchers";
  static constexpr std::string_view name = "researchers";
  static constexpr bool additive = true;
  static constexpr bool higher_is_better = true;
};
struct systems_per_thousand_researchers {
  using value_type = double;  // a ratio of two named metrics
  using numerator = systems_listed;
  using denominator = researchers;
  static constexpr double per = 1000;
  static constexpr std::string_view id = "systems_per_thousand_researchers";
  static constexpr std::string_view name = "systems per thousand researchers";
  static constexpr bool additive = false;  // ratios never add up
  static constexpr bool higher_is_better = true;
};

}  // namespace my

int main(int argc, char** argv) {
  using namespace cited;
  using namespace cited::literals;
  using pflops = amount<units::petaflops>;

  // Your group, with dated memberships; the dataset keeps its own copy.
  dynamic_country_group club{"EXAMPLE-CLUB", "Example Club"};
  club.add("DE"_country, ymd(2001, 1, 1))
      .add("FR"_country, ymd(2001, 1, 1))
      .add("JP"_country, ymd(2010, 1, 1), ymd(2020, 1, 1));

  // Systems, with organizations by role and a country.
  const organization maker{"Example Maker", organization_kind::company};
  const organization lab{"Example Laboratory", organization_kind::government_body};
  const organization centre{"Example Computing Centre", organization_kind::government_body};
  const product a{product_kind::system,
                  "System A",
                  {{organization_role::made_by, maker},
                   {organization_role::operated_by, lab},
                   {organization_role::hosted_by, lab}},
                  "DE"_country};
  const product b{product_kind::system,
                  "System B",
                  {{organization_role::made_by, maker}, {organization_role::operated_by, centre}},
                  "FR"_country};

  // Sources: a list, a news story citing the list, and the lab's own word.
  const source list{{.kind = source_kind::report,
                     .title = "Example List of Systems",
                     .publisher = centre,
                     .published = period::parse("2025-06")}};
  const source story{{.kind = source_kind::news_article,
                      .title = "Example Lab's system leads the list",
                      .publisher = organization{"Example News", organization_kind::news_site},
                      .published = period::parse("2025-06-12")}};
  dataset ds;
  ds.set_title("An example dataset of made-up systems");
  ds.add_group(club.view());
  ds.add_source("list", provenance{relation::published_by, list});
  ds.add_source("news", provenance{relation::published_by, story}.then(relation::citing, list));
  ds.add_source("lab", provenance{relation::stated_by, lab});

  const period y2025 = period::parse("2025");
  ds.add<my::measured_speed>(a, y2025, pflops{1742}, "lab");
  ds.add<my::measured_speed>(a, y2025, pflops{1700}, "list");  // the same key, another source
  ds.add<my::measured_speed>(a, period::parse("2025-06"), pflops{1650}, "list");
  ds.add<my::measured_speed>(b, y2025, estimate<pflops>::approximately(pflops{900}, pflops{50}),
                             "list");
  ds.add<my::throughput>(a, y2025, amount<units::kilo<my::tokens_per_second>>{2.5}, "lab");
  ds.add<my::systems_listed>("DE"_country, y2025, count{3}, "list");
  ds.add<my::systems_listed>("FR"_country, y2025, count{2}, "list");
  ds.add<my::systems_per_thousand_researchers>(
      "DE"_country, y2025, estimate<double>::approximately(0.012, 0.001), "list");

  // Typed read-back, in your unit, with each figure's source.
  std::cout << "System A, 2025:\n";
  for (const auto& x : ds.find<my::measured_speed>(a, y2025)) {
    std::cout << "  " << x << " (source " << x.observation.source_id() << ")\n";
  }
  std::cout << "  " << ds.find<my::throughput>(a, y2025)[0] << " of inference\n";
  // A time series; and one figure per subject chosen by a policy that the result names.
  std::cout << "System A by period:\n";
  for (const auto& x : ds.series<my::measured_speed>(a, query_policy::by_source("list"))) {
    std::cout << "  " << x.observation.period().to_string() << ": " << x << '\n';
  }
  const auto ranking = ds.rank<my::measured_speed>(y2025, query_policy::most_primary());
  std::cout << "fastest in 2025 (" << ranking.policy.to_string()
            << "): " << ranking.entries[0].observation.subject().display_name() << ", "
            << ranking.entries[0].value << '\n';

  // Totals over your group, and the ratio that totals refuse.
  const subject members{*ds.find_group("EXAMPLE-CLUB")};
  std::cout << "systems listed in the Example Club, 2025: "
            << ds.total<my::systems_listed>(members, y2025) << '\n';
  try {
    static_cast<void>(ds.total("systems_per_thousand_researchers", members, y2025));
  } catch (const dataset_error& e) {
    std::cout << "refused: " << e.what() << '\n';
  }

  // Claims, checked with their evidence: the lab's own figure is self-reported, the list's is
  // independent.
  ds.add(rank_claim{a, "measured_speed", y2025, 1, {}, "lab", {b}});
  ds.add(total_claim{members, "systems_listed", y2025, estimate<count>::at_least(count{4}), "lab"});
  ds.add(statement_claim{{a, lab}, "is open to researchers from any member of the club", "lab"});
  for (const claim& c : ds.claims()) {
    const check_result r = ds.check(c);
    std::cout << ds.describe(c) << "\n  verdict: " << enum_name(r.verdict) << '\n';
    for (const evidence& e : r.evidence) {
      std::cout << "    " << enum_name(e.stance) << (e.self_reported ? ", self-reported" : "")
                << ": " << to_string(e.observation.value()) << " from " << e.origin << '\n';
    }
  }

  // The document defines your metrics, unit, group and systems: it loads from its text alone.
  const std::string text = ds.to_json();
  const dataset back = dataset::from_json(text);
  std::cout << "read back: " << back.size() << " observations, " << back.claims().size()
            << " claims, " << back.find_metric("throughput")->unit << ", "
            << back.find_group("EXAMPLE-CLUB")->name() << '\n';
  const dataset via_csv = dataset::from_csv(ds.to_csv(), ds.to_csv_sidecar());
  std::cout << "through CSV and its sidecar: "
            << (via_csv.to_json() == text ? "the same" : "differs") << '\n';
  if (argc > 1) {
    std::ofstream(argv[1]) << text;
    std::cout << "saved to " << argv[1] << '\n';
  }
}
