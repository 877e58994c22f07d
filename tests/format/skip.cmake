# Copyright (c) 2026 The cited authors
# SPDX-License-Identifier: BSL-1.0
#
# cmake -DWHY=<text> -DREQUIRE=<environment variable> -P skip.cmake: the stand-in for a test whose
# tool was not found when the build was configured. Prints "SKIPPED: <WHY>" (which ctest reports as
# a skip), or fails when the environment sets REQUIRE.
if("$ENV{${REQUIRE}}")
  message(FATAL_ERROR "${WHY}, and ${REQUIRE} is set")
endif()
message("SKIPPED: ${WHY}")
