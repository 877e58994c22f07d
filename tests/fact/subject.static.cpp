// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/fact/subject.hpp>

#include <type_traits>
#include <utility>

namespace subject_static {

using namespace cited;

static_assert(std::is_convertible_v<country, subject>);
static_assert(!std::is_default_constructible_v<subject>);
static_assert(!std::is_default_constructible_v<product>);
// parts() points into the subject: a temporary's parts do not compile.
template <class S>
concept has_parts = requires(S&& s) {
  std::forward<S>(s).parts();
};
static_assert(has_parts<const subject&>);
static_assert(!has_parts<subject>);

}  // namespace subject_static
