// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0
//
// The fact sheet (`cited::make_factsheet`): every figure of a dataset with its period, its
// provenance chain, its APA reference (the work read, the chain's first hop) and in-text citation
// (the origin "as cited in" the work read, when they differ) and any conflict, then every claim
// with its verdict, the evidence for and against it (each figure with its primary origin, and
// marked when it comes from the claim's own origin: self-reported) and, when it is not settled,
// the figures that would settle it. A claim that cannot be checked shows its error in place. The
// HTML page draws comparisons and rankings as inline SVG charts.
//
//     factsheet [--format text|markdown|html|json|csv] [--sources DEFINITIONS.json]
//               [DATASET.json|DATASET.csv]
//
// With no dataset it uses the seed article's dataset, examples/data/china-compute-2025.json,
// which is built into the program. A CSV dataset holds observations only; their source ids refer
// to the sources of --sources (by default, those of the seed dataset).

#include <cited/csv.hpp>
#include <cited/dataset.hpp>
#include <cited/json.hpp>
#include <cited/report.hpp>

#include "china_compute_2025.hpp"  // generated: the seed dataset's JSON as a string

#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace factsheet {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot open the file");
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

int usage(std::ostream& os, int status) {
  os << "usage: factsheet [--format text|markdown|html|json|csv] [--sources DEFINITIONS.json] "
        "[DATASET.json|DATASET.csv]\n"
        "With no dataset, prints the seed article's dataset (examples/data/"
        "china-compute-2025.json).\n";
  return status;
}

}  // namespace factsheet

int main(int argc, char** argv) {
  using namespace factsheet;
  std::string format = "text";
  std::optional<std::string> path;
  std::optional<std::string> sources_path;
  const std::vector<std::string> args(argv + 1, argv + argc);
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if ((a == "--format" || a == "--sources") && i + 1 < args.size()) {
      (a == "--format" ? format : sources_path.emplace()) = args[++i];
    } else if (a == "--help" || a == "-h") {
      return usage(std::cout, 0);
    } else if (a.starts_with("-") || path) {
      std::cerr << "factsheet: unexpected argument \"" << a << "\"\n";
      return usage(std::cerr, 2);
    } else {
      path = a;
    }
  }
  if (format != "text" && format != "markdown" && format != "html" && format != "json" &&
      format != "csv") {
    std::cerr << "factsheet: --format takes text, markdown, html, json or csv, not \"" << format
              << "\"\n";
    return usage(std::cerr, 2);
  }

  std::optional<cited::dataset> ds;
  std::string current = "the built-in seed dataset";
  try {
    // The seed article's metrics and the built-in groups, which the documents name.
    const cited::dataset builtins{cited::with_builtins};
    if (!path) {
      ds = cited::dataset::from_json(china_compute_2025_json, builtins);
    } else if (path->ends_with(".csv")) {
      cited::dataset definitions = cited::dataset::from_json(china_compute_2025_json, builtins);
      if (sources_path) {
        current = *sources_path;
        definitions = cited::dataset::from_json(read_file(*sources_path), builtins);
      }
      current = *path;
      ds = cited::dataset::from_csv(read_file(*path), definitions.definitions());
    } else {
      current = *path;
      ds = cited::dataset::from_json(read_file(*path), builtins);
    }
  } catch (const std::exception& e) {
    std::cerr << "factsheet: " << current << ": " << e.what() << '\n';
    return 1;
  }

  try {
    const cited::reference_format references = format == "markdown"
                                                   ? cited::reference_format::markdown
                                               : format == "html" ? cited::reference_format::html
                                                                  : cited::reference_format::text;
    const cited::factsheet sheet = cited::make_factsheet(*ds, references);
    if (format == "json") {
      std::cout << cited::to_json(sheet, {.pretty = true}) << '\n';
    } else if (format == "csv") {
      std::cout << cited::to_csv(cited::factsheet_rows(sheet));
    } else if (format == "markdown") {
      std::cout << cited::to_markdown(sheet);
    } else if (format == "html") {
      std::cout << cited::to_html(sheet);
    } else {
      std::cout << cited::to_text(sheet);
    }
  } catch (const std::exception& e) {
    std::cerr << "factsheet: " << current << ": " << e.what() << '\n';
    return 1;
  }
}
