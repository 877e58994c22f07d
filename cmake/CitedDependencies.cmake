# Copyright (c) 2026 The cited authors
# SPDX-License-Identifier: BSL-1.0
#
# Finds cited's dependencies; with CITED_FETCH_DEPS=ON, fetches what find_package does not find,
# at pinned tags. The fetch needs internet access; the tests never rely on it.

include_guard(GLOBAL)
include(FetchContent)

set(CITED_BOOST_TAG "boost-1.81.0")
set(CITED_DOCTEST_TAG "v2.4.9")

# Sets CITED_BOOST_FETCHED, and CITED_BOOST_LINK to what cited uses: Boost::headers when Boost
# >= 1.81 is found (a parent project's older Boost does not count); otherwise the include
# folders of Describe and Mp11, fetched at a pinned tag (both are header-only, so their own build
# scripts are not run). FetchContent honours FETCHCONTENT_SOURCE_DIR_BOOST_DESCRIBE and
# FETCHCONTENT_SOURCE_DIR_BOOST_MP11, for a local copy.
macro(cited_find_boost)
  find_package(Boost 1.81 CONFIG QUIET)
  set(CITED_BOOST_FETCHED OFF)
  if(Boost_FOUND AND TARGET Boost::headers)
    set(CITED_BOOST_LINK Boost::headers)
  elseif(CITED_FETCH_DEPS)
    message(STATUS "cited: Boost >= 1.81 not found; fetching Describe and Mp11 (${CITED_BOOST_TAG})")
    set(CITED_BOOST_LINK "")
    set(CITED_BOOST_FETCHED ON)
    foreach(lib IN ITEMS mp11 describe)
      FetchContent_Declare(boost_${lib} GIT_REPOSITORY https://github.com/boostorg/${lib}.git
                                        GIT_TAG ${CITED_BOOST_TAG} GIT_SHALLOW TRUE)
      FetchContent_GetProperties(boost_${lib})
      if(NOT boost_${lib}_POPULATED)
        FetchContent_Populate(boost_${lib})
      endif()
      if(NOT EXISTS "${boost_${lib}_SOURCE_DIR}/include/boost/${lib}.hpp")
        message(FATAL_ERROR "cited: the fetched Boost.${lib} has no include/boost/${lib}.hpp")
      endif()
      list(APPEND CITED_BOOST_LINK "$<BUILD_INTERFACE:${boost_${lib}_SOURCE_DIR}/include>")
    endforeach()
  else()
    message(FATAL_ERROR "cited needs Boost >= 1.81 (headers: Describe and Mp11). Install it "
                        "(Debian: apt install libboost1.81-dev), point CMAKE_PREFIX_PATH at it, "
                        "or set CITED_FETCH_DEPS=ON to fetch it.")
  endif()
endmacro()

# Makes doctest::doctest available and sets CITED_DOCTEST_MODULE to its doctest.cmake.
macro(cited_find_doctest)
  find_package(doctest 2.4 CONFIG QUIET)
  if(TARGET doctest::doctest)
    set(CITED_DOCTEST_MODULE "${doctest_DIR}/doctest.cmake")
  elseif(CITED_FETCH_DEPS)
    message(STATUS "cited: doctest not found; fetching it (${CITED_DOCTEST_TAG})")
    FetchContent_Declare(doctest GIT_REPOSITORY https://github.com/doctest/doctest.git
                                 GIT_TAG ${CITED_DOCTEST_TAG} GIT_SHALLOW TRUE SYSTEM)
    FetchContent_MakeAvailable(doctest)
    set(CITED_DOCTEST_MODULE "${doctest_SOURCE_DIR}/scripts/cmake/doctest.cmake")
  else()
    message(FATAL_ERROR "cited's tests need doctest. Install it (Debian: apt install doctest-dev), "
                        "set CITED_FETCH_DEPS=ON, or set CITED_BUILD_TESTS=OFF.")
  endif()
endmacro()
