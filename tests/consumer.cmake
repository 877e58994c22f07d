# Copyright (c) 2026 The cited authors
# SPDX-License-Identifier: BSL-1.0
#
# Builds and runs tests/consumer against cited in one of three ways (MODE), with no network:
#   install       cmake --install BUILD_DIR into a prefix, then find_package(cited CONFIG REQUIRED)
#   subdirectory  add_subdirectory(SOURCE_DIR)
#   fetchcontent  FetchContent_Declare(cited GIT_REPOSITORY file://SOURCE_DIR GIT_TAG <HEAD>)
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")

function(run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
  if(NOT rc EQUAL 0)
    string(REPLACE ";" " " cmd "${ARGN}")
    message(FATAL_ERROR "failed (${rc}): ${cmd}\n${out}")
  endif()
  set(out "${out}" PARENT_SCOPE)
endfunction()

set(args "-DCITED_CONSUMER_MODE=${MODE}" "-DCITED_SOURCE_DIR=${SOURCE_DIR}"
         -DCITED_FETCH_DEPS=OFF -DFETCHCONTENT_QUIET=OFF "-DCMAKE_CXX_COMPILER=${COMPILER}")
set(prefix_path "${PREFIX_PATH}")

if(MODE STREQUAL "install")
  run("${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${WORK}/prefix")
  if(NOT EXISTS "${WORK}/prefix/share/cmake/cited/cited-config.cmake")
    message(FATAL_ERROR "the install has no share/cmake/cited/cited-config.cmake")
  endif()
  list(PREPEND prefix_path "${WORK}/prefix")
elseif(MODE STREQUAL "fetchcontent")
  find_program(GIT git)
  if(NOT GIT OR NOT EXISTS "${SOURCE_DIR}/.git")
    message("SKIPPED: FetchContent from a local git URL needs git and a git checkout of cited")
    return()
  endif()
  run("${GIT}" -C "${SOURCE_DIR}" rev-parse HEAD)
  string(STRIP "${out}" head)
  list(APPEND args "-DCITED_GIT_TAG=${head}")
endif()
string(REPLACE ";" "\\;" prefix_path "${prefix_path}")
list(APPEND args "-DCMAKE_PREFIX_PATH=${prefix_path}")

run("${CMAKE_COMMAND}" -S "${SOURCE_DIR}/tests/consumer" -B "${WORK}/build" -G "${GENERATOR}"
    ${args})
run("${CMAKE_COMMAND}" --build "${WORK}/build")
run("${WORK}/build/consumer")
if(NOT out MATCHES "CN is China, a BRICS member since 2009-06-16")
  message(FATAL_ERROR "the consumer printed something else:\n${out}")
endif()
message("consumer (${MODE}): ${out}")
