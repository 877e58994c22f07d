// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0
//
// Your own types, described once with Boost.Describe, go to JSON and back, to CSV and back, and
// to a stream; bad input is refused with a message that says where and why.

#include <cited/csv.hpp>
#include <cited/json.hpp>
#include <cited/reflect/names.hpp>
#include <cited/value/country.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <chrono>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

using namespace cited::literals;

namespace newsroom {

enum class outlet_kind { newspaper, broadcaster, magazine, news_site };
BOOST_DESCRIBE_ENUM(outlet_kind, newspaper, broadcaster, magazine, news_site)

struct outlet {
  std::string name;
  outlet_kind kind = outlet_kind::newspaper;
};
BOOST_DESCRIBE_STRUCT(outlet, (), (name, kind))

struct mention {
  cited::country country;  // no default constructor: mention is read by aggregate initialization
  outlet source;
  std::chrono::year_month_day date;
  std::optional<std::string> quote;
};
BOOST_DESCRIBE_STRUCT(mention, (), (country, source, date, quote))

// Any described type can be streamed field by field with the reflection helpers.
std::ostream& operator<<(std::ostream& os, const mention& m) {
  os << "mention {";
  const char* separator = " ";
  cited::for_each_field(m, [&](std::string_view name, const auto& value) {
    os << separator << name << ": " << cited::to_json(value);
    separator = ", ";
  });
  return os << " }";
}

}  // namespace newsroom

int main() {
  using namespace std::chrono;
  const std::vector<newsroom::mention> mentions = {
      {"CN"_country,
       {"Example Radio", newsroom::outlet_kind::broadcaster},
       2025y / August / 1d,
       {}},
      {"US"_country,
       {"Sample Weekly", newsroom::outlet_kind::magazine},
       2025y / July / 15d,
       "a quote, with a comma"}};

  std::cout << "JSON:\n" << cited::to_json(mentions[0], {.pretty = true}) << "\n\n";

  const std::string text = cited::to_json(mentions);
  const auto back = cited::from_json<std::vector<newsroom::mention>>(text);
  std::cout << "read back " << back.size() << " mentions; the second is\n  " << back[1] << "\n\n";

  std::cout << "CSV:\n" << cited::to_csv(mentions, {.crlf = false}) << '\n';

  const char* bad =
      R"([{"country": "CN", "source": {"name": "Example Radio", "kind": "broadcaster"},
  "date": "2025-13-01"}])";
  try {
    static_cast<void>(cited::from_json<std::vector<newsroom::mention>>(bad));
  } catch (const cited::json_error& e) {
    std::cout << "bad JSON: " << e.what() << '\n';
  }
  try {
    static_cast<void>(cited::from_csv<newsroom::mention>(
        "country,source.name,source.kind,date,quote\nZZ,Example Radio,broadcaster,2025-08-01,\n"));
  } catch (const cited::csv_error& e) {
    std::cout << "bad CSV: " << e.what() << '\n';
  }
}
