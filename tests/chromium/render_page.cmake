# Copyright (c) 2026 The cited authors
# SPDX-License-Identifier: BSL-1.0
#
# cmake -DPROGRAM=<factsheet> -DWORK=<dir> [-DPAGE=<page.html>] [-DOUTPUT=<file.png>]
#       [-DEXPECT_FAILURE=<regex>] -P render_page.cmake
#
# Renders the seed fact sheet's HTML page (`factsheet --format html`), or PAGE, in headless
# Chromium at 1000x1400 to a PNG (--screenshot) and to its DOM (--dump-dom), then checks:
# - the PNG is 1000x1400 and not blank (png_check.js decodes it with Node.js);
# - the key figures and verdicts of the seed sheet are in the DOM;
# - Chromium logged no console message (a script error, a resource that failed to load).
# Every failed check is reported. With OUTPUT, the PNG is copied there when the checks pass (the
# `factsheet_png` target refreshes docs/factsheet.png so). With EXPECT_FAILURE the checks must
# fail with output that matches the regex, to show that they catch a broken page. Prints
# "SKIPPED:" when Chromium or Node.js is missing, unless the environment sets
# CITED_REQUIRE_CHROMIUM, which makes their absence a failure.
cmake_minimum_required(VERSION 3.25)

set(CITED_REQUIRE CITED_REQUIRE_CHROMIUM)
include("${CMAKE_CURRENT_LIST_DIR}/../skip_or_fail.cmake")

find_program(CHROMIUM NAMES chromium chromium-browser google-chrome-stable google-chrome)
if(NOT CHROMIUM)
  skip_or_fail("chromium not found; install Debian's chromium to check the HTML fact sheet")
  return()
endif()
find_program(NODE NAMES node nodejs)
if(NOT NODE)
  skip_or_fail("node not found; install Node.js to decode the fact sheet's screenshot")
  return()
endif()

set(width 1000)
set(height 1400)
file(MAKE_DIRECTORY "${WORK}")
if(DEFINED PAGE)
  get_filename_component(name "${PAGE}" NAME_WE)
else()
  set(name factsheet)
  set(PAGE "${WORK}/factsheet.html")
  execute_process(COMMAND "${PROGRAM}" --format html OUTPUT_FILE "${PAGE}" RESULT_VARIABLE status)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "${PROGRAM} --format html failed: ${status}")
  endif()
endif()

# One run of Chromium, with a fresh profile, its log on stderr; `what` is --screenshot=<png> or
# --dump-dom (the DOM on stdout).
function(chromium what out log)
  set(profile "${WORK}/${name}-profile")
  file(REMOVE_RECURSE "${profile}")
  execute_process(
    COMMAND
      "${CHROMIUM}" --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run
      --disable-extensions --disable-background-networking --window-size=${width},${height}
      "--user-data-dir=${profile}" --enable-logging=stderr --v=0 ${what} "file://${PAGE}"
    OUTPUT_VARIABLE output ERROR_VARIABLE errors RESULT_VARIABLE status TIMEOUT 60)
  file(REMOVE_RECURSE "${profile}")
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "chromium ${what} failed (${status}):\n${errors}")
  endif()
  set(${out} "${output}" PARENT_SCOPE)
  set(${log} "${errors}" PARENT_SCOPE)
endfunction()

string(TIMESTAMP started "%s")
set(png "${WORK}/${name}.png")
file(REMOVE "${png}")
chromium("--screenshot=${png}" ignored screenshot_log)
chromium(--dump-dom dom dom_log)
string(TIMESTAMP finished "%s")
math(EXPR seconds "${finished} - ${started}")
message("chromium: ${PAGE} rendered to a PNG and a DOM in ${seconds} s")

set(problems "")
if(NOT EXISTS "${png}")
  list(APPEND problems "chromium wrote no screenshot")
else()
  execute_process(COMMAND "${NODE}" "${CMAKE_CURRENT_LIST_DIR}/png_check.js" "${png}" ${width}
                          ${height} OUTPUT_VARIABLE png_report RESULT_VARIABLE status)
  message("${png_report}")
  if(NOT status EQUAL 0)
    list(APPEND problems "the screenshot: ${png_report}")
  endif()
endif()

# The seed sheet's key figures and verdicts, as the page shows them.
foreach(
  expected IN
  ITEMS "<h2 id=\"claims\">Claims (13)</h2>"
        "<h2 id=\"figures\">Figures (7)</h2>"
        "<td class=\"value\">23,695</td>"
        "<td class=\"value\">2nd</td>"
        "<td class=\"value\">more than 100,000</td>"
        ">undetermined</span>3 of the figures to combine are missing"
        ">self-reported</span>China is observed 2nd"
        ">not checkable</span>"
        "United States, United Kingdom and European Union combined"
        ">no figure</text>"
        "<i>China’s Ascent to Global Computing Power</i>")
  string(FIND "${dom}" "${expected}" at)
  if(at EQUAL -1)
    list(APPEND problems "the DOM lacks: ${expected}")
  endif()
endforeach()

# Any console message (Chromium logs them as "CONSOLE"): the page has no script, so there must be
# none, and no script error ("Uncaught").
string(REGEX MATCHALL "[^\n]*(CONSOLE|Uncaught)[^\n]*" console "${screenshot_log}\n${dom_log}")
foreach(line IN LISTS console)
  list(APPEND problems "a console error: ${line}")
endforeach()

if(problems)
  list(JOIN problems "\n" report)
  if(DEFINED EXPECT_FAILURE)
    if(NOT report MATCHES "${EXPECT_FAILURE}")
      message(FATAL_ERROR "the checks failed, but not as expected:\n${report}")
    endif()
    message("the checks fail on ${PAGE}, as they must:\n${report}")
    return()
  endif()
  message(FATAL_ERROR "the fact sheet page did not render as expected:\n${report}")
endif()
if(DEFINED EXPECT_FAILURE)
  message(FATAL_ERROR "the checks passed on ${PAGE}, which they must reject")
endif()
if(DEFINED OUTPUT)
  file(COPY_FILE "${png}" "${OUTPUT}")
  file(SIZE "${OUTPUT}" size)
  message("wrote ${OUTPUT} (${size} bytes)")
endif()
message("the fact sheet page rendered: ${width}x${height}, its figures and verdicts in the DOM, "
        "no console error")
