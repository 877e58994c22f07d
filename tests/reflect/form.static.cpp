// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/reflect/form.hpp>

#include <cited/value/country.hpp>
#include <cited/value/period.hpp>

#include <string>
#include <type_traits>

#include "reflect/form_types.hpp"

static_assert(cited::has_string_form<form_user::rgb>);
static_assert(cited::has_string_form<form_user::percent>);
static_assert(cited::has_string_form<cited::country>);
static_assert(cited::has_string_form<cited::period>);
static_assert(!cited::has_string_form<int>);
static_assert(!cited::has_string_form<std::string>);
static_assert(!cited::has_string_form<form_user::fraction>);
static_assert(!cited::has_string_form<form_user::swatch>);
static_assert(!cited::has_string_form<form_user::write_only>);
static_assert(!cited::has_string_form<form_user::wrong_reader>);

static_assert(cited::has_proxy_form<form_user::fraction>);
static_assert(cited::has_proxy_form<form_user::celsius>);
static_assert(!cited::has_proxy_form<form_user::rgb>);
static_assert(!cited::has_proxy_form<form_user::fraction_parts>);
static_assert(!cited::has_proxy_form<cited::country>);
static_assert(!cited::has_proxy_form<int>);
static_assert(!cited::has_proxy_form<form_user::proxy_without_from>);
static_assert(!cited::has_proxy_form<form_user::proxy_from_other>);

static_assert(!std::is_default_constructible_v<form_user::trial>);
