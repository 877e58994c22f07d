# Copyright (c) 2026 The cited authors
# SPDX-License-Identifier: BSL-1.0
#
# Regenerates the country names of every committed locale header (COMMITTED_DIR/<locale>.hpp) from
# CLDR_DIR into OUTPUT_DIR and compares each with the committed one.
file(GLOB committed RELATIVE "${COMMITTED_DIR}" "${COMMITTED_DIR}/*.hpp")
set(locales "")
foreach(header IN LISTS committed)
  string(REGEX REPLACE "\\.hpp$" "" locale "${header}")
  list(APPEND locales "${locale}")
  if(NOT EXISTS "${CLDR_DIR}/main/${locale}.xml")
    message("SKIPPED: ${CLDR_DIR}/main/${locale}.xml not found (install Debian's "
            "unicode-cldr-core package to run this test)")
    return()
  endif()
endforeach()
if(NOT locales)
  message(FATAL_ERROR "no locale header in ${COMMITTED_DIR}")
endif()
file(REMOVE_RECURSE "${OUTPUT_DIR}")
execute_process(COMMAND "${CMAKE_COMMAND}" "-DCLDR_DIR=${CLDR_DIR}" "-DTABLE=${TABLE}"
                        "-DOUTPUT_DIR=${OUTPUT_DIR}" "-DLOCALES=${locales}" -P "${GENERATOR}"
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "the generator failed")
endif()
set(stale "")
foreach(locale IN LISTS locales)
  # The header line names the Debian package's version; compare everything else.
  file(STRINGS "${OUTPUT_DIR}/${locale}.hpp" fresh)
  file(STRINGS "${COMMITTED_DIR}/${locale}.hpp" kept)
  list(FILTER fresh EXCLUDE REGEX "^// unicode-cldr-core ")
  list(FILTER kept EXCLUDE REGEX "^// unicode-cldr-core ")
  if(NOT fresh STREQUAL kept)
    list(APPEND stale "${locale}")
  endif()
endforeach()
if(stale)
  message(FATAL_ERROR "include/cited/catalog/names/ differs for ${stale} from what the generator "
                      "makes from ${CLDR_DIR}; build cited_regenerate_territory_names and review "
                      "the diff")
endif()
message("the committed names of ${locales} match ${CLDR_DIR}")
