// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_CSV_HPP
#define CITED_CSV_HPP

/// RFC 4180 CSV for ranges of described structs: `cited::to_csv` and `cited::from_csv`. One row
/// per element, one column per member; nested structs are flattened into dotted columns
/// (`source.name`). Errors name the row, column and field.

#include <cited/csv/columns.hpp>
#include <cited/csv/error.hpp>
#include <cited/csv/read.hpp>
#include <cited/csv/write.hpp>

#endif  // CITED_CSV_HPP
