// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_JSON_HPP
#define CITED_JSON_HPP

/// Strict JSON for described types: `cited::to_json`, `cited::from_json`, `cited::try_from_json`
/// and `cited::json::validate`. Errors name the line, column and path (`$.sources[2].date`) and
/// what was expected there. JSON Lines are read and written as streams (`cited::read_json_lines`,
/// `cited::json_lines_writer`). No JSON library is used.

#include <cited/json/error.hpp>
#include <cited/json/lines.hpp>
#include <cited/json/options.hpp>
#include <cited/json/read.hpp>
#include <cited/json/validate.hpp>
#include <cited/json/write.hpp>

#endif  // CITED_JSON_HPP
