// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0
//
// Writing a type with no description as JSON must not compile, and the diagnostic must name the
// type and say how to fix it.
#include <cited/json.hpp>

#include <boost/describe/class.hpp>

struct plain {
  int x = 0;
};

#ifdef CITED_CONTROL
BOOST_DESCRIBE_STRUCT(plain, (), (x))
#endif

int main() { return static_cast<int>(cited::to_json(plain{}).size()); }
