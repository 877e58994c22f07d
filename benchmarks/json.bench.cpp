// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0
//
// Typed JSON writing and reading: cited against nlohmann/json and Boost.JSON, each when CMake finds
// it. Two documents:
//   - obj: the test object of github.com/stephenberry/json_performance, glaze's benchmark. Arrays
//     of ints, floats and doubles, short strings, a string with escapes, three levels of nesting;
//   - records: 100,000 flat records (id, name, value, active) from a fixed seed, a few MB.
// write/<document>/<library> serializes the typed value into a string. read/<document>/<library>
// parses one text, the one cited writes, back into the typed value.
//
// MB/s counts the size of cited's text for every library, so that the ratio of two libraries'
// MB/s is the inverse ratio of their times. The counter "text_bytes" is the size of the text that
// the library itself wrote, which differs when it writes numbers with more digits.
//
// Before timing, every library's text must read back (with cited, strict) into a value equal to
// the input, and every library must read cited's text into a value equal to the input; otherwise
// the benchmark is skipped with the error.
//
//   cmake --preset bench && cmake --build build/bench --target json_bench
//   build/bench/benchmarks/json_bench --benchmark_min_time=0.5

#include <cited/json.hpp>

#include <benchmark/benchmark.h>
#include <boost/describe/class.hpp>

#ifdef CITED_BENCH_HAVE_NLOHMANN
#include <nlohmann/json.hpp>
#endif
#ifdef CITED_BENCH_HAVE_BOOST_JSON
#include <boost/json.hpp>
#endif

#include <array>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace {

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

perf_object make_perf_object() {
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
std::vector<record> make_records(std::size_t n) {
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

// --- the documents ---------------------------------------------------------------------------

struct obj_document {
  using type = perf_object;
  static constexpr const char* name = "obj";
  static constexpr benchmark::TimeUnit unit = benchmark::kMicrosecond;
  static const type& value() {
    static const type v = make_perf_object();
    return v;
  }
};

struct records_document {
  using type = std::vector<record>;
  static constexpr const char* name = "records";
  static constexpr benchmark::TimeUnit unit = benchmark::kMillisecond;
  static const type& value() {
    static const type v = make_records(100'000);
    return v;
  }
};

// The text every library reads, and the size MB/s counts.
template <class Document>
const std::string& reference_text() {
  static const std::string text = cited::to_json(Document::value());
  return text;
}

// --- the libraries ---------------------------------------------------------------------------

// Each library: a name, whether it was found, and write and read through its typed API.

struct cited_json {
  static constexpr const char* name = "cited";
  static constexpr bool available = true;
  template <class T>
  static void write(const T& value, std::string& out) {
    out.clear();
    cited::to_json(value, out);
  }
  template <class T>
  static T read(std::string_view text) {
    return cited::from_json<T>(text);
  }
};

#ifdef CITED_BENCH_HAVE_NLOHMANN
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(number_arrays, int_array, float_array, double_array)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(five_names, name0, name1, name2, name3, name4)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(vectors_with_id, v3s, id)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(texts_and_nested, string, another_string, escaped_text, boolean,
                                   nested_object)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(perf_object, fixed_object, fixed_name_object, another_object,
                                   string_array, string, number, boolean, another_bool)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(record, id, name, value, active)

struct nlohmann_json {
  static constexpr const char* name = "nlohmann";
  static constexpr bool available = true;
  template <class T>
  static void write(const T& value, std::string& out) {
    out = nlohmann::json(value).dump();
  }
  template <class T>
  static T read(std::string_view text) {
    return nlohmann::json::parse(text).get<T>();
  }
};
#else
struct nlohmann_json {
  static constexpr bool available = false;
};
#endif

#ifdef CITED_BENCH_HAVE_BOOST_JSON
// Boost.JSON converts described structs itself.
struct boost_json {
  static constexpr const char* name = "boost_json";
  static constexpr bool available = true;
  template <class T>
  static void write(const T& value, std::string& out) {
    out = boost::json::serialize(boost::json::value_from(value));
  }
  template <class T>
  static T read(std::string_view text) {
    return boost::json::value_to<T>(boost::json::parse(text));
  }
};
#else
struct boost_json {
  static constexpr bool available = false;
};
#endif

// --- the benchmarks --------------------------------------------------------------------------

template <class Document, class Library>
void write_benchmark(benchmark::State& state) {
  using T = typename Document::type;
  const T& input = Document::value();
  std::string out;
  std::size_t size = 0;
  try {
    size = reference_text<Document>().size();
    Library::write(input, out);
    if (!(cited::from_json<T>(out) == input)) {
      state.SkipWithError("the text written does not read back into the input");
      return;
    }
  } catch (const std::exception& e) {
    state.SkipWithError(e.what());
    return;
  }
  for (auto _ : state) {
    Library::write(input, out);
    benchmark::DoNotOptimize(out.data());
    benchmark::ClobberMemory();
  }
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(size));
  state.counters["text_bytes"] = static_cast<double>(out.size());
}

template <class Document, class Library>
void read_benchmark(benchmark::State& state) {
  using T = typename Document::type;
  const T& expected = Document::value();
  std::string_view text;
  try {
    text = reference_text<Document>();
    if (!(Library::template read<T>(text) == expected)) {
      state.SkipWithError("the text read is not equal to the input");
      return;
    }
  } catch (const std::exception& e) {
    state.SkipWithError(e.what());
    return;
  }
  for (auto _ : state) {
    T value = Library::template read<T>(text);
    benchmark::DoNotOptimize(value);
  }
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(text.size()));
  state.counters["text_bytes"] = static_cast<double>(text.size());
}

// Registered in the order of the table: by document, then write before read, then library.
template <class Document, class... Libraries>
void register_document() {
  const std::string document = Document::name;
  const auto add = [&](std::string direction, auto function, const char* library) {
    benchmark::RegisterBenchmark((direction + '/' + document + '/' + library).c_str(), function)
        ->Unit(Document::unit);
  };
  const auto add_writes = [&]<class Library>(Library) {
    if constexpr (Library::available)
      add("write", write_benchmark<Document, Library>, Library::name);
  };
  const auto add_reads = [&]<class Library>(Library) {
    if constexpr (Library::available) add("read", read_benchmark<Document, Library>, Library::name);
  };
  (add_writes(Libraries{}), ...);
  (add_reads(Libraries{}), ...);
}

[[maybe_unused]] const bool registered = [] {
  register_document<obj_document, cited_json, nlohmann_json, boost_json>();
  register_document<records_document, cited_json, nlohmann_json, boost_json>();
  return true;
}();

}  // namespace
