// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0
//
// How much memory loading a dataset's JSON takes, measured from outside by load_memory.sh with
// /usr/bin/time -v (the peak resident set):
//
//   load_memory write <file> <megabytes>   writes a dataset JSON document of about that size:
//                                          synthetic (made-up) figures, one built-in count metric
//                                          and one amount metric, the 249 current countries and
//                                          daily periods, as `dataset::to_json` writes it (pretty)
//   load_memory load <file>                reads the file into memory and `dataset::from_json`s it
//   load_memory document <file>            the same through the whole `dataset_document` first
//                                          (`from_json<dataset_document>` then `from_document`),
//                                          for comparison: how loading worked before
//
// Each prints the file's size and the number of observations loaded.

#include <cited/dataset.hpp>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>
#include <string_view>

namespace {

cited::period day(int n) {
  return cited::period::day(
      std::chrono::year_month_day{std::chrono::sys_days{std::chrono::days{n}}});
}

int write(const char* file, std::size_t megabytes) {
  cited::dataset ds{cited::with_builtins};
  ds.add_source("synthetic",
                cited::provenance{cited::relation::published_by,
                                  cited::organization{"Example Institute",
                                                      cited::organization_kind::research_firm}});
  // A pretty observation takes about 225 bytes of JSON.
  const std::size_t count = megabytes * 1'000'000 / 225;
  std::size_t n = 0;
  for (int d = 0; n < count; ++d) {
    for (const cited::country c : cited::country::all()) {
      if (n == count) break;
      const std::uint64_t v = (n * 2654435761u) % 100000;
      if (n % 2 == 0) {
        ds.add(cited::observation{c, "ai_publications", day(d),
                                  cited::estimate<cited::count>::exact(cited::count{v}),
                                  "synthetic"});
      } else {
        ds.add(cited::observation{c, "computing_power", day(d),
                                  cited::estimate<double>::at_least(static_cast<double>(v) / 8),
                                  "synthetic"});
      }
      ++n;
    }
  }
  std::ofstream out(file, std::ios::binary);
  out << ds.to_json();
  std::cout << "wrote " << n << " observations\n";
  return out ? 0 : 1;
}

std::string slurp(const char* file) {
  std::ifstream in(file, std::ios::binary | std::ios::ate);
  std::string text(static_cast<std::size_t>(in.tellg()), '\0');
  in.seekg(0);
  in.read(text.data(), static_cast<std::streamsize>(text.size()));
  return text;
}

}  // namespace

int main(int argc, char** argv) {
  const std::string_view mode = argc > 1 ? argv[1] : "";
  if (mode == "write" && argc == 4) return write(argv[2], std::strtoull(argv[3], nullptr, 10));
  if ((mode == "load" || mode == "document") && argc == 3) {
    const std::string text = slurp(argv[2]);
    const cited::dataset ds =
        mode == "load"
            ? cited::dataset::from_json(text)
            : cited::dataset::from_document(cited::from_json<cited::dataset_document>(text));
    std::cout << "file " << text.size() << " bytes, " << ds.size() << " observations\n";
    return 0;
  }
  std::cerr << "usage: load_memory write <file> <megabytes> | load <file> | document <file>\n";
  return 2;
}
