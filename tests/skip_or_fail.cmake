# Copyright (c) 2026 The cited authors
# SPDX-License-Identifier: BSL-1.0
#
# For the -P scripts of the tests that need an optional tool:
#
#   set(CITED_REQUIRE CITED_REQUIRE_<TOOL>)
#   include("${CMAKE_CURRENT_LIST_DIR}/../skip_or_fail.cmake")
#   ...
#   skip_or_fail("<tool> was not found; install it with ...")
#   return()
#
# skip_or_fail prints "SKIPPED: <why>", which ctest reports as a skip (SKIP_REGULAR_EXPRESSION),
# unless the environment variable named by CITED_REQUIRE is set (as CI does), in which case the
# tool's absence fails the test.

function(skip_or_fail why)
  if("$ENV{${CITED_REQUIRE}}")
    message(FATAL_ERROR "${why}, and ${CITED_REQUIRE} is set")
  endif()
  message("SKIPPED: ${why}")
endfunction()
