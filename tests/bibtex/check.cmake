# Copyright (c) 2026 The cited authors
# SPDX-License-Identifier: BSL-1.0
#
# cmake -DEXPORT=<citation_export> -DTOOL=bibtex|biber -DWORK=<dir> -P check.cmake
#
# Writes every test source (the seed works, then synthetic ones of every kind) as one .bib file
# with citation_export, then runs the real tool on it:
#
# - bibtex: to_bibtex's output through `bibtex` with plain.bst. The .blg may warn only about a
#   field the source lacks, which its entry therefore lacks too:
#     "empty <author|title|journal|institution|year> in <key>".
#   Any other warning or error fails, as does a .bbl without the publisher, place, day, URL, DOI,
#   access date, event and kind that plain.bst used to drop.
# - biber: to_biblatex's output through `biber --tool --validate-datamodel`. Errors fail, as does
#   any warning but a missing mandatory field that the entry lacks because the source does
#   ("Missing mandatory field 'title'", "one of 'date, year'", "one of 'url, doi, eprint'"):
#   biblatex's data model makes a date mandatory for every entry type but @dataset, and a
#   source may be undated or untitled.
#
# Prints "SKIPPED:" (which ctest reports as a skip) when the tool is missing, unless the
# environment sets CITED_REQUIRE_BIBTEX, in which case its absence fails the test.
cmake_minimum_required(VERSION 3.25)

set(CITED_REQUIRE CITED_REQUIRE_BIBTEX)
include("${CMAKE_CURRENT_LIST_DIR}/../skip_or_fail.cmake")

# The entry keyed `key` in `bib`, from its "@type{key," to the next entry.
function(entry_of bib key out)
  string(FIND "${bib}" "{${key},\n" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "no entry keyed ${key} in the .bib file")
  endif()
  string(SUBSTRING "${bib}" ${at} -1 rest)
  string(FIND "${rest}" "\n}\n" end)
  string(SUBSTRING "${rest}" 0 ${end} entry)
  set(${out} "${entry}" PARENT_SCOPE)
endfunction()

# True in `out` when the entry keyed `key` has none of the fields in the list `fields`.
function(lacks bib key fields out)
  entry_of("${bib}" "${key}" entry)
  set(${out} TRUE PARENT_SCOPE)
  foreach(field IN LISTS fields)
    string(FIND "${entry}" "\n  ${field} = " at)
    if(NOT at EQUAL -1)
      set(${out} FALSE PARENT_SCOPE)
    endif()
  endforeach()
endfunction()

if(TOOL STREQUAL "bibtex")
  find_program(BIBTEX bibtex)
  find_program(KPSEWHICH kpsewhich)
  if(NOT BIBTEX OR NOT KPSEWHICH)
    skip_or_fail("bibtex was not found; install it (Debian: texlive-binaries texlive-base)")
    return()
  endif()
  execute_process(COMMAND "${KPSEWHICH}" plain.bst OUTPUT_VARIABLE plain_bst
                  OUTPUT_STRIP_TRAILING_WHITESPACE)
  if(NOT plain_bst)
    skip_or_fail("plain.bst was not found; install it (Debian: texlive-base)")
    return()
  endif()
  set(dir "${WORK}/bibtex_plain")
  file(REMOVE_RECURSE "${dir}")
  file(MAKE_DIRECTORY "${dir}")
  execute_process(COMMAND "${EXPORT}" bibtex OUTPUT_FILE "${dir}/works.bib"
                  RESULT_VARIABLE status)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "citation_export bibtex failed: ${status}")
  endif()
  file(WRITE "${dir}/works.aux" "\\relax\n\\citation{*}\n\\bibstyle{plain}\n\\bibdata{works}\n")
  execute_process(COMMAND "${BIBTEX}" works WORKING_DIRECTORY "${dir}" RESULT_VARIABLE status
                  OUTPUT_QUIET)
  file(READ "${dir}/works.bib" bib)
  file(READ "${dir}/works.blg" blg)
  file(READ "${dir}/works.bbl" bbl)
  # bibtex exits 1 when it warned, 2 or more on an error.
  if(NOT status MATCHES "^[01]$")
    message(FATAL_ERROR "bibtex failed (${status}):\n${blg}")
  endif()
  set(problems "")
  set(allowed 0)
  string(REGEX MATCHALL "Warning--[^\n]*" warnings "${blg}")
  foreach(warning IN LISTS warnings)
    if(warning MATCHES "^Warning--empty (author|title|journal|institution|year) in ([a-z0-9-]+)$")
      lacks("${bib}" "${CMAKE_MATCH_2}" "${CMAKE_MATCH_1}" ok)
    else()
      set(ok FALSE)
    endif()
    if(ok)
      math(EXPR allowed "${allowed} + 1")
    else()
      string(APPEND problems "  not allowed: ${warning}\n")
    endif()
  endforeach()
  if(blg MATCHES "error message")
    string(APPEND problems "  bibtex reported an error\n")
  endif()
  # What plain.bst dropped when these were biblatex fields: each must be in the formatted list.
  string(REGEX REPLACE "[ \n]+" " " text "${bbl}")
  foreach(
    expected
    "Press release, GlobeNewswire, London, 10~July 2025."
    "https://www.globenewswire.com/news-release/2025/07/10/3113094/0/en/New-report-shows-China-dominates-in-AI-research-and-is-western-world-s-leading-collaborator-on-AI.html."
    "{\\em The Belt and Road News Network}, 26~August 2025."
    "{\\em The Example Post}, July 2025. \\newblock Published by Example Media Group."
    "Press conference, Example Information Office briefing, Example City, 29~April 2025."
    "Data set, Example Corp, July 2025."
    "Statement, Example Media Group."
    "Web page, Example Rankings, August 2025."
    "Report, Example Institute, 30~June 2025. \\newblock https://doi.org/10.5555/example.42. https://example.org/reports/compute\\_2025\\#summary. Accessed 1 August 2025."
  )
    string(FIND "${text}" "${expected}" at)
    if(at EQUAL -1)
      string(APPEND problems "  the .bbl lacks: ${expected}\n")
    endif()
  endforeach()
  if(problems)
    message(FATAL_ERROR "bibtex with plain.bst:\n${problems}\n.bbl:\n${bbl}")
  endif()
  message("bibtex with plain.bst: ${allowed} warnings, each about a field the source lacks")
elseif(TOOL STREQUAL "biber")
  find_program(BIBER biber)
  if(NOT BIBER)
    skip_or_fail("biber was not found; install it (Debian: biber)")
    return()
  endif()
  set(dir "${WORK}/biblatex_biber")
  file(REMOVE_RECURSE "${dir}")
  file(MAKE_DIRECTORY "${dir}")
  execute_process(COMMAND "${EXPORT}" biblatex OUTPUT_FILE "${dir}/works.bib"
                  RESULT_VARIABLE status)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "citation_export biblatex failed: ${status}")
  endif()
  execute_process(COMMAND "${BIBER}" --tool --validate-datamodel --output-directory "${dir}"
                          works.bib WORKING_DIRECTORY "${dir}" RESULT_VARIABLE status
                  OUTPUT_VARIABLE log ERROR_VARIABLE log)
  file(READ "${dir}/works.bib" bib)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "biber failed (${status}):\n${log}")
  endif()
  set(problems "")
  set(allowed 0)
  string(REGEX MATCHALL "(WARN|ERROR) - [^\n]*" lines "${log}")
  foreach(line IN LISTS lines)
    set(prefix "^WARN - Datamodel: Entry '([a-z0-9-]+)' \\([^)]*works.bib\\): ")
    string(APPEND prefix "Missing mandatory field")
    if(line MATCHES "${prefix} '([a-z]+)'$")
      lacks("${bib}" "${CMAKE_MATCH_1}" "${CMAKE_MATCH_2}" ok)
    elseif(line MATCHES "${prefix} - one of '([a-z, ]+)' must be defined$")
      string(REPLACE ", " ";" fields "${CMAKE_MATCH_2}")
      lacks("${bib}" "${CMAKE_MATCH_1}" "${fields}" ok)
    else()
      set(ok FALSE)
    endif()
    if(ok)
      math(EXPR allowed "${allowed} + 1")
    else()
      string(APPEND problems "  not allowed: ${line}\n")
    endif()
  endforeach()
  if(problems)
    message(FATAL_ERROR "biber --validate-datamodel:\n${problems}\n${log}")
  endif()
  message("biber --validate-datamodel: no error; ${allowed} warnings, each a mandatory field "
          "the source lacks")
else()
  message(FATAL_ERROR "TOOL must be bibtex or biber, got '${TOOL}'")
endif()
