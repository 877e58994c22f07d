# Copyright (c) 2026 The cited authors
# SPDX-License-Identifier: BSL-1.0
#
# Turns every ```cpp block of a Markdown document (the README, a page of docs/) into a program that
# is built and run as a ctest, so that what a user copies from it compiles and works. Where the
# block is followed by a line "It prints:" and a ```text block, the program's output must be
# exactly that text. The tests are <name>.snippet_<n> (name: readme by default).
function(cited_readme_snippets readme)
  set(name readme)
  if(ARGC GREATER 1)
    set(name "${ARGV1}")
  endif()
  get_filename_component(document "${readme}" NAME)
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${readme}")
  file(READ "${readme}" text)
  set(fence "```")
  set(n 0)
  while(TRUE)
    string(FIND "${text}" "${fence}cpp\n" start)
    if(start EQUAL -1)
      break()
    endif()
    math(EXPR start "${start} + 7")
    string(SUBSTRING "${text}" ${start} -1 text)
    string(FIND "${text}" "\n${fence}" end)
    if(end EQUAL -1)
      message(FATAL_ERROR "${readme}: a ${fence}cpp block is not closed")
    endif()
    string(SUBSTRING "${text}" 0 ${end} code)
    math(EXPR end "${end} + 4")
    string(SUBSTRING "${text}" ${end} -1 text)
    math(EXPR n "${n} + 1")
    set(expected "")
    set(has_expected OFF)
    if(text MATCHES "^\n+It prints:\n+${fence}text\n")
      string(FIND "${text}" "${fence}text\n" start)
      math(EXPR start "${start} + 8")
      string(SUBSTRING "${text}" ${start} -1 rest)
      string(FIND "${rest}" "${fence}" stop)
      string(SUBSTRING "${rest}" 0 ${stop} expected)
      set(has_expected ON)
    endif()
    set(file "${CMAKE_CURRENT_BINARY_DIR}/${name}/snippet_${n}.cpp")
    file(WRITE "${file}.new" "// Block ${n} of ${document}\n${code}\n")
    configure_file("${file}.new" "${file}" COPYONLY)
    # A block that includes <cited/fmt.hpp> needs {fmt}: without it, the test reports itself
    # skipped (or fails when the environment sets CITED_REQUIRE_FMT).
    set(fmt_link)
    if(code MATCHES "#include <cited/fmt.hpp>")
      find_package(fmt 9 CONFIG QUIET)
      if(NOT TARGET fmt::fmt)
        add_test(NAME ${name}.snippet_${n}
                 COMMAND "${CMAKE_COMMAND}" "-DWHY=fmt not found (Debian: libfmt-dev)"
                         "-DREQUIRE=CITED_REQUIRE_FMT" -P
                         "${CMAKE_CURRENT_FUNCTION_LIST_DIR}/format/skip.cmake")
        set_tests_properties(${name}.snippet_${n} PROPERTIES SKIP_REGULAR_EXPRESSION "SKIPPED:")
        continue()
      endif()
      set(fmt_link fmt::fmt)
    endif()
    add_executable(${name}_snippet_${n} "${file}")
    target_link_libraries(${name}_snippet_${n} PRIVATE cited::cited ${fmt_link})
    if(has_expected)
      file(WRITE "${file}.expected.new" "${expected}")
      configure_file("${file}.expected.new" "${file}.expected" COPYONLY)
      add_test(NAME ${name}.snippet_${n}
               COMMAND "${CMAKE_COMMAND}" "-DPROGRAM=$<TARGET_FILE:${name}_snippet_${n}>"
                       "-DEXPECTED=${file}.expected" -P
                       "${CMAKE_CURRENT_FUNCTION_LIST_DIR}/run_and_compare.cmake")
    else()
      add_test(NAME ${name}.snippet_${n} COMMAND ${name}_snippet_${n})
    endif()
  endwhile()
  if(n EQUAL 0)
    message(FATAL_ERROR "${readme} has no ${fence}cpp block to test")
  endif()
endfunction()
