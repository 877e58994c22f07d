// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/csv.hpp>

#include <cited/value/country.hpp>

#include <array>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "csv/csv_types.hpp"

// Which types make rows, checked where a user would call the functions.
template <class R>
concept csv_writable = requires(const R& rows) {
  cited::to_csv(rows);
};
template <class T>
concept csv_readable = requires(std::string_view text) {
  cited::from_csv<T>(text);
};

static_assert(csv_writable<std::vector<csv_user::point>>);
static_assert(csv_writable<std::array<csv_user::office, 2>>);
static_assert(!csv_writable<std::vector<int>>);
static_assert(!csv_writable<std::vector<std::string>>);
static_assert(!csv_writable<std::vector<std::optional<csv_user::point>>>);
static_assert(!csv_writable<csv_user::point>);
static_assert(csv_readable<csv_user::point>);
static_assert(csv_readable<csv_user::office>);
static_assert(!csv_readable<int>);
// An optional nested struct whose columns may all be empty could not be told from an empty one,
// and a struct with no member has no columns: neither is a CSV row.
static_assert(csv_writable<std::vector<csv_user::single>>);
static_assert(!csv_writable<std::vector<csv_user::ambiguous>>);
static_assert(!csv_readable<csv_user::ambiguous>);
static_assert(!csv_writable<std::vector<csv_user::nothing>>);
// to_csv iterates a const range, so a range that only a mutable reference can iterate (as
// std::views::filter) is refused up front.
struct mutable_only_range {
  std::vector<csv_user::single> rows;
  auto begin() { return rows.begin(); }
  auto end() { return rows.end(); }
};
static_assert(!csv_writable<mutable_only_range>);
static_assert(!csv_readable<cited::country>);
static_assert(!csv_readable<std::optional<csv_user::point>>);
static_assert(std::is_base_of_v<std::runtime_error, cited::csv_error>);
static_assert(!std::is_default_constructible_v<csv_user::office>);
