// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0
//
// The formatters through std::format: every check of cases.hpp, with std::format and std::vformat.
// A program of its own with a small harness, since it is built by std_format.cmake with another
// standard library (clang 16 and libc++ 16: -stdlib=libc++ -fexperimental-library
// -DCITED_STD_FORMAT=1). Prints each failed check and exits non-zero when one fails.
#include <cited/format.hpp>

#if !CITED_HAS_STD_FORMAT
#error \
    "std_format.cpp needs std::format: a library that defines __cpp_lib_format, or CITED_STD_FORMAT=1"
#endif

#include <cstdio>
#include <format>
#include <string>
#include <string_view>
#include <vector>

namespace {

struct test_case {
  const char* name;
  void (*run)();
};
std::vector<test_case>& registry() {
  static std::vector<test_case> tests;
  return tests;
}
bool add_test(const char* name, void (*run)()) {
  registry().push_back({name, run});
  return true;
}
const char* current_test = "";
const char* current_subcase = "";
int failures = 0;
int checks = 0;

void report(const char* file, int line, const char* what) {
  ++failures;
  std::printf("%s:%d: FAILED in \"%s\" / \"%s\": %s\n", file, line, current_test, current_subcase,
              what);
}

template <class A, class B>
void check_eq(const A& a, const B& b, const char* text, const char* file, int line) {
  ++checks;
  if (a == b) return;
  report(file, line, text);
  std::printf("  got      \"%s\"\n  expected \"%s\"\n", std::string(a).c_str(),
              std::string(b).c_str());
}

}  // namespace

#define CITED_CAT2(a, b) a##b
#define CITED_CAT(a, b) CITED_CAT2(a, b)
#define TEST_CASE(name)                                                       \
  static void CITED_CAT(cited_test_, __LINE__)();                             \
  [[maybe_unused]] static const bool CITED_CAT(cited_registered_, __LINE__) = \
      add_test(name, CITED_CAT(cited_test_, __LINE__));                       \
  static void CITED_CAT(cited_test_, __LINE__)()
#define SUBCASE(name) if (current_subcase = name; true)
#define CHECK_EQ(a, b) check_eq(a, b, #a " == " #b, __FILE__, __LINE__)
#define CHECK_THROWS_AS(expr, type)                               \
  do {                                                            \
    ++checks;                                                     \
    try {                                                         \
      static_cast<void>(expr);                                    \
      report(__FILE__, __LINE__, #expr " did not throw " #type);  \
    } catch (const type&) {                                       \
    } catch (...) {                                               \
      report(__FILE__, __LINE__, #expr " threw, but not " #type); \
    }                                                             \
  } while (false)

#define CITED_TEST_FORMAT(...) std::format(__VA_ARGS__)

template <class... Args>
std::string cited_test_vformat(std::string_view spec, const Args&... args) {
  return std::vformat(spec, std::make_format_args(args...));
}
using cited_test_format_error = std::format_error;

#include "format/cases.hpp"

int main() {
  for (const test_case& t : registry()) {
    current_test = t.name;
    current_subcase = "";
    try {
      t.run();
    } catch (const std::exception& e) {
      report(__FILE__, __LINE__, e.what());
    }
  }
  std::printf("std::format: %d checks in %zu test cases, %d failed\n", checks, registry().size(),
              failures);
  return failures == 0 ? 0 : 1;
}
