// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_VERSION_HPP
#define CITED_VERSION_HPP

// The one source of truth for the version; CMakeLists.txt parses these three lines.
#define CITED_VERSION_MAJOR 0
#define CITED_VERSION_MINOR 2
#define CITED_VERSION_PATCH 0

/// The version as one number, major * 10000 + minor * 100 + patch, for `#if`: 200 is 0.2.0.
#define CITED_VERSION \
  (CITED_VERSION_MAJOR * 10000 + CITED_VERSION_MINOR * 100 + CITED_VERSION_PATCH)

#define CITED_DETAIL_STRINGIZE_(x) #x
#define CITED_DETAIL_STRINGIZE(x) CITED_DETAIL_STRINGIZE_(x)

/// The version as people write it, a string literal: "0.2.0".
#define CITED_VERSION_STRING                  \
  CITED_DETAIL_STRINGIZE(CITED_VERSION_MAJOR) \
  "." CITED_DETAIL_STRINGIZE(CITED_VERSION_MINOR) "." CITED_DETAIL_STRINGIZE(CITED_VERSION_PATCH)

#endif  // CITED_VERSION_HPP
