# Copyright (c) 2026 The cited authors
# SPDX-License-Identifier: BSL-1.0
#
# cmake -DSCRIPT=<check.mjs> -DMODULES=<folder> -DPACKAGE=<npm package> -DWORK=<dir>
#       [-DEXPORT=<program>] [-DEXPORT_ARGS=<arguments>] [-DARGS=<more arguments>]
#       [-DEXPECT_FAILURE=<regex>] -P run.cmake
#
# Runs `EXPORT EXPORT_ARGS... WORK` (a program that writes cited's exports into WORK), then
# `node SCRIPT WORK ARGS... MODULES`. The script loads the engine from MODULES/node_modules (an ES
# module does not search NODE_PATH). With EXPECT_FAILURE the script must fail and its output match
# the regex, to show that it rejects bad input. Prints "SKIPPED:" (which ctest reports as a skip) when node or the
# npm package is missing, unless the environment sets CITED_REQUIRE_ENGINES, in which case their
# absence fails the test.
cmake_minimum_required(VERSION 3.25)

set(CITED_REQUIRE CITED_REQUIRE_ENGINES)
include("${CMAKE_CURRENT_LIST_DIR}/../skip_or_fail.cmake")

find_program(NODE NAMES node nodejs)
if(NOT NODE)
  skip_or_fail("node was not found; install Node.js to check the exports with DuckDB and Arrow")
  return()
endif()
if(NOT EXISTS "${MODULES}/node_modules/${PACKAGE}")
  skip_or_fail("${PACKAGE} is not installed in ${MODULES}; copy tests/engines/package*.json \
there and run: npm ci --prefix ${MODULES}")
  return()
endif()

file(MAKE_DIRECTORY "${WORK}")
if(DEFINED EXPORT)
  separate_arguments(export_args UNIX_COMMAND "${EXPORT_ARGS}")
  execute_process(COMMAND "${EXPORT}" ${export_args} "${WORK}" RESULT_VARIABLE status
                  OUTPUT_VARIABLE output ERROR_VARIABLE output)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "${EXPORT} failed (${status}):\n${output}")
  endif()
endif()

separate_arguments(args UNIX_COMMAND "${ARGS}")
execute_process(COMMAND "${NODE}" "${SCRIPT}" "${WORK}" ${args} "${MODULES}"
                RESULT_VARIABLE status OUTPUT_VARIABLE output ERROR_VARIABLE output)
message("${output}")
if(DEFINED EXPECT_FAILURE)
  if(status EQUAL 0)
    message(FATAL_ERROR "${SCRIPT} accepted what it must reject")
  endif()
  if(NOT output MATCHES "${EXPECT_FAILURE}")
    message(FATAL_ERROR "${SCRIPT} failed, but not with: ${EXPECT_FAILURE}")
  endif()
  message("${SCRIPT} rejects the broken export, as it must")
elseif(NOT status EQUAL 0)
  message(FATAL_ERROR "${SCRIPT} found differences or errors (see above)")
endif()
