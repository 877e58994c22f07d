// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_FACT_HPP
#define CITED_FACT_HPP

/// Facts: subjects, figures, observations and claims.

#include <cited/claim.hpp>

#endif  // CITED_FACT_HPP
