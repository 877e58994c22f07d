// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0
//
// The synthetic dataset of dataset_bench as a CSV file, and cited loading it, for
// benchmarks/duckdb_csv.sh, which times DuckDB's read_csv on the same file:
//
//   dataset_csv_file write <file> [observations=100000]   writes `dataset::to_csv`
//   dataset_csv_file load <file> [runs=7]                 reads the file into memory, then times
//                                                         `dataset::from_csv` against the
//                                                         definitions (the built-ins and the
//                                                         source), and prints the median in MiB/s
//                                                         by the clock and of CPU time
//
// One thread, as cited loads. POSIX (clock_gettime).

#include <cited/dataset.hpp>

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <time.h>

#include "synthetic.hpp"

namespace {

// The CPU time of the process so far, in seconds.
double cpu_seconds() {
  timespec t{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

int write(const char* file, std::size_t observations) {
  cited::dataset ds{cited::with_builtins};
  cited_bench::fill(ds, observations);
  std::ofstream out(file, std::ios::binary);
  out << ds.to_csv();
  if (!out) {
    std::fprintf(stderr, "cannot write %s\n", file);
    return 1;
  }
  std::printf("%zu observations, %zu bytes\n", ds.size(), static_cast<std::size_t>(out.tellp()));
  return 0;
}

int load(const char* file, int runs) {
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "cannot read %s\n", file);
    return 1;
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  const std::string text = buffer.str();
  cited::dataset definitions{cited::with_builtins};
  cited_bench::fill(definitions, 0);  // the source alone
  std::vector<double> wall;
  std::vector<double> cpu;
  std::size_t observations = 0;
  for (int i = 0; i < runs; ++i) {
    const auto start = std::chrono::steady_clock::now();
    const double start_cpu = cpu_seconds();
    const cited::dataset d = cited::dataset::from_csv(text, definitions);
    cpu.push_back(cpu_seconds() - start_cpu);
    wall.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    observations = d.size();
  }
  const auto median = [](std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
  };
  const auto rate = [&](double s) { return static_cast<double>(text.size()) / s / 1048576.0; };
  std::printf(
      "cited dataset::from_csv: %zu rows, median of %d runs %.2f ms = %.0f MiB/s by the clock, "
      "%.2f ms = %.0f MiB/s of CPU time\n",
      observations, runs, median(wall) * 1e3, rate(median(wall)), median(cpu) * 1e3,
      rate(median(cpu)));
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  const std::string mode = argc > 2 ? argv[1] : "";
  if (mode == "write") {
    return write(argv[2], argc > 3 ? std::strtoull(argv[3], nullptr, 10) : 100000);
  }
  if (mode == "load") return load(argv[2], argc > 3 ? std::max(1, std::atoi(argv[3])) : 7);
  std::fprintf(stderr, "usage: %s write <file> [observations] | load <file> [runs]\n", argv[0]);
  return 2;
}
