# Copyright (c) 2026 The cited authors
# SPDX-License-Identifier: BSL-1.0
#
# Generates the currency tables from Debian's iso-codes JSON and Unicode CLDR:
#
#   include/cited/catalog/data/iso4217.hpp        every currency code, current and historic;
#   include/cited/catalog/data/currency_data.hpp  each country's currencies with their dates.
#
#   cmake -DISO_CODES_DIR=/usr/share/iso-codes/json -DCLDR_DIR=/usr/share/unicode/cldr/common \
#         -DOUTPUT_DIR=include/cited/catalog/data -P cmake/generate_iso4217.cmake
#
# The outputs are committed; the build never runs this script. Re-run it when iso-codes or CLDR
# changes, or build the target `cited_regenerate_iso4217`. The test `iso4217.generated_is_current`
# runs it into the build tree and compares.
#
# Where each field comes from:
#   - the current ISO 4217 codes, their names and numeric codes: iso-codes (iso_4217.json), which
#     lists only the current codes;
#   - every other code (withdrawn ISO 4217 codes, and the few codes CLDR uses that ISO never
#     assigned): CLDR's list of currency codes (validity/currency.xml), named by CLDR's English
#     names (main/en.xml), with a numeric code where CLDR's codeMappings gives one;
#   - fraction digits, for every code: CLDR's <fractions> (supplementalData.xml), which are the
#     digits CLDR formats with, not always ISO 4217's minor units;
#   - the currencies of each region with their dates and tender flag: CLDR's <currencyData>
#     (supplementalData.xml), in CLDR's order.
cmake_minimum_required(VERSION 3.25)
include("${CMAKE_CURRENT_LIST_DIR}/generator_common.cmake")

if(NOT DEFINED ISO_CODES_DIR)
  set(ISO_CODES_DIR "/usr/share/iso-codes/json")
endif()
if(NOT DEFINED CLDR_DIR)
  set(CLDR_DIR "/usr/share/unicode/cldr/common")
endif()
if(NOT DEFINED OUTPUT_DIR)
  message(FATAL_ERROR "generate_iso4217: set -DOUTPUT_DIR=<folder of the headers to write>")
endif()
set(iso_file "${ISO_CODES_DIR}/iso_4217.json")
set(supplemental_file "${CLDR_DIR}/supplemental/supplementalData.xml")
set(validity_file "${CLDR_DIR}/validity/currency.xml")
set(names_file "${CLDR_DIR}/main/en.xml")
foreach(file IN ITEMS "${iso_file}" "${supplemental_file}" "${validity_file}" "${names_file}")
  if(NOT EXISTS "${file}")
    message(FATAL_ERROR "generate_iso4217: ${file} not found (install Debian's iso-codes and "
                        "unicode-cldr-core packages, or set -DISO_CODES_DIR and -DCLDR_DIR)")
  endif()
endforeach()

# The text of an XML attribute or element, with the five predefined entities replaced.
function(xml_unescape out text)
  string(REPLACE "@SEMICOLON@" ";" text "${text}")
  string(REPLACE "&lt;" "<" text "${text}")
  string(REPLACE "&gt;" ">" text "${text}")
  string(REPLACE "&quot;" "\"" text "${text}")
  string(REPLACE "&apos;" "'" text "${text}")
  string(REPLACE "&amp;" "&" text "${text}")
  set(${out} "${text}" PARENT_SCOPE)
endfunction()

# `text` between the first `begin` and the following `end` (both excluded), with XML comments
# removed and ';' (CMake's list separator) replaced by "@SEMICOLON@", which xml_unescape restores.
function(xml_section out text begin end)
  string(FIND "${text}" "${begin}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "generate_iso4217: '${begin}' not found")
  endif()
  string(LENGTH "${begin}" n)
  math(EXPR at "${at} + ${n}")
  string(SUBSTRING "${text}" ${at} -1 text)
  string(FIND "${text}" "${end}" stop)
  if(stop EQUAL -1)
    message(FATAL_ERROR "generate_iso4217: '${end}' not found")
  endif()
  string(SUBSTRING "${text}" 0 ${stop} text)
  set(clean "")
  while(TRUE)
    string(FIND "${text}" "<!--" open)
    if(open EQUAL -1)
      string(APPEND clean "${text}")
      break()
    endif()
    string(SUBSTRING "${text}" 0 ${open} before)
    string(APPEND clean "${before}")
    string(SUBSTRING "${text}" ${open} -1 text)
    string(FIND "${text}" "-->" close)
    if(close EQUAL -1)
      message(FATAL_ERROR "generate_iso4217: an XML comment is not closed")
    endif()
    math(EXPR close "${close} + 3")
    string(SUBSTRING "${text}" ${close} -1 text)
  endwhile()
  string(REPLACE ";" "@SEMICOLON@" clean "${clean}")
  set(${out} "${clean}" PARENT_SCOPE)
endfunction()

# The value of attribute `name` in the element text `element`, or "" when it is absent.
function(xml_attribute out element name)
  if(element MATCHES " ${name}=\"([^\"]*)\"")
    xml_unescape(value "${CMAKE_MATCH_1}")
    set(${out} "${value}" PARENT_SCOPE)
  else()
    set(${out} "" PARENT_SCOPE)
  endif()
endfunction()

# Splits "YYYY-MM-DD" into "Y, M, D" (C++ initializers); "0, 0, 0" for "".
function(date_fields out text what)
  if(text STREQUAL "")
    set(${out} "0, 0, 0" PARENT_SCOPE)
  elseif(text MATCHES "^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$")
    math(EXPR y "${CMAKE_MATCH_1} + 0")
    math(EXPR m "1${CMAKE_MATCH_2} - 100")
    math(EXPR d "1${CMAKE_MATCH_3} - 100")
    set(${out} "${y}, ${m}, ${d}" PARENT_SCOPE)
  else()
    message(FATAL_ERROR "generate_iso4217: ${what}: '${text}' is not a date YYYY-MM-DD")
  endif()
endfunction()

# --- iso-codes: the current codes -----------------------------------------------------------------
file(READ "${iso_file}" doc)
string(JSON list GET "${doc}" "4217")
string(JSON n LENGTH "${list}")
math(EXPR last "${n} - 1")
set(codes "")
foreach(i RANGE ${last})
  string(JSON entry GET "${list}" ${i})
  string(JSON code GET "${entry}" alpha_3)
  string(JSON name GET "${entry}" name)
  string(JSON numeric GET "${entry}" numeric)
  math(EXPR numeric "${numeric} + 0")  # strip leading zeros
  list(APPEND codes "${code}")
  set(current_${code} TRUE)
  set(name_${code} "${name}")
  set(numeric_${code} ${numeric})
endforeach()

# --- CLDR: the list of codes, names, numeric codes, fraction digits -------------------------------
file(READ "${validity_file}" validity)
xml_section(validity "${validity}" "<idValidity>" "</idValidity>")
string(REGEX MATCHALL "<id type='currency' idStatus='[a-z]+'>[^<]*" groups "${validity}")
foreach(group IN LISTS groups)
  string(REGEX REPLACE "^<[^>]*>" "" group "${group}")
  string(REGEX MATCHALL "[A-Z]+(~[A-Z])?" items "${group}")
  foreach(item IN LISTS items)
    if(item MATCHES "^([A-Z][A-Z])([A-Z])~([A-Z])$")  # ARL~M is ARL, ARM
      set(stem "${CMAKE_MATCH_1}")
      foreach(letter IN ITEMS A B C D E F G H I J K L M N O P Q R S T U V W X Y Z)
        if(NOT letter STRLESS CMAKE_MATCH_2 AND NOT letter STRGREATER CMAKE_MATCH_3)
          list(APPEND codes "${stem}${letter}")
        endif()
      endforeach()
    else()
      list(APPEND codes "${item}")
    endif()
  endforeach()
endforeach()
list(REMOVE_DUPLICATES codes)
list(SORT codes)

file(READ "${names_file}" names_xml)
xml_section(names_xml "${names_xml}" "<currencies>" "</currencies>")
string(REPLACE "</currency>" ";" name_entries "${names_xml}")
foreach(entry IN LISTS name_entries)
  if(entry MATCHES "<currency type=\"([A-Z]+)\">" AND entry MATCHES "<displayName>([^<]*)</displayName>")
    string(REGEX MATCH "<currency type=\"([A-Z]+)\">" _ "${entry}")
    set(code "${CMAKE_MATCH_1}")
    string(REGEX MATCH "<displayName>([^<]*)</displayName>" _ "${entry}")
    xml_unescape(cldr_name_${code} "${CMAKE_MATCH_1}")
  endif()
endforeach()

file(READ "${supplemental_file}" supplemental)
xml_section(mappings "${supplemental}" "<codeMappings>" "</codeMappings>")
string(REGEX MATCHALL "<currencyCodes [^>]*>" elements "${mappings}")
foreach(element IN LISTS elements)
  xml_attribute(code "${element}" type)
  xml_attribute(numeric "${element}" numeric)
  set(cldr_numeric_${code} ${numeric})
endforeach()

xml_section(currency_data "${supplemental}" "<currencyData>" "</currencyData>")
xml_section(fractions "${currency_data}" "<fractions>" "</fractions>")
string(REGEX MATCHALL "<info [^>]*>" elements "${fractions}")
foreach(element IN LISTS elements)
  xml_attribute(code "${element}" iso4217)
  xml_attribute(digits "${element}" digits)
  set(digits_${code} ${digits})
endforeach()
if(NOT DEFINED digits_DEFAULT)
  message(FATAL_ERROR "generate_iso4217: CLDR's <fractions> has no DEFAULT entry")
endif()

# --- the currency table -------------------------------------------------------------------------
set(rows "")
set(index 0)
set(current_count 0)
foreach(code IN LISTS codes)
  if(current_${code})
    set(name "${name_${code}}")
    set(numeric ${numeric_${code}})
    set(source currency_source::iso_codes)
    math(EXPR current_count "${current_count} + 1")
  else()
    if(NOT DEFINED cldr_name_${code})
      message(FATAL_ERROR "generate_iso4217: CLDR's en.xml has no name for ${code}")
    endif()
    set(name "${cldr_name_${code}}")
    set(numeric 0)
    if(DEFINED cldr_numeric_${code})
      set(numeric ${cldr_numeric_${code}})
    endif()
    set(source currency_source::cldr)
  endif()
  set(digits ${digits_DEFAULT})
  if(DEFINED digits_${code})
    set(digits ${digits_${code}})
  endif()
  cpp_string(q_name "${name}")
  string(APPEND rows "    {\"${code}\", ${q_name}, ${numeric}, ${digits}, ${source}},\n")
  set(known_${code} TRUE)
  math(EXPR index "${index} + 1")
endforeach()

# --- the currencies of each region ------------------------------------------------------------
# CLDR regions that cited::country has no entry for: territories that are not in ISO 3166-1 (AC,
# CP, DG, EA, IC, TA) and groupings (EU, ZZ). Their rows are left out.
set(skipped_regions AC CP DG EA EU IC TA ZZ)
# CLDR's withdrawn regions, by their ISO 3166-3 alpha-4 code. CS is Serbia and Montenegro in CLDR
# (its CS lists CSD, EUR and YUM; Czechoslovakia's CSK is commented out there as "a separate
# region with a conflicting ISO code"), so CSXX, not CSHH.
set(historic_regions BU=BUMM CS=CSXX DD=DDDE SU=SUHH TP=TPTL YD=YDYE YU=YUCS ZR=ZRCD)
file(READ "${ISO_CODES_DIR}/iso_3166-1.json" countries)
string(JSON countries GET "${countries}" "3166-1")
string(JSON n LENGTH "${countries}")
math(EXPR last "${n} - 1")
foreach(i RANGE ${last})
  string(JSON a2 GET "${countries}" ${i} alpha_2)
  set(country_${a2} "${a2}")
endforeach()
set(country_XK XK)  # Kosovo, user-assigned, which cited::country has
foreach(pair IN LISTS historic_regions)
  string(REPLACE "=" ";" pair "${pair}")
  list(GET pair 0 region)
  list(GET pair 1 alpha4)
  set(country_${region} "${alpha4}")
endforeach()

string(FIND "${currency_data}" "</fractions>" at)
string(SUBSTRING "${currency_data}" ${at} -1 regions_xml)
string(REPLACE "</region>" ";" region_chunks "${regions_xml}")
set(use_keys "")
set(use_count 0)
set(region_count 0)
foreach(chunk IN LISTS region_chunks)
  if(NOT chunk MATCHES "<region iso3166=\"([A-Z0-9]+)\">")
    continue()
  endif()
  set(region "${CMAKE_MATCH_1}")
  if(region IN_LIST skipped_regions)
    continue()
  endif()
  if(NOT DEFINED country_${region})
    message(FATAL_ERROR "generate_iso4217: CLDR region ${region} is no known country; add it to "
                        "skipped_regions or historic_regions")
  endif()
  set(country "${country_${region}}")
  string(REGEX MATCHALL "<currency [^>]*>" elements "${chunk}")
  set(position 0)
  foreach(element IN LISTS elements)
    xml_attribute(code "${element}" iso4217)
    xml_attribute(from "${element}" from)
    xml_attribute(to "${element}" to)
    xml_attribute(tender "${element}" tender)
    if(NOT known_${code})
      message(FATAL_ERROR "generate_iso4217: ${region} uses ${code}, which is in no code list")
    endif()
    date_fields(from_fields "${from}" "${region} ${code} from")
    date_fields(to_fields "${to}" "${region} ${code} to")
    if(tender STREQUAL "false")
      set(tender false)
    elseif(tender STREQUAL "" OR tender STREQUAL "true")
      set(tender true)
    else()
      message(FATAL_ERROR "generate_iso4217: ${region} ${code}: tender='${tender}'")
    endif()
    # Sorted by country code, then CLDR's order within the region.
    string(LENGTH "00${position}" width)
    math(EXPR cut "${width} - 3")
    string(SUBSTRING "00${position}" ${cut} 3 padded)
    list(APPEND use_keys
         "${country}/${padded}\t    {\"${country}\", \"${code}\", ${from_fields}, ${to_fields}, ${tender}},\n")
    math(EXPR position "${position} + 1")
    math(EXPR use_count "${use_count} + 1")
  endforeach()
  math(EXPR region_count "${region_count} + 1")
endforeach()
list(SORT use_keys)
set(uses "")
foreach(item IN LISTS use_keys)
  string(REGEX REPLACE "^[^\t]*\t" "" item "${item}")
  string(APPEND uses "${item}")
endforeach()

# --- versions, for the header comments ----------------------------------------------------------
list(JOIN skipped_regions ", " skipped_list)
package_version(iso_version iso-codes)
package_version(cldr_version unicode-cldr-core)

file(WRITE "${OUTPUT_DIR}/iso4217.hpp" "\
// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0
//
// Generated by cmake/generate_iso4217.cmake from iso-codes ${iso_version}, unicode-cldr-core ${cldr_version}.
// Do not edit; re-run the generator.
//
// Sources: Debian's iso-codes (iso_4217.json) and Unicode CLDR (Debian's unicode-cldr-core).
// Rows with currency_source::iso_codes are the current ISO 4217 codes as iso-codes lists them,
// with its names and numeric codes. Rows with currency_source::cldr are the other codes of CLDR's
// validity/currency.xml (mostly withdrawn ISO 4217 codes), with CLDR's English names
// (main/en.xml) and, where CLDR's codeMappings gives one, a numeric code (0: none). Fraction
// digits are CLDR's (supplementalData.xml <fractions>) for every row.

#ifndef CITED_CATALOG_DATA_ISO4217_HPP
#define CITED_CATALOG_DATA_ISO4217_HPP

#include <cited/catalog/data/currency_record.hpp>

namespace cited::detail {

inline constexpr unsigned current_currency_count = ${current_count};

// Sorted by code.
// clang-format off
inline constexpr currency_record currency_table[] = {
${rows}};
// clang-format on

}  // namespace cited::detail

#endif  // CITED_CATALOG_DATA_ISO4217_HPP
")

file(WRITE "${OUTPUT_DIR}/currency_data.hpp" "\
// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0
//
// Generated by cmake/generate_iso4217.cmake from unicode-cldr-core ${cldr_version}.
// Do not edit; re-run the generator.
//
// Source: Unicode CLDR's supplementalData.xml <currencyData> (Debian's unicode-cldr-core).
// Each row: a country (ISO 3166-1 alpha-2, XK, or the ISO 3166-3 alpha-4 code of a withdrawn
// country that CLDR lists by its old alpha-2 code), a currency, the first and the last day of
// use (CLDR's from and to; 0, 0, 0 when CLDR gives none) and CLDR's tender flag. Both days are
// in the interval: CLDR's dates without a time mean 00:00 for `from` and 24:00 for `to`. Rows are
// sorted by country, in CLDR's order within a country. CLDR regions that are no country of
// cited::country are left out: ${skipped_list}.

#ifndef CITED_CATALOG_DATA_CURRENCY_DATA_HPP
#define CITED_CATALOG_DATA_CURRENCY_DATA_HPP

#include <cited/catalog/data/currency_record.hpp>

namespace cited::detail {

// clang-format off
inline constexpr currency_use_record currency_use_table[] = {
${uses}};
// clang-format on

}  // namespace cited::detail

#endif  // CITED_CATALOG_DATA_CURRENCY_DATA_HPP
")
message(STATUS "generate_iso4217: ${index} currencies (${current_count} current), "
               "${use_count} uses in ${region_count} countries")
