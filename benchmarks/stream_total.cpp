// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

// stream_total [N] [--file PATH]: streams N observations in JSON Lines (a dataset's header line,
// then one observation per line) through a total per metric and per period, at constant memory,
// and prints the throughput. The lines are made on the fly, in chunks of 1 MiB, from a made-up
// dataset (two metrics, five countries, 120 months; the figures say nothing about the countries),
// or with --file read from PATH (written by `stream_total N --write PATH`). N defaults to
// 100,000. Each observation is read by the strict JSON reader and checked against the header (its
// metric, subject, source, unit and value), as `cited::for_each_observation_line` does.
//
// benchmarks/stream_total.sh runs it under /usr/bin/time -v for the peak memory.

#include <cited/catalog/seed_metrics.hpp>
#include <cited/dataset.hpp>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <fstream>
#include <iostream>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>

namespace {

struct tally {
  std::uint64_t count = 0;
  double sum = 0;
};

// The made-up dataset's definitions and source, which the header line carries.
cited::dataset definitions() {
  cited::dataset ds{cited::with_builtins};
  ds.add_metric<cited::metrics::ai_publications>();
  ds.add_metric<cited::metrics::computing_power>();
  ds.add_source("synthetic",
                cited::provenance{
                    cited::relation::published_by,
                    cited::organization{"Example Newspaper", cited::organization_kind::newspaper}});
  return ds;
}

// Observation i of the made-up dataset, as a line.
void append_line(std::string& out, std::uint64_t i) {
  static constexpr std::string_view countries[] = {"CN", "US", "GB", "DE", "JP"};
  const bool count = i % 2 == 0;
  const std::uint64_t month = (i / 10) % 120;
  char period[8] = {'2', '0', '1', '5', '-', '0', '1', '\0'};
  const std::uint64_t year = 2015 + month / 12;
  const std::uint64_t m = month % 12 + 1;
  period[2] = static_cast<char>('0' + year / 10 % 10);
  period[3] = static_cast<char>('0' + year % 10);
  period[5] = static_cast<char>('0' + m / 10);
  period[6] = static_cast<char>('0' + m % 10);
  out += count ? R"({"metric":"ai_publications","subject":")"
               : R"({"metric":"computing_power","subject":")";
  out += countries[(i / 2) % 5];
  out += R"(","period":")";
  out.append(period, 7);
  out += R"(","value":)";
  char digits[32];
  const std::uint64_t v = i % 100000;
  const int n =
      count ? std::snprintf(digits, sizeof digits, "%llu", static_cast<unsigned long long>(v))
            : std::snprintf(digits, sizeof digits, "%llu.%02llu",
                            static_cast<unsigned long long>(v / 100),
                            static_cast<unsigned long long>(v % 100));
  out.append(digits, static_cast<std::size_t>(n));
  out += count ? R"(,"bound":"exact","unit":"","status":"normal","source":"synthetic"})"
               : R"(,"bound":"exact","unit":"EFLOP/s","status":"normal","source":"synthetic"})";
  out += '\n';
}

// Makes the lines in chunks of about 1 MiB, passing each to `chunk`.
template <class F>
void generate(std::uint64_t n, F&& chunk) {
  std::string buffer = cited::to_dataset_lines(definitions());
  buffer.reserve((1u << 20) + 512);
  for (std::uint64_t i = 0; i < n; ++i) {
    append_line(buffer, i);
    if (buffer.size() >= (1u << 20)) {
      chunk(std::string_view(buffer));
      buffer.clear();
    }
  }
  chunk(std::string_view(buffer));
}

}  // namespace

int main(int argc, char** argv) {
  try {
    std::uint64_t n = 100000;
    std::string file, write;
    for (int i = 1; i < argc; ++i) {
      const std::string_view a = argv[i];
      if (a == "--file" && i + 1 < argc) {
        file = argv[++i];
      } else if (a == "--write" && i + 1 < argc) {
        write = argv[++i];
      } else {
        n = std::strtoull(argv[i], nullptr, 10);
      }
    }
    if (!write.empty()) {
      std::ofstream out(write, std::ios::binary);
      generate(n, [&](std::string_view c) {
        out.write(c.data(), static_cast<std::streamsize>(c.size()));
      });
      return out ? 0 : 1;
    }

    // The total per metric and period.
    std::unordered_map<std::string, std::map<cited::period, tally>> totals;
    std::uint64_t bytes = 0;
    std::uint64_t observations = 0;
    const auto add = [&](const cited::observation_record& r) {
      tally& t = totals[r.metric][r.period];
      ++t.count;
      t.sum += r.value->to_double().value_or(0);
      ++observations;
    };
    const auto start = std::chrono::steady_clock::now();
    if (!file.empty()) {
      std::ifstream in(file, std::ios::binary);
      if (!in) throw std::runtime_error("cannot open " + file);
      cited::for_each_observation_line(in, [&](const cited::observation_record& r) { add(r); });
      bytes =
          static_cast<std::uint64_t>(std::ifstream(file, std::ios::binary | std::ios::ate).tellg());
    } else {
      cited::dataset_lines_reader reader;
      generate(n, [&](std::string_view c) {
        bytes += c.size();
        reader.feed(c, add);
      });
      static_cast<void>(reader.finish(add));
    }
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

    std::size_t keys = 0;
    tally all;
    for (const auto& [metric, periods] : totals) {
      keys += periods.size();
      for (const auto& [p, t] : periods) {
        all.count += t.count;
        all.sum += t.sum;
      }
    }
    std::cout << "observations: " << observations << " (" << keys
              << " metric and period totals; sum of values " << all.sum << ")\n"
              << "input: " << static_cast<double>(bytes) / (1 << 20) << " MiB"
              << (file.empty() ? ", made on the fly" : ", from " + file) << '\n'
              << "time: " << seconds << " s\n"
              << "throughput: " << static_cast<double>(observations) / seconds
              << " observations/s, " << static_cast<double>(bytes) / (1 << 20) / seconds
              << " MiB/s\n";
    return all.count == observations ? 0 : 1;
  } catch (const std::exception& e) {
    std::cerr << "stream_total: " << e.what() << '\n';
    return 1;
  }
}
