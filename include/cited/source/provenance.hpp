// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_SOURCE_PROVENANCE_HPP
#define CITED_SOURCE_PROVENANCE_HPP

/// The chain of hops from where a reader saw a fact to its origin: `cited::provenance`, of
/// `cited::hop`s, each with a `cited::relation`.

#include <cited/reflect/form.hpp>
#include <cited/reflect/names.hpp>
#include <cited/source/agents.hpp>
#include <cited/source/source.hpp>
#include <cited/text/words.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace cited {

/// Thrown by `cited::provenance` for an empty chain or a hop with neither a source nor an agent.
class provenance_error : public source_error {
 public:
  using source_error::source_error;
};

/// How one hop of a provenance chain relates to the hop before it, or, for the first hop, to the
/// reader: the reader saw the fact *published by* the first hop's source, which *republished* it
/// *from* the next, which reported it *according to* the next, and so on.
enum class relation : std::uint8_t {
  published_by,
  republished_from,
  according_to,
  citing,
  quoting,
  stated_by,
};
BOOST_DESCRIBE_ENUM(relation, published_by, republished_from, according_to, citing, quoting,
                    stated_by)

/// One hop of a provenance chain: a relation and a source, an agent, or both (a person speaking at
/// a press conference).
struct hop {
  cited::relation relation = cited::relation::published_by;
  std::optional<cited::source> source = {};
  std::optional<cited::agent> agent = {};

  /// "published by: ..." with the agent, then the source (`"at"` between them when both).
  std::string to_string() const {
    std::string out =
        detail::ascii_words(cited::enum_name(relation), detail::word_break::other, " ");
    out += ": ";
    if (agent) out += cited::to_string(*agent);
    if (agent && source) out += ", at ";
    if (source) out += source->to_string();
    return out;
  }

  friend bool operator==(const hop&, const hop&) = default;
};
BOOST_DESCRIBE_STRUCT(hop, (), (relation, source, agent))

/// The ordered chain from where a reader saw a fact to its origin. It is never empty, and each hop
/// has a source, an agent or both.
///
///     auto chain = cited::provenance{cited::relation::published_by, article}
///                      .then(cited::relation::according_to, nyt)
///                      .then(cited::relation::citing, dimensions);
///     chain.primary();  // the Dimensions hop
class provenance {
 public:
  /// Throws `provenance_error` for an empty chain or a hop with neither a source nor an agent.
  explicit provenance(std::vector<hop> hops) : hops_(std::move(hops)) {
    if (hops_.empty()) throw provenance_error("a provenance chain needs at least one hop");
    for (std::size_t i = 0; i < hops_.size(); ++i) check(hops_[i], i);
  }
  /// A chain of one hop to a source.
  provenance(cited::relation r, cited::source s) : provenance(r, std::nullopt, std::move(s)) {}
  /// A chain of one hop to a person or organization.
  provenance(cited::relation r, cited::agent a) : provenance(r, std::move(a), std::nullopt) {}
  /// A chain of one hop to an agent at a source.
  provenance(cited::relation r, cited::agent a, cited::source s)
      : provenance(r, std::optional<cited::agent>(std::move(a)), std::move(s)) {}

  /// Appends a hop further from the reader; returns this chain (a new chain, from a temporary).
  provenance& then(cited::relation r, cited::source s) & {
    return push(r, std::nullopt, std::move(s));
  }
  provenance& then(cited::relation r, cited::agent a) & {
    return push(r, std::move(a), std::nullopt);
  }
  provenance& then(cited::relation r, cited::agent a, cited::source s) & {
    return push(r, std::move(a), std::move(s));
  }
  provenance then(cited::relation r, cited::source s) && {
    return std::move(push(r, std::nullopt, std::move(s)));
  }
  provenance then(cited::relation r, cited::agent a) && {
    return std::move(push(r, std::move(a), std::nullopt));
  }
  provenance then(cited::relation r, cited::agent a, cited::source s) && {
    return std::move(push(r, std::move(a), std::move(s)));
  }

  /// The hops, from where the reader saw the fact to its origin.
  const std::vector<hop>& hops() const noexcept { return hops_; }
  /// The number of hops, at least 1.
  std::size_t size() const noexcept { return hops_.size(); }
  /// Where the reader saw the fact: the first hop.
  const hop& seen_in() const noexcept { return hops_.front(); }
  /// The origin of the fact: the last hop.
  const hop& primary() const noexcept { return hops_.back(); }

  /// The sources named along the chain, nearest the reader first.
  std::vector<cited::source> sources() const {
    std::vector<cited::source> out;
    for (const hop& h : hops_) {
      if (h.source) out.push_back(*h.source);
    }
    return out;
  }

  /// One line per hop, joined by `separator`.
  std::string to_string(std::string_view separator = "\n") const {
    std::string out;
    for (std::size_t i = 0; i < hops_.size(); ++i) {
      if (i > 0) out += separator;
      out += hops_[i].to_string();
    }
    return out;
  }

  friend bool operator==(const provenance&, const provenance&) = default;

  /// Writes `to_string()`.
  template <class CharT, class Traits>
  friend std::basic_ostream<CharT, Traits>& operator<<(std::basic_ostream<CharT, Traits>& os,
                                                       const provenance& p) {
    return os << p.to_string();
  }

 private:
  provenance(cited::relation r, std::optional<cited::agent> a, std::optional<cited::source> s)
      : hops_{hop{r, std::move(s), std::move(a)}} {
    check(hops_.front(), 0);
  }

  provenance& push(cited::relation r, std::optional<cited::agent> a,
                   std::optional<cited::source> s) {
    hop h{r, std::move(s), std::move(a)};
    check(h, hops_.size());
    hops_.push_back(std::move(h));
    return *this;
  }

  static void check(const hop& h, std::size_t index) {
    if (static_cast<std::size_t>(h.relation) > static_cast<std::size_t>(relation::stated_by)) {
      throw provenance_error("the hop at index " + std::to_string(index) +
                             " has no valid relation");
    }
    if (!h.source && !h.agent) {
      throw provenance_error("the hop at index " + std::to_string(index) +
                             " has neither a source nor an agent");
    }
  }

  std::vector<hop> hops_;
};

template <>
struct proxy_form<provenance> {
  using proxy = std::vector<hop>;
  static proxy to_proxy(const provenance& p) { return p.hops(); }
  static provenance from_proxy(proxy&& p) { return provenance(std::move(p)); }
};

}  // namespace cited

#endif  // CITED_SOURCE_PROVENANCE_HPP
