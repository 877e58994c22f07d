// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0
//
// Typed JSON writing and reading: cited against glaze, nlohmann/json and Boost.JSON, each when it
// is there, and simdjson's untyped DOM parse as the reference for how fast text can be read at
// all. Two documents (benchmarks/json_documents.hpp):
//   - obj: the test object of github.com/stephenberry/json_performance, glaze's benchmark. Arrays
//     of ints, floats and doubles, short strings, a string with escapes, three levels of nesting;
//   - records: 100,000 flat records (id, name, value, active) from a fixed seed, a few MB.
// write/<document>/<library> serializes the typed value into a string. read/<document>/<library>
// parses one text, the one cited writes, into a new value. read_into/<document>/<library> reads
// the same text into an existing value, reusing its storage: cited through json::reader's
// read(text, target), which swaps on success, and cited_reader_value through read(text), which
// returns the reader's own value. read/<document>/simdjson_dom parses
// the text into simdjson's DOM, with one parser kept across runs (simdjson's intended use), and
// makes no typed value.
//
// MB/s counts the size of cited's text for every library, so that the ratio of two libraries'
// MB/s is the inverse ratio of their times. The counter "text_bytes" is the size of the text that
// the library itself wrote, which differs when it writes numbers with more digits.
//
// Before timing, every library's text must read back (with cited, strict) into a value equal to
// the input, and every library must read cited's text into a value equal to the input; a read
// into an existing value starts from a value that holds other data. Otherwise the benchmark is
// skipped with the error.
//
// Peers: nlohmann/json and Boost.JSON when CMake finds them (Debian: nlohmann-json3-dev,
// libboost-json1.81-dev), simdjson when found (libsimdjson-dev), and glaze when its include folder
// is given, as glaze is not packaged by Debian. glaze 6.4.0 is the newest that builds with g++ 12,
// in C++23 (json_glaze.cpp is built as C++23; the rest stays C++20):
//
//   cmake --preset bench -DCITED_GLAZE_DIR=/path/to/glaze-6.4.0/include
//   cmake --build build/bench --target json_bench
//   build/bench/benchmarks/json_bench --benchmark_min_time=0.5

#include <cited/json.hpp>

#include "json_documents.hpp"

#include <benchmark/benchmark.h>

#ifdef CITED_BENCH_HAVE_NLOHMANN
#include <nlohmann/json.hpp>
#endif
#ifdef CITED_BENCH_HAVE_BOOST_JSON
#include <boost/json.hpp>
#endif
#ifdef CITED_BENCH_HAVE_SIMDJSON
#include <simdjson.h>
#endif

#include <cstddef>
#include <cstdint>
#include <exception>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#ifdef CITED_BENCH_HAVE_GLAZE
// json_glaze.cpp, built as C++23: an empty string on success, else glaze's error message.
namespace json_bench::glaze {
std::string version();
std::string write(const perf_object& value, std::string& out);
std::string write(const std::vector<record>& value, std::string& out);
std::string read_into(const std::string& text, perf_object& target);
std::string read_into(const std::string& text, std::vector<record>& target);
}  // namespace json_bench::glaze
#endif

#ifdef CITED_BENCH_HAVE_NLOHMANN
// nlohmann/json finds these by argument-dependent lookup, so they go beside the types.
namespace json_bench {
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(number_arrays, int_array, float_array, double_array)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(five_names, name0, name1, name2, name3, name4)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(vectors_with_id, v3s, id)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(texts_and_nested, string, another_string, escaped_text, boolean,
                                   nested_object)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(perf_object, fixed_object, fixed_name_object, another_object,
                                   string_array, string, number, boolean, another_bool)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(record, id, name, value, active)
}  // namespace json_bench
#endif

namespace {

using namespace json_bench;

// --- the documents ---------------------------------------------------------------------------

struct obj_document {
  using type = perf_object;
  static constexpr const char* name = "obj";
  static constexpr benchmark::TimeUnit unit = benchmark::kMicrosecond;
  static const type& value() {
    static const type v = make_perf_object();
    return v;
  }
  // A value with other data and other lengths, for a read into an existing value to replace.
  static type other() {
    type o = make_perf_object();
    o.fixed_object.int_array.assign(40, -7);
    o.fixed_object.double_array.resize(2);
    o.fixed_name_object.name3 = "a much longer name than any in the document";
    o.another_object.nested_object.v3s.clear();
    o.string_array.assign(9, "other");
    o.boolean = !o.boolean;
    return o;
  }
  static constexpr std::size_t top_level_size() { return 8; }
};

struct records_document {
  using type = std::vector<record>;
  static constexpr const char* name = "records";
  static constexpr benchmark::TimeUnit unit = benchmark::kMillisecond;
  static const type& value() {
    static const type v = make_records(100'000);
    return v;
  }
  // More records than the document has, in the opposite order.
  static type other() {
    type o = make_records(150'000);
    return type(o.rbegin(), o.rend());
  }
  static constexpr std::size_t top_level_size() { return 100'000; }
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
  static constexpr bool reads_into = true;
  template <class T>
  static void write(const T& value, std::string& out) {
    out.clear();
    cited::to_json(value, out);
  }
  template <class T>
  static T read(const std::string& text) {
    return cited::from_json<T>(text);
  }
  // Into the caller's value: json::reader reads into its spare value, reusing its storage, and
  // swaps it with target on success (target is unchanged when the read fails).
  template <class T>
  static void read_into(const std::string& text, T& target) {
    static cited::json::reader<T> reader;
    reader.read(text, target);
  }
};

#ifdef CITED_BENCH_HAVE_GLAZE
struct glaze_json {
  static constexpr const char* name = "glaze";
  static constexpr bool available = true;
  static constexpr bool reads_into = true;
  template <class T>
  static void write(const T& value, std::string& out) {
    if (const std::string error = glaze::write(value, out); !error.empty()) {
      throw std::runtime_error(error);
    }
  }
  // A new value, as glz::read_json<T>(text) makes it.
  template <class T>
  static T read(const std::string& text) {
    T value{};
    read_into(text, value);
    return value;
  }
  template <class T>
  static void read_into(const std::string& text, T& target) {
    if (const std::string error = glaze::read_into(text, target); !error.empty()) {
      throw std::runtime_error(error);
    }
  }
};
#else
struct glaze_json {
  static constexpr bool available = false;
};
#endif

#ifdef CITED_BENCH_HAVE_NLOHMANN

struct nlohmann_json {
  static constexpr const char* name = "nlohmann";
  static constexpr bool available = true;
  static constexpr bool reads_into = false;
  template <class T>
  static void write(const T& value, std::string& out) {
    out = nlohmann::json(value).dump();
  }
  template <class T>
  static T read(const std::string& text) {
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
  static constexpr bool reads_into = false;
  template <class T>
  static void write(const T& value, std::string& out) {
    out = boost::json::serialize(boost::json::value_from(value));
  }
  template <class T>
  static T read(const std::string& text) {
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
  const std::string& text = reference_text<Document>();
  try {
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

// Reads into one value again and again. Before timing, a read into a value that holds other
// data must give the input.
template <class Document, class Library>
void read_into_benchmark(benchmark::State& state) {
  using T = typename Document::type;
  const T& expected = Document::value();
  const std::string& text = reference_text<Document>();
  T target = Document::other();
  try {
    Library::read_into(text, target);
    if (!(target == expected)) {
      state.SkipWithError("the text read into a value is not equal to the input");
      return;
    }
  } catch (const std::exception& e) {
    state.SkipWithError(e.what());
    return;
  }
  for (auto _ : state) {
    Library::read_into(text, target);
    benchmark::DoNotOptimize(target);
    benchmark::ClobberMemory();
  }
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(text.size()));
  state.counters["text_bytes"] = static_cast<double>(text.size());
}

// json::reader's own value, the form without a swap: read(text) returns the value it read into.
template <class Document>
void reader_value_benchmark(benchmark::State& state) {
  using T = typename Document::type;
  const std::string& text = reference_text<Document>();
  cited::json::reader<T> reader;
  try {
    reader.read(cited::to_json(Document::other()));
    if (!(reader.read(text) == Document::value())) {
      state.SkipWithError("the text read into the reader's value is not equal to the input");
      return;
    }
  } catch (const std::exception& e) {
    state.SkipWithError(e.what());
    return;
  }
  for (auto _ : state) {
    const T& value = reader.read(text);
    benchmark::DoNotOptimize(&value);
    benchmark::ClobberMemory();
  }
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(text.size()));
  state.counters["text_bytes"] = static_cast<double>(text.size());
}

#ifdef CITED_BENCH_HAVE_SIMDJSON
// simdjson's DOM: the whole text parsed and validated into its tape, no typed value. Before
// timing, the DOM must hold the document's shape: 8 members in obj, every record in records.
template <class Document>
void simdjson_dom_benchmark(benchmark::State& state) {
  const simdjson::padded_string text(reference_text<Document>());
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  if (const auto error = parser.parse(text).get(root)) {
    state.SkipWithError(simdjson::error_message(error));
    return;
  }
  const std::size_t expected = Document::top_level_size();
  const std::size_t size =
      root.is_array() ? simdjson::dom::array(root).size() : simdjson::dom::object(root).size();
  if (size != expected) {
    state.SkipWithError("simdjson's DOM does not hold the document");
    return;
  }
  for (auto _ : state) {
    auto result = parser.parse(text);
    if (result.error()) state.SkipWithError("simdjson failed");
    benchmark::DoNotOptimize(result);
    benchmark::ClobberMemory();
  }
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(text.size()));
  state.counters["text_bytes"] = static_cast<double>(text.size());
}
#endif

// Registered in the order of the table: by document, then write, read and read into, then
// library.
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
  const auto add_reads_into = [&]<class Library>(Library) {
    if constexpr (Library::available) {
      if constexpr (Library::reads_into) {
        add("read_into", read_into_benchmark<Document, Library>, Library::name);
      }
    }
  };
  (add_writes(Libraries{}), ...);
  (add_reads(Libraries{}), ...);
#ifdef CITED_BENCH_HAVE_SIMDJSON
  add("read", simdjson_dom_benchmark<Document>, "simdjson_dom");
#endif
  (add_reads_into(Libraries{}), ...);
  add("read_into", reader_value_benchmark<Document>, "cited_reader_value");
}

[[maybe_unused]] const bool registered = [] {
#ifdef CITED_BENCH_HAVE_GLAZE
  benchmark::AddCustomContext("glaze_version", glaze::version());
#endif
  register_document<obj_document, cited_json, glaze_json, nlohmann_json, boost_json>();
  register_document<records_document, cited_json, glaze_json, nlohmann_json, boost_json>();
  return true;
}();

}  // namespace
