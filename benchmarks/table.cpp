// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0
//
// bench_table FILE.json...: reads Google Benchmark JSON output (medians of repetitions) and
// prints the README's benchmark table in Markdown: each figure beside its peer, the ratio, and
// whether the target of the design is met. benchmarks/table.sh runs the suites and calls it.
// It reads the files with cited itself.

#include <cited/json.hpp>

#include <boost/describe/class.hpp>

#include <cstddef>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace bench_table {

struct context_data {
  std::optional<std::string> date;
  std::optional<int> num_cpus;
  std::optional<double> mhz_per_cpu;
  std::optional<std::string> library_build_type;
  std::optional<std::string> glaze_version;  // json_bench's, when built with glaze
};
BOOST_DESCRIBE_STRUCT(context_data, (),
                      (date, num_cpus, mhz_per_cpu, library_build_type, glaze_version))

struct run {
  std::string name;
  std::optional<std::string> run_name;
  std::optional<std::string> aggregate_name;
  std::optional<double> real_time;
  std::optional<double> cpu_time;
  std::optional<std::string> time_unit;
  std::optional<double> bytes_per_second;
  std::optional<double> per_lookup;
  std::optional<double> bytes_per_observation;
  std::optional<double> plain_bytes;
  std::optional<std::string> error_message;
};
BOOST_DESCRIBE_STRUCT(run, (),
                      (name, run_name, aggregate_name, real_time, cpu_time, time_unit,
                       bytes_per_second, per_lookup, bytes_per_observation, plain_bytes,
                       error_message))

struct output {
  context_data context;
  std::vector<run> benchmarks;
};
BOOST_DESCRIBE_STRUCT(output, (), (context, benchmarks))

// Medians by run name; CPU time in nanoseconds.
struct figures {
  std::map<std::string, run> runs;
  context_data context;
  std::optional<std::string> glaze_version;

  const run* find(const std::string& name) const {
    const auto it = runs.find(name);
    return it == runs.end() ? nullptr : &it->second;
  }
  std::optional<double> ns(const std::string& name) const {
    const run* r = find(name);
    if (!r || !r->cpu_time || r->error_message) return std::nullopt;
    const std::string unit = r->time_unit.value_or("ns");
    const double scale = unit == "ms" ? 1e6 : unit == "us" ? 1e3 : unit == "s" ? 1e9 : 1.0;
    return *r->cpu_time * scale;
  }
  std::optional<double> mb_per_s(const std::string& name) const {
    const run* r = find(name);
    if (!r || !r->bytes_per_second || r->error_message) return std::nullopt;
    return *r->bytes_per_second / (1024.0 * 1024.0);
  }
};

std::string number(std::optional<double> v, const char* format = "%.3g") {
  if (!v) return "n/a";
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, format, *v);
  return buffer;
}

// A duration in nanoseconds, in the unit that suits it: "68.6 ns", "1.80 µs", "1.15 s".
std::string duration(std::optional<double> ns) {
  if (!ns) return "n/a";
  const double v = *ns;
  if (v < 1e3) return number(v) + " ns";
  if (v < 1e6) return number(v / 1e3) + " µs";
  if (v < 1e9) return number(v / 1e6) + " ms";
  return number(v / 1e9) + " s";
}

// A speed ratio: "16.2×", "731×", "2,090×".
std::string ratio(double v) {
  if (v < 100) return number(v) + "×";
  std::string digits = number(v, "%.0f");
  for (auto at = static_cast<std::ptrdiff_t>(digits.size()) - 3; at > 0; at -= 3) {
    digits.insert(static_cast<std::size_t>(at), ",");
  }
  return digits + "×";
}

// a / b, when both are known.
std::optional<double> over(std::optional<double> a, std::optional<double> b) {
  if (!a || !b) return std::nullopt;
  return *a / *b;
}

std::string verdict(std::optional<double> value, double target, bool at_least) {
  if (!value) return "n/a";
  const bool met = at_least ? *value >= target : *value <= target;
  return met ? "met" : "missed";
}

std::string cpu_model() {
  std::ifstream in("/proc/cpuinfo");
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("model name", 0) == 0) return line.substr(line.find(':') + 2);
  }
  return "unknown CPU";
}

void print(const figures& f) {
  std::cout << "Machine: " << cpu_model() << ", " << f.context.num_cpus.value_or(0) << " CPUs at "
            << number(f.context.mhz_per_cpu, "%.0f") << " MHz; "
            << f.context.library_build_type.value_or("?") << " Google Benchmark, "
            << f.context.date.value_or("") << ". CPU time, medians of 3 repetitions. Ratios, not "
            << "absolute times, are what carry over to other machines.\n\n";

  std::cout << "| country lookup | cited | ICU `Region::getInstance` | `std::unordered_map` | "
               "× ICU | target |\n|---|---|---|---|---|---|\n";
  for (const char* key : {"alpha2", "alpha3", "numeric", "name"}) {
    const std::string k = key;
    const auto cited = f.ns(k + "/cited");
    const auto icu = f.ns(k + "/icu");
    const auto map = f.ns(k + "/unordered_map");
    const double n = 249.0;  // lookups per iteration
    const auto per = [&](std::optional<double> v) -> std::optional<double> {
      if (!v) return std::nullopt;
      return *v / n;
    };
    const std::optional<double> times = over(icu, cited);
    std::string target;
    if (k == "alpha2") {
      target = "≤ 2 ns: " + verdict(per(cited), 2.0, false) +
               "; ≥ 20× ICU: " + verdict(times, 20.0, true);
    } else if (k == "name") {
      target = "≤ 50 ns: " + verdict(per(cited), 50.0, false);
    } else {
      target = "≥ 20× ICU: " + verdict(times, 20.0, true);
    }
    std::cout << "| " << k << " | " << duration(per(cited)) << " | "
              << (icu ? duration(per(icu)) : "no lookup by name") << " | " << duration(per(map))
              << " | " << (times ? ratio(*times) : "n/a") << " | " << target << " |\n";
  }

  std::cout << "\n| catalog lookup | cited | ICU | × ICU | target |\n|---|---|---|---|---|\n";
  {
    struct row {
      const char* key;
      const char* label;
      const char* icu_label;
      double target_ns;
    };
    for (const row r :
         {row{"region_contains", "region containment (Europe, Eastern Asia, world)",
              "`Region::contains`", 2.0},
          row{"membership", "EU membership on a date", "no dated groups", 5.0},
          row{"localized_name", "name in French", "`Locale::getDisplayCountry`", 5.0}}) {
      const std::string k = r.key;
      // Lookups per iteration: every current country, for each of three regions.
      const double n = k == "region_contains" ? 3 * 249.0 : 249.0;
      const auto per = [&](std::optional<double> v) -> std::optional<double> {
        if (!v) return std::nullopt;
        return *v / n;
      };
      const auto cited = per(f.ns(k + "/cited"));
      const auto icu = per(f.ns(k + "/icu"));
      const auto times = over(icu, cited);
      std::string target =
          "≤ " + number(r.target_ns) + " ns: " + verdict(cited, r.target_ns, false);
      if (icu) target += "; ≥ 10× ICU: " + verdict(times, 10.0, true);
      std::cout << "| " << r.label << " | " << duration(cited) << " | "
                << (icu ? duration(icu) + " (" + r.icu_label + ")" : std::string(r.icu_label))
                << " | " << (times ? ratio(*times) : "n/a") << " | " << target << " |\n";
    }
    const auto scan_ns = f.ns("membership/scan");
    const std::optional<double> scan =
        scan_ns ? std::optional<double>(*scan_ns / 249.0) : std::nullopt;
    std::cout << "\nThe same EU memberships without the index by country (every interval read): "
              << duration(scan) << " per lookup.\n";
  }

  std::cout << "\n| dataset, 10 million observations | cited | hand-written loop | cited's speed "
               "as a share of the loop's | target |\n|---|---|---|---|---|\n";
  for (const char* q : {"find", "total", "rank"}) {
    const std::string k = q;
    const auto cited = f.ns(k + "/cited");
    const auto hand = f.ns(k + "/hand_loop");
    const std::optional<double> share = over(hand, cited);
    const double target = k == "total" ? 0.5 : 0.8;
    std::cout << "| " << k << " | " << duration(cited) << " | " << duration(hand) << " | "
              << (share ? number(*share * 100, "%.0f") + "%" : "n/a") << " | ≥ "
              << number(target * 100, "%.0f") << "%: " << verdict(share, target, true) << " |\n";
  }
  const run* find = f.find("find/cited");
  const run* plain = f.find("find/hand_loop");
  std::cout << "\nMemory per observation: cited "
            << number(find ? find->bytes_per_observation : std::nullopt, "%.1f")
            << " bytes (32-byte rows and a 4-byte index), plain arrays "
            << number(plain ? plain->plain_bytes : std::nullopt, "%.1f") << " bytes. Adding 10 "
            << "million observations: " << duration(f.ns("dataset/add_10M"))
            << "; indexing them: " << duration(f.ns("dataset/index_10M")) << ".\n";

  std::cout << "\n| the price of bounds, 65,536 figures | estimates | doubles | ratio | target |\n"
               "|---|---|---|---|---|\n";
  for (const char* q : {"compare", "sum"}) {
    const std::string k = q;
    const auto e = f.ns(k + "/estimate");
    const auto d = f.ns(k + "/double");
    const std::optional<double> ratio = over(e, d);
    std::cout << "| " << k << " | " << duration(e) << " | " << duration(d) << " | "
              << (ratio ? number(ratio) + "× slower" : "n/a")
              << " | ≤ 5×: " << verdict(ratio, 5.0, false) << " |\n";
  }

  const std::string glaze = "glaze " + f.glaze_version.value_or("(not built)");
  std::cout << "\n| JSON, MiB/s | cited | " << glaze << " | × glaze (target ≥ 1) | nlohmann/json "
            << "| × nlohmann (target ≥ 10) | Boost.JSON | × Boost.JSON (target ≥ 4) |\n"
            << "|---|---|---|---|---|---|---|---|\n";
  // Reads into a value: cited's json::reader into the caller's value (a swap on success), and
  // into the reader's own value (no swap).
  for (const char* c : {"write/obj", "read/obj", "read_into/obj",
                        "read_into/obj, reader's own value", "write/records", "read/records",
                        "read_into/records", "read_into/records, reader's own value"}) {
    const std::string label = c;
    const bool own = label.find(", reader's own value") != std::string::npos;
    const std::string k = own ? label.substr(0, label.find(',')) : label;
    const auto cited = f.mb_per_s(k + (own ? "/cited_reader_value" : "/cited"));
    const auto gl = f.mb_per_s(k + "/glaze");
    const auto nl = f.mb_per_s(k + "/nlohmann");
    const auto bj = f.mb_per_s(k + "/boost_json");
    const auto versus = [&](std::optional<double> peer, double target) -> std::string {
      const std::optional<double> x = over(cited, peer);
      if (!x) return "–";
      return number(x, "%.2f") + " " + verdict(x, target, true);
    };
    const auto speed = [](std::optional<double> v) { return v ? number(v, "%.0f") : "–"; };
    std::cout << "| " << label << " | " << speed(cited) << " | " << speed(gl) << " | "
              << versus(gl, 1.0) << " | " << speed(nl) << " | " << versus(nl, 10.0) << " | "
              << speed(bj) << " | " << versus(bj, 4.0) << " |\n";
  }
  std::cout
      << "\n| reading, share of simdjson's DOM parse | simdjson DOM, MiB/s | cited, new value "
         "| cited, into a value |\n|---|---|---|---|\n";
  for (const char* d : {"obj", "records"}) {
    const std::string k = d;
    const auto dom = f.mb_per_s("read/" + k + "/simdjson_dom");
    const auto share = [&](std::optional<double> v) {
      const std::optional<double> x = over(v, dom);
      return x ? number(*x * 100, "%.0f") + "%" : std::string("–");
    };
    std::cout << "| " << k << " | " << number(dom, "%.0f") << " | "
              << share(f.mb_per_s("read/" + k + "/cited")) << " | "
              << share(f.mb_per_s("read_into/" + k + "/cited")) << " |\n";
  }

  std::cout << "\n| dataset text, 100,000 observations | MiB/s | target |\n|---|---|---|\n";
  for (const char* c :
       {"dataset_json/save", "dataset_json/load", "dataset_csv/save", "dataset_csv/load"}) {
    const std::string k = c;
    const double target = k.rfind("dataset_json", 0) == 0 ? 500.0 : 300.0;
    const auto v = f.mb_per_s(k);
    std::cout << "| " << k << " | " << number(v, "%.0f") << " | ≥ " << number(target, "%.0f")
              << ": " << verdict(v, target, true) << " |\n";
  }
}

}  // namespace bench_table

int main(int argc, char** argv) {
  using namespace bench_table;
  figures f;
  for (int i = 1; i < argc; ++i) {
    std::ifstream in(argv[i], std::ios::binary);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const auto parsed =
        cited::try_from_json<output>(text, cited::json::read_options{.skip_unknown_keys = true});
    if (!parsed) {
      std::cerr << "bench_table: " << argv[i] << ": " << parsed.error().what() << '\n';
      return 1;
    }
    f.context = parsed.value().context;
    if (parsed.value().context.glaze_version)
      f.glaze_version = parsed.value().context.glaze_version;
    for (const run& r : parsed.value().benchmarks) {
      if (r.aggregate_name && *r.aggregate_name != "median") continue;
      f.runs[r.run_name.value_or(r.name)] = r;
    }
  }
  print(f);
}
