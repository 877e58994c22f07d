// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0
//
// The two documents of json_bench, shared by its translation units: json.bench.cpp (C++20, cited
// and the peers from Debian) and json_glaze.cpp (C++23, glaze, built only with CITED_GLAZE_DIR).
// Plain aggregates described with Boost.Describe; glaze reflects them as aggregates.

#ifndef CITED_BENCHMARKS_JSON_DOCUMENTS_HPP
#define CITED_BENCHMARKS_JSON_DOCUMENTS_HPP

#include <boost/describe/class.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace json_bench {

// --- obj: the json_performance test object --------------------------------------------------

struct number_arrays {
  std::vector<int> int_array;
  std::vector<float> float_array;
  std::vector<double> double_array;
  friend bool operator==(const number_arrays&, const number_arrays&) = default;
};
BOOST_DESCRIBE_STRUCT(number_arrays, (), (int_array, float_array, double_array))

struct five_names {
  std::string name0;
  std::string name1;
  std::string name2;
  std::string name3;
  std::string name4;
  friend bool operator==(const five_names&, const five_names&) = default;
};
BOOST_DESCRIBE_STRUCT(five_names, (), (name0, name1, name2, name3, name4))

struct vectors_with_id {
  std::vector<std::array<double, 3>> v3s;
  std::string id;
  friend bool operator==(const vectors_with_id&, const vectors_with_id&) = default;
};
BOOST_DESCRIBE_STRUCT(vectors_with_id, (), (v3s, id))

struct texts_and_nested {
  std::string string;
  std::string another_string;
  std::string escaped_text;
  bool boolean = false;
  vectors_with_id nested_object;
  friend bool operator==(const texts_and_nested&, const texts_and_nested&) = default;
};
BOOST_DESCRIBE_STRUCT(texts_and_nested, (),
                      (string, another_string, escaped_text, boolean, nested_object))

struct perf_object {
  number_arrays fixed_object;
  five_names fixed_name_object;
  texts_and_nested another_object;
  std::vector<std::string> string_array;
  std::string string;
  double number = 0;
  bool boolean = false;
  bool another_bool = false;
  friend bool operator==(const perf_object&, const perf_object&) = default;
};
BOOST_DESCRIBE_STRUCT(perf_object, (),
                      (fixed_object, fixed_name_object, another_object, string_array, string,
                       number, boolean, another_bool))

inline perf_object make_perf_object() {
  perf_object o;
  o.fixed_object.int_array = {0, 1, 2, 3, 4, 5, 6};
  o.fixed_object.float_array = {0.1f, 0.2f, 0.3f, 0.4f, 0.5f, 0.6f};
  o.fixed_object.double_array = {3288398.238, 233e22, 289e-1, 0.928759872, 0.22222848,
                                 0.1,         0.2,    0.3,    0.4};
  o.fixed_name_object = {"James", "Abraham", "Susan", "Frank", "Alicia"};
  o.another_object.string = "here is some text";
  o.another_object.another_string = "Hello World";
  o.another_object.escaped_text = R"({"some key":"some string value"})";
  o.another_object.boolean = false;
  o.another_object.nested_object.v3s = {
      {0.12345, 0.23456, 0.001345}, {0.3894675, 97.39827, 297.92387}, {18.18, 87.289, 2988.298}};
  o.another_object.nested_object.id = "298728949872";
  o.string_array = {"Cat", "Dog", "Elephant", "Tiger"};
  o.string = "Hello world";
  o.number = 3.14;
  o.boolean = true;
  o.another_bool = false;
  return o;
}

// --- records: many small flat objects --------------------------------------------------------

struct record {
  std::int64_t id = 0;
  std::string name;
  double value = 0;
  bool active = false;
  friend bool operator==(const record&, const record&) = default;
};
BOOST_DESCRIBE_STRUCT(record, (), (id, name, value, active))

// std::mt19937_64's output is fixed by the standard, unlike the distributions, so the data is the
// same with every standard library.
inline std::vector<record> make_records(std::size_t n) {
  static constexpr std::array<std::string_view, 16> first{
      "James", "Maria", "Wei",   "Aisha", "José",  "Olga",   "Kenji", "Fatima",
      "Liam",  "Zoë",   "Arjun", "Chloé", "Mateo", "Ingrid", "Kwame", "Søren"};
  static constexpr std::array<std::string_view, 16> last{
      "Smith",  "García", "Chen",     "Okafor", "Müller", "Rossi",  "Tanaka", "O'Brien",
      "Nguyen", "Silva",  "Kowalski", "Haddad", "Novak",  "Larsen", "Mensah", "Fernández"};
  std::mt19937_64 gen(20260101);
  std::vector<record> out;
  out.reserve(n);
  std::int64_t id = 1'000'000'000;
  for (std::size_t i = 0; i < n; ++i) {
    id += static_cast<std::int64_t>(1 + gen() % 7);
    record r;
    r.id = id;
    r.name = std::string(first[static_cast<std::size_t>(gen() % first.size())]) + ' ' +
             std::string(last[static_cast<std::size_t>(gen() % last.size())]);
    r.value = static_cast<double>(gen() % 10'000'000) / 100.0;  // an amount with cents
    r.active = gen() % 5 != 0;
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace json_bench

#endif  // CITED_BENCHMARKS_JSON_DOCUMENTS_HPP
