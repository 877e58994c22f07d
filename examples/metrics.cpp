// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0
//
// The seed article's figures as typed values (The Belt and Road News Network, 2025-08-26, which
// credits them to the head of China's National Data Administration, the Dimensions database,
// Artificial Analysis and Alibaba; the GitHub rank is the article's own), and what the types
// refuse. The article gives no computing power figure and no US, UK or EU publication counts, so
// none appear here.

#include <cited/catalog/seed_metrics.hpp>
#include <cited/json.hpp>
#include <cited/value/estimate.hpp>
#include <cited/value/metric.hpp>
#include <cited/value/period.hpp>

#include <iostream>

int main() {
  using namespace cited;
  namespace m = cited::metrics;

  // China's total computing power: second only to the United States.
  const measure<m::computing_power_rank> compute_rank{rank{2}};
  // AI-related publications by China-based scholars in 2024 (the Dimensions database).
  const period year = period::parse("2024");
  const measure<m::ai_publications> publications{count{23695}};
  // China's developer community on GitHub: the third largest (the article's own statement).
  const measure<m::github_developer_community_rank> github{rank{3}};
  // 12 of the world's top 15 open-source AI models are from China (Artificial Analysis).
  const measure<m::top_open_source_models> models{share{12, 15}};
  // Alibaba's Qwen has inspired more than 100,000 derivative models (the company).
  using derivatives = estimate<measure<m::derivative_models>>;
  const auto qwen = derivatives::more_than(measure<m::derivative_models>{count{100000}});

  std::cout << "computing power: " << compute_rank << '\n'
            << "AI publications, " << year << ": " << publications << '\n'
            << "GitHub developer community: " << github << '\n'
            << "top open-source AI models: " << models << " ("
            << static_cast<double>(models.value()) * 100 << "%)\n"
            << "Qwen derivative models: " << qwen << '\n';

  // What an estimate allows: more than 100,000 is certainly above 90,000, but not known to be
  // above 150,000.
  const auto exactly = [](long n) {
    return derivatives::exact(measure<m::derivative_models>{count{n}});
  };
  std::cout << std::boolalpha
            << "above 90,000 for certain: " << certainly_greater(qwen, exactly(90000)) << '\n'
            << "above 150,000 for certain: " << certainly_greater(qwen, exactly(150000)) << '\n'
            << "possibly above 150,000: " << possibly_greater(qwen, exactly(150000)) << '\n'
            << "in JSON: " << to_json(qwen) << '\n';

  const auto info = metric_info::of<m::ai_publications>();
  std::cout << "metric " << info.id << ": " << info.name << ", additive: " << info.additive << '\n';

  // None of these compiles (tests/quantity.test.cpp, tests/units.test.cpp and
  // tests/metric.test.cpp prove each with a concept):
  //   compute_rank + github;              ranks do not add, and these are two metrics
  //   rank{2} + rank{3};  rank{2} * 2;    ranks do not add or scale
  //   publications + 5;  count{5} + 5;    a count adds only counts
  //   count c = 23695;                    no implicit conversion from int
  //   publications + measure<m::derivative_models>{count{1}};   two metrics
  //   publications < measure<m::derivative_models>{count{1}};   two metrics do not compare
  //   models + count{1};                  a share is not a count
  //   amount<units::exaflops>{1} + amount<units::watts>{1};     FLOP/s and W
  //   measure<m::derivative_models> d = qwen;                   an estimate is not exact
  //   constexpr share too_many{16, 15};   k > n (tests/compile_fail/share_k_exceeds_n.cpp)
}
