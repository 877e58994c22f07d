// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_REFLECT_HPP
#define CITED_REFLECT_HPP

/// Reflection on Boost.Describe: field and enum names, type names, hashing, the customization
/// points (`string_form`, `proxy_form`) through which a type chooses its JSON and CSV form, and
/// `located`, a value with where it was read.

#include <cited/reflect/category.hpp>
#include <cited/reflect/form.hpp>
#include <cited/reflect/hash.hpp>
#include <cited/reflect/located.hpp>
#include <cited/reflect/names.hpp>
#include <cited/reflect/number_text.hpp>
#include <cited/reflect/result.hpp>
#include <cited/reflect/slots.hpp>
#include <cited/reflect/type_name.hpp>

#endif  // CITED_REFLECT_HPP
