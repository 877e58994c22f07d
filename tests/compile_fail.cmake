# Copyright (c) 2026 The cited authors
# SPDX-License-Identifier: BSL-1.0
#
# SOURCE must compile with -DCITED_CONTROL, and must fail without it with a diagnostic matching
# REGEX. The control proves the failure comes from the code under test, not the harness. FLAGS
# holds more compiler flags separated by '|', such as the include folder of a library the case needs.
file(MAKE_DIRECTORY "${WORK}")
string(REPLACE "|" ";" FLAGS "${FLAGS}")
set(flags -std=c++20 -fsyntax-only "-I${INCLUDE}" ${FLAGS})
execute_process(COMMAND "${COMPILER}" ${flags} -DCITED_CONTROL "${SOURCE}"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "the control case of ${SOURCE} does not compile:\n${out}")
endif()
execute_process(COMMAND "${COMPILER}" ${flags} "${SOURCE}"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(rc EQUAL 0)
  message(FATAL_ERROR "${SOURCE} compiled, but must not")
endif()
if(NOT out MATCHES "${REGEX}")
  message(FATAL_ERROR "${SOURCE} failed to compile, but the diagnostic does not match "
                      "'${REGEX}':\n${out}")
endif()
message("${SOURCE}: fails to compile as expected ('${REGEX}')")
