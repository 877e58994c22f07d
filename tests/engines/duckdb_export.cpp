// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

// duckdb_export [--broken] WORK: writes, for duckdb.mjs to read with DuckDB, two datasets in the
// forms an engine reads: NAME.csv (`dataset::to_csv`), NAME.jsonl (`write_dataset_lines`: the
// header line, then the observations) and NAME.observations.jsonl (the observation records alone,
// one per line), for NAME "seed" (the seed article's dataset) and "mixed" (made up for the test:
// periods of every form and fractional amounts, as a user's data has; its figures say nothing
// about the countries they name). Then totals.json: for each dataset, the count and the sum of
// `value` per metric and per metric and period, as cited computes them by streaming NAME.jsonl
// back (`for_each_observation_line`).
//
// With --broken, the exports (not the totals) have one value changed, which DuckDB must notice.

#include <cited/catalog/seed_metrics.hpp>
#include <cited/dataset.hpp>

#include <boost/describe/class.hpp>

#include <cstdio>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace {

/// A count and a sum of `value`.
struct tally {
  std::uint64_t count = 0;
  double sum = 0;
};
BOOST_DESCRIBE_STRUCT(tally, (), (count, sum))

/// The totals of one dataset: per metric, and per metric then period.
struct totals {
  std::uint64_t rows = 0;
  std::map<std::string, tally> by_metric;
  std::map<std::string, std::map<std::string, tally>> by_metric_period;
};
BOOST_DESCRIBE_STRUCT(totals, (), (rows, by_metric, by_metric_period))

std::string read_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + p.string());
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

void write_file(const std::filesystem::path& p, const std::string& text) {
  std::ofstream out(p, std::ios::binary);
  out << text;
  if (!out) throw std::runtime_error("cannot write " + p.string());
}

// A dataset made up for the test, with the seed's definitions: counts in periods of every form,
// and amounts with fractions.
cited::dataset mixed(const cited::dataset& seed) {
  using namespace cited::literals;
  cited::dataset ds = seed.definitions();
  ds.add_source("synthetic",
                cited::provenance{
                    cited::relation::published_by,
                    cited::organization{"Example Newspaper", cited::organization_kind::newspaper}});
  const char* periods[] = {"2024", "2024-Q1", "2024-Q2", "2024-03", "2024-03-05", "2023/2024"};
  std::uint64_t n = 100;
  for (const char* p : periods) {
    for (const cited::country c : {"CN"_country, "US"_country, "GB"_country}) {
      ds.add<cited::metrics::ai_publications>(c, cited::period::parse(p), cited::count{n},
                                              "synthetic");
      ds.add<cited::metrics::computing_power>(
          c, cited::period::parse(p),
          cited::amount<cited::units::exaflops>(static_cast<double>(n) / 8 + 0.1), "synthetic");
      n += 37;
    }
  }
  return ds;
}

// Writes the exports of `ds` as NAME.*, and returns its totals, streamed from NAME.jsonl.
totals export_dataset(const cited::dataset& ds, const std::filesystem::path& work,
                      const std::string& name, bool broken) {
  std::string csv = ds.to_csv();
  std::string lines = cited::to_dataset_lines(ds);
  std::string observations = cited::to_observation_lines(ds);
  write_file(work / (name + ".jsonl"), lines);
  totals t;
  cited::for_each_observation_line(work / (name + ".jsonl"),
                                   [&](const cited::observation_record& r) {
                                     const double v = r.value ? r.value->to_double().value() : 0;
                                     ++t.rows;
                                     tally& m = t.by_metric[r.metric];
                                     ++m.count;
                                     m.sum += v;
                                     tally& mp = t.by_metric_period[r.metric][r.period.to_string()];
                                     ++mp.count;
                                     mp.sum += v;
                                   });
  if (broken) {  // one value changed in the exports, after the totals were taken
    const auto change = [](std::string& text, std::string_view from, std::string_view to) {
      const std::size_t at = text.find(from);
      if (at == std::string::npos) throw std::runtime_error("nothing to break");
      text.replace(at, from.size(), to);
    };
    change(csv, ",23695,", ",23696,");
    change(lines, "\"value\":23695,", "\"value\":23696,");
    change(observations, "\"value\":23695,", "\"value\":23696,");
    write_file(work / (name + ".jsonl"), lines);
  }
  write_file(work / (name + ".csv"), csv);
  write_file(work / (name + ".observations.jsonl"), observations);
  return t;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    const bool broken = argc == 3 && std::string_view(argv[1]) == "--broken";
    if (argc != 2 && !broken) {
      std::cerr << "usage: duckdb_export [--broken] WORK\n";
      return 2;
    }
    const std::filesystem::path work = argv[argc - 1];
    std::filesystem::create_directories(work);
    const cited::dataset seed = cited::dataset::from_json(read_file(CITED_SEED_DATASET));
    std::map<std::string, totals> all;
    all["seed"] = export_dataset(seed, work, "seed", broken);
    all["mixed"] = export_dataset(mixed(seed), work, "mixed", false);
    write_file(work / "totals.json", cited::to_json(all, {.pretty = true}));
    return 0;
  } catch (const std::exception& e) {
    std::cerr << "duckdb_export: " << e.what() << '\n';
    return 1;
  }
}
