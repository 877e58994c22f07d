// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

// float_roundtrip [N] [--all-floats]: checks cited's shortest round-trip writer and its JSON
// number reader on N doubles and N floats (default 100,000,000 each): the special cases (zeros,
// subnormals, the smallest and largest values, every power of two and of ten, integers next to
// 2^53 and 2^24), then uniform random bit patterns from a fixed-seed std::mt19937_64, NaN and
// infinity skipped. For each value the writer must give std::to_chars's shortest text, except that
// a whole number below 2^53 (2^24 for a float) is written as an integer; the reader must read that
// text back to the identical bits, as std::from_chars does. With --all-floats every finite float is
// checked instead of N random ones (4.3 billion; minutes).
//
// It prints the counts and the time per value of cited's writer and of std::to_chars, measured on
// the same values, and exits with 1 on any mismatch after printing the first few.

#include <cited/text/numbers.hpp>

#include <array>
#include <bit>
#include <charconv>
#include <chrono>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <random>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

namespace {

template <class T>
using bits_t = std::conditional_t<sizeof(T) == 8, std::uint64_t, std::uint32_t>;

template <class T>
std::vector<T> special_values() {
  using limits = std::numeric_limits<T>;
  std::vector<T> out = {T(0),
                        -T(0),
                        limits::denorm_min(),
                        -limits::denorm_min(),
                        limits::min(),
                        std::nextafter(limits::min(), T(0)),  // the largest subnormal
                        limits::max(),
                        -limits::max(),
                        limits::epsilon(),
                        T(0.1),
                        T(1) / T(3)};
  for (int e = limits::min_exponent - limits::digits; e < limits::max_exponent; ++e) {
    out.push_back(std::ldexp(T(1), e));
    out.push_back(std::nextafter(std::ldexp(T(1), e), T(0)));
    out.push_back(std::nextafter(std::ldexp(T(1), e), limits::infinity()));
  }
  for (int e = limits::min_exponent10 - 20; e <= limits::max_exponent10; ++e) {
    const std::string text = "1e" + std::to_string(e);
    T v{};
    std::from_chars(text.data(), text.data() + text.size(), v);
    if (v != 0 && std::isfinite(v)) out.push_back(v);
  }
  const T whole_limit = std::ldexp(T(1), limits::digits);  // 2^53 or 2^24
  for (int i = -1000; i <= 1000; ++i) {
    out.push_back(whole_limit + T(i) * 2);
    out.push_back(whole_limit + T(i));
    out.push_back(-(whole_limit + T(i)));
  }
  std::vector<T> finite;
  for (const T v : out) {
    if (std::isfinite(v)) finite.push_back(v);
  }
  return finite;
}

template <class T>
struct report {
  std::uint64_t checked = 0;
  std::uint64_t whole = 0;  // written as integers where std::to_chars writes an exponent
  std::uint64_t mismatches = 0;
  double cited_seconds = 0;
  double std_seconds = 0;
  std::uint64_t sink = 0;
};

template <class T>
std::string describe(T v) {
  char buffer[64];
  const auto end = std::to_chars(buffer, buffer + sizeof buffer, v).ptr;
  char hex[32];
  std::snprintf(hex, sizeof hex, " (bits 0x%llx)",
                static_cast<unsigned long long>(std::bit_cast<bits_t<T>>(v)));
  return std::string(buffer, end) + hex;
}

// The text cited must write: std::to_chars's, or the integer for a whole number below 2^53.
template <class T>
std::string_view expected_text(T v, char* buffer, bool& whole) {
  const double limit = std::ldexp(1.0, std::numeric_limits<T>::digits);
  const double magnitude = std::fabs(static_cast<double>(v));
  char* p = buffer;
  whole = false;
  if (magnitude < limit && std::floor(magnitude) == magnitude) {
    if (std::signbit(v)) *p++ = '-';
    p = std::to_chars(p, buffer + 64, static_cast<std::uint64_t>(magnitude)).ptr;
    char plain[64];
    const auto end = std::to_chars(plain, plain + 64, v).ptr;
    whole = std::string_view(plain, static_cast<std::size_t>(end - plain)) !=
            std::string_view(buffer, static_cast<std::size_t>(p - buffer));
  } else {
    p = std::to_chars(p, buffer + 64, v).ptr;
  }
  return {buffer, static_cast<std::size_t>(p - buffer)};
}

template <class T>
void check_one(T v, report<T>& r) {
  ++r.checked;
  char written_buffer[64];
  const char* const written_end = cited::detail::write_floating(written_buffer, v);
  const std::string_view written(written_buffer,
                                 static_cast<std::size_t>(written_end - written_buffer));
  char expected_buffer[64];
  bool whole = false;
  const std::string_view expected = expected_text(v, expected_buffer, whole);
  if (whole) ++r.whole;
  std::string problem;
  if (written != expected) {
    problem = "wrote " + std::string(written) + ", std::to_chars " + std::string(expected);
  } else {
    T back{};
    auto status = cited::detail::number_status::out_of_range;
    const char* end = cited::detail::read_json_floating(
        written.data(), written.data() + written.size(), back, status);
    T from_std{};
    const auto std_result =
        std::from_chars(written.data(), written.data() + written.size(), from_std);
    if (end != written.data() + written.size() || status != cited::detail::number_status::ok) {
      problem = "cited cannot read back " + std::string(written);
    } else if (std::bit_cast<bits_t<T>>(back) != std::bit_cast<bits_t<T>>(v)) {
      problem = "cited reads " + std::string(written) + " back as " + describe(back);
    } else if (std_result.ec != std::errc() ||
               std::bit_cast<bits_t<T>>(from_std) != std::bit_cast<bits_t<T>>(back)) {
      problem = "std::from_chars reads " + std::string(written) + " as " + describe(from_std);
    }
  }
  if (!problem.empty()) {
    if (r.mismatches < 10) {
      std::printf("  %s %s: %s\n", sizeof(T) == 8 ? "double" : "float", describe(v).c_str(),
                  problem.c_str());
    }
    ++r.mismatches;
  }
}

// Times both writers on the chunk, then checks every value of it.
template <class T>
void run_chunk(const std::vector<T>& chunk, report<T>& r) {
  using clock = std::chrono::steady_clock;
  char buffer[64];
  std::uint64_t sink = 0;
  const auto t0 = clock::now();
  for (const T v : chunk) {
    sink += static_cast<std::uint64_t>(cited::detail::write_floating(buffer, v) - buffer);
    sink += static_cast<unsigned char>(buffer[0]);
  }
  const auto t1 = clock::now();
  for (const T v : chunk) {
    sink +=
        static_cast<std::uint64_t>(std::to_chars(buffer, buffer + sizeof buffer, v).ptr - buffer);
    sink += static_cast<unsigned char>(buffer[0]);
  }
  const auto t2 = clock::now();
  r.cited_seconds += std::chrono::duration<double>(t1 - t0).count();
  r.std_seconds += std::chrono::duration<double>(t2 - t1).count();
  r.sink += sink;
  for (const T v : chunk) check_one(v, r);
}

template <class T>
report<T> run(std::uint64_t n, bool all) {
  report<T> r;
  std::vector<T> chunk = special_values<T>();
  run_chunk(chunk, r);
  std::mt19937_64 rng(0x5eed'f10a'7000'0001u + sizeof(T));
  constexpr std::size_t chunk_size = 1 << 20;
  chunk.clear();
  chunk.reserve(chunk_size);
  const auto flush = [&] {
    run_chunk(chunk, r);
    chunk.clear();
  };
  if (all) {
    for (std::uint64_t b = 0; b <= 0xFFFF'FFFFu; ++b) {
      const T v = std::bit_cast<T>(static_cast<bits_t<T>>(b));
      if (!std::isfinite(v)) continue;
      chunk.push_back(v);
      if (chunk.size() == chunk_size) flush();
    }
  } else {
    for (std::uint64_t i = 0; i < n;) {
      const T v = std::bit_cast<T>(static_cast<bits_t<T>>(rng()));
      if (!std::isfinite(v)) continue;
      chunk.push_back(v);
      ++i;
      if (chunk.size() == chunk_size) flush();
    }
  }
  flush();
  return r;
}

template <class T>
void print(const char* name, const report<T>& r) {
  const auto ns = [&](double seconds) {
    return r.checked == 0 ? 0.0 : seconds * 1e9 / static_cast<double>(r.checked);
  };
  std::printf(
      "%-6s %llu checked (%llu whole numbers written as integers), %llu mismatches; write: "
      "cited %.2f ns/value, std::to_chars %.2f ns/value (%.2fx)\n",
      name, static_cast<unsigned long long>(r.checked), static_cast<unsigned long long>(r.whole),
      static_cast<unsigned long long>(r.mismatches), ns(r.cited_seconds), ns(r.std_seconds),
      r.cited_seconds > 0 ? r.std_seconds / r.cited_seconds : 0.0);
}

}  // namespace

int main(int argc, char** argv) {
  std::uint64_t n = 100'000'000;
  bool all_floats = false;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--all-floats") {
      all_floats = true;
    } else {
      const auto r = std::from_chars(arg.data(), arg.data() + arg.size(), n);
      if (r.ec != std::errc() || r.ptr != arg.data() + arg.size()) {
        std::fprintf(stderr, "usage: float_roundtrip [N] [--all-floats]\n");
        return 2;
      }
    }
  }
  const auto start = std::chrono::steady_clock::now();
  const report<double> doubles = run<double>(n, false);
  print("double", doubles);
  const report<float> floats = run<float>(n, all_floats);
  print("float", floats);
  std::printf("%.1f s in all\n",
              std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  return doubles.mismatches + floats.mismatches == 0 ? 0 : 1;
}
