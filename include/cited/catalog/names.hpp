// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_CATALOG_NAMES_HPP
#define CITED_CATALOG_NAMES_HPP

/// Country names in the six official languages of the United Nations and in German and Japanese,
/// from Unicode CLDR: `cited::locales::ar`, `de`, `en`, `es`, `fr`, `ja`, `ru` and `zh`. Each is
/// also a header of its own (<cited/catalog/names/fr.hpp>), which a program that needs one
/// language includes instead. Neither this header nor those are in <cited/catalog.hpp>.

#include <cited/catalog/names/ar.hpp>
#include <cited/catalog/names/de.hpp>
#include <cited/catalog/names/en.hpp>
#include <cited/catalog/names/es.hpp>
#include <cited/catalog/names/fr.hpp>
#include <cited/catalog/names/ja.hpp>
#include <cited/catalog/names/ru.hpp>
#include <cited/catalog/names/zh.hpp>

#endif  // CITED_CATALOG_NAMES_HPP
