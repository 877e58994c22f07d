// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_CITED_HPP
#define CITED_CITED_HPP

/// The umbrella header: everything in cited.

#include <cited/arrow.hpp>
#include <cited/catalog.hpp>
#include <cited/cite.hpp>
#include <cited/config.hpp>
#include <cited/csv.hpp>
#include <cited/dataset.hpp>
#include <cited/fact.hpp>
#include <cited/json.hpp>
#include <cited/reflect.hpp>
#include <cited/report.hpp>
#include <cited/source.hpp>
#include <cited/text.hpp>
#include <cited/value.hpp>
#include <cited/version.hpp>

#endif  // CITED_CITED_HPP
