// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_FACT_HPP
#define CITED_FACT_HPP

/// Facts: what a figure is about (`cited::subject`, and `cited::product` for products and
/// systems), a figure of some metric at run time (`cited::figure`), one observed figure with its
/// source (`cited::observation`), and the claims that news writing makes about figures.
/// `cited::dataset` holds and checks them.

#include <cited/fact/claim.hpp>
#include <cited/fact/figure.hpp>
#include <cited/fact/observation.hpp>
#include <cited/fact/product.hpp>
#include <cited/fact/subject.hpp>

#endif  // CITED_FACT_HPP
