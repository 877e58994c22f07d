# Copyright (c) 2026 The cited authors
# SPDX-License-Identifier: BSL-1.0
#
# cmake -DINPUT=<file> -DOUTPUT=<header> -DNAME=<identifier> -P embed_text.cmake
#
# Writes a header that holds the text of INPUT as `inline constexpr std::string_view NAME`, so
# that a program carries a data file with it.
cmake_minimum_required(VERSION 3.25)
file(READ "${INPUT}" text)
string(FIND "${text}" ")cited_text\"" clash)
if(NOT clash EQUAL -1)
  message(FATAL_ERROR "${INPUT} contains the raw string delimiter )cited_text\"")
endif()
set(header "// Generated from ${INPUT} by cmake/embed_text.cmake. Do not edit.\n")
string(APPEND header "#pragma once\n#include <string_view>\n")
string(APPEND header "inline constexpr std::string_view ${NAME} = R\"cited_text(${text})cited_text\";\n")
file(WRITE "${OUTPUT}.tmp" "${header}")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
