# Copyright (c) 2026 The cited authors
# SPDX-License-Identifier: BSL-1.0
#
# Generates include/cited/catalog/data/iso3166.hpp from Debian's iso-codes JSON.
#
#   cmake -DISO_CODES_DIR=/usr/share/iso-codes/json \
#         -DOUTPUT=include/cited/catalog/data/iso3166.hpp \
#         -P cmake/generate_iso3166.cmake
#
# The output is committed; the build never runs this script. Re-run it when iso-codes changes, or
# build the target `cited_regenerate_iso3166`. The test `iso3166.generated_is_current` runs it into
# the build tree and compares.
#
# Table layout (the order is the order of cited::country):
#   [0, 249)   current ISO 3166-1 entries, sorted by alpha-2;
#   249        Kosovo (XK), user-assigned;
#   [250, ...) historic ISO 3166-3 entries, sorted by alpha-4.
cmake_minimum_required(VERSION 3.25)
include("${CMAKE_CURRENT_LIST_DIR}/generator_common.cmake")

if(NOT DEFINED ISO_CODES_DIR)
  set(ISO_CODES_DIR "/usr/share/iso-codes/json")
endif()
if(NOT DEFINED OUTPUT)
  message(FATAL_ERROR "generate_iso3166: set -DOUTPUT=<path of the header to write>")
endif()
foreach(part IN ITEMS 1 3)
  if(NOT EXISTS "${ISO_CODES_DIR}/iso_3166-${part}.json")
    message(FATAL_ERROR "generate_iso3166: ${ISO_CODES_DIR}/iso_3166-${part}.json not found "
                        "(install Debian's iso-codes package or set -DISO_CODES_DIR)")
  endif()
endforeach()

# Names that people write but ISO does not list, mapped to alpha-2. ASCII spellings of the
# accented ISO names are here too, because from_name folds ASCII case only.
set(aliases
    "UK=GB" "U.K.=GB" "Britain=GB" "Great Britain=GB" "England=GB"
    "US=US" "U.S.=US" "USA=US" "U.S.A.=US" "America=US" "United States=US"
    "South Korea=KR" "Republic of Korea=KR" "North Korea=KP" "DPRK=KP"
    "Russia=RU" "PRC=CN" "People's Republic of China=CN" "Mainland China=CN"
    "Czech Republic=CZ" "Turkey=TR" "Turkiye=TR" "Ivory Coast=CI" "Cote d'Ivoire=CI"
    "Curacao=CW" "Reunion=RE" "Aland Islands=AX" "Saint Barthelemy=BL"
    "Holy See=VA" "Vatican=VA" "Vatican City=VA" "Macau=MO" "Macao=MO" "Hong Kong=HK"
    "Brunei=BN" "Cape Verde=CV" "Swaziland=SZ" "East Timor=TL" "Micronesia=FM"
    "Palestine=PS" "Congo-Kinshasa=CD" "DR Congo=CD" "Democratic Republic of the Congo=CD"
    "Congo-Brazzaville=CG" "Republic of the Congo=CG" "Burma=MM" "Macedonia=MK"
    "The Netherlands=NL" "Holland=NL" "UAE=AE" "The Gambia=GM" "The Bahamas=BS")

function(json_get_or out json key)
  string(JSON value ERROR_VARIABLE err GET "${json}" "${key}")
  if(err)
    set(value "")
  endif()
  set(${out} "${value}" PARENT_SCOPE)
endfunction()

# Reads one ISO 3166 part into a list of "sortkey<TAB>json" entries sorted by sortkey.
function(read_part out file key sort_field)
  file(READ "${file}" doc)
  string(JSON part GET "${doc}" "${key}")
  string(JSON n LENGTH "${part}")
  math(EXPR last "${n} - 1")
  set(entries "")
  foreach(i RANGE ${last})
    string(JSON entry GET "${part}" ${i})
    string(JSON sortkey GET "${entry}" "${sort_field}")
    # Protect the list separator; iso-codes names contain no ';', but be safe.
    string(REPLACE ";" "\\;" entry "${entry}")
    list(APPEND entries "${sortkey}\t${entry}")
  endforeach()
  list(SORT entries)
  set(${out} "${entries}" PARENT_SCOPE)
  set(${out}_count ${n} PARENT_SCOPE)
endfunction()

read_part(current "${ISO_CODES_DIR}/iso_3166-1.json" "3166-1" alpha_2)
read_part(historic "${ISO_CODES_DIR}/iso_3166-3.json" "3166-3" alpha_4)

set(rows "")
set(index 0)
set(name_keys "")
set(alpha3_keys "")

# Appends one table row and its index keys. A function, not a macro: CMake re-serialises JSON
# with \u escapes, which macro argument substitution would mangle.
function(emit_row entry is_historic flags)
  json_get_or(a2 "${entry}" alpha_2)
  json_get_or(a3 "${entry}" alpha_3)
  json_get_or(a4 "${entry}" alpha_4)
  json_get_or(num "${entry}" numeric)
  json_get_or(name "${entry}" name)
  json_get_or(official "${entry}" official_name)
  json_get_or(common "${entry}" common_name)
  json_get_or(withdrawn "${entry}" withdrawal_date)
  if(num STREQUAL "")
    set(num 0)
  else()
    math(EXPR num "${num} + 0") # strip leading zeros
  endif()
  set(wy 0)
  set(wm 0)
  set(wd 0)
  if(withdrawn MATCHES "^([0-9][0-9][0-9][0-9])(-([0-9][0-9])-([0-9][0-9]))?$")
    math(EXPR wy "${CMAKE_MATCH_1} + 0")
    if(CMAKE_MATCH_2)
      math(EXPR wm "1${CMAKE_MATCH_3} - 100")
      math(EXPR wd "1${CMAKE_MATCH_4} - 100")
    endif()
  elseif(NOT withdrawn STREQUAL "")
    message(FATAL_ERROR "generate_iso3166: unexpected withdrawal_date '${withdrawn}' for ${name}")
  endif()
  cpp_string(q_name "${name}")
  cpp_string(q_official "${official}")
  cpp_string(q_common "${common}")
  string(APPEND rows
         "    {\"${a2}\", \"${a3}\", \"${a4}\", ${q_name}, ${q_official}, ${q_common}, ${num}, "
         "${wy}, ${wm}, ${wd}, ${flags}},\n")
  if(NOT is_historic)
    foreach(text IN ITEMS "${name}" "${official}" "${common}")
      if(NOT text STREQUAL "")
        string(TOLOWER "${text}" key)
        list(APPEND name_keys "${key}\t${index}")
      endif()
    endforeach()
    list(APPEND alpha3_keys "${a3}\t${index}")
    set(alpha2_index_${a2} ${index} PARENT_SCOPE)
  endif()
  math(EXPR index "${index} + 1")
  foreach(var IN ITEMS rows index name_keys alpha3_keys)
    set(${var} "${${var}}" PARENT_SCOPE)
  endforeach()
endfunction()

foreach(item IN LISTS current)
  string(REGEX REPLACE "^[^\t]*\t" "" entry "${item}")
  emit_row("${entry}" FALSE record_flags::current)
endforeach()
if(NOT index EQUAL 249)
  message(FATAL_ERROR "generate_iso3166: expected 249 ISO 3166-1 entries, read ${index}")
endif()

# Kosovo: XK and XKX are user-assigned codes (used by the European Commission, the IMF and the
# World Bank); ISO 3166-1 lists neither, and there is no numeric code.
emit_row([=[{"alpha_2": "XK", "alpha_3": "XKX", "name": "Kosovo"}]=] FALSE
         record_flags::user_assigned)

foreach(item IN LISTS historic)
  string(REGEX REPLACE "^[^\t]*\t" "" entry "${item}")
  emit_row("${entry}" TRUE record_flags::historic)
endforeach()

foreach(alias IN LISTS aliases)
  string(REGEX MATCH "^(.*)=([A-Z][A-Z])$" _ "${alias}")
  set(target "${CMAKE_MATCH_2}")
  if(NOT DEFINED alpha2_index_${target})
    message(FATAL_ERROR "generate_iso3166: alias '${alias}' names an unknown code")
  endif()
  string(TOLOWER "${CMAKE_MATCH_1}" key)
  list(APPEND name_keys "${key}\t${alpha2_index_${target}}")
endforeach()

list(REMOVE_DUPLICATES name_keys)
list(SORT name_keys)
set(names "")
set(previous_key "")
foreach(item IN LISTS name_keys)
  string(REGEX MATCH "^([^\t]*)\t([0-9]+)$" _ "${item}")
  if(CMAKE_MATCH_1 STREQUAL previous_key)
    message(FATAL_ERROR "generate_iso3166: the name '${CMAKE_MATCH_1}' names two countries")
  endif()
  set(previous_key "${CMAKE_MATCH_1}")
  cpp_string(q_key "${CMAKE_MATCH_1}")
  string(APPEND names "    {${q_key}, ${CMAKE_MATCH_2}},\n")
endforeach()

list(SORT alpha3_keys)
set(alpha3 "")
foreach(item IN LISTS alpha3_keys)
  string(REGEX MATCH "^([A-Z]+)\t([0-9]+)$" _ "${item}")
  string(APPEND alpha3 "    {\"${CMAKE_MATCH_1}\", ${CMAKE_MATCH_2}},\n")
endforeach()

package_version(iso_version iso-codes)

file(WRITE "${OUTPUT}" "\
// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0
//
// Generated by cmake/generate_iso3166.cmake from Debian's iso-codes ${iso_version}
// (iso_3166-1.json and iso_3166-3.json). Do not edit; re-run the generator.

#ifndef CITED_CATALOG_DATA_ISO3166_HPP
#define CITED_CATALOG_DATA_ISO3166_HPP

#include <cited/catalog/data/country_record.hpp>

namespace cited::detail {

inline constexpr country_record country_table[] = {
${rows}};

inline constexpr name_index_entry country_name_index[] = {
${names}};

inline constexpr name_index_entry country_alpha3_index[] = {
${alpha3}};

}  // namespace cited::detail

#endif  // CITED_CATALOG_DATA_ISO3166_HPP
")
