// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_TESTS_DATASET_FIXTURES_HPP
#define CITED_TESTS_DATASET_FIXTURES_HPP

// What the dataset tests share: the source of their synthetic (made-up) figures, a dataset with
// the built-in metrics and groups that holds it as "synthetic", and the text of what code throws.

#include <cited/dataset.hpp>

#include <exception>
#include <string>

namespace dataset_fixtures {

// A report of made-up figures, by an obviously made-up institute.
inline cited::provenance synthetic_source() {
  using namespace cited;
  return provenance{
      relation::published_by,
      source{{.kind = source_kind::report,
              .title = "Synthetic figures for tests",
              .publisher = organization{"Example Institute", organization_kind::research_firm}}}};
}

// A dataset with the built-in metrics and groups, and `synthetic_source()` as "synthetic".
inline cited::dataset synthetic_dataset() {
  cited::dataset ds{cited::with_builtins};
  ds.add_source("synthetic", synthetic_source());
  return ds;
}

// What `f()` throws, as text, or "no error".
template <class F>
std::string what_of(F&& f) {
  try {
    f();
  } catch (const std::exception& e) {
    return e.what();
  }
  return "no error";
}

}  // namespace dataset_fixtures

#endif  // CITED_TESTS_DATASET_FIXTURES_HPP
