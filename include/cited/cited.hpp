// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_CITED_HPP
#define CITED_CITED_HPP

/// The umbrella header: everything in cited.

#include <cited/citation.hpp>
#include <cited/claim.hpp>
#include <cited/country.hpp>
#include <cited/country_group.hpp>
#include <cited/csv.hpp>
#include <cited/dataset.hpp>
#include <cited/estimate.hpp>
#include <cited/form.hpp>
#include <cited/json.hpp>
#include <cited/metric.hpp>
#include <cited/period.hpp>
#include <cited/quantity.hpp>
#include <cited/reflect.hpp>
#include <cited/source.hpp>
#include <cited/units.hpp>
#include <cited/version.hpp>

#endif  // CITED_CITED_HPP
