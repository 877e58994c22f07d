// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0
//
// Where the seed article's publication figure comes from: the chain from The Belt and Road News
// Network article to the Dimensions database, printed hop by hop; the one work a reader cites for
// it (the article, which is what was read) as an APA reference in text, Markdown and HTML, with
// the in-text citation "as cited in" the article; then a second source, Digital Science's press
// release, and both works as CSL-JSON, BibTeX and biblatex; and the chain as JSON, read back.

#include <cited/cite.hpp>
#include <cited/json.hpp>
#include <cited/source.hpp>

#include <cited/catalog/seed.hpp>

#include <iostream>
#include <vector>

int main() {
  // 23,695 AI-related publications in 2024: reported by the article, republished from Science
  // and Technology Daily, according to the Dimensions database. The sentence credits nobody else.
  const cited::provenance chain = cited::seed::ai_publications();
  std::cout << "Where the figure comes from (" << chain.size() << " hops):\n"
            << chain.to_string() << "\n\n";

  const cited::hop& origin = chain.primary();
  std::cout << "Its origin: " << origin.source->to_string() << "\n\n";

  // APA lists only the work read; the origin is cited "as cited in" it.
  const cited::source& read = *cited::reference_of(chain);
  std::cout << "Reference (APA 7):\n  " << cited::cite(read) << '\n'
            << "  Markdown: " << cited::cite(read, cited::reference_format::markdown) << '\n'
            << "  HTML: " << cited::cite(read, cited::reference_format::html) << '\n'
            << "In text: " << cited::cite_in_text(chain)
            << ", or narrative: " << cited::cite_in_text(chain, cited::citation_form::narrative)
            << "\n\n";

  // A second source, read directly: the press release announcing the report the article quotes.
  const cited::source release = cited::seed::press_release();
  std::cout << "A second source:\n  " << cited::cite(release)
            << "\n  In text: " << cited::cite_in_text(release) << "\n\n";

  const std::vector<cited::source> works{read, release};
  std::cout << "CSL-JSON:\n" << cited::to_csl_json(works) << "\n\n";
  std::cout << "BibTeX:\n" << cited::to_bibtex(works) << '\n';
  std::cout << "biblatex:\n" << cited::to_biblatex(works) << '\n';

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
