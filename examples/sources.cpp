// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0
//
// Where the seed article's publication figure comes from: the chain from the Belt and Road News
// Network article to the Dimensions database, printed hop by hop, then each work in the chain as
// an APA reference, as CSL-JSON and as BibTeX, and the chain as JSON, read back.

#include <cited/cite.hpp>
#include <cited/json.hpp>
#include <cited/source.hpp>

#include <cited/catalog/seed.hpp>

#include <iostream>
#include <vector>

int main() {
  // 23,695 AI-related publications in 2024: reported by the article, republished from Science
  // and Technology Daily, according to The New York Times, citing the Dimensions database.
  const cited::provenance chain = cited::seed::ai_publications();
  std::cout << "Where the figure comes from (" << chain.size() << " hops):\n"
            << chain.to_string() << "\n\n";

  const cited::hop& origin = chain.primary();
  std::cout << "Its origin: " << origin.source->to_string() << "\n\n";

  const std::vector<cited::source> works = chain.sources();
  std::cout << "References (APA 7):\n";
  for (const cited::source& work : works) std::cout << "  " << cited::cite(work) << '\n';

  std::cout << "\nCSL-JSON:\n" << cited::to_csl_json(works) << "\n\n";
  std::cout << "BibTeX:\n" << cited::to_bibtex(works) << '\n';

  // The chain is data: it goes to JSON and comes back equal.
  const std::string json = cited::to_json(chain);
  const auto back = cited::from_json<cited::provenance>(json);
  std::cout << "JSON: " << json.size() << " bytes, read back equal: " << std::boolalpha
            << (back == chain) << '\n';

  // A chain must lead somewhere: a hop that names neither a source nor an agent is refused.
  try {
    const auto never = cited::from_json<cited::provenance>(R"([{"relation": "according_to"}])");
    std::cout << "unexpected: " << never << '\n';
  } catch (const cited::json_error& e) {
    std::cout << "bad chain: " << e.what() << '\n';
  }
}
