# Copyright (c) 2026 The cited authors
# SPDX-License-Identifier: BSL-1.0
#
# Runs PROGRAM (with the ;-separated ARGS, if any) and checks that it exits 0 and prints exactly
# the contents of EXPECTED.
execute_process(COMMAND "${PROGRAM}" ${ARGS} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${PROGRAM} exited with ${rc}:\n${out}${err}")
endif()
file(READ "${EXPECTED}" expected)
if(NOT out STREQUAL expected)
  message(FATAL_ERROR "${PROGRAM} printed:\n${out}\nbut expected, from ${EXPECTED}:\n${expected}")
endif()
