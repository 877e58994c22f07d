// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_VALUE_HPP
#define CITED_VALUE_HPP

/// The value classes: countries and dated country groups, periods, counts, ranks and shares,
/// amounts with units, estimates with bounds, and metrics.

#include <cited/value/amount.hpp>
#include <cited/value/country.hpp>
#include <cited/value/country_group.hpp>
#include <cited/value/counts.hpp>
#include <cited/value/currency.hpp>
#include <cited/value/estimate.hpp>
#include <cited/value/metric.hpp>
#include <cited/value/money.hpp>
#include <cited/value/period.hpp>

#endif  // CITED_VALUE_HPP
