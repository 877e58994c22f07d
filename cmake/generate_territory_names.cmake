# Copyright (c) 2026 The cited authors
# SPDX-License-Identifier: BSL-1.0
#
# Generates include/cited/catalog/names/<locale>.hpp, one header per locale, from Unicode CLDR's
# territory names (common/main/<locale>.xml, <localeDisplayNames><territories>).
#
#   cmake -DCLDR_DIR=/usr/share/unicode/cldr/common \
#         -DTABLE=include/cited/catalog/data/iso3166.hpp \
#         -DOUTPUT_DIR=include/cited/catalog/names \
#         [-DLOCALES="ar;de;en;es;fr;ja;ru;zh"] \
#         -P cmake/generate_territory_names.cmake
#
# The output is committed; the build never runs this script. Re-run it when CLDR changes, or build
# the target `cited_regenerate_territory_names`. The test `territory_names.generated_is_current`
# runs it into the build tree and compares.
#
# Each header holds, in the order of cited's country table (read from TABLE, the committed ISO
# 3166 header), the plain CLDR name of each entry (empty where CLDR has none: the historic ISO
# 3166-3 entries, whose alpha-2 codes CLDR does not name or has given to another country), and an
# index of every name, short form (alt="short") and variant (alt="variant") of the current
# entries and XK, case-folded and sorted by bytes, for country::from_name. Entries marked
# draft="provisional" or draft="unconfirmed" are left out, as ICU leaves them out.
#
# Case folding (the same as cited::detail::fold_name_case): ASCII A-Z, Latin-1 U+00C0-U+00DE
# (but U+00D7) and Cyrillic U+0400-U+042F to their small letters; nothing else. It keeps the
# length in bytes. Diacritics and punctuation stay significant, but for the apostrophe: a name
# written with U+2019 (’) is in the index a second time, with the ASCII apostrophe (').
cmake_minimum_required(VERSION 3.25)
include("${CMAKE_CURRENT_LIST_DIR}/generator_common.cmake")

if(NOT DEFINED CLDR_DIR)
  set(CLDR_DIR "/usr/share/unicode/cldr/common")
endif()
if(NOT DEFINED LOCALES)
  set(LOCALES ar de en es fr ja ru zh)
endif()
foreach(var IN ITEMS TABLE OUTPUT_DIR)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "generate_territory_names: set -D${var}=...")
  endif()
endforeach()

# The longest folded name a header may hold, in bytes: detail::longest_localized_name.
set(longest_allowed 128)

# --- cited's table order ---------------------------------------------------------------------
file(STRINGS "${TABLE}" table_rows REGEX "^    \\{\"[A-Z][A-Z]\", \"[A-Z]+\", \"[A-Z]*\", ")
set(row_count 0)
set(row_codes "")
foreach(row IN LISTS table_rows)
  string(REGEX MATCH "^    \\{\"([A-Z][A-Z])\", \"[A-Z]+\", \"([A-Z]*)\", " _ "${row}")
  if("${CMAKE_MATCH_2}" STREQUAL "")
    list(APPEND row_codes "${CMAKE_MATCH_1}")  # current, or XK
  else()
    list(APPEND row_codes "-${CMAKE_MATCH_2}")  # historic: CLDR names none of them
  endif()
  math(EXPR row_count "${row_count} + 1")
endforeach()
if(row_count LESS 250)
  message(FATAL_ERROR "generate_territory_names: read ${row_count} rows from ${TABLE}")
endif()

# --- case folding ----------------------------------------------------------------------------
set(fold_upper "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞЀЁЂЃЄЅІЇЈЉЊЋЌЍЎЏАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ")
set(fold_lower "àáâãäåæçèéêëìíîïðñòóôõöøùúûüýþѐёђѓєѕіїјљњћќѝўџабвгдежзийклмнопрстуфхцчшщъыьэюя")
string(LENGTH "${fold_upper}" fold_bytes)
math(EXPR fold_last "${fold_bytes} / 2 - 1")
set(fold_pairs "")
foreach(i RANGE ${fold_last})
  math(EXPR at "${i} * 2")
  string(SUBSTRING "${fold_upper}" ${at} 2 upper)
  string(SUBSTRING "${fold_lower}" ${at} 2 lower)
  list(APPEND fold_pairs "${upper}" "${lower}")
endforeach()

function(fold_case out text)
  # Not string(TOLOWER), whose C library call may depend on the locale.
  string(REGEX MATCHALL "[A-Z]" capitals "${text}")
  list(REMOVE_DUPLICATES capitals)
  foreach(capital IN LISTS capitals)
    string(FIND "ABCDEFGHIJKLMNOPQRSTUVWXYZ" "${capital}" at)
    string(SUBSTRING "abcdefghijklmnopqrstuvwxyz" ${at} 1 small)
    string(REPLACE "${capital}" "${small}" text "${text}")
  endforeach()
  if(NOT text MATCHES "^[ -~]*$")
    set(pairs ${fold_pairs})
    while(pairs)
      list(POP_FRONT pairs upper lower)
      string(REPLACE "${upper}" "${lower}" text "${text}")
    endwhile()
  endif()
  set(${out} "${text}" PARENT_SCOPE)
endfunction()

package_version(cldr_version unicode-cldr-core)
set(cldr_release "unknown")
if(EXISTS "${CLDR_DIR}/dtd/ldml.dtd")
  file(STRINGS "${CLDR_DIR}/dtd/ldml.dtd" dtd_version REGEX "cldrVersion CDATA #FIXED")
  if(dtd_version MATCHES "#FIXED \"([0-9.]+)\"")
    set(cldr_release "${CMAKE_MATCH_1}")
  endif()
endif()

# --- one locale --------------------------------------------------------------------------------
function(generate_locale locale)
  set(file "${CLDR_DIR}/main/${locale}.xml")
  if(NOT EXISTS "${file}")
    message(FATAL_ERROR "generate_territory_names: ${file} not found (install Debian's "
                        "unicode-cldr-core package or set -DCLDR_DIR)")
  endif()
  if(NOT locale MATCHES "^[a-z][a-z][a-z]?(_[A-Za-z0-9]+)*$")
    message(FATAL_ERROR "generate_territory_names: '${locale}' is not a CLDR locale file name")
  endif()
  file(READ "${file}" xml)
  string(FIND "${xml}" "<territories>" begin)
  string(FIND "${xml}" "</territories>" end)
  if(begin EQUAL -1 OR end EQUAL -1)
    message(FATAL_ERROR "generate_territory_names: ${file} has no <territories>")
  endif()
  math(EXPR length "${end} - ${begin}")
  string(SUBSTRING "${xml}" ${begin} ${length} xml)
  # Entities first, since CMake lists are separated by ';'. None of the locales has &lt;, &gt;
  # or a character reference; a new release that has one stops the script.
  if(xml MATCHES "&(lt|gt|#)")
    message(FATAL_ERROR "generate_territory_names: ${file}: an entity this script does not read")
  endif()
  string(REPLACE "&quot;" "\"" xml "${xml}")
  string(REPLACE "&apos;" "'" xml "${xml}")
  string(REPLACE "&amp;" "&" xml "${xml}")
  if(xml MATCHES ";")
    message(FATAL_ERROR "generate_territory_names: a ';' in ${file}'s territories")
  endif()
  string(REGEX MATCHALL "<territory [^>]*>[^<]*</territory>" elements "${xml}")

  set(keys "")  # "<folded key>\t<code>\t<rank>", rank 0 for the plain name
  foreach(element IN LISTS elements)
    string(REGEX MATCH "^<territory ([^>]*)>([^<]*)</territory>$" _ "${element}")
    set(attributes "${CMAKE_MATCH_1}")
    set(text "${CMAKE_MATCH_2}")
    if(NOT attributes MATCHES "(^| )type=\"([A-Z][A-Z])\"")
      continue()  # numeric regions (001, 419)
    endif()
    set(code "${CMAKE_MATCH_2}")
    if(attributes MATCHES "draft=\"(provisional|unconfirmed)\"")
      continue()
    endif()
    set(alt "")
    if(attributes MATCHES "alt=\"([a-z]+)\"")
      set(alt "${CMAKE_MATCH_1}")
      if(NOT alt MATCHES "^(short|variant)$")
        message(FATAL_ERROR "generate_territory_names: ${locale} ${code}: alt=\"${alt}\"")
      endif()
    endif()
    if(text STREQUAL "")
      continue()
    endif()
    if(alt STREQUAL "")
      if(DEFINED plain_${code})
        message(FATAL_ERROR "generate_territory_names: ${locale} names ${code} twice")
      endif()
      set(plain_${code} "${text}")
      set(rank 0)
    else()
      set(rank 1)
    endif()
    fold_case(key "${text}")
    # Invisible format characters that CLDR leaves in a few names (two U+200B before a French
    # variant of Côte d'Ivoire) would make the key impossible to type: they are not in the keys.
    foreach(invisible IN ITEMS "​" "‎" "‏")
      string(REPLACE "${invisible}" "" key "${key}")
    endforeach()
    string(LENGTH "${key}" key_length)
    if(key_length GREATER longest_allowed)
      message(FATAL_ERROR "generate_territory_names: ${locale} ${code}: '${text}' is longer "
                          "than ${longest_allowed} bytes (detail::longest_localized_name)")
    endif()
    list(APPEND keys "${key}\t${code}\t${rank}")
    # CLDR writes the apostrophe as U+2019 ("Côte d’Ivoire"); accept the ASCII one too.
    string(REPLACE "’" "'" ascii_key "${key}")
    if(NOT ascii_key STREQUAL key)
      list(APPEND keys "${ascii_key}\t${code}\t${rank}")
    endif()
  endforeach()

  set(names "")
  set(index 0)
  set(named 0)
  foreach(code IN LISTS row_codes)
    if(code MATCHES "^-" OR NOT DEFINED plain_${code})
      string(REGEX REPLACE "^-" "" code "${code}")
      string(APPEND names "    \"\",  // ${code}\n")
    else()
      cpp_string(q "${plain_${code}}")
      string(APPEND names "    ${q},  // ${code}\n")
      set(index_of_${code} ${index})
      math(EXPR named "${named} + 1")
    endif()
    math(EXPR index "${index} + 1")
  endforeach()

  if(named LESS 200)
    message(WARNING "generate_territory_names: ${locale}.xml names ${named} countries only: the "
                    "file of a regional locale (en_GB) holds only its differences from its "
                    "parent, which this script does not merge")
  endif()

  # Sorted by key, then plain names before short forms and variants. A key that two countries
  # share is ambiguous: a plain name keeps it (two plain names sharing one is an error); a short
  # form or variant that another country's name or form also has is left out, and listed.
  list(REMOVE_DUPLICATES keys)
  list(SORT keys)
  set(index_rows "")
  set(dropped "")
  set(count 0)
  list(LENGTH keys n)
  set(i 0)
  while(i LESS n)
    # The entries with the key at i: their codes, and the codes whose plain name it is.
    list(GET keys ${i} item)
    string(REGEX MATCH "^([^\t]*)\t" _ "${item}")
    set(key "${CMAKE_MATCH_1}")
    set(codes "")
    set(plain_codes "")
    set(j ${i})
    while(j LESS n)
      list(GET keys ${j} item)
      string(REGEX MATCH "^([^\t]*)\t([A-Z][A-Z])\t([01])$" _ "${item}")
      if(NOT CMAKE_MATCH_1 STREQUAL key)
        break()
      endif()
      if(DEFINED index_of_${CMAKE_MATCH_2})  # not EU, UN, EZ and other codes cited lacks
        list(APPEND codes "${CMAKE_MATCH_2}")
        if(CMAKE_MATCH_3 EQUAL 0)
          list(APPEND plain_codes "${CMAKE_MATCH_2}")
        endif()
      endif()
      math(EXPR j "${j} + 1")
    endwhile()
    set(i ${j})
    list(REMOVE_DUPLICATES codes)
    list(LENGTH codes code_count)
    list(LENGTH plain_codes plain_count)
    if(code_count EQUAL 0)
      continue()
    endif()
    if(plain_count GREATER 1)
      message(FATAL_ERROR "generate_territory_names: ${locale}: '${key}' is the name of "
                          "${plain_codes}")
    endif()
    if(code_count EQUAL 1)
      set(code "${codes}")
    elseif(plain_count EQUAL 1)
      set(code "${plain_codes}")
      list(REMOVE_ITEM codes "${code}")
      list(JOIN codes ", " others)
      string(APPEND dropped "// - \"${key}\": a short form or variant of ${others}; the name of "
                            "${code}\n")
    else()
      list(JOIN codes ", " others)
      string(APPEND dropped "// - \"${key}\": a short form or variant of ${others}\n")
      continue()
    endif()
    cpp_string(q "${key}")
    string(APPEND index_rows "    {${q}, ${index_of_${code}}},\n")
    math(EXPR count "${count} + 1")
  endwhile()
  if(dropped STREQUAL "")
    set(dropped "// No short form or variant is left out of the index: ")
    string(APPEND dropped "no two countries share one.\n")
  else()
    string(PREPEND dropped "// Short forms and variants left out of the index, since another "
                           "country has the\n// same name:\n")
  endif()

  string(TOUPPER "${locale}" guard)
  string(TOLOWER "${locale}" ns)
  set(header "${OUTPUT_DIR}/${locale}.hpp")
  string(LENGTH "inline constexpr locale_names ${ns}{" pad)  # as clang-format aligns it
  string(REPEAT " " ${pad} pad)
  file(WRITE "${header}" "\
// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0
//
// Generated by cmake/generate_territory_names.cmake from Unicode CLDR ${cldr_release} (Debian's
// unicode-cldr-core ${cldr_version}), common/main/${locale}.xml. Do not edit; re-run the generator.
//
// ${named} names; ${count} keys in the index.
${dropped}
#ifndef CITED_CATALOG_NAMES_${guard}_HPP
#define CITED_CATALOG_NAMES_${guard}_HPP

#include <cited/catalog/data/iso3166.hpp>
#include <cited/value/country.hpp>
#include <cited/value/locale_names.hpp>

#include <iterator>
#include <string_view>

namespace cited::detail::territory_names_${ns} {

// clang-format off

// The plain CLDR name of each entry of country_table, in its order; empty where CLDR has none.
inline constexpr std::string_view names[] = {
${names}};

// Every name, short form and variant, case-folded (fold_name_case), sorted by bytes; those with
// the apostrophe U+2019 twice, the second time with the ASCII one.
inline constexpr name_index_entry index[] = {
${index_rows}};

// clang-format on

static_assert(std::size(names) == std::size(country_table),
              \"the names were generated for another country table; re-run the generator\");

}  // namespace cited::detail::territory_names_${ns}

namespace cited::locales {

/// Country names in CLDR ${cldr_release}'s `${locale}` locale, for `country::name(locale)` and
/// `country::from_name(text, locales...)`.
inline constexpr locale_names ${ns}{\"${locale}\", detail::territory_names_${ns}::names,
${pad}detail::territory_names_${ns}::index};

}  // namespace cited::locales

#endif  // CITED_CATALOG_NAMES_${guard}_HPP
")
endfunction()

file(MAKE_DIRECTORY "${OUTPUT_DIR}")
foreach(locale IN LISTS LOCALES)
  generate_locale("${locale}")
endforeach()
