// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_REFLECT_HPP
#define CITED_REFLECT_HPP

/// Reflection on Boost.Describe: field and enum names, type names, hashing, and the customization
/// points (`string_form`, `proxy_form`) through which a type chooses its JSON and CSV form.

#include <cited/reflect/form.hpp>
#include <cited/reflect/names.hpp>

#endif  // CITED_REFLECT_HPP
