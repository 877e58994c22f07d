// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_CATALOG_HPP
#define CITED_CATALOG_HPP

/// The named built-ins: the ISO 3166 countries (through `cited::country`), the country groups
/// (`cited::groups::eu`, ...), the UN M49 regions (`cited::regions::europe`, ...), the seed
/// article's sources (`cited::seed`) and its metrics (`cited::metrics`).

#include <cited/catalog/currencies.hpp>
#include <cited/catalog/groups.hpp>
#include <cited/catalog/regions.hpp>
#include <cited/catalog/reference.hpp>
#include <cited/catalog/seed.hpp>
#include <cited/catalog/seed_metrics.hpp>

#endif  // CITED_CATALOG_HPP
