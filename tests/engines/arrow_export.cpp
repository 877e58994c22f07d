// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

// arrow_export [--broken] DATASET.json WORK: writes the dataset's observations as an Arrow IPC
// file (WORK/observations.arrow) and stream (WORK/observations.arrows), and what cited computes
// from the same dataset (WORK/expected.json): the row count, the metric ids the schema metadata
// defines, and per metric the sum of the known values and their count. With --broken, the file
// is cut short in its footer, for the check that must reject it.

#include <cited/arrow.hpp>
#include <cited/dataset.hpp>

#include <boost/describe/class.hpp>

#include <cstddef>
#include <exception>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace {

struct metric_total {
  double sum = 0;
  std::size_t known = 0;
};
BOOST_DESCRIBE_STRUCT(metric_total, (), (sum, known))

struct expected {
  std::size_t rows = 0;
  std::vector<std::string> metrics;
  std::map<std::string, metric_total> totals;
};
BOOST_DESCRIBE_STRUCT(expected, (), (rows, metrics, totals))

void write(const std::string& path, std::string_view bytes) {
  std::ofstream out(path, std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out) throw std::runtime_error("cannot write " + path);
}

}  // namespace

int main(int argc, char** argv) try {
  std::vector<std::string_view> args;
  for (int i = 1; i < argc; ++i) args.emplace_back(argv[i]);
  const bool broken = !args.empty() && args.front() == "--broken";
  if (broken) args.erase(args.begin());
  if (args.size() != 2) {
    std::cerr << "usage: arrow_export [--broken] DATASET.json WORK\n";
    return 2;
  }
  const std::string input(args[0]);
  std::ifstream in(input, std::ios::binary);
  const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  if (!in && !in.eof()) throw std::runtime_error("cannot read " + input);
  const cited::dataset ds = cited::dataset::from_json(text);
  const std::string work(args[1]);

  std::string file = cited::to_arrow_file(ds);
  if (broken) file.resize(file.size() - 12);  // the footer's last bytes, its length and magic
  write(work + "/observations.arrow", file);
  std::ofstream stream(work + "/observations.arrows", std::ios::binary);
  cited::write_arrow_stream(ds, stream);

  // What cited computes, from the dataset's records (the path of its JSON and CSV).
  expected e;
  const cited::dataset_document document = ds.to_document();
  e.rows = document.observations.size();
  for (const cited::metric_info& m : ds.metrics()) e.metrics.emplace_back(m.id);
  for (const cited::observation_record& r : document.observations) {
    metric_total& t = e.totals[r.metric];
    if (r.value) {
      t.sum += r.value->to_double().value_or(0);
      ++t.known;
    }
  }
  write(work + "/expected.json", cited::to_json(e, {.pretty = true}));
  std::cout << "wrote " << e.rows << " observations to " << work << "/observations.arrow"
            << (broken ? " (cut short)" : "") << " and .arrows\n";
  return 0;
} catch (const std::exception& x) {
  std::cerr << "arrow_export: " << x.what() << '\n';
  return 1;
}
