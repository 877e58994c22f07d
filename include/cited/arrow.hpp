// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_ARROW_HPP
#define CITED_ARROW_HPP

/// Arrow IPC, with no Arrow library: a dataset's observations as one record batch in the IPC file
/// format (`cited::to_arrow_file`) or stream format (`cited::write_arrow_stream`), and the generic
/// writer beneath (`cited::arrow::table`, `cited::arrow::to_file`, `cited::arrow::to_stream`).

#include <cited/arrow/columns.hpp>
#include <cited/arrow/dataset.hpp>
#include <cited/arrow/flatbuffer.hpp>
#include <cited/arrow/ipc.hpp>

#endif  // CITED_ARROW_HPP
