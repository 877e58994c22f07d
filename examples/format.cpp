// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0
//
// cited's values printed with fmt (<cited/fmt.hpp>): the seed article's figures (see metrics.cpp
// for their sources) with the format specs of each type, a made-up system's computing power with
// SI prefixes, and a table aligned with widths. Built when {fmt} is found.

#include <cited/catalog/groups.hpp>
#include <cited/catalog/seed_metrics.hpp>
#include <cited/fmt.hpp>
#include <cited/value/amount.hpp>
#include <cited/value/counts.hpp>
#include <cited/value/estimate.hpp>
#include <cited/value/metric.hpp>
#include <cited/value/period.hpp>
#include <cited/value/units.hpp>

#include <fmt/format.h>

int main() {
  using namespace cited;
  using namespace cited::literals;
  namespace m = cited::metrics;

  // Countries, groups and periods.
  const country cn = "CN"_country;
  fmt::print("{} ({:a2}, {:a3}, {:n}): {:official}\n", cn, cn, cn, cn, cn);
  fmt::print("{} is {:name} in ISO 3166\n", "KR"_country, "KR"_country);
  fmt::print("{} ({:id})\n", groups::eu, groups::eu);
  fmt::print("{:a3} {:long}\n", cn, period::parse("2025-06"));
  fmt::print("{} reads {:long}\n", period::parse("2024-Q1"), period::parse("2024-Q1"));

  // The seed article's figures, each with the specs of its type.
  const measure<m::computing_power_rank> compute_rank{rank{2}};
  const measure<m::ai_publications> publications{count{23695}};
  const measure<m::top_open_source_models> models{share{12, 15}};
  using derivatives = estimate<measure<m::derivative_models>>;
  const auto qwen = derivatives::more_than(measure<m::derivative_models>{count{100000}});
  fmt::print("computing power: {} ({:n})\n", compute_rank, compute_rank);
  fmt::print("AI publications, {}: {} ({:n})\n", period::parse("2024"), publications, publications);
  fmt::print("top open-source AI models: {} ({:%})\n", models, models);
  fmt::print("Qwen derivative models: {}\n", qwen);

  // A made-up system's computing power, in its own unit and with the best SI prefix.
  const amount<units::petaflops> system_a{1742};
  fmt::print("System A: {} = {:auto} = {:.1auto}\n", system_a, system_a, system_a);
  const auto bound = estimate<amount<units::petaflops>>::more_than(system_a);
  fmt::print("an estimate of it: {:.1auto}\n", bound);

  // A table: widths, alignment and fill work for every type.
  fmt::print("\n{:<28}|{:>18}\n{:-<47}\n", "figure", "value", "");
  fmt::print("{:<28}|{:>18}\n", "computing power", compute_rank);
  fmt::print("{:<28}|{:>18}\n", "AI publications, 2024", publications);
  fmt::print("{:<28}|{:>18.1%}\n", "top open-source AI models", models);
  fmt::print("{:<28}|{:>18}\n", "Qwen derivative models", qwen);
  fmt::print("{:<28}|{:>18.2auto}\n", "System A (made up)", system_a);
}
