// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_TESTS_REPORT_FIXTURES_HPP
#define CITED_TESTS_REPORT_FIXTURES_HPP

// What the fact sheet tests share: the seed dataset, read from examples/data, and a small
// synthetic dataset of made-up figures about made-up organizations ("Example Lab A"...), by
// "Example Institute", with hostile text in its title and in one name.

#include <cited/dataset.hpp>

#include <cstddef>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>

namespace report_fixtures {

// The text of a file, or empty.
inline std::string file_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// The seed article's dataset.
inline cited::dataset seed() {
  return cited::dataset::from_json(file_text(CITED_SEED_DATASET),
                                   cited::dataset{cited::with_builtins});
}

// A dataset of tests/data/datasets.
inline cited::dataset test_dataset(std::string_view name) {
  return cited::dataset::from_json(
      file_text(std::string(CITED_TEST_DATA_DIR) + "/datasets/" + std::string(name)),
      cited::dataset{cited::with_builtins});
}

// How often `what` occurs in `text`.
inline std::size_t count_of(std::string_view text, std::string_view what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string_view::npos;
       at = text.find(what, at + what.size())) {
    ++n;
  }
  return n;
}

/// A made-up metric: the measured speed of a made-up lab's system, in PFLOP/s.
struct measured_speed {
  using value_type = cited::amount<cited::units::petaflops>;
  static constexpr std::string_view id = "measured_speed";
  static constexpr std::string_view name = "measured speed";
  static constexpr bool additive = true;
  static constexpr bool higher_is_better = true;
};

inline cited::organization lab(std::string name) {
  return cited::organization{std::move(name), cited::organization_kind::research_firm};
}
inline cited::subject lab_a() { return lab("Example Lab A"); }
inline cited::subject lab_b() { return lab("Example Lab B"); }
inline cited::subject lab_c() { return lab("Example Lab C"); }
// A name with characters that HTML and Markdown must escape.
inline cited::subject lab_d() { return lab("Example <Lab> & *D*"); }

// The hostile title.
inline constexpr std::string_view hostile_title =
    "<script>alert('x')</script> Tom & Jerry *bold* _under_ [link](http://example.org) "
    "# not a heading | pipe `code`";

// Figures: A 300, B 100 and C 50 publications in 2024 (D has none); A's system at 1742 PFLOP/s
// and B's at more than 950 PFLOP/s in June 2025. Claims: A's publications more than B, C and D
// combined; A's system 1st, ahead of B's.
inline cited::dataset synthetic() {
  using namespace cited;
  dataset ds{with_builtins};
  ds.add_metric<measured_speed>();
  ds.set_title(std::string(hostile_title));
  ds.add_source("synthetic",
                provenance{relation::published_by,
                           source{{.kind = source_kind::report,
                                   .title = "Synthetic figures for tests",
                                   .publisher = organization{"Example Institute",
                                                             organization_kind::research_firm}}}});
  const period y2024 = period::parse("2024");
  const period june = period::parse("2025-06");
  ds.add<metrics::ai_publications>(lab_a(), y2024, count{300}, "synthetic");
  ds.add<metrics::ai_publications>(lab_b(), y2024, count{100}, "synthetic");
  ds.add<metrics::ai_publications>(lab_c(), y2024, count{50}, "synthetic");
  using pflops = amount<units::petaflops>;
  ds.add<measured_speed>(lab_a(), june, pflops{1742}, "synthetic");
  ds.add<measured_speed>(lab_b(), june, estimate<pflops>::more_than(pflops{950}), "synthetic");
  ds.add(comparison_claim{lab_a(),
                          "ai_publications",
                          y2024,
                          comparison::more_than,
                          {lab_b(), lab_c(), lab_d()},
                          "synthetic"});
  ds.add(rank_claim{lab_a(), "measured_speed", june, 1, {}, "synthetic", {lab_b()}});
  return ds;
}

}  // namespace report_fixtures

#endif  // CITED_TESTS_REPORT_FIXTURES_HPP
