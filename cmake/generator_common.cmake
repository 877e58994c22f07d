# Copyright (c) 2026 The cited authors
# SPDX-License-Identifier: BSL-1.0
#
# What the table generators (cmake/generate_*.cmake) share: include() it from a generator.
include_guard(GLOBAL)

# The installed version of a Debian package, or "unknown" (no dpkg, or not installed).
function(package_version out package)
  set(version "unknown")
  if(EXISTS "/var/lib/dpkg/status")
    execute_process(COMMAND dpkg-query -W "-f=\${Version}" ${package}
                    OUTPUT_VARIABLE version ERROR_QUIET RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0 OR version STREQUAL "")
      set(version "unknown")
    endif()
  endif()
  set(${out} "${version}" PARENT_SCOPE)
endfunction()

# `text` as a C++ string literal, quotes and backslashes escaped.
function(cpp_string out text)
  string(REPLACE "\\" "\\\\" text "${text}")
  string(REPLACE "\"" "\\\"" text "${text}")
  set(${out} "\"${text}\"" PARENT_SCOPE)
endfunction()
