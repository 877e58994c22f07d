# Copyright (c) 2026 The cited authors
# SPDX-License-Identifier: BSL-1.0
#
# cmake -DSOURCE=<std_format.cpp> -DFAIL_SOURCE=<a compile-fail case> -DFAIL_REGEX=<regex>
#       -DINCLUDES=<dir|dir...> -DWORK=<dir> [-DCOMPILER=clang++-16] -P std_format.cmake
#
# Builds SOURCE with clang 16 and libc++ 16, whose <format> needs -fexperimental-library (and which
# does not define __cpp_lib_format, hence -DCITED_STD_FORMAT=1), then runs it. Then checks, as
# compile_fail.cmake does, that FAIL_SOURCE compiles with -DCITED_CONTROL and fails without it
# with a diagnostic matching FAIL_REGEX: std::format checks format strings at compile time. Prints "SKIPPED:"
# (which ctest reports as a skip) when that compiler or libc++ is missing, unless the environment
# sets CITED_REQUIRE_STD_FORMAT, in which case their absence fails the test.
cmake_minimum_required(VERSION 3.25)

set(CITED_REQUIRE CITED_REQUIRE_STD_FORMAT)
include("${CMAKE_CURRENT_LIST_DIR}/../skip_or_fail.cmake")

if(NOT DEFINED COMPILER)
  set(COMPILER clang++-16)
endif()
find_program(compiler_path NAMES "${COMPILER}")
if(NOT compiler_path)
  skip_or_fail("${COMPILER} was not found (Debian: clang-16, libc++-16-dev, libc++abi-16-dev)")
  return()
endif()

file(MAKE_DIRECTORY "${WORK}")
set(flags -std=c++20 -stdlib=libc++ -fexperimental-library -DCITED_STD_FORMAT=1)

# libc++ with <format>: a program that formats an int.
set(probe "${WORK}/std_format_probe.cpp")
file(WRITE "${probe}" "#include <format>\nint main() { return std::format(\"{}\", 1) == \"1\" ? 0 : 1; }\n")
execute_process(COMMAND "${compiler_path}" ${flags} "${probe}" -o "${WORK}/std_format_probe"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
  skip_or_fail("${COMPILER} cannot build a program with libc++'s <format> (Debian: \
libc++-16-dev, libc++abi-16-dev):\n${out}")
  return()
endif()

set(includes)
string(REPLACE "|" ";" INCLUDES "${INCLUDES}")
foreach(dir IN LISTS INCLUDES)
  list(APPEND includes "-I${dir}")
endforeach()
set(program "${WORK}/std_format_test")
execute_process(
  COMMAND "${compiler_path}" ${flags} -Wall -Wextra -Wpedantic -Werror ${includes} "${SOURCE}"
          -o "${program}"
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${SOURCE} does not build with ${COMPILER} and libc++:\n${out}")
endif()
execute_process(COMMAND "${program}" RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
message("${out}")
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "the std::format checks failed (see above)")
endif()

# A bad spec in a format string checked at compile time does not compile.
set(fail_flags ${flags} -fsyntax-only ${includes} "${FAIL_SOURCE}")
execute_process(COMMAND "${compiler_path}" ${fail_flags} -DCITED_CONTROL
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "the control case of ${FAIL_SOURCE} does not compile:\n${out}")
endif()
execute_process(COMMAND "${compiler_path}" ${fail_flags}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(rc EQUAL 0)
  message(FATAL_ERROR "${FAIL_SOURCE} compiled, but must not")
endif()
if(NOT out MATCHES "${FAIL_REGEX}")
  message(FATAL_ERROR "${FAIL_SOURCE} failed to compile, but the diagnostic does not match "
                      "'${FAIL_REGEX}':\n${out}")
endif()
message("${FAIL_SOURCE}: fails to compile as expected ('${FAIL_REGEX}')")
