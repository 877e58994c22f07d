// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_SOURCE_HPP
#define CITED_SOURCE_HPP

/// The source layer's entry: who said a fact and where: organizations, people, citable works
/// (`cited::source`) and the chain of hops from where a reader saw a fact to its origin
/// (`cited::provenance`).

#include <cited/source/agents.hpp>
#include <cited/source/origin.hpp>
#include <cited/source/provenance.hpp>
#include <cited/source/source.hpp>

#endif  // CITED_SOURCE_HPP
