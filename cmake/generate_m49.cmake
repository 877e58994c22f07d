# Copyright (c) 2026 The cited authors
# SPDX-License-Identifier: BSL-1.0
#
# Generates include/cited/catalog/data/m49.hpp, the UN M49 regions, from Unicode CLDR.
#
#   cmake -DCLDR_DIR=/usr/share/unicode/cldr/common \
#         -DISO3166=include/cited/catalog/data/iso3166.hpp \
#         -DOUTPUT=include/cited/catalog/data/m49.hpp \
#         -P cmake/generate_m49.cmake
#
# The output is committed; the build never runs this script. Re-run it when CLDR or the ISO 3166
# table changes, or build the target `cited_regenerate_m49`. The test `m49.generated_is_current`
# runs it into the build tree and compares.
#
# What it reads:
#   supplemental/supplementalData.xml, <territoryContainment>: each <group type="R" contains="...">
#     whose type is a numeric M49 code. Groups with status="deprecated" are skipped. Non-numeric
#     containers (EU, EZ, UN, QO) are not regions. QO ("Outlying Oceania") is listed in Oceania's
#     own line, so what it holds is in Oceania directly: Antarctica (AQ) is in Oceania and the
#     world. EU, EZ and UN are listed only on the world's status="grouping" line and add nothing. grouping="true" marks a
#     region that overlaps the tree (003 North America, 202 Sub-Saharan Africa, 419 Latin America);
#     status="grouping" lines only add such regions to their parent.
#   main/en.xml: the English name of each region, <territory type="030">Eastern Asia</territory>
#     (the plain form, without alt=).
#   ISO3166, the committed ISO 3166 table: the order of cited::country, so that the header can give,
#     per entry, the regions that contain it.
cmake_minimum_required(VERSION 3.25)
include("${CMAKE_CURRENT_LIST_DIR}/generator_common.cmake")

if(NOT DEFINED CLDR_DIR)
  set(CLDR_DIR "/usr/share/unicode/cldr/common")
endif()
if(NOT DEFINED ISO3166)
  get_filename_component(ISO3166 "${CMAKE_CURRENT_LIST_DIR}/../include/cited/catalog/data/iso3166.hpp"
                         ABSOLUTE)
endif()
if(NOT DEFINED OUTPUT)
  message(FATAL_ERROR "generate_m49: set -DOUTPUT=<path of the header to write>")
endif()
set(supplemental "${CLDR_DIR}/supplemental/supplementalData.xml")
set(english "${CLDR_DIR}/main/en.xml")
foreach(file IN ITEMS "${supplemental}" "${english}" "${ISO3166}")
  if(NOT EXISTS "${file}")
    message(FATAL_ERROR "generate_m49: ${file} not found (install Debian's unicode-cldr-core "
                        "package or set -DCLDR_DIR)")
  endif()
endforeach()

# --- the order of cited::country: the codes of the ISO 3166 table's rows ---
file(STRINGS "${ISO3166}" iso_lines ENCODING UTF-8 REGEX "^    \\{\"[A-Z]*\", \"[A-Z]*\", \"[A-Z]*\", ")
set(country_codes "")
set(country_count 0)
foreach(line IN LISTS iso_lines)
  string(REGEX MATCH "^    \\{\"([A-Z]*)\", \"([A-Z]*)\", \"([A-Z]*)\", .*record_flags::([a-z_]+)\\},$"
               _ "${line}")
  if(NOT CMAKE_MATCH_4)
    message(FATAL_ERROR "generate_m49: cannot read the ISO 3166 row '${line}'")
  endif()
  if(CMAKE_MATCH_4 STREQUAL "historic")
    list(APPEND country_codes "${CMAKE_MATCH_3}:historic")
  else()
    list(APPEND country_codes "${CMAKE_MATCH_1}")
    set(is_country_${CMAKE_MATCH_1} TRUE)
  endif()
  math(EXPR country_count "${country_count} + 1")
endforeach()
if(country_count LESS 250)
  message(FATAL_ERROR "generate_m49: read ${country_count} rows from ${ISO3166}")
endif()

# --- the containment groups ---
file(READ "${supplemental}" doc)
string(REGEX MATCH "<territoryContainment>.*</territoryContainment>" block "${doc}")
if(block STREQUAL "")
  message(FATAL_ERROR "generate_m49: no <territoryContainment> in ${supplemental}")
endif()
string(REGEX REPLACE "<!--[^>]*-->" "" block "${block}")
string(REGEX MATCHALL "<group [^>]*>" group_elements "${block}")

# Containers that are not M49 regions (EU, EZ, UN, QO): what each holds. QO, CLDR's "Outlying
# Oceania", is listed in Oceania (009) like a sub-region, so what it holds (Antarctica) is in
# Oceania and the world; EU, EZ and UN appear only on status="grouping" lines and add nothing.
foreach(element IN LISTS group_elements)
  string(REGEX MATCH " type=\"([^\"]*)\"" _ "${element}")
  set(type "${CMAKE_MATCH_1}")
  if(type MATCHES "^[0-9][0-9][0-9]$" OR element MATCHES " status=\"deprecated\"")
    continue()
  endif()
  string(REGEX MATCH " contains=\"([^\"]*)\"" _ "${element}")
  string(REPLACE " " ";" items "${CMAKE_MATCH_1}")
  list(APPEND holds_${type} ${items})
endforeach()

set(regions "")
macro(add_region code)
  if(NOT DEFINED region_${code})
    set(region_${code} TRUE)
    list(APPEND regions ${code})
    set(parents_${code} "")
    set(direct_${code} "")
    set(grouping_${code} FALSE)
  endif()
endmacro()

foreach(element IN LISTS group_elements)
  string(REGEX MATCH " type=\"([^\"]*)\"" _ "${element}")
  set(type "${CMAKE_MATCH_1}")
  string(REGEX MATCH " contains=\"([^\"]*)\"" _ "${element}")
  string(REPLACE " " ";" contains "${CMAKE_MATCH_1}")
  set(status "")
  if(element MATCHES " status=\"([^\"]*)\"")
    set(status "${CMAKE_MATCH_1}")
  endif()
  if(status STREQUAL "deprecated" OR NOT type MATCHES "^[0-9][0-9][0-9]$")
    continue()
  endif()
  add_region(${type})
  if(element MATCHES " grouping=\"true\"")
    set(grouping_${type} TRUE)
  endif()
  foreach(item IN LISTS contains)
    if(item MATCHES "^[0-9][0-9][0-9]$")
      add_region(${item})
      list(APPEND parents_${item} ${type})
    elseif(is_country_${item})
      list(APPEND direct_${type} ${item})
    elseif(status STREQUAL "" AND DEFINED holds_${item})
      # A container that is not a region, in a region's own line (009 holds QO): what it holds
      # that is a country lies in the region directly.
      foreach(held IN LISTS holds_${item})
        if(is_country_${held})
          list(APPEND direct_${type} ${held})
        endif()
      endforeach()
    endif()
    # Anything else (EU, EZ, UN on grouping lines; EA, IC and other CLDR-only codes) is not an
    # ISO 3166-1 entry nor an M49 region.
  endforeach()
endforeach()
list(SORT regions)
list(LENGTH regions region_count)
if(region_count GREATER 64)
  message(FATAL_ERROR "generate_m49: ${region_count} regions do not fit a 64-bit mask")
endif()

# --- English names ---
file(STRINGS "${english}" name_lines ENCODING UTF-8 REGEX "<territory type=\"[0-9][0-9][0-9]\">")
foreach(line IN LISTS name_lines)
  string(REGEX MATCH "<territory type=\"([0-9][0-9][0-9])\">([^<]*)</territory>" _ "${line}")
  if(CMAKE_MATCH_1)
    set(name_${CMAKE_MATCH_1} "${CMAKE_MATCH_2}")
  endif()
endforeach()

# --- bits, ancestors and masks ---
set(bit 0)
foreach(code IN LISTS regions)
  set(bit_${code} ${bit})
  math(EXPR bit "${bit} + 1")
  if(NOT DEFINED name_${code})
    message(FATAL_ERROR "generate_m49: ${english} has no name for region ${code}")
  endif()
endforeach()

# The regions that contain `code`, transitively, and `code` itself.
function(closure out code)
  set(result ${code})
  foreach(parent IN LISTS parents_${code})
    closure(up ${parent})
    list(APPEND result ${up})
  endforeach()
  list(REMOVE_DUPLICATES result)
  set(${out} "${result}" PARENT_SCOPE)
endfunction()

foreach(code IN LISTS regions)
  closure(within_${code} ${code})
  set(mask 0)
  foreach(up IN LISTS within_${code})
    math(EXPR mask "${mask} | (1 << ${bit_${up}})")
  endforeach()
  set(mask_${code} ${mask})
  foreach(c IN LISTS direct_${code})
    if(DEFINED country_mask_${c})
      math(EXPR country_mask_${c} "${country_mask_${c}} | ${mask}")
    else()
      set(country_mask_${c} ${mask})
    endif()
  endforeach()
endforeach()

function(hex out value)
  math(EXPR h "${value}" OUTPUT_FORMAT HEXADECIMAL)
  string(SUBSTRING "${h}" 2 -1 digits)
  string(LENGTH "${digits}" n)
  while(n LESS 8)
    string(PREPEND digits "0")
    math(EXPR n "${n} + 1")
  endwhile()
  set(${out} "0x${digits}" PARENT_SCOPE)
endfunction()

# --- the header ---
set(region_rows "")
set(max_parents 0)
foreach(code IN LISTS regions)
  set(name "${name_${code}}")
  string(TOLOWER "${name}" ident)
  string(REGEX REPLACE "[^a-z0-9]+" "_" ident "${ident}")
  string(REGEX REPLACE "^_|_$" "" ident "${ident}")
  set(parents "")
  set(parent_count 0)
  list(SORT parents_${code})
  foreach(p IN LISTS parents_${code})
    math(EXPR v "1${p} - 1000")
    string(APPEND parents ", ${v}")
    math(EXPR parent_count "${parent_count} + 1")
  endforeach()
  if(parent_count GREATER 3)
    message(FATAL_ERROR "generate_m49: region ${code} has more than 3 parents")
  endif()
  if(parents)
    string(SUBSTRING "${parents}" 2 -1 parents)
  endif()
  math(EXPR number "1${code} - 1000")
  if(grouping_${code})
    set(flags "region_flags::grouping")
  else()
    set(flags "region_flags::none")
  endif()
  hex(m "${mask_${code}}")
  string(APPEND region_rows
         "    {${number}, \"${code}\", \"${name}\", \"${ident}\", ${flags}, ${parent_count}, "
         "{${parents}}, ${m}},\n")
endforeach()

set(country_rows "")
foreach(entry IN LISTS country_codes)
  if(entry MATCHES "^([A-Z]+):historic$")
    string(APPEND country_rows "    {\"${CMAKE_MATCH_1}\", 0x00000000},\n")
  else()
    set(m 0)
    if(DEFINED country_mask_${entry})
      set(m "${country_mask_${entry}}")
    endif()
    hex(h "${m}")
    string(APPEND country_rows "    {\"${entry}\", ${h}},\n")
  endif()
endforeach()

package_version(cldr_version unicode-cldr-core)

file(WRITE "${OUTPUT}" "\
// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0
//
// Generated by cmake/generate_m49.cmake from Unicode CLDR ${cldr_version} (Debian's
// unicode-cldr-core: supplemental/supplementalData.xml and main/en.xml) and the ISO 3166 table
// of iso3166.hpp. Do not edit; re-run the generator.

#ifndef CITED_CATALOG_DATA_M49_HPP
#define CITED_CATALOG_DATA_M49_HPP

#include <cstdint>
#include <string_view>

namespace cited::detail {

enum class region_flags : std::uint8_t { none = 0, grouping = 1 };

// One UN M49 region as CLDR's territory containment gives it: its code, its English name, the
// snake_case of that name, whether it is a grouping (a region beside the tree, such as 419 Latin
// America), the regions it lies directly in and, bit i for row i, the regions it lies in
// (itself included).
struct m49_region_record {
  std::uint16_t code;
  std::string_view code_text;
  std::string_view name;
  std::string_view ident;
  region_flags flags;
  std::uint8_t parent_count;
  std::uint16_t parents[3];
  std::uint64_t within;
};

// One row of the ISO 3166 table (same order): its code, and bit i for each region of
// m49_regions[i] that contains it, directly or through a smaller region.
struct m49_country_record {
  std::string_view code;
  std::uint64_t regions;
};

// clang-format off
inline constexpr m49_region_record m49_regions[] = {
${region_rows}};

inline constexpr m49_country_record m49_countries[] = {
${country_rows}};
// clang-format on

}  // namespace cited::detail

#endif  // CITED_CATALOG_DATA_M49_HPP
")
