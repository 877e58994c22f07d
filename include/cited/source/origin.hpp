// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_SOURCE_ORIGIN_HPP
#define CITED_SOURCE_ORIGIN_HPP

/// `cited::origin`: where a fact comes from at the end of its provenance chain, the agent or the
/// work of the primary hop, so that two chains can be asked whether they lead to the same place.

#include <cited/source/agents.hpp>
#include <cited/source/provenance.hpp>
#include <cited/source/source.hpp>

#include <iosfwd>
#include <optional>
#include <string>

namespace cited {

/// The primary origin of a fact: the agent of a chain's primary hop, or its work when the hop
/// names no agent. Two facts with equal origins are not independent of each other: the head of a
/// government body at a press conference and the same person in an interview are one origin.
///
///     cited::origin::of(chain) == cited::origin::of(other_chain);  // the same speaker?
///     cited::origin::of(chain).to_string();  // "the head of National Data Administration ..."
struct origin {
  std::optional<cited::agent> agent;
  std::optional<cited::source> work;

  /// The origin of a chain: its primary hop's agent, else its work.
  static origin of(const provenance& p) {
    const hop& h = p.primary();
    if (h.agent) return {h.agent, std::nullopt};
    return {std::nullopt, h.source};
  }

  /// The agent's name, or the work as `source::to_string` gives it.
  std::string to_string() const {
    if (agent) return cited::to_string(*agent);
    return work ? work->to_string() : std::string();
  }

  friend bool operator==(const origin&, const origin&) = default;

  /// Writes `to_string()`.
  template <class CharT, class Traits>
  friend std::basic_ostream<CharT, Traits>& operator<<(std::basic_ostream<CharT, Traits>& os,
                                                       const origin& o) {
    return os << o.to_string();
  }
};

}  // namespace cited

#endif  // CITED_SOURCE_ORIGIN_HPP
