# Copyright (c) 2026 The cited authors
# SPDX-License-Identifier: BSL-1.0
#
# cmake -DPROGRAM=<factsheet> "-DARGS=<arg;...>" -DSTATUS=<exit status> -DREGEX=<regex>
#       -P run_factsheet.cmake
#
# Runs the fact sheet and checks its exit status and that its output (stdout, then stderr)
# matches REGEX.
cmake_minimum_required(VERSION 3.25)
execute_process(COMMAND "${PROGRAM}" ${ARGS} RESULT_VARIABLE rc OUTPUT_VARIABLE out
                ERROR_VARIABLE err)
if(NOT rc STREQUAL STATUS)
  message(FATAL_ERROR "factsheet ${ARGS} exited with ${rc}, not ${STATUS}:\n${out}${err}")
endif()
if(NOT "${out}${err}" MATCHES "${REGEX}")
  message(FATAL_ERROR "factsheet ${ARGS} printed:\n${out}${err}\nwhich does not match:\n${REGEX}")
endif()
message("factsheet ${ARGS}: exit ${rc}, output as expected")
