# Copyright (c) 2026 The cited authors
# SPDX-License-Identifier: BSL-1.0
#
# cmake -DEXPORT=<citation_export> -DSCRIPT=<compare.js> -DMODULES=<folder> -DWORK=<dir>
#       -P compare.cmake
#
# Runs citation_export, then compare.js under Node.js. Prints "SKIPPED:" (which ctest reports as
# a skip) when node or the npm packages are missing, unless the environment sets
# CITED_REQUIRE_CITATION_JS, in which case their absence fails the test.
cmake_minimum_required(VERSION 3.25)

function(skip_or_fail why)
  if("$ENV{CITED_REQUIRE_CITATION_JS}")
    message(FATAL_ERROR "${why}, and CITED_REQUIRE_CITATION_JS is set")
  endif()
  message("SKIPPED: ${why}")
endfunction()

find_program(NODE NAMES node nodejs)
if(NOT NODE)
  skip_or_fail("node was not found; install Node.js to compare citations with citation-js")
  return()
endif()
if(NOT EXISTS "${MODULES}/node_modules/@citation-js/core")
  skip_or_fail("citation-js is not installed in ${MODULES}; copy tests/citation_js/package*.json "
               "there and run: npm ci --prefix ${MODULES}")
  return()
endif()

set(cases "${WORK}/citation_cases.json")
execute_process(COMMAND "${EXPORT}" OUTPUT_FILE "${cases}" RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "citation_export failed: ${status}")
endif()
execute_process(COMMAND "${NODE}" "${SCRIPT}" "${cases}" "${MODULES}" RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "cited's citations differ from citation-js's (see above)")
endif()
