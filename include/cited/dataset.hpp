// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_DATASET_HPP
#define CITED_DATASET_HPP

/// `cited::dataset`: observations and claims with their sources, and the queries that make them
/// useful: lookup (typed with `find<M>`, by policy, by containment), time series, `rank`, `total`,
/// `check` and `conflicts`; its JSON document, CSV and JSON Lines; and `cited::dataset_error`.

#include <cited/dataset/checks.hpp>
#include <cited/dataset/dataset.hpp>
#include <cited/dataset/document.hpp>
#include <cited/dataset/error.hpp>
#include <cited/dataset/io.hpp>
#include <cited/dataset/lines.hpp>
#include <cited/dataset/per_capita.hpp>
#include <cited/dataset/policy.hpp>
#include <cited/dataset/queries.hpp>
#include <cited/dataset/reference.hpp>
#include <cited/dataset/registry.hpp>
#include <cited/dataset/series.hpp>
#include <cited/dataset/store.hpp>
#include <cited/dataset/typed.hpp>

#endif  // CITED_DATASET_HPP
