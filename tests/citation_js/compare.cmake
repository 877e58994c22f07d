# Copyright (c) 2026 The cited authors
# SPDX-License-Identifier: BSL-1.0
#
# cmake -DEXPORT=<citation_export> -DSCRIPT=<script.js> -DMODULES=<folder> -DWORK=<dir>
#       [-DPACKAGE=<npm package>] [-DARGS=<more arguments>] [-DCASES=<cases.json>]
#       [-DEXPECT_FAILURE=<regex>] -P compare.cmake
#
# Runs citation_export, then `node <script> <cases> <MODULES> <ARGS...>`: compare.js (citation-js,
# the default PACKAGE @citation-js/core) or csl_schema.js (PACKAGE ajv). CASES is a cases file to
# read instead of citation_export's output. With EXPECT_FAILURE the script must fail and its
# output match the regex, to show that it rejects bad input. Prints "SKIPPED:" (which ctest
# reports as a skip) when node or the npm package is missing, unless the environment sets
# CITED_REQUIRE_CITATION_JS, in which case their absence fails the test.
cmake_minimum_required(VERSION 3.25)

set(CITED_REQUIRE CITED_REQUIRE_CITATION_JS)
include("${CMAKE_CURRENT_LIST_DIR}/../skip_or_fail.cmake")

if(NOT DEFINED PACKAGE)
  set(PACKAGE "@citation-js/core")
endif()

find_program(NODE NAMES node nodejs)
if(NOT NODE)
  skip_or_fail("node was not found; install Node.js to check citations with citation-js and ajv")
  return()
endif()
if(NOT EXISTS "${MODULES}/node_modules/${PACKAGE}")
  skip_or_fail("${PACKAGE} is not installed in ${MODULES}; copy tests/citation_js/package*.json \
there and run: npm ci --prefix ${MODULES}")
  return()
endif()

if(NOT DEFINED CASES)
  get_filename_component(script_name "${SCRIPT}" NAME_WE)
  set(CASES "${WORK}/citation_cases_${script_name}.json")
  execute_process(COMMAND "${EXPORT}" OUTPUT_FILE "${CASES}" RESULT_VARIABLE status)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "citation_export failed: ${status}")
  endif()
endif()
execute_process(COMMAND "${NODE}" "${SCRIPT}" "${CASES}" "${MODULES}" ${ARGS}
                RESULT_VARIABLE status OUTPUT_VARIABLE output ERROR_VARIABLE output)
message("${output}")
if(DEFINED EXPECT_FAILURE)
  if(status EQUAL 0)
    message(FATAL_ERROR "${SCRIPT} accepted ${CASES}, which it must reject")
  endif()
  if(NOT output MATCHES "${EXPECT_FAILURE}")
    message(FATAL_ERROR "${SCRIPT} rejected ${CASES}, but not with: ${EXPECT_FAILURE}")
  endif()
  message("${SCRIPT} rejects ${CASES}, as it must")
elseif(NOT status EQUAL 0)
  message(FATAL_ERROR "${SCRIPT} found differences or errors (see above)")
endif()
