// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0
//
// glaze's side of json_bench, built as C++23 when CITED_GLAZE_DIR names glaze's include folder
// (glaze 6.4.0 needs C++23 with g++ 12). glaze reflects the documents' aggregates itself, with
// its default options: unknown keys are errors, missing keys are not.

#include "json_documents.hpp"

#include <glaze/glaze.hpp>

#include <string>
#include <vector>

namespace json_bench::glaze {

namespace {

std::string message(const glz::error_ctx& error, const std::string& text) {
  return "glaze: " + glz::format_error(error, text);
}

template <class T>
std::string write_value(const T& value, std::string& out) {
  if (const auto error = glz::write_json(value, out)) return message(error, out);
  return {};
}

template <class T>
std::string read_value(const std::string& text, T& target) {
  if (const auto error = glz::read_json(target, text)) return message(error, text);
  return {};
}

}  // namespace

std::string version() {
  return std::to_string(glz::version.major) + '.' + std::to_string(glz::version.minor) + '.' +
         std::to_string(glz::version.patch);
}

std::string write(const perf_object& value, std::string& out) { return write_value(value, out); }
std::string write(const std::vector<record>& value, std::string& out) {
  return write_value(value, out);
}
std::string read_into(const std::string& text, perf_object& target) {
  return read_value(text, target);
}
std::string read_into(const std::string& text, std::vector<record>& target) {
  return read_value(text, target);
}

}  // namespace json_bench::glaze
