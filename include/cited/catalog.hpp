// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_CATALOG_HPP
#define CITED_CATALOG_HPP

/// The named built-ins: the ISO 3166 countries (through `cited::country`), the country groups
/// (`cited::groups::eu`, ...), the UN M49 regions (`cited::regions::europe`, ...), each
/// country's currencies (`cited::currencies_of`), CLDR's reference figures
/// (`cited::reference`), the seed article's sources (`cited::seed`) and its metrics
/// (`cited::metrics`). The names in other languages are one header per locale
/// (<cited/catalog/names/fr.hpp>, ...), included only where wanted.

#include <cited/catalog/currencies.hpp>
#include <cited/catalog/groups.hpp>
#include <cited/catalog/reference.hpp>
#include <cited/catalog/regions.hpp>
#include <cited/catalog/seed.hpp>
#include <cited/catalog/seed_metrics.hpp>

#endif  // CITED_CATALOG_HPP
